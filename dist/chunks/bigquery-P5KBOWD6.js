import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  require_BigInteger
} from "./chunk-HH7QAQAU.js";
import {
  __commonJS
} from "./chunk-AUHH7KO2.js";

// node_modules/node-sql-parser/build/bigquery.js
var require_bigquery = __commonJS({
  "node_modules/node-sql-parser/build/bigquery.js"(exports) {
    !(function(r, t) {
      for (var e in t) r[e] = t[e];
    })(exports, (function(r) {
      var t = {};
      function e(n) {
        if (t[n]) return t[n].exports;
        var o = t[n] = { i: n, l: false, exports: {} };
        return r[n].call(o.exports, o, o.exports, e), o.l = true, o.exports;
      }
      return e.m = r, e.c = t, e.d = function(r2, t2, n) {
        e.o(r2, t2) || Object.defineProperty(r2, t2, { enumerable: true, get: n });
      }, e.r = function(r2) {
        "undefined" != typeof Symbol && Symbol.toStringTag && Object.defineProperty(r2, Symbol.toStringTag, { value: "Module" }), Object.defineProperty(r2, "__esModule", { value: true });
      }, e.t = function(r2, t2) {
        if (1 & t2 && (r2 = e(r2)), 8 & t2) return r2;
        if (4 & t2 && "object" == typeof r2 && r2 && r2.__esModule) return r2;
        var n = /* @__PURE__ */ Object.create(null);
        if (e.r(n), Object.defineProperty(n, "default", { enumerable: true, value: r2 }), 2 & t2 && "string" != typeof r2) for (var o in r2) e.d(n, o, function(t3) {
          return r2[t3];
        }.bind(null, o));
        return n;
      }, e.n = function(r2) {
        var t2 = r2 && r2.__esModule ? function() {
          return r2.default;
        } : function() {
          return r2;
        };
        return e.d(t2, "a", t2), t2;
      }, e.o = function(r2, t2) {
        return Object.prototype.hasOwnProperty.call(r2, t2);
      }, e.p = "", e(e.s = 1);
    })([function(r, t, e) {
      "use strict";
      var n = e(2);
      function o(r2, t2, e2, n2) {
        this.message = r2, this.expected = t2, this.found = e2, this.location = n2, this.name = "SyntaxError", "function" == typeof Error.captureStackTrace && Error.captureStackTrace(this, o);
      }
      !(function(r2, t2) {
        function e2() {
          this.constructor = r2;
        }
        e2.prototype = t2.prototype, r2.prototype = new e2();
      })(o, Error), o.buildMessage = function(r2, t2) {
        var e2 = { literal: function(r3) {
          return '"' + o2(r3.text) + '"';
        }, class: function(r3) {
          var t3, e3 = "";
          for (t3 = 0; t3 < r3.parts.length; t3++) e3 += r3.parts[t3] instanceof Array ? u(r3.parts[t3][0]) + "-" + u(r3.parts[t3][1]) : u(r3.parts[t3]);
          return "[" + (r3.inverted ? "^" : "") + e3 + "]";
        }, any: function(r3) {
          return "any character";
        }, end: function(r3) {
          return "end of input";
        }, other: function(r3) {
          return r3.description;
        } };
        function n2(r3) {
          return r3.charCodeAt(0).toString(16).toUpperCase();
        }
        function o2(r3) {
          return r3.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, (function(r4) {
            return "\\x0" + n2(r4);
          })).replace(/[\x10-\x1F\x7F-\x9F]/g, (function(r4) {
            return "\\x" + n2(r4);
          }));
        }
        function u(r3) {
          return r3.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, (function(r4) {
            return "\\x0" + n2(r4);
          })).replace(/[\x10-\x1F\x7F-\x9F]/g, (function(r4) {
            return "\\x" + n2(r4);
          }));
        }
        return "Expected " + (function(r3) {
          var t3, n3, o3, u2 = new Array(r3.length);
          for (t3 = 0; t3 < r3.length; t3++) u2[t3] = (o3 = r3[t3], e2[o3.type](o3));
          if (u2.sort(), u2.length > 0) {
            for (t3 = 1, n3 = 1; t3 < u2.length; t3++) u2[t3 - 1] !== u2[t3] && (u2[n3] = u2[t3], n3++);
            u2.length = n3;
          }
          switch (u2.length) {
            case 1:
              return u2[0];
            case 2:
              return u2[0] + " or " + u2[1];
            default:
              return u2.slice(0, -1).join(", ") + ", or " + u2[u2.length - 1];
          }
        })(r2) + " but " + (function(r3) {
          return r3 ? '"' + o2(r3) + '"' : "end of input";
        })(t2) + " found.";
      }, r.exports = { SyntaxError: o, parse: function(r2, t2) {
        t2 = void 0 !== t2 ? t2 : {};
        var e2, u = {}, a = { start: zu }, s = zu, i = function(r3, t3) {
          return dl(r3, t3);
        }, c = function(r3, t3) {
          return hl(r3, t3);
        }, l = function(r3, t3) {
          return dl(r3, t3);
        }, f = qu("=", false), p = qu("DUPLICATE", true), b = qu("BINARY", true), v = qu("MASTER", true), y = qu("LOGS", true), d = qu("BINLOG", true), h = qu("EVENTS", true), m = qu("CHARACTER", true), w = qu("SET", true), L = qu("COLLATION", true), C = function(r3, t3) {
          return dl(r3, t3, 1);
        }, A = qu("IF", true), E = qu("CASCADED", true), g = qu("LOCAL", true), _ = qu("CHECK", true), j = qu("OPTION", false), T = qu("check_option", true), S = qu("security_barrier", true), x = qu("security_invoker", true), k = qu("GRANTS", true), I = qu(".", false), O = qu("ALGORITHM", true), N = qu("DEFAULT", true), R = qu("INSTANT", true), U = qu("INPLACE", true), M = qu("COPY", true), D = qu("LOCK", true), P = qu("NONE", true), F = qu("SHARED", true), H = qu("EXCLUSIVE", true), $ = qu("AUTO_INCREMENT", true), G = qu("UNIQUE", true), W = qu("KEY", true), Y = qu("PRIMARY", true), q = qu("FOR", true), B = qu("COLUMN_FORMAT", true), V = qu("FIXED", true), X = qu("DYNAMIC", true), Q = qu("STORAGE", true), K = qu("DISK", true), z = qu("MEMORY", true), J = qu("MATCH FULL", true), Z = qu("MATCH PARTIAL", true), rr = qu("MATCH SIMPLE", true), tr = qu("expiration_timestamp", true), er = qu("partition_expiration_days", true), nr = qu("require_partition_filter", true), or = qu("kms_key_name", true), ur = qu("friendly_name", true), ar = qu("description", true), sr = qu("labels", true), ir = qu("default_rounding_mode", true), cr = qu("AVG_ROW_LENGTH", true), lr = qu("KEY_BLOCK_SIZE", true), fr = qu("MAX_ROWS", true), pr = qu("MIN_ROWS", true), br = qu("STATS_SAMPLE_PAGES", true), vr = qu("CONNECTION", true), yr = qu("COMPRESSION", true), dr = qu("'", false), hr = qu("ZLIB", true), mr = qu("LZ4", true), wr = qu("ENGINE", true), Lr = qu("CLUSTER", true), Cr = qu("BY", true), Ar = qu("OPTIONS", true), Er = qu("CHARSET", true), gr = qu("COLLATE", true), _r = qu("READ", true), jr = qu("LOW_PRIORITY", true), Tr = qu("WRITE", true), Sr = (qu("FOREIGN KEY", true), qu("NOT", true)), xr = (qu("REPLICATION", true), qu("BTREE", true)), kr = qu("HASH", true), Ir = qu("WITH", true), Or = qu("PARSER", true), Nr = qu("VISIBLE", true), Rr = qu("INVISIBLE", true), Ur = qu("RESTRICT", true), Mr = qu("CASCADE", true), Dr = qu("SET NULL", true), Pr = qu("NO ACTION", true), Fr = qu("SET DEFAULT", true), Hr = qu("UPDATE", true), $r = qu("CREATE", true), Gr = qu("DELETE", true), Wr = qu("INSERT", true), Yr = qu(":=", false), qr = qu("return", true), Br = qu("REPLACE", true), Vr = qu("ANALYZE", true), Xr = qu("ATTACH", true), Qr = qu("DATABASE", true), Kr = qu("RENAME", true), zr = qu("SHOW", true), Jr = qu("DESCRIBE", true), Zr = qu("@", false), rt = qu("@@", false), tt = qu("$", false), et = qu("TEMPORARY", true), nt = qu("TEMP", true), ot = qu("SCHEMA", true), ut = qu("ALTER", true), at = qu("SPATIAL", true), st = qu("(", false), it = qu(")", false), ct = qu("INTERSECT", true), lt = qu("EXCEPT", true), ft = qu("SYSTEM_TIME", true), pt = qu("AS", true), bt = qu("OF", true), vt = qu("UNNEST", true), yt = function(r3, t3) {
          return t3.unshift(r3), t3.forEach((r4) => {
            const { table: t4, as: e3 } = r4;
            gl[t4] = t4, e3 && (gl[e3] = t4), (function(r5) {
              const t5 = wl(r5);
              r5.clear(), t5.forEach((t6) => r5.add(t6));
            })(El);
          }), t3;
        }, dt = /^[@]/, ht = Bu(["@"], false, false), mt = /^[{]/, wt = Bu(["{"], false, false), Lt = /^[=]/, Ct = Bu(["="], false, false), At = /^[}]/, Et = Bu(["}"], false, false), gt = qu("TABLESAMPLE", true), _t = qu("BERNOULLI", true), jt = qu("RESERVOIR", true), Tt = qu("PERCENT", true), St = qu("ROWS", true), xt = qu("RANGE", true), kt = qu("FOLLOWING", true), It = qu("PRECEDING", true), Ot = qu("CURRENT", true), Nt = qu("ROW", true), Rt = qu("UNBOUNDED", true), Ut = qu("!", false), Mt = function(r3) {
          return r3[0] + " " + r3[2];
        }, Dt = qu(">=", false), Pt = qu(">", false), Ft = qu("<=", false), Ht = qu("<>", false), $t = qu("<", false), Gt = qu("!=", false), Wt = qu("+", false), Yt = qu("-", false), qt = qu("*", false), Bt = qu("/", false), Vt = qu("%", false), Xt = qu("~", false), Qt = function(r3) {
          return true === ll[r3.toUpperCase()];
        }, Kt = qu('"', false), zt = /^[^"]/, Jt = Bu(['"'], true, false), Zt = /^[^']/, re = Bu(["'"], true, false), te = qu("`", false), ee = /^[^`]/, ne = Bu(["`"], true, false), oe = function(r3, t3) {
          return r3 + t3.join("");
        }, ue = /^[A-Za-z_]/, ae = Bu([["A", "Z"], ["a", "z"], "_"], false, false), se = /^[A-Za-z0-9_\-]/, ie = Bu([["A", "Z"], ["a", "z"], ["0", "9"], "_", "-"], false, false), ce = /^[A-Za-z0-9_:\u4E00-\u9FA5\xC0-\u017F]/, le = Bu([["A", "Z"], ["a", "z"], ["0", "9"], "_", ":", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), fe = qu(":", false), pe = qu("string_agg", true), be = qu("ANY_VALUE", true), ve = qu("YEAR_MONTH", true), ye = qu("DAY_HOUR", true), de = qu("DAY_MINUTE", true), he = qu("DAY_SECOND", true), me = qu("DAY_MICROSECOND", true), we = qu("HOUR_MINUTE", true), Le = qu("HOUR_SECOND", true), Ce = qu("HOUR_MICROSECOND", true), Ae = qu("MINUTE_SECOND", true), Ee = qu("MINUTE_MICROSECOND", true), ge = qu("SECOND_MICROSECOND", true), _e = qu("TIMEZONE_HOUR", true), je = qu("TIMEZONE_MINUTE", true), Te = qu("CENTURY", true), Se = qu("DAYOFWEEK", true), xe = qu("DAY", true), ke = qu("DATE", true), Ie = qu("DECADE", true), Oe = qu("DOW", true), Ne = qu("DOY", true), Re = qu("EPOCH", true), Ue = qu("HOUR", true), Me = qu("ISODOW", true), De = qu("ISOWEEK", true), Pe = qu("ISOYEAR", true), Fe = qu("MICROSECONDS", true), He = qu("MILLENNIUM", true), $e = qu("MILLISECONDS", true), Ge = qu("MINUTE", true), We = qu("MONTH", true), Ye = qu("QUARTER", true), qe = qu("SECOND", true), Be = qu("TIME", true), Ve = qu("TIMEZONE", true), Xe = qu("WEEK", true), Qe = qu("YEAR", true), Ke = qu("DATE_TRUNC", true), ze = qu("R", true), Je = function(r3, t3) {
          return { type: r3.toLowerCase(), value: t3[1].join("") };
        }, Ze = /^[^"\\\0-\x1F\x7F]/, rn = Bu(['"', "\\", ["\0", ""], "\x7F"], true, false), tn = /^[^'\\]/, en = Bu(["'", "\\"], true, false), nn = qu("\\'", false), on = qu('\\"', false), un = qu("\\\\", false), an = qu("\\/", false), sn = qu("\\b", false), cn = qu("\\f", false), ln = qu("\\n", false), fn = qu("\\r", false), pn = qu("\\t", false), bn = qu("\\u", false), vn = qu("\\", false), yn = qu("''", false), dn = qu('""', false), hn = qu("``", false), mn = /^[\n\r]/, wn = Bu(["\n", "\r"], false, false), Ln = /^[0-9]/, Cn = Bu([["0", "9"]], false, false), An = /^[0-9a-fA-F]/, En = Bu([["0", "9"], ["a", "f"], ["A", "F"]], false, false), gn = /^[eE]/, _n = Bu(["e", "E"], false, false), jn = /^[+\-]/, Tn = Bu(["+", "-"], false, false), Sn = qu("NULL", true), xn = qu("NOT NULL", true), kn = qu("TRUE", true), In = qu("TO", true), On = qu("FALSE", true), Nn = qu("DROP", true), Rn = qu("USE", true), Un = qu("SELECT", true), Mn = qu("RECURSIVE", true), Dn = qu("IGNORE", true), Pn = (qu("EXPLAIN", true), qu("PARTITION", true)), Fn = qu("INTO", true), Hn = qu("FROM", true), $n = qu("UNLOCK", true), Gn = qu("TABLE", true), Wn = qu("TABLES", true), Yn = qu("ON", true), qn = qu("LEFT", true), Bn = qu("RIGHT", true), Vn = qu("FULL", true), Xn = qu("INNER", true), Qn = qu("CROSS", true), Kn = qu("JOIN", true), zn = qu("OUTER", true), Jn = qu("OVER", true), Zn = qu("UNION", true), ro = qu("VALUE", true), to = qu("VALUES", true), eo = qu("USING", true), no = qu("WHERE", true), oo = qu("GROUP", true), uo = qu("ORDER", true), ao = qu("HAVING", true), so = qu("QUALIFY", true), io = qu("WINDOW", true), co = qu("ORDINAL", true), lo = qu("SAFE_ORDINAL", true), fo = qu("LIMIT", true), po = qu("OFFSET", true), bo = qu("SAFE_OFFSET", true), vo = qu("ASC", true), yo = qu("DESC", true), ho = qu("ALL", true), mo = qu("DISTINCT", true), wo = qu("BETWEEN", true), Lo = qu("IN", true), Co = qu("IS", true), Ao = qu("LIKE", true), Eo = qu("EXISTS", true), go = qu("AND", true), _o = qu("OR", true), jo = qu("COUNT", true), To = qu("MAX", true), So = qu("MIN", true), xo = qu("SUM", true), ko = qu("AVG", true), Io = qu("EXTRACT", true), Oo = qu("CALL", true), No = qu("CASE", true), Ro = qu("WHEN", true), Uo = qu("THEN", true), Mo = qu("ELSE", true), Do = qu("END", true), Po = qu("CAST", true), Fo = qu("SAFE_CAST", true), Ho = qu("ARRAY", true), $o = qu("ARRAY_AGG", true), Go = qu("STRING_AGG", true), Wo = qu("BYTES", true), Yo = qu("BOOL", true), qo = (qu("CHAR", true), qu("GEOGRAPHY", true)), Bo = (qu("VARCHAR", true), qu("NUMERIC", true)), Vo = qu("DECIMAL", true), Xo = qu("SIGNED", true), Qo = qu("UNSIGNED", true), Ko = qu("INT64", true), zo = (qu("ZEROFILL", true), qu("INTEGER", true)), Jo = qu("JSON", true), Zo = (qu("SMALLINT", true), qu("STRING", true)), ru = qu("STRUCT", true), tu = (qu("TINYINT", true), qu("TINYTEXT", true), qu("TEXT", true), qu("MEDIUMTEXT", true), qu("LONGTEXT", true), qu("BIGINT", true), qu("FLOAT64", true)), eu = (qu("DOUBLE", true), qu("DATETIME", true)), nu = qu("TIMESTAMP", true), ou = qu("TRUNCATE", true), uu = (qu("USER", true), qu("CURRENT_DATE", true)), au = (qu("ADDDATE", true), qu("INTERVAL", true)), su = qu("CURRENT_TIME", true), iu = qu("CURRENT_TIMESTAMP", true), cu = qu("SESSION_USER", true), lu = qu("GLOBAL", true), fu = qu("SESSION", true), pu = qu("PIVOT", true), bu = qu("PERSIST", true), vu = qu("PERSIST_ONLY", true), yu = qu("VIEW", true), du = qu("ADD", true), hu = qu("COLUMN", true), mu = qu("INDEX", true), wu = qu("FULLTEXT", true), Lu = qu("COMMENT", true), Cu = (qu("CONSTRAINT", true), qu("REFERENCES", true)), Au = qu(",", false), Eu = qu("[", false), gu = qu("]", false), _u = qu(";", false), ju = qu("||", false), Tu = qu("&&", false), Su = qu("/*", false), xu = qu("*/", false), ku = qu("--", false), Iu = qu("#", false), Ou = { type: "any" }, Nu = /^[ \t\n\r]/, Ru = Bu([" ", "	", "\n", "\r"], false, false), Uu = function(r3) {
          return { dataType: r3 };
        }, Mu = qu("MAX", false), Du = qu("max", false), Pu = function(r3, t3) {
          return { dataType: r3, definition: t3, anglebracket: true };
        }, Fu = 0, Hu = 0, $u = [{ line: 1, column: 1 }], Gu = 0, Wu = [], Yu = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in a)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          s = a[t2.startRule];
        }
        function qu(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function Bu(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function Vu(t3) {
          var e3, n2 = $u[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !$u[e3]; ) e3--;
          for (n2 = { line: (n2 = $u[e3]).line, column: n2.column }; e3 < t3; ) 10 === r2.charCodeAt(e3) ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return $u[t3] = n2, n2;
        }
        function Xu(r3, t3) {
          var e3 = Vu(r3), n2 = Vu(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function Qu(r3) {
          Fu < Gu || (Fu > Gu && (Gu = Fu, Wu = []), Wu.push(r3));
        }
        function Ku(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function zu() {
          var r3, t3;
          return r3 = Fu, Zc() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, a2, s2, i2;
            if (r4 = Fu, (t4 = Ju()) !== u) {
              for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = zc()) !== u && (s2 = Zc()) !== u && (i2 = Ju()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = zc()) !== u && (s2 = Zc()) !== u && (i2 = Ju()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
              e3 !== u ? (Hu = r4, t4 = (function(r5, t5) {
                const e4 = r5 && r5.ast || r5, n3 = t5 && t5.length && t5[0].length >= 4 ? [e4] : e4;
                for (let r6 = 0; r6 < t5.length; r6++) t5[r6][3] && 0 !== t5[r6][3].length && n3.push(t5[r6][3] && t5[r6][3].ast || t5[r6][3]);
                return { tableList: Array.from(Al), columnList: wl(El), ast: n3 };
              })(t4, e3), r4 = t4) : (Fu = r4, r4 = u);
            } else Fu = r4, r4 = u;
            return r4;
          })()) !== u ? (Hu = r3, r3 = t3) : (Fu = r3, r3 = u), r3;
        }
        function Ju() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, a2, s2, i2;
            (t4 = (function() {
              var r3, t5, e4, n3;
              r3 = Fu, (t5 = Xa()) !== u && Zc() !== u ? ((e4 = _s()) === u && (e4 = null), e4 !== u && Zc() !== u ? ((n3 = Ss()) === u && (n3 = null), n3 !== u && Zc() !== u ? (Hu = r3, o3 = t5, a3 = e4, s3 = n3, t5 = { tableList: Array.from(Al), columnList: wl(El), ast: { ...o3.ast, _orderby: a3, _limit: s3, _parentheses: o3._parentheses } }, r3 = t5) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
              var o3, a3, s3;
              return r3;
            })()) === u && (t4 = Fu, e3 = Fu, 40 === r2.charCodeAt(Fu) ? (n2 = "(", Fu++) : (n2 = u, 0 === Yu && Qu(st)), n2 !== u && (o2 = Zc()) !== u && (a2 = Ka()) !== u && (s2 = Zc()) !== u ? (41 === r2.charCodeAt(Fu) ? (i2 = ")", Fu++) : (i2 = u, 0 === Yu && Qu(it)), i2 !== u ? e3 = n2 = [n2, o2, a2, s2, i2] : (Fu = e3, e3 = u)) : (Fu = e3, e3 = u), e3 !== u && (Hu = t4, e3 = { ...e3[2], parentheses_symbol: true }), t4 = e3);
            return t4;
          })()) === u && (t3 = (function() {
            var t4;
            (t4 = Xa()) === u && (t4 = (function() {
              var r3, t5, e3, n2, o2, a2, s2, i2;
              r3 = Fu, (t5 = Ma()) !== u && Zc() !== u && (e3 = cs()) !== u && Zc() !== u && Xi() !== u && Zc() !== u && (n2 = sa()) !== u && Zc() !== u ? ((o2 = ss()) === u && (o2 = null), o2 !== u && Zc() !== u ? ((a2 = hs()) === u && (a2 = null), a2 !== u && Zc() !== u ? ((s2 = _s()) === u && (s2 = null), s2 !== u && Zc() !== u ? ((i2 = Ss()) === u && (i2 = null), i2 !== u ? (Hu = r3, t5 = (function(r4, t6, e4, n3, o3, u2) {
                const a3 = (r5) => {
                  const { server: t7, db: e5, schema: n4, as: o4, table: u3, join: a4 } = r5, s3 = a4 ? "select" : "update", i3 = [t7, e5, n4].filter(Boolean).join(".") || null;
                  e5 && (dbObj[u3] = i3), u3 && Al.add(`${s3}::${i3}::${u3}`);
                };
                return r4 && r4.forEach(a3), e4 && e4.forEach(a3), t6 && t6.forEach((r5) => El.add(`update::${r5.table}::${r5.column}`)), { tableList: Array.from(Al), columnList: wl(El), ast: { type: "update", table: r4, set: t6, where: n3, orderby: o3, limit: u2 } };
              })(e3, n2, o2, a2, s2, i2), r3 = t5) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
              return r3;
            })()) === u && (t4 = (function() {
              var r3, t5, e3, n2, o2, a2, s2, i2;
              r3 = Fu, (t5 = ca()) !== u && Zc() !== u ? ((e3 = Bi()) === u && (e3 = null), e3 !== u && Zc() !== u && (n2 = vs()) !== u && Zc() !== u ? ((o2 = la()) === u && (o2 = null), o2 !== u && Zc() !== u && qc() !== u && Zc() !== u && (a2 = ti()) !== u && Zc() !== u && Bc() !== u && Zc() !== u && (s2 = fa()) !== u && Zc() !== u ? ((i2 = pa()) === u && (i2 = null), i2 !== u ? (Hu = r3, t5 = (function(r4, t6, e4, n3, o3, u2) {
                if (t6 && (Al.add(`insert::${t6.db}::${t6.table}`), t6.as = null), n3) {
                  let r5 = t6 && t6.table || null;
                  Array.isArray(o3.values) && o3.values.forEach((r6, t7) => {
                    if (r6.value.length != n3.length) throw new Error("Error: column count doesn't match value count at row " + (t7 + 1));
                  }), n3.forEach((t7) => El.add(`insert::${r5}::${t7}`));
                }
                return { tableList: Array.from(Al), columnList: wl(El), ast: { type: r4, table: [t6], columns: n3, values: o3, partition: e4, on_duplicate_update: u2 } };
              })(t5, n2, o2, a2, s2, i2), r3 = t5) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
              return r3;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, a2, s2, i2, c2;
              t5 = Fu, (e3 = ca()) !== u && Zc() !== u ? ((n2 = (function() {
                var t6, e4, n3, o3;
                t6 = Fu, "ignore" === r2.substr(Fu, 6).toLowerCase() ? (e4 = r2.substr(Fu, 6), Fu += 6) : (e4 = u, 0 === Yu && Qu(Dn));
                e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t6 = e4 = [e4, n3] : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (n2 = null), n2 !== u && Zc() !== u ? ((o2 = Bi()) === u && (o2 = null), o2 !== u && Zc() !== u && (a2 = vs()) !== u && Zc() !== u ? ((s2 = la()) === u && (s2 = null), s2 !== u && Zc() !== u && (i2 = fa()) !== u && Zc() !== u ? ((c2 = pa()) === u && (c2 = null), c2 !== u ? (Hu = t5, e3 = (function(r3, t6, e4, n3, o3, u2, a3) {
                n3 && (Al.add(`insert::${n3.db}::${n3.table}`), El.add(`insert::${n3.table}::(.*)`), n3.as = null);
                const s3 = [t6, e4].filter((r4) => r4).map((r4) => r4[0] && r4[0].toLowerCase()).join(" ");
                return { tableList: Array.from(Al), columnList: wl(El), ast: { type: r3, table: [n3], columns: null, values: u2, partition: o3, prefix: s3, on_duplicate_update: a3 } };
              })(e3, n2, o2, a2, s2, i2, c2), t5 = e3) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var r3, t5, e3, n2, o2, a2, s2;
              r3 = Fu, (t5 = ca()) !== u && Zc() !== u ? ((e3 = Bi()) === u && (e3 = null), e3 !== u && Zc() !== u && (n2 = vs()) !== u && Zc() !== u ? ((o2 = la()) === u && (o2 = null), o2 !== u && Zc() !== u && Xi() !== u && Zc() !== u && (a2 = sa()) !== u && Zc() !== u ? ((s2 = pa()) === u && (s2 = null), s2 !== u ? (Hu = r3, i2 = t5, l2 = o2, f2 = a2, p2 = s2, (c2 = n2) && (Al.add(`insert::${c2.db}::${c2.table}`), El.add(`insert::${c2.table}::(.*)`), c2.as = null), t5 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: i2, table: [c2], columns: null, partition: l2, set: f2, on_duplicate_update: p2 } }, r3 = t5) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
              var i2, c2, l2, f2, p2;
              return r3;
            })()) === u && (t4 = (function() {
              var r3, t5, e3, n2, o2, a2, s2;
              r3 = Fu, (t5 = Pa()) !== u && Zc() !== u ? ((e3 = cs()) === u && (e3 = null), e3 !== u && Zc() !== u ? ((n2 = ss()) === u && (n2 = null), n2 !== u && Zc() !== u ? ((o2 = hs()) === u && (o2 = null), o2 !== u && Zc() !== u ? ((a2 = _s()) === u && (a2 = null), a2 !== u && Zc() !== u ? ((s2 = Ss()) === u && (s2 = null), s2 !== u ? (Hu = r3, t5 = (function(r4, t6, e4, n3, o3) {
                if (r4 && r4.forEach((r5) => Al.add(`delete::${r5.db}::${r5.table}`)), t6 && t6.forEach((r5) => {
                  const { db: t7, as: e5, table: n4, join: o4 } = r5, u2 = o4 ? "select" : "delete";
                  n4 && Al.add(`${u2}::${t7}::${n4}`), o4 || El.add(`delete::${n4}::(.*)`);
                }), null === r4 && 1 === t6.length) {
                  const e5 = t6[0];
                  r4 = [{ db: e5.db, table: e5.table, as: e5.as, addition: true }];
                }
                return { tableList: Array.from(Al), columnList: wl(El), ast: { type: "delete", table: r4, from: t6, where: e4, orderby: n3, limit: o3 } };
              })(e3, n2, o2, a2, s2), r3 = t5) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
              return r3;
            })()) === u && (t4 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e3, n2;
                t6 = Fu, (e3 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "analyze" === r2.substr(Fu, 7).toLowerCase() ? (e4 = r2.substr(Fu, 7), Fu += 7) : (e4 = u, 0 === Yu && Qu(Vr));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t7 = e4 = [e4, n3] : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) !== u && Zc() !== u && (n2 = vs()) !== u && Zc() !== u ? (Hu = t6, o2 = e3, a2 = n2, Al.add(`${o2}::${a2.db}::${a2.table}`), e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: o2.toLowerCase(), table: a2 } }, t6 = e3) : (Fu = t6, t6 = u);
                var o2, a2;
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e3, n2, o2, a2, s2;
                t6 = Fu, (e3 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "attach" === r2.substr(Fu, 6).toLowerCase() ? (e4 = r2.substr(Fu, 6), Fu += 6) : (e4 = u, 0 === Yu && Qu(Xr));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t7 = e4 = [e4, n3] : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) !== u && Zc() !== u && (n2 = $a()) !== u && Zc() !== u && (o2 = Is()) !== u && Zc() !== u && (a2 = Qi()) !== u && Zc() !== u && (s2 = ni()) !== u && Zc() !== u ? (Hu = t6, i2 = e3, c2 = n2, l2 = o2, f2 = a2, p2 = s2, e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: i2.toLowerCase(), database: c2, expr: l2, as: f2 && f2[0].toLowerCase(), schema: p2 } }, t6 = e3) : (Fu = t6, t6 = u);
                var i2, c2, l2, f2, p2;
                return t6;
              })()) === u && (t5 = (function() {
                var r3, t6, e3, n2, o2, a2;
                r3 = Fu, (t6 = Yi()) !== u && Zc() !== u && (e3 = Ki()) !== u && Zc() !== u && (n2 = cs()) !== u ? (Hu = r3, s2 = t6, i2 = e3, (c2 = n2) && c2.forEach((r4) => Al.add(`${s2}::${r4.db}::${r4.table}`)), t6 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: s2.toLowerCase(), keyword: i2.toLowerCase(), name: c2 } }, r3 = t6) : (Fu = r3, r3 = u);
                var s2, i2, c2;
                r3 === u && (r3 = Fu, (t6 = Yi()) !== u && Zc() !== u && (e3 = Fc()) !== u && Zc() !== u && (n2 = ri()) !== u && Zc() !== u && Ji() !== u && Zc() !== u && (o2 = vs()) !== u && Zc() !== u ? ((a2 = (function() {
                  var r4, t7, e4, n3, o3, a3;
                  r4 = Fu, (t7 = ma()) === u && (t7 = wa());
                  if (t7 !== u) {
                    for (e4 = [], n3 = Fu, (o3 = Zc()) !== u ? ((a3 = ma()) === u && (a3 = wa()), a3 !== u ? n3 = o3 = [o3, a3] : (Fu = n3, n3 = u)) : (Fu = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Fu, (o3 = Zc()) !== u ? ((a3 = ma()) === u && (a3 = wa()), a3 !== u ? n3 = o3 = [o3, a3] : (Fu = n3, n3 = u)) : (Fu = n3, n3 = u);
                    e4 !== u ? (Hu = r4, t7 = C(t7, e4), r4 = t7) : (Fu = r4, r4 = u);
                  } else Fu = r4, r4 = u;
                  return r4;
                })()) === u && (a2 = null), a2 !== u && Zc() !== u ? (Hu = r3, t6 = (function(r4, t7, e4, n3, o3) {
                  return { tableList: Array.from(Al), columnList: wl(El), ast: { type: r4.toLowerCase(), keyword: t7.toLowerCase(), name: e4, table: n3, options: o3 } };
                })(t6, e3, n2, o2, a2), r3 = t6) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u));
                return r3;
              })()) === u && (t5 = (function() {
                var t6;
                (t6 = (function() {
                  var r3, t7, e3, n2, o2, a2, s2, i2, c2, f2, p2, b2, v2;
                  r3 = Fu, (t7 = Da()) !== u && Zc() !== u ? (e3 = Fu, (n2 = Cc()) !== u && (o2 = Zc()) !== u && (a2 = Ha()) !== u ? e3 = n2 = [n2, o2, a2] : (Fu = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = Zc()) !== u ? ((o2 = Ba()) === u && (o2 = qa()), o2 === u && (o2 = null), o2 !== u && (a2 = Zc()) !== u && (s2 = Ki()) !== u && Zc() !== u ? ((i2 = da()) === u && (i2 = null), i2 !== u && Zc() !== u && (c2 = vs()) !== u && Zc() !== u ? ((f2 = (function() {
                    var r4, t8, e4, n3, o3, a3, s3, i3, c3;
                    if (r4 = Fu, (t8 = qc()) !== u) if (Zc() !== u) if ((e4 = La()) !== u) {
                      for (n3 = [], o3 = Fu, (a3 = Zc()) !== u && (s3 = Wc()) !== u && (i3 = Zc()) !== u && (c3 = La()) !== u ? o3 = a3 = [a3, s3, i3, c3] : (Fu = o3, o3 = u); o3 !== u; ) n3.push(o3), o3 = Fu, (a3 = Zc()) !== u && (s3 = Wc()) !== u && (i3 = Zc()) !== u && (c3 = La()) !== u ? o3 = a3 = [a3, s3, i3, c3] : (Fu = o3, o3 = u);
                      n3 !== u && (o3 = Zc()) !== u && (a3 = Bc()) !== u ? (Hu = r4, t8 = l(e4, n3), r4 = t8) : (Fu = r4, r4 = u);
                    } else Fu = r4, r4 = u;
                    else Fu = r4, r4 = u;
                    else Fu = r4, r4 = u;
                    return r4;
                  })()) === u && (f2 = null), f2 !== u && Zc() !== u ? ((p2 = (function() {
                    var r4, t8, e4, n3, o3, a3, s3, i3;
                    if (r4 = Fu, (t8 = Sa()) !== u) {
                      for (e4 = [], n3 = Fu, (o3 = Zc()) !== u ? ((a3 = Wc()) === u && (a3 = null), a3 !== u && (s3 = Zc()) !== u && (i3 = Sa()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Fu = n3, n3 = u)) : (Fu = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Fu, (o3 = Zc()) !== u ? ((a3 = Wc()) === u && (a3 = null), a3 !== u && (s3 = Zc()) !== u && (i3 = Sa()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Fu = n3, n3 = u)) : (Fu = n3, n3 = u);
                      e4 !== u ? (Hu = r4, t8 = dl(t8, e4), r4 = t8) : (Fu = r4, r4 = u);
                    } else Fu = r4, r4 = u;
                    return r4;
                  })()) === u && (p2 = null), p2 !== u && Zc() !== u ? ((b2 = Qi()) === u && (b2 = null), b2 !== u && Zc() !== u ? ((v2 = Xa()) === u && (v2 = null), v2 !== u ? (Hu = r3, y2 = t7, d2 = e3, h2 = o2, m2 = i2, L2 = f2, C2 = p2, A2 = b2, E2 = v2, (w2 = c2) && Al.add(`create::${w2.db}::${w2.table}`), t7 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: y2[0].toLowerCase(), keyword: "table", temporary: h2 && h2[0].toLowerCase(), if_not_exists: m2, table: [w2], replace: d2 && "or replace", as: A2 && A2[0].toLowerCase(), query_expr: E2 && E2.ast, create_definitions: L2, table_options: C2 } }, r3 = t7) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
                  var y2, d2, h2, m2, w2, L2, C2, A2, E2;
                  r3 === u && (r3 = Fu, (t7 = Da()) !== u && Zc() !== u ? ((e3 = qa()) === u && (e3 = null), e3 !== u && (n2 = Zc()) !== u && (o2 = Ki()) !== u && (a2 = Zc()) !== u ? ((s2 = da()) === u && (s2 = null), s2 !== u && Zc() !== u && (i2 = cs()) !== u && Zc() !== u && (c2 = (function r4() {
                    var t8, e4;
                    (t8 = (function() {
                      var r5, t9;
                      r5 = Fu, hc() !== u && Zc() !== u && (t9 = cs()) !== u ? (Hu = r5, r5 = { type: "like", table: t9 }) : (Fu = r5, r5 = u);
                      return r5;
                    })()) === u && (t8 = Fu, qc() !== u && Zc() !== u && (e4 = r4()) !== u && Zc() !== u && Bc() !== u ? (Hu = t8, (n3 = e4).parentheses = true, t8 = n3) : (Fu = t8, t8 = u));
                    var n3;
                    return t8;
                  })()) !== u ? (Hu = r3, t7 = (function(r4, t8, e4, n3, o3) {
                    return n3 && n3.forEach((r5) => Al.add(`create::${r5.db}::${r5.table}`)), { tableList: Array.from(Al), columnList: wl(El), ast: { type: r4[0].toLowerCase(), keyword: "table", temporary: t8 && t8[0].toLowerCase(), if_not_exists: e4, table: n3, like: o3 } };
                  })(t7, e3, s2, i2, c2), r3 = t7) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u));
                  return r3;
                })()) === u && (t6 = (function() {
                  var t7, e3, n2, o2, a2, s2;
                  t7 = Fu, (e3 = Da()) !== u && Zc() !== u ? ((n2 = $a()) === u && (n2 = (function() {
                    var t8, e4, n3, o3;
                    t8 = Fu, "schema" === r2.substr(Fu, 6).toLowerCase() ? (e4 = r2.substr(Fu, 6), Fu += 6) : (e4 = u, 0 === Yu && Qu(ot));
                    e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t8 = e4 = [e4, n3] : (Fu = t8, t8 = u)) : (Fu = t8, t8 = u);
                    return t8;
                  })()), n2 !== u && Zc() !== u ? ((o2 = da()) === u && (o2 = null), o2 !== u && Zc() !== u && (a2 = Ci()) !== u && Zc() !== u ? ((s2 = (function() {
                    var r3, t8, e4, n3, o3, a3;
                    if (r3 = Fu, (t8 = xa()) !== u) {
                      for (e4 = [], n3 = Fu, (o3 = Zc()) !== u && (a3 = xa()) !== u ? n3 = o3 = [o3, a3] : (Fu = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Fu, (o3 = Zc()) !== u && (a3 = xa()) !== u ? n3 = o3 = [o3, a3] : (Fu = n3, n3 = u);
                      e4 !== u ? (Hu = r3, t8 = C(t8, e4), r3 = t8) : (Fu = r3, r3 = u);
                    } else Fu = r3, r3 = u;
                    return r3;
                  })()) === u && (s2 = null), s2 !== u ? (Hu = t7, e3 = (function(r3, t8, e4, n3, o3) {
                    const u2 = t8.toLowerCase();
                    return { tableList: Array.from(Al), columnList: wl(El), ast: { type: r3[0].toLowerCase(), keyword: u2, if_not_exists: e4, [u2]: { db: n3.schema, schema: n3.name }, create_definitions: o3 } };
                  })(e3, n2, o2, a2, s2), t7 = e3) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) === u && (t6 = (function() {
                  var t7, e3, n2, o2, a2, s2, i2, c2, f2, p2, b2, v2, y2, d2, h2, m2, w2, L2;
                  t7 = Fu, (e3 = Da()) !== u && Zc() !== u ? (n2 = Fu, (o2 = Cc()) !== u && (a2 = Zc()) !== u && (s2 = Ha()) !== u ? n2 = o2 = [o2, a2, s2] : (Fu = n2, n2 = u), n2 === u && (n2 = null), n2 !== u && (o2 = Zc()) !== u ? ((a2 = Ba()) === u && (a2 = qa()), a2 === u && (a2 = null), a2 !== u && (s2 = Zc()) !== u ? ((i2 = (function() {
                    var t8, e4, n3, o3;
                    t8 = Fu, "recursive" === r2.substr(Fu, 9).toLowerCase() ? (e4 = r2.substr(Fu, 9), Fu += 9) : (e4 = u, 0 === Yu && Qu(Mn));
                    e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t8 = e4 = [e4, n3] : (Fu = t8, t8 = u)) : (Fu = t8, t8 = u);
                    return t8;
                  })()) === u && (i2 = null), i2 !== u && Zc() !== u && (function() {
                    var t8, e4, n3, o3;
                    t8 = Fu, "view" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(yu));
                    e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t8, t8 = e4 = "VIEW") : (Fu = t8, t8 = u)) : (Fu = t8, t8 = u);
                    return t8;
                  })() !== u && Zc() !== u && (c2 = vs()) !== u && Zc() !== u ? (f2 = Fu, (p2 = qc()) !== u && (b2 = Zc()) !== u && (v2 = ti()) !== u && (y2 = Zc()) !== u && (d2 = Bc()) !== u ? f2 = p2 = [p2, b2, v2, y2, d2] : (Fu = f2, f2 = u), f2 === u && (f2 = null), f2 !== u && (p2 = Zc()) !== u ? (b2 = Fu, (v2 = oc()) !== u && (y2 = Zc()) !== u && (d2 = qc()) !== u && (h2 = Zc()) !== u && (m2 = (function() {
                    var r3, t8, e4, n3, o3, a3, s3, i3;
                    if (r3 = Fu, (t8 = ha()) !== u) {
                      for (e4 = [], n3 = Fu, (o3 = Zc()) !== u && (a3 = Wc()) !== u && (s3 = Zc()) !== u && (i3 = ha()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Fu = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Fu, (o3 = Zc()) !== u && (a3 = Wc()) !== u && (s3 = Zc()) !== u && (i3 = ha()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Fu = n3, n3 = u);
                      e4 !== u ? (Hu = r3, t8 = l(t8, e4), r3 = t8) : (Fu = r3, r3 = u);
                    } else Fu = r3, r3 = u;
                    return r3;
                  })()) !== u && (w2 = Zc()) !== u && (L2 = Bc()) !== u ? b2 = v2 = [v2, y2, d2, h2, m2, w2, L2] : (Fu = b2, b2 = u), b2 === u && (b2 = null), b2 !== u && (v2 = Zc()) !== u && (y2 = Qi()) !== u && (d2 = Zc()) !== u && (h2 = Ka()) !== u && (m2 = Zc()) !== u ? ((w2 = (function() {
                    var t8, e4, n3, o3, a3;
                    t8 = Fu, (e4 = oc()) !== u && Zc() !== u ? ("cascaded" === r2.substr(Fu, 8).toLowerCase() ? (n3 = r2.substr(Fu, 8), Fu += 8) : (n3 = u, 0 === Yu && Qu(E)), n3 === u && ("local" === r2.substr(Fu, 5).toLowerCase() ? (n3 = r2.substr(Fu, 5), Fu += 5) : (n3 = u, 0 === Yu && Qu(g))), n3 !== u && Zc() !== u ? ("check" === r2.substr(Fu, 5).toLowerCase() ? (o3 = r2.substr(Fu, 5), Fu += 5) : (o3 = u, 0 === Yu && Qu(_)), o3 !== u && Zc() !== u ? ("OPTION" === r2.substr(Fu, 6) ? (a3 = "OPTION", Fu += 6) : (a3 = u, 0 === Yu && Qu(j)), a3 !== u ? (Hu = t8, e4 = `with ${n3.toLowerCase()} check option`, t8 = e4) : (Fu = t8, t8 = u)) : (Fu = t8, t8 = u)) : (Fu = t8, t8 = u)) : (Fu = t8, t8 = u);
                    t8 === u && (t8 = Fu, (e4 = oc()) !== u && Zc() !== u ? ("check" === r2.substr(Fu, 5).toLowerCase() ? (n3 = r2.substr(Fu, 5), Fu += 5) : (n3 = u, 0 === Yu && Qu(_)), n3 !== u && Zc() !== u ? ("OPTION" === r2.substr(Fu, 6) ? (o3 = "OPTION", Fu += 6) : (o3 = u, 0 === Yu && Qu(j)), o3 !== u ? (Hu = t8, t8 = e4 = "with check option") : (Fu = t8, t8 = u)) : (Fu = t8, t8 = u)) : (Fu = t8, t8 = u));
                    return t8;
                  })()) === u && (w2 = null), w2 !== u ? (Hu = t7, C2 = e3, A2 = n2, T2 = a2, S2 = i2, k2 = f2, I2 = b2, O2 = h2, N2 = w2, (x2 = c2).view = x2.table, delete x2.table, e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: C2[0].toLowerCase(), keyword: "view", replace: A2 && "or replace", temporary: T2 && T2[0].toLowerCase(), recursive: S2 && S2.toLowerCase(), columns: k2 && k2[2], select: O2, view: x2, with_options: I2 && I2[4], with: N2 } }, t7 = e3) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  var C2, A2, T2, S2, x2, k2, I2, O2, N2;
                  return t7;
                })());
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e3, n2, o2;
                t6 = Fu, (e3 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "truncate" === r2.substr(Fu, 8).toLowerCase() ? (e4 = r2.substr(Fu, 8), Fu += 8) : (e4 = u, 0 === Yu && Qu(ou));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t7, t7 = e4 = "TRUNCATE") : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) !== u && Zc() !== u ? ((n2 = Ki()) === u && (n2 = null), n2 !== u && Zc() !== u && (o2 = cs()) !== u ? (Hu = t6, a2 = e3, s2 = n2, (i2 = o2) && i2.forEach((r3) => Al.add(`${a2}::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: a2.toLowerCase(), keyword: s2 && s2.toLowerCase() || "table", name: i2 } }, t6 = e3) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                var a2, s2, i2;
                return t6;
              })()) === u && (t5 = (function() {
                var r3, t6, e3;
                r3 = Fu, (t6 = Ga()) !== u && Zc() !== u && Ki() !== u && Zc() !== u && (e3 = (function() {
                  var r4, t7, e4, n3, o2, a2, s2, i2;
                  if (r4 = Fu, (t7 = is()) !== u) {
                    for (e4 = [], n3 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = is()) !== u ? n3 = o2 = [o2, a2, s2, i2] : (Fu = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = is()) !== u ? n3 = o2 = [o2, a2, s2, i2] : (Fu = n3, n3 = u);
                    e4 !== u ? (Hu = r4, t7 = l(t7, e4), r4 = t7) : (Fu = r4, r4 = u);
                  } else Fu = r4, r4 = u;
                  return r4;
                })()) !== u ? (Hu = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && Al.add(`rename::${r5.db}::${r5.table}`))), t6 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "rename", table: n2 } }, r3 = t6) : (Fu = r3, r3 = u);
                var n2;
                return r3;
              })()) === u && (t5 = (function() {
                var t6, e3, n2;
                t6 = Fu, (e3 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "call" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(Oo));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t7, t7 = e4 = "CALL") : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) !== u && Zc() !== u && (n2 = ua()) !== u ? (Hu = t6, o2 = n2, e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "call", expr: o2 } }, t6 = e3) : (Fu = t6, t6 = u);
                var o2;
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e3, n2;
                t6 = Fu, (e3 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "use" === r2.substr(Fu, 3).toLowerCase() ? (e4 = r2.substr(Fu, 3), Fu += 3) : (e4 = u, 0 === Yu && Qu(Rn));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t7 = e4 = [e4, n3] : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) !== u && Zc() !== u && (n2 = ni()) !== u ? (Hu = t6, o2 = n2, Al.add(`use::${o2}::null`), e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "use", db: o2 } }, t6 = e3) : (Fu = t6, t6 = u);
                var o2;
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e3, n2, o2;
                t6 = Fu, (e3 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "alter" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(ut));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t7 = e4 = [e4, n3] : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) !== u && Zc() !== u && Ki() !== u && Zc() !== u && (n2 = cs()) !== u && Zc() !== u && (o2 = (function() {
                  var r3, t7, e4, n3, o3, a3, s3, i2;
                  if (r3 = Fu, (t7 = ka()) !== u) {
                    for (e4 = [], n3 = Fu, (o3 = Zc()) !== u && (a3 = Wc()) !== u && (s3 = Zc()) !== u && (i2 = ka()) !== u ? n3 = o3 = [o3, a3, s3, i2] : (Fu = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Fu, (o3 = Zc()) !== u && (a3 = Wc()) !== u && (s3 = Zc()) !== u && (i2 = ka()) !== u ? n3 = o3 = [o3, a3, s3, i2] : (Fu = n3, n3 = u);
                    e4 !== u ? (Hu = r3, t7 = l(t7, e4), r3 = t7) : (Fu = r3, r3 = u);
                  } else Fu = r3, r3 = u;
                  return r3;
                })()) !== u ? (Hu = t6, s2 = o2, (a2 = n2) && a2.length > 0 && a2.forEach((r3) => Al.add(`alter::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "alter", table: a2, expr: s2 } }, t6 = e3) : (Fu = t6, t6 = u);
                var a2, s2;
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e3, n2, o2;
                t6 = Fu, (e3 = Xi()) !== u && Zc() !== u ? ((n2 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "global" === r2.substr(Fu, 6).toLowerCase() ? (e4 = r2.substr(Fu, 6), Fu += 6) : (e4 = u, 0 === Yu && Qu(lu));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t7, t7 = e4 = "GLOBAL") : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) === u && (n2 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "session" === r2.substr(Fu, 7).toLowerCase() ? (e4 = r2.substr(Fu, 7), Fu += 7) : (e4 = u, 0 === Yu && Qu(fu));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t7, t7 = e4 = "SESSION") : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) === u && (n2 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "local" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(g));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t7, t7 = e4 = "LOCAL") : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) === u && (n2 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "persist" === r2.substr(Fu, 7).toLowerCase() ? (e4 = r2.substr(Fu, 7), Fu += 7) : (e4 = u, 0 === Yu && Qu(bu));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t7, t7 = e4 = "PERSIST") : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) === u && (n2 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "persist_only" === r2.substr(Fu, 12).toLowerCase() ? (e4 = r2.substr(Fu, 12), Fu += 12) : (e4 = u, 0 === Yu && Qu(vu));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t7, t7 = e4 = "PERSIST_ONLY") : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()), n2 === u && (n2 = null), n2 !== u && Zc() !== u && (o2 = (function() {
                  var r3, t7, e4, n3, o3, a3, s3, c2;
                  if (r3 = Fu, (t7 = ra()) !== u) {
                    for (e4 = [], n3 = Fu, (o3 = Zc()) !== u && (a3 = Wc()) !== u && (s3 = Zc()) !== u && (c2 = ra()) !== u ? n3 = o3 = [o3, a3, s3, c2] : (Fu = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Fu, (o3 = Zc()) !== u && (a3 = Wc()) !== u && (s3 = Zc()) !== u && (c2 = ra()) !== u ? n3 = o3 = [o3, a3, s3, c2] : (Fu = n3, n3 = u);
                    e4 !== u ? (Hu = r3, t7 = i(t7, e4), r3 = t7) : (Fu = r3, r3 = u);
                  } else Fu = r3, r3 = u;
                  return r3;
                })()) !== u ? (Hu = t6, a2 = n2, (s2 = o2).keyword = a2, e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "set", keyword: a2, expr: s2 } }, t6 = e3) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                var a2, s2;
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e3, n2;
                t6 = Fu, (e3 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "lock" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(D));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t7 = e4 = [e4, n3] : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) !== u && Zc() !== u && zi() !== u && Zc() !== u && (n2 = (function() {
                  var r3, t7, e4, n3, o3, a2, s2, c2;
                  if (r3 = Fu, (t7 = Ea()) !== u) {
                    for (e4 = [], n3 = Fu, (o3 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (c2 = Ea()) !== u ? n3 = o3 = [o3, a2, s2, c2] : (Fu = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Fu, (o3 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (c2 = Ea()) !== u ? n3 = o3 = [o3, a2, s2, c2] : (Fu = n3, n3 = u);
                    e4 !== u ? (Hu = r3, t7 = i(t7, e4), r3 = t7) : (Fu = r3, r3 = u);
                  } else Fu = r3, r3 = u;
                  return r3;
                })()) !== u ? (Hu = t6, o2 = n2, e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "lock", keyword: "tables", tables: o2 } }, t6 = e3) : (Fu = t6, t6 = u);
                var o2;
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e3;
                t6 = Fu, (e3 = (function() {
                  var t7, e4, n2, o2;
                  t7 = Fu, "unlock" === r2.substr(Fu, 6).toLowerCase() ? (e4 = r2.substr(Fu, 6), Fu += 6) : (e4 = u, 0 === Yu && Qu($n));
                  e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t7 = e4 = [e4, n2] : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })()) !== u && Zc() !== u && zi() !== u ? (Hu = t6, e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "unlock", keyword: "tables" } }, t6 = e3) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e3, n2, o2, a2, s2, c2, l2, f2;
                t6 = Fu, (e3 = Wa()) !== u && Zc() !== u ? ("binary" === r2.substr(Fu, 6).toLowerCase() ? (n2 = r2.substr(Fu, 6), Fu += 6) : (n2 = u, 0 === Yu && Qu(b)), n2 === u && ("master" === r2.substr(Fu, 6).toLowerCase() ? (n2 = r2.substr(Fu, 6), Fu += 6) : (n2 = u, 0 === Yu && Qu(v))), n2 !== u && (o2 = Zc()) !== u ? ("logs" === r2.substr(Fu, 4).toLowerCase() ? (a2 = r2.substr(Fu, 4), Fu += 4) : (a2 = u, 0 === Yu && Qu(y)), a2 !== u ? (Hu = t6, p2 = n2, e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "show", suffix: "logs", keyword: p2.toLowerCase() } }, t6 = e3) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                var p2;
                t6 === u && (t6 = Fu, (e3 = Wa()) !== u && Zc() !== u ? ("binlog" === r2.substr(Fu, 6).toLowerCase() ? (n2 = r2.substr(Fu, 6), Fu += 6) : (n2 = u, 0 === Yu && Qu(d)), n2 !== u && (o2 = Zc()) !== u ? ("events" === r2.substr(Fu, 6).toLowerCase() ? (a2 = r2.substr(Fu, 6), Fu += 6) : (a2 = u, 0 === Yu && Qu(h)), a2 !== u && (s2 = Zc()) !== u ? ((c2 = Ys()) === u && (c2 = null), c2 !== u && Zc() !== u ? ((l2 = ss()) === u && (l2 = null), l2 !== u && Zc() !== u ? ((f2 = Ss()) === u && (f2 = null), f2 !== u ? (Hu = t6, C2 = c2, A2 = l2, E2 = f2, e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "show", suffix: "events", keyword: "binlog", in: C2, from: A2, limit: E2 } }, t6 = e3) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u), t6 === u && (t6 = Fu, (e3 = Wa()) !== u && Zc() !== u ? (n2 = Fu, "character" === r2.substr(Fu, 9).toLowerCase() ? (o2 = r2.substr(Fu, 9), Fu += 9) : (o2 = u, 0 === Yu && Qu(m)), o2 !== u && (a2 = Zc()) !== u ? ("set" === r2.substr(Fu, 3).toLowerCase() ? (s2 = r2.substr(Fu, 3), Fu += 3) : (s2 = u, 0 === Yu && Qu(w)), s2 !== u ? n2 = o2 = [o2, a2, s2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u), n2 === u && ("collation" === r2.substr(Fu, 9).toLowerCase() ? (n2 = r2.substr(Fu, 9), Fu += 9) : (n2 = u, 0 === Yu && Qu(L))), n2 !== u && (o2 = Zc()) !== u ? ((a2 = Ws()) === u && (a2 = hs()), a2 === u && (a2 = null), a2 !== u ? (Hu = t6, e3 = (function(r3, t7) {
                  let e4 = Array.isArray(r3) && r3 || [r3];
                  return { tableList: Array.from(Al), columnList: wl(El), ast: { type: "show", suffix: e4[2] && e4[2].toLowerCase(), keyword: e4[0].toLowerCase(), expr: t7 } };
                })(n2, a2), t6 = e3) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u), t6 === u && (t6 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, (e4 = Wa()) !== u && Zc() !== u ? ("grants" === r2.substr(Fu, 6).toLowerCase() ? (n3 = r2.substr(Fu, 6), Fu += 6) : (n3 = u, 0 === Yu && Qu(k)), n3 !== u && Zc() !== u ? ((o3 = (function() {
                    var t8, e5, n4, o4, a4, s3, c3;
                    t8 = Fu, "for" === r2.substr(Fu, 3).toLowerCase() ? (e5 = r2.substr(Fu, 3), Fu += 3) : (e5 = u, 0 === Yu && Qu(q));
                    e5 !== u && Zc() !== u && (n4 = ni()) !== u && Zc() !== u ? (o4 = Fu, (a4 = Ya()) !== u && (s3 = Zc()) !== u && (c3 = ni()) !== u ? o4 = a4 = [a4, s3, c3] : (Fu = o4, o4 = u), o4 === u && (o4 = null), o4 !== u && (a4 = Zc()) !== u ? ((s3 = (function() {
                      var r3, t9;
                      r3 = Fu, nc() !== u && Zc() !== u && (t9 = (function() {
                        var r4, t10, e6, n5, o5, a5, s4, c4;
                        if (r4 = Fu, (t10 = ni()) !== u) {
                          for (e6 = [], n5 = Fu, (o5 = Zc()) !== u && (a5 = Wc()) !== u && (s4 = Zc()) !== u && (c4 = ni()) !== u ? n5 = o5 = [o5, a5, s4, c4] : (Fu = n5, n5 = u); n5 !== u; ) e6.push(n5), n5 = Fu, (o5 = Zc()) !== u && (a5 = Wc()) !== u && (s4 = Zc()) !== u && (c4 = ni()) !== u ? n5 = o5 = [o5, a5, s4, c4] : (Fu = n5, n5 = u);
                          e6 !== u ? (Hu = r4, t10 = i(t10, e6), r4 = t10) : (Fu = r4, r4 = u);
                        } else Fu = r4, r4 = u;
                        return r4;
                      })()) !== u ? (Hu = r3, r3 = t9) : (Fu = r3, r3 = u);
                      return r3;
                    })()) === u && (s3 = null), s3 !== u ? (Hu = t8, f3 = s3, e5 = { user: n4, host: (l3 = o4) && l3[2], role_list: f3 }, t8 = e5) : (Fu = t8, t8 = u)) : (Fu = t8, t8 = u)) : (Fu = t8, t8 = u);
                    var l3, f3;
                    return t8;
                  })()) === u && (o3 = null), o3 !== u ? (Hu = t7, a3 = o3, e4 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "show", keyword: "grants", for: a3 } }, t7 = e4) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  var a3;
                  return t7;
                })())));
                var C2, A2, E2;
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e3, n2;
                t6 = Fu, (e3 = fc()) === u && (e3 = (function() {
                  var t7, e4, n3, o3;
                  t7 = Fu, "describe" === r2.substr(Fu, 8).toLowerCase() ? (e4 = r2.substr(Fu, 8), Fu += 8) : (e4 = u, 0 === Yu && Qu(Jr));
                  e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t7 = e4 = [e4, n3] : (Fu = t7, t7 = u)) : (Fu = t7, t7 = u);
                  return t7;
                })());
                e3 !== u && Zc() !== u && (n2 = ni()) !== u ? (Hu = t6, o2 = n2, e3 = { tableList: Array.from(Al), columnList: wl(El), ast: { type: "desc", table: o2 } }, t6 = e3) : (Fu = t6, t6 = u);
                var o2;
                return t6;
              })());
              return t5;
            })()) === u && (t4 = (function() {
              var r3, t5;
              r3 = [], t5 = Zu();
              for (; t5 !== u; ) r3.push(t5), t5 = Zu();
              return r3;
            })());
            return t4;
          })()), t3;
        }
        function Zu() {
          var t3, e3;
          return t3 = Fu, Hu = Fu, Cl = [], (true ? void 0 : u) !== u && Zc() !== u ? ((e3 = ra()) === u && (e3 = (function() {
            var t4, e4;
            t4 = Fu, (function() {
              var t5;
              "return" === r2.substr(Fu, 6).toLowerCase() ? (t5 = r2.substr(Fu, 6), Fu += 6) : (t5 = u, 0 === Yu && Qu(qr));
              return t5;
            })() !== u && Zc() !== u && (e4 = ta()) !== u ? (Hu = t4, t4 = { type: "return", expr: e4 }) : (Fu = t4, t4 = u);
            return t4;
          })()), e3 !== u ? (Hu = t3, t3 = { stmt: e3, vars: Cl }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function ra() {
          var t3, e3, n2, o2;
          return t3 = Fu, (e3 = ba()) === u && (e3 = va()), e3 !== u && Zc() !== u ? ((n2 = (function() {
            var t4;
            ":=" === r2.substr(Fu, 2) ? (t4 = ":=", Fu += 2) : (t4 = u, 0 === Yu && Qu(Yr));
            return t4;
          })()) === u && (n2 = Fa()), n2 !== u && Zc() !== u && (o2 = ta()) !== u ? (Hu = t3, t3 = e3 = { type: "assign", left: e3, symbol: n2, right: o2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function ta() {
          var r3;
          return (r3 = Ka()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = Fu, (t3 = ba()) !== u && Zc() !== u && (e3 = bs()) !== u && Zc() !== u && (n2 = ba()) !== u && Zc() !== u && (o2 = ds()) !== u ? (Hu = r4, r4 = t3 = { type: "join", ltable: t3, rtable: n2, op: e3, on: o2 }) : (Fu = r4, r4 = u);
            return r4;
          })()) === u && (r3 = ea()) === u && (r3 = (function() {
            var r4, t3;
            r4 = Fu, Qc() !== u && Zc() !== u && (t3 = aa()) !== u && Zc() !== u && Kc() !== u ? (Hu = r4, r4 = { type: "array", value: t3, brackets: true }) : (Fu = r4, r4 = u);
            return r4;
          })()), r3;
        }
        function ea() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = na()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Bs()) !== u && (s2 = Zc()) !== u && (i2 = na()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Bs()) !== u && (s2 = Zc()) !== u && (i2 = na()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = c(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function na() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = oa()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Xs()) !== u && (s2 = Zc()) !== u && (i2 = oa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Xs()) !== u && (s2 = Zc()) !== u && (i2 = oa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = c(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function oa() {
          var r3, t3, e3;
          return (r3 = ji()) === u && (r3 = ba()) === u && (r3 = ua()) === u && (r3 = di()) === u && (r3 = Fu, qc() !== u && Zc() !== u && (t3 = ea()) !== u && Zc() !== u && Bc() !== u ? (Hu = r3, (e3 = t3).parentheses = true, r3 = e3) : (Fu = r3, r3 = u)), r3;
        }
        function ua() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = Ci()) !== u && Zc() !== u && qc() !== u && Zc() !== u ? ((e3 = aa()) === u && (e3 = null), e3 !== u && Zc() !== u && Bc() !== u ? (Hu = r3, r3 = t3 = { type: "function", name: t3, args: { type: "expr_list", value: e3 }, ...pl() }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = Ci()) !== u && (Hu = r3, t3 = (function(r4) {
            return { type: "function", name: r4, args: null, ...pl() };
          })(t3)), r3 = t3), r3;
        }
        function aa() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = oa()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = oa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = oa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = l(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function sa() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = ia()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = ia()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = ia()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = l(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function ia() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2;
          return t3 = Fu, e3 = Fu, (n2 = ni()) !== u && (o2 = Zc()) !== u && (a2 = Gc()) !== u ? e3 = n2 = [n2, o2, a2] : (Fu = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = Zc()) !== u && (o2 = ci()) !== u && (a2 = Zc()) !== u ? (61 === r2.charCodeAt(Fu) ? (s2 = "=", Fu++) : (s2 = u, 0 === Yu && Qu(f)), s2 !== u && Zc() !== u && (i2 = Is()) !== u ? (Hu = t3, t3 = e3 = { column: o2, value: i2, table: (l2 = e3) && l2[0] }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, e3 = Fu, (n2 = ni()) !== u && (o2 = Zc()) !== u && (a2 = Gc()) !== u ? e3 = n2 = [n2, o2, a2] : (Fu = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = Zc()) !== u && (o2 = ci()) !== u && (a2 = Zc()) !== u ? (61 === r2.charCodeAt(Fu) ? (s2 = "=", Fu++) : (s2 = u, 0 === Yu && Qu(f)), s2 !== u && Zc() !== u && (i2 = ec()) !== u && Zc() !== u && qc() !== u && Zc() !== u && (c2 = ri()) !== u && Zc() !== u && Bc() !== u ? (Hu = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: t4, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)), t3;
        }
        function ca() {
          var t3, e3;
          return t3 = Fu, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Fu, "insert" === r2.substr(Fu, 6).toLowerCase() ? (e4 = r2.substr(Fu, 6), Fu += 6) : (e4 = u, 0 === Yu && Qu(Wr));
            e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && (Hu = t3, e3 = "insert"), (t3 = e3) === u && (t3 = Fu, (e3 = Ha()) !== u && (Hu = t3, e3 = "replace"), t3 = e3), t3;
        }
        function la() {
          var r3, t3, e3, n2, o2, a2, s2, i2, c2;
          if (r3 = Fu, qi() !== u) if (Zc() !== u) if ((t3 = qc()) !== u) if (Zc() !== u) if ((e3 = pi()) !== u) {
            for (n2 = [], o2 = Fu, (a2 = Zc()) !== u && (s2 = Wc()) !== u && (i2 = Zc()) !== u && (c2 = pi()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (Fu = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = Fu, (a2 = Zc()) !== u && (s2 = Wc()) !== u && (i2 = Zc()) !== u && (c2 = pi()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (Fu = o2, o2 = u);
            n2 !== u && (o2 = Zc()) !== u && (a2 = Bc()) !== u ? (Hu = r3, r3 = dl(e3, n2)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          else Fu = r3, r3 = u;
          else Fu = r3, r3 = u;
          else Fu = r3, r3 = u;
          else Fu = r3, r3 = u;
          return r3 === u && (r3 = Fu, qi() !== u && Zc() !== u && (t3 = ya()) !== u ? (Hu = r3, r3 = t3) : (Fu = r3, r3 = u)), r3;
        }
        function fa() {
          var r3, t3;
          return (r3 = (function() {
            var r4, t4;
            r4 = Fu, ec() !== u && Zc() !== u && (t4 = (function() {
              var r5, t5, e3, n2, o2, a2, s2, i2;
              if (r5 = Fu, (t5 = ya()) !== u) {
                for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = ya()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = ya()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
                e3 !== u ? (Hu = r5, t5 = l(t5, e3), r5 = t5) : (Fu = r5, r5 = u);
              } else Fu = r5, r5 = u;
              return r5;
            })()) !== u ? (Hu = r4, r4 = { type: "values", values: t4 }) : (Fu = r4, r4 = u);
            return r4;
          })()) === u && (r3 = Fu, (t3 = Xa()) !== u && (Hu = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function pa() {
          var t3, e3, n2;
          return t3 = Fu, Ji() !== u && Zc() !== u ? ("duplicate" === r2.substr(Fu, 9).toLowerCase() ? (e3 = r2.substr(Fu, 9), Fu += 9) : (e3 = u, 0 === Yu && Qu(p)), e3 !== u && Zc() !== u && Hc() !== u && Zc() !== u && Ma() !== u && Zc() !== u && (n2 = sa()) !== u ? (Hu = t3, t3 = { keyword: "on duplicate key update", set: n2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function ba() {
          var t3, e3, n2, o2, a2;
          return t3 = Fu, (e3 = (function() {
            var t4;
            (t4 = (function() {
              var t5;
              "@@" === r2.substr(Fu, 2) ? (t5 = "@@", Fu += 2) : (t5 = u, 0 === Yu && Qu(rt));
              return t5;
            })()) === u && (t4 = Ya()) === u && (t4 = (function() {
              var t5;
              36 === r2.charCodeAt(Fu) ? (t5 = "$", Fu++) : (t5 = u, 0 === Yu && Qu(tt));
              return t5;
            })());
            return t4;
          })()) !== u && (n2 = va()) !== u ? (Hu = t3, o2 = e3, a2 = n2, t3 = e3 = { type: "var", ...a2, prefix: o2 }) : (Fu = t3, t3 = u), t3;
        }
        function va() {
          var t3, e3, n2, o2, a2;
          return t3 = Fu, (e3 = pi()) !== u && (n2 = (function() {
            var t4, e4, n3, o3, a3;
            t4 = Fu, e4 = [], n3 = Fu, 46 === r2.charCodeAt(Fu) ? (o3 = ".", Fu++) : (o3 = u, 0 === Yu && Qu(I));
            o3 !== u && (a3 = pi()) !== u ? n3 = o3 = [o3, a3] : (Fu = n3, n3 = u);
            for (; n3 !== u; ) e4.push(n3), n3 = Fu, 46 === r2.charCodeAt(Fu) ? (o3 = ".", Fu++) : (o3 = u, 0 === Yu && Qu(I)), o3 !== u && (a3 = pi()) !== u ? n3 = o3 = [o3, a3] : (Fu = n3, n3 = u);
            e4 !== u && (Hu = t4, e4 = (function(r3) {
              const t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4));
            return t4 = e4;
          })()) !== u ? (Hu = t3, o2 = e3, a2 = n2, Cl.push(o2), t3 = e3 = { type: "var", name: o2, members: a2, prefix: null }) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = Ri()) !== u && (Hu = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function ya() {
          var r3, t3;
          return r3 = Fu, qc() !== u && Zc() !== u && (t3 = xs()) !== u && Zc() !== u && Bc() !== u ? (Hu = r3, r3 = t3) : (Fu = r3, r3 = u), r3;
        }
        function da() {
          var t3, e3;
          return t3 = Fu, "if" === r2.substr(Fu, 2).toLowerCase() ? (e3 = r2.substr(Fu, 2), Fu += 2) : (e3 = u, 0 === Yu && Qu(A)), e3 !== u && Zc() !== u && wc() !== u && Zc() !== u && mc() !== u ? (Hu = t3, t3 = e3 = "IF NOT EXISTS") : (Fu = t3, t3 = u), t3;
        }
        function ha() {
          var t3, e3, n2;
          return t3 = Fu, "check_option" === r2.substr(Fu, 12).toLowerCase() ? (e3 = r2.substr(Fu, 12), Fu += 12) : (e3 = u, 0 === Yu && Qu(T)), e3 !== u && Zc() !== u && Fa() !== u && Zc() !== u ? ("cascaded" === r2.substr(Fu, 8).toLowerCase() ? (n2 = r2.substr(Fu, 8), Fu += 8) : (n2 = u, 0 === Yu && Qu(E)), n2 === u && ("local" === r2.substr(Fu, 5).toLowerCase() ? (n2 = r2.substr(Fu, 5), Fu += 5) : (n2 = u, 0 === Yu && Qu(g))), n2 !== u ? (Hu = t3, t3 = e3 = { type: "check_option", value: n2, symbol: "=" }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, "security_barrier" === r2.substr(Fu, 16).toLowerCase() ? (e3 = r2.substr(Fu, 16), Fu += 16) : (e3 = u, 0 === Yu && Qu(S)), e3 === u && ("security_invoker" === r2.substr(Fu, 16).toLowerCase() ? (e3 = r2.substr(Fu, 16), Fu += 16) : (e3 = u, 0 === Yu && Qu(x))), e3 !== u && Zc() !== u && Fa() !== u && Zc() !== u && (n2 = xi()) !== u ? (Hu = t3, t3 = e3 = (function(r3, t4) {
            return { type: r3.toLowerCase(), value: t4.value ? "true" : "false", symbol: "=" };
          })(e3, n2)) : (Fu = t3, t3 = u)), t3;
        }
        function ma() {
          var t3, e3, n2, o2;
          return t3 = Fu, "algorithm" === r2.substr(Fu, 9).toLowerCase() ? (e3 = r2.substr(Fu, 9), Fu += 9) : (e3 = u, 0 === Yu && Qu(O)), e3 !== u && Zc() !== u ? ((n2 = Fa()) === u && (n2 = null), n2 !== u && Zc() !== u ? ("default" === r2.substr(Fu, 7).toLowerCase() ? (o2 = r2.substr(Fu, 7), Fu += 7) : (o2 = u, 0 === Yu && Qu(N)), o2 === u && ("instant" === r2.substr(Fu, 7).toLowerCase() ? (o2 = r2.substr(Fu, 7), Fu += 7) : (o2 = u, 0 === Yu && Qu(R)), o2 === u && ("inplace" === r2.substr(Fu, 7).toLowerCase() ? (o2 = r2.substr(Fu, 7), Fu += 7) : (o2 = u, 0 === Yu && Qu(U)), o2 === u && ("copy" === r2.substr(Fu, 4).toLowerCase() ? (o2 = r2.substr(Fu, 4), Fu += 4) : (o2 = u, 0 === Yu && Qu(M))))), o2 !== u ? (Hu = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function wa() {
          var t3, e3, n2, o2;
          return t3 = Fu, "lock" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(D)), e3 !== u && Zc() !== u ? ((n2 = Fa()) === u && (n2 = null), n2 !== u && Zc() !== u ? ("default" === r2.substr(Fu, 7).toLowerCase() ? (o2 = r2.substr(Fu, 7), Fu += 7) : (o2 = u, 0 === Yu && Qu(N)), o2 === u && ("none" === r2.substr(Fu, 4).toLowerCase() ? (o2 = r2.substr(Fu, 4), Fu += 4) : (o2 = u, 0 === Yu && Qu(P)), o2 === u && ("shared" === r2.substr(Fu, 6).toLowerCase() ? (o2 = r2.substr(Fu, 6), Fu += 6) : (o2 = u, 0 === Yu && Qu(F)), o2 === u && ("exclusive" === r2.substr(Fu, 9).toLowerCase() ? (o2 = r2.substr(Fu, 9), Fu += 9) : (o2 = u, 0 === Yu && Qu(H))))), o2 !== u ? (Hu = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function La() {
          var t3;
          return (t3 = Aa()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2, a2;
            r3 = Fu, (t4 = Fc()) === u && (t4 = Hc());
            t4 !== u && Zc() !== u ? ((e3 = li()) === u && (e3 = null), e3 !== u && Zc() !== u ? ((n2 = Ia()) === u && (n2 = null), n2 !== u && Zc() !== u && (o2 = Oa()) !== u && Zc() !== u ? ((a2 = Na()) === u && (a2 = null), a2 !== u && Zc() !== u ? (Hu = r3, s2 = n2, i2 = a2, t4 = { index: e3, definition: o2, keyword: t4.toLowerCase(), index_type: s2, resource: "index", index_options: i2 }, r3 = t4) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
            var s2, i2;
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = Fu, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Fu, "fulltext" === r2.substr(Fu, 8).toLowerCase() ? (e4 = r2.substr(Fu, 8), Fu += 8) : (e4 = u, 0 === Yu && Qu(wu));
              e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t5, t5 = e4 = "FULLTEXT") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Fu, "spatial" === r2.substr(Fu, 7).toLowerCase() ? (e4 = r2.substr(Fu, 7), Fu += 7) : (e4 = u, 0 === Yu && Qu(at));
              e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })());
            e3 !== u && Zc() !== u ? ((n2 = Fc()) === u && (n2 = Hc()), n2 === u && (n2 = null), n2 !== u && Zc() !== u ? ((o2 = li()) === u && (o2 = null), o2 !== u && Zc() !== u && (a2 = Oa()) !== u && Zc() !== u ? ((s2 = Na()) === u && (s2 = null), s2 !== u ? (Hu = t4, i2 = e3, l2 = s2, e3 = { index: o2, definition: a2, keyword: (c2 = n2) && `${i2.toLowerCase()} ${c2.toLowerCase()}` || i2.toLowerCase(), index_options: l2, resource: "index" }, t4 = e3) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            var i2, c2, l2;
            return t4;
          })()), t3;
        }
        function Ca() {
          var t3, e3, n2, o2;
          return t3 = Fu, (e3 = (function() {
            var t4, e4;
            t4 = Fu, (e4 = (function() {
              var t5, e5, n3, o3;
              t5 = Fu, "not null" === r2.substr(Fu, 8).toLowerCase() ? (e5 = r2.substr(Fu, 8), Fu += 8) : (e5 = u, 0 === Yu && Qu(xn));
              e5 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t5 = e5 = [e5, n3] : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })()) !== u && (Hu = t4, e4 = { type: "not null", value: "not null" });
            return t4 = e4;
          })()) === u && (e3 = Si()), e3 !== u && (Hu = t3, (o2 = e3) && !o2.value && (o2.value = "null"), e3 = { nullable: o2 }), (t3 = e3) === u && (t3 = Fu, (e3 = (function() {
            var r3, t4;
            r3 = Fu, Gi() !== u && Zc() !== u && (t4 = Is()) !== u ? (Hu = r3, r3 = { type: "default", value: t4 }) : (Fu = r3, r3 = u);
            return r3;
          })()) !== u && (Hu = t3, e3 = { default_val: e3 }), (t3 = e3) === u && (t3 = Fu, "auto_increment" === r2.substr(Fu, 14).toLowerCase() ? (e3 = r2.substr(Fu, 14), Fu += 14) : (e3 = u, 0 === Yu && Qu($)), e3 !== u && (Hu = t3, e3 = { auto_increment: e3.toLowerCase() }), (t3 = e3) === u && (t3 = Fu, "unique" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(G)), e3 !== u && Zc() !== u ? ("key" === r2.substr(Fu, 3).toLowerCase() ? (n2 = r2.substr(Fu, 3), Fu += 3) : (n2 = u, 0 === Yu && Qu(W)), n2 === u && (n2 = null), n2 !== u ? (Hu = t3, t3 = e3 = (function(r3) {
            const t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, "primary" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Y)), e3 === u && (e3 = null), e3 !== u && Zc() !== u ? ("key" === r2.substr(Fu, 3).toLowerCase() ? (n2 = r2.substr(Fu, 3), Fu += 3) : (n2 = u, 0 === Yu && Qu(W)), n2 !== u ? (Hu = t3, t3 = e3 = (function(r3) {
            const t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = ga()) !== u && (Hu = t3, e3 = { comment: e3 }), (t3 = e3) === u && (t3 = Fu, (e3 = _a()) !== u && (Hu = t3, e3 = { collate: e3 }), (t3 = e3) === u && (t3 = Fu, (e3 = (function() {
            var t4, e4, n3;
            t4 = Fu, "column_format" === r2.substr(Fu, 13).toLowerCase() ? (e4 = r2.substr(Fu, 13), Fu += 13) : (e4 = u, 0 === Yu && Qu(B));
            e4 !== u && Zc() !== u ? ("fixed" === r2.substr(Fu, 5).toLowerCase() ? (n3 = r2.substr(Fu, 5), Fu += 5) : (n3 = u, 0 === Yu && Qu(V)), n3 === u && ("dynamic" === r2.substr(Fu, 7).toLowerCase() ? (n3 = r2.substr(Fu, 7), Fu += 7) : (n3 = u, 0 === Yu && Qu(X)), n3 === u && ("default" === r2.substr(Fu, 7).toLowerCase() ? (n3 = r2.substr(Fu, 7), Fu += 7) : (n3 = u, 0 === Yu && Qu(N)))), n3 !== u ? (Hu = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && (Hu = t3, e3 = { column_format: e3 }), (t3 = e3) === u && (t3 = Fu, (e3 = (function() {
            var t4, e4, n3;
            t4 = Fu, "storage" === r2.substr(Fu, 7).toLowerCase() ? (e4 = r2.substr(Fu, 7), Fu += 7) : (e4 = u, 0 === Yu && Qu(Q));
            e4 !== u && Zc() !== u ? ("disk" === r2.substr(Fu, 4).toLowerCase() ? (n3 = r2.substr(Fu, 4), Fu += 4) : (n3 = u, 0 === Yu && Qu(K)), n3 === u && ("memory" === r2.substr(Fu, 6).toLowerCase() ? (n3 = r2.substr(Fu, 6), Fu += 6) : (n3 = u, 0 === Yu && Qu(z))), n3 !== u ? (Hu = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && (Hu = t3, e3 = { storage: e3 }), (t3 = e3) === u && (t3 = Fu, (e3 = ja()) !== u && (Hu = t3, e3 = { reference_definition: e3 }), t3 = e3))))))))), t3;
        }
        function Aa() {
          var r3, t3, e3, n2, o2, a2, s2;
          return r3 = Fu, (t3 = ri()) !== u && Zc() !== u && (e3 = sl()) !== u && Zc() !== u ? ((n2 = (function() {
            var r4, t4, e4, n3, o3, a3;
            if (r4 = Fu, (t4 = Ca()) !== u) if (Zc() !== u) {
              for (e4 = [], n3 = Fu, (o3 = Zc()) !== u && (a3 = Ca()) !== u ? n3 = o3 = [o3, a3] : (Fu = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Fu, (o3 = Zc()) !== u && (a3 = Ca()) !== u ? n3 = o3 = [o3, a3] : (Fu = n3, n3 = u);
              e4 !== u ? (Hu = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (Fu = r4, r4 = u);
            } else Fu = r4, r4 = u;
            else Fu = r4, r4 = u;
            return r4;
          })()) === u && (n2 = null), n2 !== u ? (Hu = r3, o2 = t3, a2 = e3, s2 = n2, El.add(`create::${o2.table}::${o2.column}`), r3 = t3 = { column: o2, definition: a2, resource: "column", ...s2 || {} }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3;
        }
        function Ea() {
          var t3, e3, n2, o2, a2;
          return t3 = Fu, (e3 = ps()) !== u && Zc() !== u && (n2 = (function() {
            var t4, e4, n3;
            t4 = Fu, "read" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(_r));
            e4 !== u && Zc() !== u ? ("local" === r2.substr(Fu, 5).toLowerCase() ? (n3 = r2.substr(Fu, 5), Fu += 5) : (n3 = u, 0 === Yu && Qu(g)), n3 === u && (n3 = null), n3 !== u ? (Hu = t4, t4 = e4 = { type: "read", suffix: n3 && "local" }) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            t4 === u && (t4 = Fu, "low_priority" === r2.substr(Fu, 12).toLowerCase() ? (e4 = r2.substr(Fu, 12), Fu += 12) : (e4 = u, 0 === Yu && Qu(jr)), e4 === u && (e4 = null), e4 !== u && Zc() !== u ? ("write" === r2.substr(Fu, 5).toLowerCase() ? (n3 = r2.substr(Fu, 5), Fu += 5) : (n3 = u, 0 === Yu && Qu(Tr)), n3 !== u ? (Hu = t4, t4 = e4 = { type: "write", prefix: e4 && "low_priority" }) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u));
            return t4;
          })()) !== u ? (Hu = t3, o2 = e3, a2 = n2, Al.add(`lock::${o2.db}::${o2.table}`), t3 = e3 = { table: o2, lock_type: a2 }) : (Fu = t3, t3 = u), t3;
        }
        function ga() {
          var r3, t3, e3, n2, o2, a2, s2;
          return r3 = Fu, (t3 = $c()) !== u && Zc() !== u ? ((e3 = Fa()) === u && (e3 = null), e3 !== u && Zc() !== u && (n2 = ki()) !== u ? (Hu = r3, a2 = e3, s2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: a2, value: s2 }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3;
        }
        function _a() {
          var t3, e3, n2;
          return t3 = Fu, (function() {
            var t4, e4, n3, o2;
            t4 = Fu, "collate" === r2.substr(Fu, 7).toLowerCase() ? (e4 = r2.substr(Fu, 7), Fu += 7) : (e4 = u, 0 === Yu && Qu(gr));
            e4 !== u ? (n3 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t4, t4 = e4 = "COLLATE") : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })() !== u && Zc() !== u ? ((e3 = Fa()) === u && (e3 = null), e3 !== u && Zc() !== u && (n2 = ni()) !== u ? (Hu = t3, t3 = { type: "collate", keyword: "collate", collate: { name: n2, symbol: e3 } }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function ja() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2;
          return t3 = Fu, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Fu, "references" === r2.substr(Fu, 10).toLowerCase() ? (e4 = r2.substr(Fu, 10), Fu += 10) : (e4 = u, 0 === Yu && Qu(Cu));
            e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t4, t4 = e4 = "REFERENCES") : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && Zc() !== u && (n2 = cs()) !== u && Zc() !== u && (o2 = Oa()) !== u && Zc() !== u ? ("match full" === r2.substr(Fu, 10).toLowerCase() ? (a2 = r2.substr(Fu, 10), Fu += 10) : (a2 = u, 0 === Yu && Qu(J)), a2 === u && ("match partial" === r2.substr(Fu, 13).toLowerCase() ? (a2 = r2.substr(Fu, 13), Fu += 13) : (a2 = u, 0 === Yu && Qu(Z)), a2 === u && ("match simple" === r2.substr(Fu, 12).toLowerCase() ? (a2 = r2.substr(Fu, 12), Fu += 12) : (a2 = u, 0 === Yu && Qu(rr)))), a2 === u && (a2 = null), a2 !== u && Zc() !== u ? ((s2 = Ua()) === u && (s2 = null), s2 !== u && Zc() !== u ? ((i2 = Ua()) === u && (i2 = null), i2 !== u ? (Hu = t3, c2 = a2, l2 = s2, f2 = i2, t3 = e3 = { definition: o2, table: n2, keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = Ua()) !== u && (Hu = t3, e3 = { on_action: [e3] }), t3 = e3), t3;
        }
        function Ta() {
          var t3, e3, n2, o2;
          return t3 = Fu, "expiration_timestamp" === r2.substr(Fu, 20).toLowerCase() ? (e3 = r2.substr(Fu, 20), Fu += 20) : (e3 = u, 0 === Yu && Qu(tr)), e3 === u && ("partition_expiration_days" === r2.substr(Fu, 25).toLowerCase() ? (e3 = r2.substr(Fu, 25), Fu += 25) : (e3 = u, 0 === Yu && Qu(er)), e3 === u && ("require_partition_filter" === r2.substr(Fu, 24).toLowerCase() ? (e3 = r2.substr(Fu, 24), Fu += 24) : (e3 = u, 0 === Yu && Qu(nr)), e3 === u && ("kms_key_name" === r2.substr(Fu, 12).toLowerCase() ? (e3 = r2.substr(Fu, 12), Fu += 12) : (e3 = u, 0 === Yu && Qu(or)), e3 === u && ("friendly_name" === r2.substr(Fu, 13).toLowerCase() ? (e3 = r2.substr(Fu, 13), Fu += 13) : (e3 = u, 0 === Yu && Qu(ur)), e3 === u && ("description" === r2.substr(Fu, 11).toLowerCase() ? (e3 = r2.substr(Fu, 11), Fu += 11) : (e3 = u, 0 === Yu && Qu(ar)), e3 === u && ("labels" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(sr)), e3 === u && ("default_rounding_mode" === r2.substr(Fu, 21).toLowerCase() ? (e3 = r2.substr(Fu, 21), Fu += 21) : (e3 = u, 0 === Yu && Qu(ir))))))))), e3 !== u && Zc() !== u ? ((n2 = Fa()) === u && (n2 = null), n2 !== u && Zc() !== u && (o2 = Is()) !== u ? (Hu = t3, t3 = e3 = { keyword: e3, symbol: "=", value: o2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Sa() {
          var t3, e3, n2, o2, a2, s2, c2, l2, f2;
          return t3 = Fu, "auto_increment" === r2.substr(Fu, 14).toLowerCase() ? (e3 = r2.substr(Fu, 14), Fu += 14) : (e3 = u, 0 === Yu && Qu($)), e3 === u && ("avg_row_length" === r2.substr(Fu, 14).toLowerCase() ? (e3 = r2.substr(Fu, 14), Fu += 14) : (e3 = u, 0 === Yu && Qu(cr)), e3 === u && ("key_block_size" === r2.substr(Fu, 14).toLowerCase() ? (e3 = r2.substr(Fu, 14), Fu += 14) : (e3 = u, 0 === Yu && Qu(lr)), e3 === u && ("max_rows" === r2.substr(Fu, 8).toLowerCase() ? (e3 = r2.substr(Fu, 8), Fu += 8) : (e3 = u, 0 === Yu && Qu(fr)), e3 === u && ("min_rows" === r2.substr(Fu, 8).toLowerCase() ? (e3 = r2.substr(Fu, 8), Fu += 8) : (e3 = u, 0 === Yu && Qu(pr)), e3 === u && ("stats_sample_pages" === r2.substr(Fu, 18).toLowerCase() ? (e3 = r2.substr(Fu, 18), Fu += 18) : (e3 = u, 0 === Yu && Qu(br))))))), e3 !== u && Zc() !== u ? ((n2 = Fa()) === u && (n2 = null), n2 !== u && Zc() !== u && (o2 = Ri()) !== u ? (Hu = t3, l2 = n2, f2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: l2, value: f2.value }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = xa()) === u && (t3 = Fu, (e3 = $c()) === u && ("connection" === r2.substr(Fu, 10).toLowerCase() ? (e3 = r2.substr(Fu, 10), Fu += 10) : (e3 = u, 0 === Yu && Qu(vr))), e3 !== u && Zc() !== u ? ((n2 = Fa()) === u && (n2 = null), n2 !== u && Zc() !== u && (o2 = ki()) !== u ? (Hu = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, "compression" === r2.substr(Fu, 11).toLowerCase() ? (e3 = r2.substr(Fu, 11), Fu += 11) : (e3 = u, 0 === Yu && Qu(yr)), e3 !== u && Zc() !== u ? ((n2 = Fa()) === u && (n2 = null), n2 !== u && Zc() !== u ? (o2 = Fu, 39 === r2.charCodeAt(Fu) ? (a2 = "'", Fu++) : (a2 = u, 0 === Yu && Qu(dr)), a2 !== u ? ("zlib" === r2.substr(Fu, 4).toLowerCase() ? (s2 = r2.substr(Fu, 4), Fu += 4) : (s2 = u, 0 === Yu && Qu(hr)), s2 === u && ("lz4" === r2.substr(Fu, 3).toLowerCase() ? (s2 = r2.substr(Fu, 3), Fu += 3) : (s2 = u, 0 === Yu && Qu(mr)), s2 === u && ("none" === r2.substr(Fu, 4).toLowerCase() ? (s2 = r2.substr(Fu, 4), Fu += 4) : (s2 = u, 0 === Yu && Qu(P)))), s2 !== u ? (39 === r2.charCodeAt(Fu) ? (c2 = "'", Fu++) : (c2 = u, 0 === Yu && Qu(dr)), c2 !== u ? o2 = a2 = [a2, s2, c2] : (Fu = o2, o2 = u)) : (Fu = o2, o2 = u)) : (Fu = o2, o2 = u), o2 !== u ? (Hu = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, "engine" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(wr)), e3 !== u && Zc() !== u ? ((n2 = Fa()) === u && (n2 = null), n2 !== u && Zc() !== u && (o2 = pi()) !== u ? (Hu = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.toUpperCase() };
          })(e3, n2, o2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = qi()) !== u && Zc() !== u && (n2 = uc()) !== u && Zc() !== u && (o2 = Is()) !== u ? (Hu = t3, t3 = e3 = /* @__PURE__ */ (function(r3) {
            return { keyword: "partition by", value: r3 };
          })(o2)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, "cluster" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Lr)), e3 !== u && Zc() !== u ? ("by" === r2.substr(Fu, 2).toLowerCase() ? (n2 = r2.substr(Fu, 2), Fu += 2) : (n2 = u, 0 === Yu && Qu(Cr)), n2 !== u && Zc() !== u && (o2 = ti()) !== u ? (Hu = t3, t3 = e3 = { keyword: "cluster by", value: o2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, "options" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Ar)), e3 !== u && Zc() !== u && (n2 = qc()) !== u && Zc() !== u && (o2 = (function() {
            var r3, t4, e4, n3, o3, a3, s3, c3;
            if (r3 = Fu, (t4 = Ta()) !== u) {
              for (e4 = [], n3 = Fu, (o3 = Zc()) !== u && (a3 = Wc()) !== u && (s3 = Zc()) !== u && (c3 = Ta()) !== u ? n3 = o3 = [o3, a3, s3, c3] : (Fu = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Fu, (o3 = Zc()) !== u && (a3 = Wc()) !== u && (s3 = Zc()) !== u && (c3 = Ta()) !== u ? n3 = o3 = [o3, a3, s3, c3] : (Fu = n3, n3 = u);
              e4 !== u ? (Hu = r3, r3 = t4 = i(t4, e4)) : (Fu = r3, r3 = u);
            } else Fu = r3, r3 = u;
            return r3;
          })()) !== u && (a2 = Zc()) !== u && (s2 = Bc()) !== u ? (Hu = t3, t3 = e3 = /* @__PURE__ */ (function(r3) {
            return { keyword: "options", parentheses: true, value: r3 };
          })(o2)) : (Fu = t3, t3 = u))))))), t3;
        }
        function xa() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2;
          return t3 = Fu, (e3 = Gi()) === u && (e3 = null), e3 !== u && Zc() !== u ? ((n2 = (function() {
            var t4, e4, n3;
            t4 = Fu, "character" === r2.substr(Fu, 9).toLowerCase() ? (e4 = r2.substr(Fu, 9), Fu += 9) : (e4 = u, 0 === Yu && Qu(m));
            e4 !== u && Zc() !== u ? ("set" === r2.substr(Fu, 3).toLowerCase() ? (n3 = r2.substr(Fu, 3), Fu += 3) : (n3 = u, 0 === Yu && Qu(w)), n3 !== u ? (Hu = t4, t4 = e4 = "CHARACTER SET") : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) === u && ("charset" === r2.substr(Fu, 7).toLowerCase() ? (n2 = r2.substr(Fu, 7), Fu += 7) : (n2 = u, 0 === Yu && Qu(Er)), n2 === u && ("collate" === r2.substr(Fu, 7).toLowerCase() ? (n2 = r2.substr(Fu, 7), Fu += 7) : (n2 = u, 0 === Yu && Qu(gr)))), n2 !== u && Zc() !== u ? ((o2 = Fa()) === u && (o2 = null), o2 !== u && Zc() !== u && (a2 = ei()) !== u ? (Hu = t3, i2 = n2, c2 = o2, l2 = a2, t3 = e3 = { keyword: (s2 = e3) && `${s2[0].toLowerCase()} ${i2.toLowerCase()}` || i2.toLowerCase(), symbol: c2, value: l2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function ka() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Fu, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Fu, "add" === r2.substr(Fu, 3).toLowerCase() ? (e4 = r2.substr(Fu, 3), Fu += 3) : (e4 = u, 0 === Yu && Qu(du));
              e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t5, t5 = e4 = "ADD") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })()) !== u && Zc() !== u ? ((n2 = Pc()) === u && (n2 = null), n2 !== u && Zc() !== u && (o2 = Aa()) !== u ? (Hu = t4, a2 = n2, s2 = o2, e3 = { action: "add", ...s2, keyword: a2, resource: "column", type: "alter" }, t4 = e3) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            var a2, s2;
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3;
            r3 = Fu, Yi() !== u && Zc() !== u ? ((t4 = Pc()) === u && (t4 = null), t4 !== u && Zc() !== u && (e3 = ri()) !== u ? (Hu = r3, r3 = { action: "drop", column: e3, keyword: t4, resource: "column", type: "alter" }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
            return r3;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = Fu, (t4 = Ga()) !== u && Zc() !== u ? ((e3 = Wi()) === u && (e3 = Qi()), e3 === u && (e3 = null), e3 !== u && Zc() !== u && (n2 = ni()) !== u ? (Hu = r3, a2 = n2, t4 = { action: "rename", type: "alter", resource: "table", keyword: (o2 = e3) && o2[0].toLowerCase(), table: a2 }, r3 = t4) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
            var o2, a2;
            return r3;
          })()), t3;
        }
        function Ia() {
          var t3, e3;
          return t3 = Fu, nc() !== u && Zc() !== u ? ("btree" === r2.substr(Fu, 5).toLowerCase() ? (e3 = r2.substr(Fu, 5), Fu += 5) : (e3 = u, 0 === Yu && Qu(xr)), e3 === u && ("hash" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(kr))), e3 !== u ? (Hu = t3, t3 = { keyword: "using", type: e3.toLowerCase() }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Oa() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, qc() !== u) if (Zc() !== u) if ((t3 = li()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = li()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = li()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u && (n2 = Zc()) !== u && (o2 = Bc()) !== u ? (Hu = r3, r3 = l(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          else Fu = r3, r3 = u;
          else Fu = r3, r3 = u;
          return r3;
        }
        function Na() {
          var r3, t3, e3, n2, o2, a2;
          if (r3 = Fu, (t3 = Ra()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Ra()) !== u ? n2 = o2 = [o2, a2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Ra()) !== u ? n2 = o2 = [o2, a2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
              const e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function Ra() {
          var t3, e3, n2, o2, a2, s2;
          return t3 = Fu, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Fu, "key_block_size" === r2.substr(Fu, 14).toLowerCase() ? (e4 = r2.substr(Fu, 14), Fu += 14) : (e4 = u, 0 === Yu && Qu(lr));
            e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && Zc() !== u ? ((n2 = Fa()) === u && (n2 = null), n2 !== u && Zc() !== u && (o2 = Ri()) !== u ? (Hu = t3, a2 = n2, s2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: a2, expr: s2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Ia()) === u && (t3 = Fu, "with" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Ir)), e3 !== u && Zc() !== u ? ("parser" === r2.substr(Fu, 6).toLowerCase() ? (n2 = r2.substr(Fu, 6), Fu += 6) : (n2 = u, 0 === Yu && Qu(Or)), n2 !== u && Zc() !== u && (o2 = pi()) !== u ? (Hu = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, "visible" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Nr)), e3 === u && ("invisible" === r2.substr(Fu, 9).toLowerCase() ? (e3 = r2.substr(Fu, 9), Fu += 9) : (e3 = u, 0 === Yu && Qu(Rr))), e3 !== u && (Hu = t3, e3 = (function(r3) {
            return { type: r3.toLowerCase(), expr: r3.toLowerCase() };
          })(e3)), (t3 = e3) === u && (t3 = ga()))), t3;
        }
        function Ua() {
          var t3, e3, n2, o2;
          return t3 = Fu, Ji() !== u && Zc() !== u ? ((e3 = Pa()) === u && (e3 = Ma()), e3 !== u && Zc() !== u && (n2 = (function() {
            var t4, e4, n3;
            t4 = Fu, (e4 = Dc()) !== u && Zc() !== u && qc() !== u && Zc() !== u ? ((n3 = xs()) === u && (n3 = null), n3 !== u && Zc() !== u && Bc() !== u ? (Hu = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            t4 === u && (t4 = Fu, "restrict" === r2.substr(Fu, 8).toLowerCase() ? (e4 = r2.substr(Fu, 8), Fu += 8) : (e4 = u, 0 === Yu && Qu(Ur)), e4 === u && ("cascade" === r2.substr(Fu, 7).toLowerCase() ? (e4 = r2.substr(Fu, 7), Fu += 7) : (e4 = u, 0 === Yu && Qu(Mr)), e4 === u && ("set null" === r2.substr(Fu, 8).toLowerCase() ? (e4 = r2.substr(Fu, 8), Fu += 8) : (e4 = u, 0 === Yu && Qu(Dr)), e4 === u && ("no action" === r2.substr(Fu, 9).toLowerCase() ? (e4 = r2.substr(Fu, 9), Fu += 9) : (e4 = u, 0 === Yu && Qu(Pr)), e4 === u && ("set default" === r2.substr(Fu, 11).toLowerCase() ? (e4 = r2.substr(Fu, 11), Fu += 11) : (e4 = u, 0 === Yu && Qu(Fr)), e4 === u && (e4 = Dc()))))), e4 !== u && (Hu = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4);
            return t4;
          })()) !== u ? (Hu = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Ma() {
          var t3, e3, n2, o2;
          return t3 = Fu, "update" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(Hr)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Da() {
          var t3, e3, n2, o2;
          return t3 = Fu, "create" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu($r)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Pa() {
          var t3, e3, n2, o2;
          return t3 = Fu, "delete" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(Gr)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Fa() {
          var t3;
          return 61 === r2.charCodeAt(Fu) ? (t3 = "=", Fu++) : (t3 = u, 0 === Yu && Qu(f)), t3;
        }
        function Ha() {
          var t3, e3, n2, o2;
          return t3 = Fu, "replace" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Br)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function $a() {
          var t3, e3, n2, o2;
          return t3 = Fu, "database" === r2.substr(Fu, 8).toLowerCase() ? (e3 = r2.substr(Fu, 8), Fu += 8) : (e3 = u, 0 === Yu && Qu(Qr)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Ga() {
          var t3, e3, n2, o2;
          return t3 = Fu, "rename" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(Kr)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Wa() {
          var t3, e3, n2, o2;
          return t3 = Fu, "show" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(zr)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Ya() {
          var t3;
          return 64 === r2.charCodeAt(Fu) ? (t3 = "@", Fu++) : (t3 = u, 0 === Yu && Qu(Zr)), t3;
        }
        function qa() {
          var t3, e3, n2, o2;
          return t3 = Fu, "temporary" === r2.substr(Fu, 9).toLowerCase() ? (e3 = r2.substr(Fu, 9), Fu += 9) : (e3 = u, 0 === Yu && Qu(et)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Ba() {
          var t3, e3, n2, o2;
          return t3 = Fu, "temp" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(nt)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Va() {
          var t3, e3, n2, o2;
          return t3 = Fu, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Fu, "union" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(Zn));
            e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && Zc() !== u ? ((n2 = pc()) === u && (n2 = bc()), n2 === u && (n2 = null), n2 !== u ? (Hu = t3, t3 = e3 = (o2 = n2) ? "union " + o2.toLowerCase() : "union") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, "intersect" === r2.substr(Fu, 9).toLowerCase() ? (e3 = r2.substr(Fu, 9), Fu += 9) : (e3 = u, 0 === Yu && Qu(ct)), e3 === u && ("except" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(lt))), e3 !== u && Zc() !== u && (n2 = bc()) !== u ? (Hu = t3, t3 = e3 = (function(r3, t4) {
            return `${r3.toLowerCase()} ${t4.toLowerCase()}`;
          })(e3, n2)) : (Fu = t3, t3 = u)), t3;
        }
        function Xa() {
          var t3, e3, n2, o2, a2, s2, i2;
          return (t3 = Qa()) === u && (t3 = Fu, e3 = Fu, 40 === r2.charCodeAt(Fu) ? (n2 = "(", Fu++) : (n2 = u, 0 === Yu && Qu(st)), n2 !== u && (o2 = Zc()) !== u && (a2 = Qa()) !== u && (s2 = Zc()) !== u ? (41 === r2.charCodeAt(Fu) ? (i2 = ")", Fu++) : (i2 = u, 0 === Yu && Qu(it)), i2 !== u ? e3 = n2 = [n2, o2, a2, s2, i2] : (Fu = e3, e3 = u)) : (Fu = e3, e3 = u), e3 !== u && (Hu = t3, e3 = { ...e3[2], _parentheses: true }), t3 = e3), t3;
        }
        function Qa() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = Ka()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u ? ((a2 = Va()) === u && (a2 = null), a2 !== u && (s2 = Zc()) !== u && (i2 = Ka()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u ? ((a2 = Va()) === u && (a2 = null), a2 !== u && (s2 = Zc()) !== u && (i2 = Ka()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u);
            e3 !== u && (n2 = Zc()) !== u ? ((o2 = _s()) === u && (o2 = null), o2 !== u && (a2 = Zc()) !== u ? ((s2 = Ss()) === u && (s2 = null), s2 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return { tableList: Array.from(Al), columnList: wl(El), ast: r4 };
            })(t3, e3)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function Ka() {
          var t3, e3, n2, o2, a2, s2, i2;
          return (t3 = (function() {
            var t4, e4, n3, o3, a3, s3, i3, c2, f2, p2, b2, v2, y2, d2, h2;
            t4 = Fu, (e4 = Zc()) !== u ? ((n3 = (function() {
              var r3, t5, e5, n4, o4, a4, s4, i4, c3;
              if (r3 = Fu, (t5 = oc()) !== u) if (Zc() !== u) if ((e5 = za()) !== u) {
                for (n4 = [], o4 = Fu, (a4 = Zc()) !== u && (s4 = Wc()) !== u && (i4 = Zc()) !== u && (c3 = za()) !== u ? o4 = a4 = [a4, s4, i4, c3] : (Fu = o4, o4 = u); o4 !== u; ) n4.push(o4), o4 = Fu, (a4 = Zc()) !== u && (s4 = Wc()) !== u && (i4 = Zc()) !== u && (c3 = za()) !== u ? o4 = a4 = [a4, s4, i4, c3] : (Fu = o4, o4 = u);
                n4 !== u ? (Hu = r3, t5 = l(e5, n4), r3 = t5) : (Fu = r3, r3 = u);
              } else Fu = r3, r3 = u;
              else Fu = r3, r3 = u;
              else Fu = r3, r3 = u;
              return r3;
            })()) === u && (n3 = null), n3 !== u && Zc() !== u && (function() {
              var t5, e5, n4, o4;
              t5 = Fu, "select" === r2.substr(Fu, 6).toLowerCase() ? (e5 = r2.substr(Fu, 6), Fu += 6) : (e5 = u, 0 === Yu && Qu(Un));
              e5 !== u ? (n4 = Fu, Yu++, o4 = bi(), Yu--, o4 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? t5 = e5 = [e5, n4] : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })() !== u && rl() !== u ? ((o3 = (function() {
              var t5, e5, n4;
              t5 = Fu, (e5 = Qi()) !== u && Zc() !== u ? ((n4 = kc()) === u && (n4 = (function() {
                var t6, e6, n5, o5;
                t6 = Fu, "value" === r2.substr(Fu, 5).toLowerCase() ? (e6 = r2.substr(Fu, 5), Fu += 5) : (e6 = u, 0 === Yu && Qu(ro));
                e6 !== u ? (n5 = Fu, Yu++, o5 = bi(), Yu--, o5 === u ? n5 = void 0 : (Fu = n5, n5 = u), n5 !== u ? (Hu = t6, t6 = e6 = "VALUE") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()), n4 !== u ? (Hu = t5, o4 = n4, e5 = `${e5[0].toLowerCase()} ${o4.toLowerCase()}`, t5 = e5) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              var o4;
              return t5;
            })()) === u && (o3 = null), o3 !== u && Zc() !== u ? ((a3 = pc()) === u && (a3 = bc()), a3 === u && (a3 = null), a3 !== u && Zc() !== u && (s3 = Za()) !== u && Zc() !== u ? ((i3 = ss()) === u && (i3 = null), i3 !== u && Zc() !== u ? ((c2 = (function() {
              var t5, e5, n4, o4, a4, s4;
              t5 = Fu, "for" === r2.substr(Fu, 3).toLowerCase() ? (e5 = r2.substr(Fu, 3), Fu += 3) : (e5 = u, 0 === Yu && Qu(q));
              e5 !== u && Zc() !== u ? ("system_time" === r2.substr(Fu, 11).toLowerCase() ? (n4 = r2.substr(Fu, 11), Fu += 11) : (n4 = u, 0 === Yu && Qu(ft)), n4 !== u && Zc() !== u ? ("as" === r2.substr(Fu, 2).toLowerCase() ? (o4 = r2.substr(Fu, 2), Fu += 2) : (o4 = u, 0 === Yu && Qu(pt)), o4 !== u && Zc() !== u ? ("of" === r2.substr(Fu, 2).toLowerCase() ? (a4 = r2.substr(Fu, 2), Fu += 2) : (a4 = u, 0 === Yu && Qu(bt)), a4 !== u && Zc() !== u && (s4 = Is()) !== u ? (Hu = t5, t5 = e5 = { keyword: "for system_time as of", expr: s4 }) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })()) === u && (c2 = null), c2 !== u && Zc() !== u ? ((f2 = hs()) === u && (f2 = null), f2 !== u && Zc() !== u ? ((p2 = (function() {
              var t5, e5, n4;
              t5 = Fu, (e5 = (function() {
                var t6, e6, n5, o4;
                t6 = Fu, "group" === r2.substr(Fu, 5).toLowerCase() ? (e6 = r2.substr(Fu, 5), Fu += 5) : (e6 = u, 0 === Yu && Qu(oo));
                e6 !== u ? (n5 = Fu, Yu++, o4 = bi(), Yu--, o4 === u ? n5 = void 0 : (Fu = n5, n5 = u), n5 !== u ? t6 = e6 = [e6, n5] : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) !== u && Zc() !== u && uc() !== u && Zc() !== u && (n4 = xs()) !== u ? (Hu = t5, e5 = { columns: n4.value }, t5 = e5) : (Fu = t5, t5 = u);
              return t5;
            })()) === u && (p2 = null), p2 !== u && Zc() !== u ? ((b2 = (function() {
              var r3, t5;
              r3 = Fu, ac() !== u && Zc() !== u && (t5 = Ds()) !== u ? (Hu = r3, r3 = t5) : (Fu = r3, r3 = u);
              return r3;
            })()) === u && (b2 = null), b2 !== u && Zc() !== u ? ((v2 = (function() {
              var t5, e5;
              t5 = Fu, (function() {
                var t6, e6, n4, o4;
                t6 = Fu, "qualify" === r2.substr(Fu, 7).toLowerCase() ? (e6 = r2.substr(Fu, 7), Fu += 7) : (e6 = u, 0 === Yu && Qu(so));
                e6 !== u ? (n4 = Fu, Yu++, o4 = bi(), Yu--, o4 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? t6 = e6 = [e6, n4] : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })() !== u && Zc() !== u && (e5 = Is()) !== u ? (Hu = t5, t5 = e5) : (Fu = t5, t5 = u);
              return t5;
            })()) === u && (v2 = null), v2 !== u && Zc() !== u ? ((y2 = _s()) === u && (y2 = null), y2 !== u && Zc() !== u ? ((d2 = Ss()) === u && (d2 = null), d2 !== u && Zc() !== u ? ((h2 = (function() {
              var t5, e5;
              t5 = Fu, (function() {
                var t6, e6, n4, o4;
                t6 = Fu, "window" === r2.substr(Fu, 6).toLowerCase() ? (e6 = r2.substr(Fu, 6), Fu += 6) : (e6 = u, 0 === Yu && Qu(io));
                e6 !== u ? (n4 = Fu, Yu++, o4 = bi(), Yu--, o4 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? t6 = e6 = [e6, n4] : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })() !== u && Zc() !== u && (e5 = (function() {
                var r3, t6, e6, n4, o4, a4, s4, i4;
                if (r3 = Fu, (t6 = ms()) !== u) {
                  for (e6 = [], n4 = Fu, (o4 = Zc()) !== u && (a4 = Wc()) !== u && (s4 = Zc()) !== u && (i4 = ms()) !== u ? n4 = o4 = [o4, a4, s4, i4] : (Fu = n4, n4 = u); n4 !== u; ) e6.push(n4), n4 = Fu, (o4 = Zc()) !== u && (a4 = Wc()) !== u && (s4 = Zc()) !== u && (i4 = ms()) !== u ? n4 = o4 = [o4, a4, s4, i4] : (Fu = n4, n4 = u);
                  e6 !== u ? (Hu = r3, t6 = l(t6, e6), r3 = t6) : (Fu = r3, r3 = u);
                } else Fu = r3, r3 = u;
                return r3;
              })()) !== u ? (Hu = t5, t5 = { keyword: "window", type: "window", expr: e5 }) : (Fu = t5, t5 = u);
              return t5;
            })()) === u && (h2 = null), h2 !== u ? (Hu = t4, m2 = n3, w2 = o3, L2 = a3, C2 = s3, A2 = i3, E2 = c2, g2 = f2, _2 = p2, j2 = b2, T2 = v2, S2 = y2, x2 = d2, k2 = h2, Array.isArray(A2) && A2.forEach((r3) => r3.table && Al.add(`select::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e4 = { type: "select", as_struct_val: w2, distinct: L2, columns: C2, from: A2, for_sys_time_as_of: E2, where: g2, with: m2, groupby: _2, having: j2, qualify: T2, orderby: S2, limit: x2, window: k2, ...pl() }, t4 = e4) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            var m2, w2, L2, C2, A2, E2, g2, _2, j2, T2, S2, x2, k2;
            return t4;
          })()) === u && (t3 = Fu, e3 = Fu, 40 === r2.charCodeAt(Fu) ? (n2 = "(", Fu++) : (n2 = u, 0 === Yu && Qu(st)), n2 !== u && (o2 = Zc()) !== u && (a2 = Ka()) !== u && (s2 = Zc()) !== u ? (41 === r2.charCodeAt(Fu) ? (i2 = ")", Fu++) : (i2 = u, 0 === Yu && Qu(it)), i2 !== u ? e3 = n2 = [n2, o2, a2, s2, i2] : (Fu = e3, e3 = u)) : (Fu = e3, e3 = u), e3 !== u && (Hu = t3, e3 = { ...e3[2], parentheses_symbol: true }), t3 = e3), t3;
        }
        function za() {
          var r3, t3, e3, n2;
          return r3 = Fu, (t3 = ki()) === u && (t3 = pi()), t3 !== u && Zc() !== u && Qi() !== u && Zc() !== u && qc() !== u && Zc() !== u && (e3 = Xa()) !== u && Zc() !== u && Bc() !== u ? (Hu = r3, "string" == typeof (n2 = t3) && (n2 = { type: "default", value: n2 }), r3 = t3 = { name: n2, stmt: e3 }) : (Fu = r3, r3 = u), r3;
        }
        function Ja() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = (function() {
            var r4, t4, e4, n2, o2, a2, s2, i2;
            if (r4 = Fu, (t4 = Is()) !== u) {
              for (e4 = [], n2 = Fu, (o2 = Zc()) !== u ? ((a2 = Lc()) === u && (a2 = Cc()) === u && (a2 = Jc()), a2 !== u && (s2 = Zc()) !== u && (i2 = Is()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u); n2 !== u; ) e4.push(n2), n2 = Fu, (o2 = Zc()) !== u ? ((a2 = Lc()) === u && (a2 = Cc()) === u && (a2 = Jc()), a2 !== u && (s2 = Zc()) !== u && (i2 = Is()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u);
              e4 !== u ? (Hu = r4, t4 = (function(r5, t5) {
                const e5 = r5.ast;
                if (e5 && "select" === e5.type && (!(r5.parentheses_symbol || r5.parentheses || r5.ast.parentheses || r5.ast.parentheses_symbol) || 1 !== e5.columns.length || "*" === e5.columns[0].expr.column)) throw new Error("invalid column clause with select statement");
                if (!t5 || 0 === t5.length) return r5;
                const n3 = t5.length;
                let o3 = t5[n3 - 1][3];
                for (let e6 = n3 - 1; e6 >= 0; e6--) {
                  const n4 = 0 === e6 ? r5 : t5[e6 - 1][3];
                  o3 = vl(t5[e6][1], n4, o3);
                }
                return o3;
              })(t4, e4), r4 = t4) : (Fu = r4, r4 = u);
            } else Fu = r4, r4 = u;
            return r4;
          })()) !== u && Zc() !== u ? ((e3 = us()) === u && (e3 = null), e3 !== u ? (Hu = r3, r3 = t3 = { expr: t3, as: e3, ...pl() }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3;
        }
        function Za() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = rs()) !== u && Zc() !== u ? ((e3 = Wc()) === u && (e3 = null), e3 !== u ? (Hu = r3, r3 = t3 = t3) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3;
        }
        function rs() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = os()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = os()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = os()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = l(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function ts() {
          var r3, t3;
          return r3 = Fu, Qc() !== u && Zc() !== u ? ((t3 = Ri()) === u && (t3 = ki()), t3 !== u && Zc() !== u && Kc() !== u ? (Hu = r3, r3 = { value: t3 }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3;
        }
        function es() {
          var r3, t3, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, b2, v2;
          if (r3 = Fu, t3 = [], (e3 = ts()) !== u) for (; e3 !== u; ) t3.push(e3), e3 = ts();
          else t3 = u;
          if (t3 !== u && (Hu = r3, t3 = t3), (r3 = t3) === u) {
            if (r3 = Fu, t3 = [], e3 = Fu, (n2 = Qc()) !== u && (o2 = Zc()) !== u ? ((a2 = cc()) === u && (a2 = sc()) === u && (a2 = lc()) === u && (a2 = ic()), a2 !== u && (s2 = Zc()) !== u && (i2 = qc()) !== u && (c2 = Zc()) !== u ? ((l2 = Ri()) === u && (l2 = ki()), l2 !== u && (f2 = Zc()) !== u && (p2 = Bc()) !== u && (b2 = Zc()) !== u && (v2 = Kc()) !== u ? e3 = n2 = [n2, o2, a2, s2, i2, c2, l2, f2, p2, b2, v2] : (Fu = e3, e3 = u)) : (Fu = e3, e3 = u)) : (Fu = e3, e3 = u), e3 !== u) for (; e3 !== u; ) t3.push(e3), e3 = Fu, (n2 = Qc()) !== u && (o2 = Zc()) !== u ? ((a2 = cc()) === u && (a2 = sc()) === u && (a2 = lc()) === u && (a2 = ic()), a2 !== u && (s2 = Zc()) !== u && (i2 = qc()) !== u && (c2 = Zc()) !== u ? ((l2 = Ri()) === u && (l2 = ki()), l2 !== u && (f2 = Zc()) !== u && (p2 = Bc()) !== u && (b2 = Zc()) !== u && (v2 = Kc()) !== u ? e3 = n2 = [n2, o2, a2, s2, i2, c2, l2, f2, p2, b2, v2] : (Fu = e3, e3 = u)) : (Fu = e3, e3 = u)) : (Fu = e3, e3 = u);
            else t3 = u;
            t3 !== u && (Hu = r3, t3 = t3.map((r4) => ({ name: r4[2], value: r4[6] }))), r3 = t3;
          }
          return r3;
        }
        function ns() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = Is()) !== u && Zc() !== u && (e3 = es()) !== u ? (Hu = r3, r3 = t3 = { expr: t3, offset: e3 }) : (Fu = r3, r3 = u), r3;
        }
        function os() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, b2, v2;
          return t3 = Fu, e3 = Fu, (n2 = ci()) !== u && (o2 = Zc()) !== u && (a2 = Gc()) !== u ? e3 = n2 = [n2, o2, a2] : (Fu = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = Yc()) !== u && (o2 = Zc()) !== u ? ("except" === r2.substr(Fu, 6).toLowerCase() ? (a2 = r2.substr(Fu, 6), Fu += 6) : (a2 = u, 0 === Yu && Qu(lt)), a2 === u && ("replace" === r2.substr(Fu, 7).toLowerCase() ? (a2 = r2.substr(Fu, 7), Fu += 7) : (a2 = u, 0 === Yu && Qu(Br))), a2 !== u && (s2 = Zc()) !== u && (i2 = qc()) !== u && (c2 = Zc()) !== u && (l2 = rs()) !== u && Zc() !== u && Bc() !== u ? (Hu = t3, t3 = e3 = (function(r3, t4, e4) {
            const n3 = r3 && r3[0];
            return El.add(`select::${n3}::(.*)`), { expr_list: e4, parentheses: true, expr: { type: "column_ref", table: n3, column: "*" }, type: t4.toLowerCase(), ...pl() };
          })(e3, a2, l2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = pc()) === u && (e3 = Fu, (n2 = Yc()) !== u ? (o2 = Fu, Yu++, a2 = bi(), Yu--, a2 === u ? o2 = void 0 : (Fu = o2, o2 = u), o2 !== u ? e3 = n2 = [n2, o2] : (Fu = e3, e3 = u)) : (Fu = e3, e3 = u), e3 === u && (e3 = Yc())), e3 !== u && (Hu = t3, e3 = (function(r3) {
            El.add("select::null::(.*)");
            return { expr: { type: "column_ref", table: null, column: "*" }, as: null, ...pl() };
          })()), (t3 = e3) === u && (t3 = Fu, (e3 = ci()) !== u && (n2 = Zc()) !== u && (o2 = Gc()) !== u ? (a2 = Fu, (s2 = ns()) === u && (s2 = ci()), s2 !== u && (i2 = Zc()) !== u && (c2 = Gc()) !== u ? a2 = s2 = [s2, i2, c2] : (Fu = a2, a2 = u), a2 === u && (a2 = null), a2 !== u && (s2 = Zc()) !== u && (i2 = Yc()) !== u ? (Hu = t3, t3 = e3 = (function(r3, t4) {
            El.add(`select::${r3}::(.*)`);
            let e4 = "*";
            const n3 = t4 && t4[0];
            return "string" == typeof n3 && (e4 = n3 + ".*"), n3 && n3.expr && n3.offset && (e4 = { ...n3, suffix: ".*" }), { expr: { type: "column_ref", table: r3, column: e4 }, as: null, ...pl() };
          })(e3, a2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = ns()) !== u && (n2 = Zc()) !== u ? (o2 = Fu, (a2 = Gc()) !== u && (s2 = Zc()) !== u && (i2 = ci()) !== u ? o2 = a2 = [a2, s2, i2] : (Fu = o2, o2 = u), o2 === u && (o2 = null), o2 !== u && (a2 = Zc()) !== u ? ((s2 = us()) === u && (s2 = null), s2 !== u ? (Hu = t3, p2 = e3, v2 = s2, (b2 = o2) && (p2.suffix = "." + b2[2]), t3 = e3 = { expr: { type: "column_ref", table: null, column: p2 }, as: v2, ...pl() }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = Ja()) !== u && (Hu = t3, "double_quote_string" !== (f2 = e3).expr.type && "single_quote_string" !== f2.expr.type || El.add("select::null::" + f2.expr.value), e3 = f2), t3 = e3)))), t3;
        }
        function us() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = Qi()) !== u && Zc() !== u && (e3 = (function() {
            var r4, t4;
            r4 = Fu, (t4 = fi()) !== u ? (Hu = Fu, ((function(r5) {
              if (true === ll[r5.toUpperCase()]) throw new Error("Error: " + JSON.stringify(r5) + " is a reserved word, can not as alias clause");
              return false;
            })(t4) ? u : void 0) !== u ? (Hu = r4, r4 = t4 = t4) : (Fu = r4, r4 = u)) : (Fu = r4, r4 = u);
            r4 === u && (r4 = Fu, (t4 = oi()) !== u && (Hu = r4, t4 = t4), r4 = t4);
            return r4;
          })()) !== u ? (Hu = r3, r3 = t3 = e3) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = Qi()) === u && (t3 = null), t3 !== u && Zc() !== u && (e3 = li()) !== u ? (Hu = r3, r3 = t3 = e3) : (Fu = r3, r3 = u)), r3;
        }
        function as() {
          var t3, e3, n2, o2, a2;
          return t3 = Fu, "unnest" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(vt)), e3 !== u && Zc() !== u && qc() !== u && Zc() !== u ? ((n2 = Is()) === u && (n2 = null), n2 !== u && Zc() !== u && Bc() !== u && Zc() !== u ? ((o2 = us()) === u && (o2 = null), o2 !== u && Zc() !== u ? ((a2 = (function() {
            var r3, t4;
            r3 = Fu, oc() !== u && Zc() !== u && cc() !== u && Zc() !== u ? ((t4 = us()) === u && (t4 = null), t4 !== u ? (Hu = r3, r3 = { keyword: "with offset as", as: t4 }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
            return r3;
          })()) === u && (a2 = null), a2 !== u ? (Hu = t3, t3 = e3 = { type: "unnest", expr: n2, parentheses: true, as: o2, with_offset: a2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function ss() {
          var t3, e3, n2, o2, a2;
          return t3 = Fu, Vi() !== u && Zc() !== u && (e3 = cs()) !== u && Zc() !== u ? ((n2 = (function() {
            var t4, e4, n3, o3, a3, s2;
            t4 = Fu, (function() {
              var t5, e5, n4, o4;
              t5 = Fu, "pivot" === r2.substr(Fu, 5).toLowerCase() ? (e5 = r2.substr(Fu, 5), Fu += 5) : (e5 = u, 0 === Yu && Qu(pu));
              e5 !== u ? (n4 = Fu, Yu++, o4 = bi(), Yu--, o4 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t5, t5 = e5 = "PIVOT") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })() !== u && Zc() !== u && qc() !== u && Zc() !== u && (e4 = (function() {
              var r3, t5, e5, n4, o4, a4, s3, i3, c3, l3, f3;
              if (r3 = Fu, (t5 = hi()) !== u) if (Zc() !== u) if ((e5 = us()) === u && (e5 = null), e5 !== u) {
                for (n4 = [], o4 = Fu, (a4 = Zc()) !== u && (s3 = Wc()) !== u && (i3 = Zc()) !== u && (c3 = hi()) !== u && (l3 = Zc()) !== u ? ((f3 = us()) === u && (f3 = null), f3 !== u ? o4 = a4 = [a4, s3, i3, c3, l3, f3] : (Fu = o4, o4 = u)) : (Fu = o4, o4 = u); o4 !== u; ) n4.push(o4), o4 = Fu, (a4 = Zc()) !== u && (s3 = Wc()) !== u && (i3 = Zc()) !== u && (c3 = hi()) !== u && (l3 = Zc()) !== u ? ((f3 = us()) === u && (f3 = null), f3 !== u ? o4 = a4 = [a4, s3, i3, c3, l3, f3] : (Fu = o4, o4 = u)) : (Fu = o4, o4 = u);
                n4 !== u ? (Hu = r3, t5 = (function(r4, t6, e6) {
                  const n5 = { type: "expr_list" };
                  return n5.value = dl(r4, e6), n5;
                })(t5, 0, n4), r3 = t5) : (Fu = r3, r3 = u);
              } else Fu = r3, r3 = u;
              else Fu = r3, r3 = u;
              else Fu = r3, r3 = u;
              return r3;
            })()) !== u && Zc() !== u ? ("for" === r2.substr(Fu, 3).toLowerCase() ? (n3 = r2.substr(Fu, 3), Fu += 3) : (n3 = u, 0 === Yu && Qu(q)), n3 !== u && Zc() !== u && (o3 = ri()) !== u && Zc() !== u && (a3 = Ys()) !== u && Zc() !== u && Bc() !== u && Zc() !== u ? ((s2 = us()) === u && (s2 = null), s2 !== u ? (Hu = t4, i2 = e4, c2 = o3, f2 = s2, (l2 = a3).operator = "=", t4 = { type: "pivot", expr: i2, column: c2, in_expr: l2, as: f2 }) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            var i2, c2, l2, f2;
            return t4;
          })()) === u && (n2 = null), n2 !== u ? (Hu = t3, a2 = n2, (o2 = e3)[0] && (o2[0].operator = a2), t3 = o2) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function is() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = vs()) !== u && Zc() !== u && Wi() !== u && Zc() !== u && (e3 = vs()) !== u ? (Hu = r3, r3 = t3 = [t3, e3]) : (Fu = r3, r3 = u), r3;
        }
        function cs() {
          var r3, t3, e3, n2;
          if (r3 = Fu, (t3 = ps()) !== u) {
            for (e3 = [], n2 = ls(); n2 !== u; ) e3.push(n2), n2 = ls();
            e3 !== u ? (Hu = r3, r3 = t3 = yt(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function ls() {
          var r3, t3, e3;
          return r3 = Fu, Zc() !== u && (t3 = Wc()) !== u && Zc() !== u && (e3 = ps()) !== u ? (Hu = r3, r3 = e3) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, Zc() !== u && (t3 = (function() {
            var r4, t4, e4, n2, o2, a2, s2, i2, c2, l2, f2;
            if (r4 = Fu, (t4 = bs()) !== u) if (Zc() !== u) if ((e4 = ps()) !== u) if (Zc() !== u) if ((n2 = nc()) !== u) if (Zc() !== u) if (qc() !== u) if (Zc() !== u) if ((o2 = ei()) !== u) {
              for (a2 = [], s2 = Fu, (i2 = Zc()) !== u && (c2 = Wc()) !== u && (l2 = Zc()) !== u && (f2 = ei()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (Fu = s2, s2 = u); s2 !== u; ) a2.push(s2), s2 = Fu, (i2 = Zc()) !== u && (c2 = Wc()) !== u && (l2 = Zc()) !== u && (f2 = ei()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (Fu = s2, s2 = u);
              a2 !== u && (s2 = Zc()) !== u && (i2 = Bc()) !== u ? (Hu = r4, p2 = t4, v2 = o2, y2 = a2, (b2 = e4).join = p2, b2.using = dl(v2, y2), r4 = t4 = b2) : (Fu = r4, r4 = u);
            } else Fu = r4, r4 = u;
            else Fu = r4, r4 = u;
            else Fu = r4, r4 = u;
            else Fu = r4, r4 = u;
            else Fu = r4, r4 = u;
            else Fu = r4, r4 = u;
            else Fu = r4, r4 = u;
            else Fu = r4, r4 = u;
            else Fu = r4, r4 = u;
            var p2, b2, v2, y2;
            r4 === u && (r4 = Fu, (t4 = bs()) !== u && Zc() !== u && (e4 = ps()) !== u && Zc() !== u ? ((n2 = ds()) === u && (n2 = null), n2 !== u ? (Hu = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (Fu = r4, r4 = u)) : (Fu = r4, r4 = u), r4 === u && (r4 = Fu, (t4 = bs()) === u && (t4 = Va()), t4 !== u && Zc() !== u && (e4 = qc()) !== u && Zc() !== u && (n2 = Xa()) !== u && Zc() !== u && Bc() !== u && Zc() !== u ? ((o2 = us()) === u && (o2 = null), o2 !== u && (a2 = Zc()) !== u ? ((s2 = ds()) === u && (s2 = null), s2 !== u ? (Hu = r4, t4 = (function(r5, t5, e5, n3) {
              return t5.parentheses = true, { expr: t5, as: e5, join: r5, on: n3 };
            })(t4, n2, o2, s2), r4 = t4) : (Fu = r4, r4 = u)) : (Fu = r4, r4 = u)) : (Fu = r4, r4 = u)));
            return r4;
          })()) !== u ? (Hu = r3, r3 = t3) : (Fu = r3, r3 = u)), r3;
        }
        function fs() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, b2;
          return t3 = Fu, "tablesample" === r2.substr(Fu, 11).toLowerCase() ? (e3 = r2.substr(Fu, 11), Fu += 11) : (e3 = u, 0 === Yu && Qu(gt)), e3 !== u && (n2 = Zc()) !== u ? ("bernoulli" === r2.substr(Fu, 9).toLowerCase() ? (o2 = r2.substr(Fu, 9), Fu += 9) : (o2 = u, 0 === Yu && Qu(_t)), o2 === u && ("reservoir" === r2.substr(Fu, 9).toLowerCase() ? (o2 = r2.substr(Fu, 9), Fu += 9) : (o2 = u, 0 === Yu && Qu(jt))), o2 !== u && (a2 = Zc()) !== u ? (40 === r2.charCodeAt(Fu) ? (s2 = "(", Fu++) : (s2 = u, 0 === Yu && Qu(st)), s2 !== u && (i2 = Zc()) !== u && (c2 = Ui()) !== u && (l2 = Zc()) !== u ? ("percent" === r2.substr(Fu, 7).toLowerCase() ? (f2 = r2.substr(Fu, 7), Fu += 7) : (f2 = u, 0 === Yu && Qu(Tt)), f2 === u && ("rows" === r2.substr(Fu, 4).toLowerCase() ? (f2 = r2.substr(Fu, 4), Fu += 4) : (f2 = u, 0 === Yu && Qu(St))), f2 !== u && (p2 = Zc()) !== u ? (41 === r2.charCodeAt(Fu) ? (b2 = ")", Fu++) : (b2 = u, 0 === Yu && Qu(it)), b2 !== u ? t3 = e3 = [e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, b2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function ps() {
          var t3, e3, n2, o2, a2, s2, i2, c2;
          return (t3 = as()) === u && (t3 = Fu, (e3 = Li()) !== u && (n2 = Zc()) !== u ? ((o2 = us()) === u && (o2 = null), o2 !== u ? (Hu = t3, t3 = e3 = { type: "expr", expr: e3, as: o2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = vs()) !== u ? ((n2 = (function() {
            var t4, e4, n3, o3, a3, s3, i3, c3, l2, f2, p2;
            return t4 = Fu, dt.test(r2.charAt(Fu)) ? (e4 = r2.charAt(Fu), Fu++) : (e4 = u, 0 === Yu && Qu(ht)), e4 !== u ? (mt.test(r2.charAt(Fu)) ? (n3 = r2.charAt(Fu), Fu++) : (n3 = u, 0 === Yu && Qu(wt)), n3 !== u && (o3 = Zc()) !== u && (a3 = pi()) !== u && (s3 = Zc()) !== u ? (Lt.test(r2.charAt(Fu)) ? (i3 = r2.charAt(Fu), Fu++) : (i3 = u, 0 === Yu && Qu(Ct)), i3 !== u && (c3 = Zc()) !== u && (l2 = pi()) !== u && (f2 = Zc()) !== u ? (At.test(r2.charAt(Fu)) ? (p2 = r2.charAt(Fu), Fu++) : (p2 = u, 0 === Yu && Qu(Et)), p2 !== u ? t4 = e4 = [e4, n3, o3, a3, s3, i3, c3, l2, f2, p2] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u), t4;
          })()) === u && (n2 = null), n2 !== u && (o2 = Zc()) !== u ? ((a2 = fs()) === u && (a2 = null), a2 !== u && Zc() !== u ? ((s2 = us()) === u && (s2 = null), s2 !== u ? (Hu = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            return "var" === r3.type ? (r3.as = n3, r3) : { ...r3, as: n3, ...pl() };
          })(e3, 0, 0, s2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = qc()) !== u && (n2 = Zc()) !== u && (o2 = Xa()) !== u && (a2 = Zc()) !== u && Bc() !== u && (s2 = Zc()) !== u ? ((i2 = fs()) === u && (i2 = null), i2 !== u && Zc() !== u ? ((c2 = us()) === u && (c2 = null), c2 !== u ? (Hu = t3, t3 = e3 = (function(r3, t4, e4) {
            return r3.parentheses = true, { expr: r3, as: e4, ...pl() };
          })(o2, 0, c2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)))), t3;
        }
        function bs() {
          var t3, e3, n2;
          return t3 = Fu, (e3 = (function() {
            var t4, e4, n3, o2;
            t4 = Fu, "left" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(qn));
            e4 !== u ? (n3 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && Zc() !== u ? ((n2 = rc()) === u && (n2 = null), n2 !== u && Zc() !== u && Zi() !== u ? (Hu = t3, t3 = e3 = "LEFT JOIN") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = (function() {
            var t4, e4, n3, o2;
            t4 = Fu, "right" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(Bn));
            e4 !== u ? (n3 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && Zc() !== u ? ((n2 = rc()) === u && (n2 = null), n2 !== u && Zc() !== u && Zi() !== u ? (Hu = t3, t3 = e3 = "RIGHT JOIN") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = (function() {
            var t4, e4, n3, o2;
            t4 = Fu, "full" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(Vn));
            e4 !== u ? (n3 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && Zc() !== u ? ((n2 = rc()) === u && (n2 = null), n2 !== u && Zc() !== u && Zi() !== u ? (Hu = t3, t3 = e3 = "FULL JOIN") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = (function() {
            var t4, e4, n3, o2;
            t4 = Fu, "cross" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(Qn));
            e4 !== u ? (n3 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && Zc() !== u && (n2 = Zi()) !== u ? (Hu = t3, t3 = e3 = e3[0].toUpperCase() + " JOIN") : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = (function() {
            var t4, e4, n3, o2;
            t4 = Fu, "inner" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(Xn));
            e4 !== u ? (n3 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) === u && (e3 = null), e3 !== u && Zc() !== u && (n2 = Zi()) !== u ? (Hu = t3, t3 = e3 = (function(r3) {
            return r3 ? r3[0].toUpperCase() + " JOIN" : "JOIN";
          })(e3)) : (Fu = t3, t3 = u))))), t3;
        }
        function vs() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          return r3 = Fu, (t3 = ei()) !== u ? (e3 = Fu, (n2 = Zc()) !== u && (o2 = Gc()) !== u && (a2 = Zc()) !== u && (s2 = ei()) !== u ? e3 = n2 = [n2, o2, a2, s2] : (Fu = e3, e3 = u), e3 !== u ? (n2 = Fu, (o2 = Zc()) !== u && (a2 = Gc()) !== u && (s2 = Zc()) !== u && (i2 = ei()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u), n2 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4, e4) {
            const n3 = { db: null, table: r4.value };
            return null !== e4 && (n3.db = r4.value, n3.catalog = r4.value, n3.schema = t4[3].value, n3.table = e4[3].value, n3.surround = { table: Ll(e4[3]), db: Ll(r4), schema: Ll(t4[3]) }), n3;
          })(t3, e3, n2)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = ei()) !== u ? (e3 = Fu, (n2 = Zc()) !== u && (o2 = Gc()) !== u && (a2 = Zc()) !== u && (s2 = ei()) !== u ? e3 = n2 = [n2, o2, a2, s2] : (Fu = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { db: null, table: r4.value, surround: { table: Ll(r4) } };
            return null !== t4 && (e4.db = r4.value, e4.table = t4[3].value, e4.surround = { table: Ll(t4[3]), db: Ll(r4) }), e4;
          })(t3, e3)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)), r3;
        }
        function ys() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = Is()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u ? ((a2 = Lc()) === u && (a2 = Cc()), a2 !== u && (s2 = Zc()) !== u && (i2 = Is()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u ? ((a2 = Lc()) === u && (a2 = Cc()), a2 !== u && (s2 = Zc()) !== u && (i2 = Is()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = vl(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function ds() {
          var r3, t3;
          return r3 = Fu, Ji() !== u && Zc() !== u && (t3 = Ds()) !== u ? (Hu = r3, r3 = t3) : (Fu = r3, r3 = u), r3;
        }
        function hs() {
          var t3, e3;
          return t3 = Fu, (function() {
            var t4, e4, n2, o2;
            t4 = Fu, "where" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(no));
            e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })() !== u && Zc() !== u && (e3 = Ds()) !== u ? (Hu = t3, t3 = e3) : (Fu = t3, t3 = u), t3;
        }
        function ms() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = pi()) !== u && Zc() !== u && Qi() !== u && Zc() !== u && (e3 = ws()) !== u ? (Hu = r3, r3 = t3 = { name: t3, as_window_specification: e3 }) : (Fu = r3, r3 = u), r3;
        }
        function ws() {
          var t3, e3, n2;
          return t3 = Fu, (e3 = pi()) !== u && (Hu = t3, e3 = e3), (t3 = e3) === u && (t3 = Fu, (e3 = qc()) !== u && Zc() !== u ? ((n2 = (function() {
            var t4, e4, n3, o2, a2;
            t4 = Fu, (e4 = ni()) === u && (e4 = null);
            e4 !== u && Zc() !== u ? ((n3 = gs()) === u && (n3 = null), n3 !== u && Zc() !== u ? ((o2 = _s()) === u && (o2 = null), o2 !== u && Zc() !== u ? ((a2 = (function() {
              var t5, e5, n4, o3, a3;
              t5 = Fu, (e5 = Nc()) !== u && Zc() !== u ? ((n4 = Ls()) === u && (n4 = Cs()), n4 !== u ? (Hu = t5, t5 = e5 = { type: "rows", expr: n4 }) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              t5 === u && (t5 = Fu, (e5 = Nc()) === u && ("range" === r2.substr(Fu, 5).toLowerCase() ? (e5 = r2.substr(Fu, 5), Fu += 5) : (e5 = u, 0 === Yu && Qu(xt))), e5 !== u && Zc() !== u && (n4 = vc()) !== u && Zc() !== u && (o3 = Cs()) !== u && Zc() !== u && Lc() !== u && Zc() !== u && (a3 = Ls()) !== u ? (Hu = t5, s2 = o3, i2 = a3, e5 = vl(n4, { type: "origin", value: e5.toLowerCase() }, { type: "expr_list", value: [s2, i2] }), t5 = e5) : (Fu = t5, t5 = u));
              var s2, i2;
              return t5;
            })()) === u && (a2 = null), a2 !== u ? (Hu = t4, t4 = e4 = { name: e4, partitionby: n3, orderby: o2, window_frame_clause: a2 }) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) === u && (n2 = null), n2 !== u && Zc() !== u && Bc() !== u ? (Hu = t3, t3 = e3 = { window_specification: n2, parentheses: true }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)), t3;
        }
        function Ls() {
          var t3, e3, n2, o2, a2;
          return t3 = Fu, (e3 = Es()) !== u && Zc() !== u ? ("following" === r2.substr(Fu, 9).toLowerCase() ? (n2 = r2.substr(Fu, 9), Fu += 9) : (n2 = u, 0 === Yu && Qu(kt)), n2 === u && ("preceding" === r2.substr(Fu, 9).toLowerCase() ? (n2 = r2.substr(Fu, 9), Fu += 9) : (n2 = u, 0 === Yu && Qu(It))), n2 !== u ? (Hu = t3, a2 = n2, (o2 = e3).value += " " + a2.toUpperCase(), t3 = e3 = o2) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = As()), t3;
        }
        function Cs() {
          var t3, e3, n2, o2, a2;
          return t3 = Fu, (e3 = Es()) !== u && Zc() !== u ? ("preceding" === r2.substr(Fu, 9).toLowerCase() ? (n2 = r2.substr(Fu, 9), Fu += 9) : (n2 = u, 0 === Yu && Qu(It)), n2 === u && ("following" === r2.substr(Fu, 9).toLowerCase() ? (n2 = r2.substr(Fu, 9), Fu += 9) : (n2 = u, 0 === Yu && Qu(kt))), n2 !== u ? (Hu = t3, a2 = n2, (o2 = e3).value += " " + a2.toUpperCase(), t3 = e3 = o2) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = As()), t3;
        }
        function As() {
          var t3, e3, n2;
          return t3 = Fu, "current" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Ot)), e3 !== u && Zc() !== u ? ("row" === r2.substr(Fu, 3).toLowerCase() ? (n2 = r2.substr(Fu, 3), Fu += 3) : (n2 = u, 0 === Yu && Qu(Nt)), n2 !== u ? (Hu = t3, t3 = e3 = { type: "origin", value: "current row", ...pl() }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Es() {
          var t3, e3;
          return t3 = Fu, "unbounded" === r2.substr(Fu, 9).toLowerCase() ? (e3 = r2.substr(Fu, 9), Fu += 9) : (e3 = u, 0 === Yu && Qu(Rt)), e3 !== u && (Hu = t3, e3 = { type: "origin", value: e3.toUpperCase(), ...pl() }), (t3 = e3) === u && (t3 = Ri()), t3;
        }
        function gs() {
          var r3, t3;
          return r3 = Fu, qi() !== u && Zc() !== u && uc() !== u && Zc() !== u && (t3 = Za()) !== u ? (Hu = r3, r3 = t3) : (Fu = r3, r3 = u), r3;
        }
        function _s() {
          var t3, e3;
          return t3 = Fu, (function() {
            var t4, e4, n2, o2;
            t4 = Fu, "order" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(uo));
            e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })() !== u && Zc() !== u && uc() !== u && Zc() !== u && (e3 = (function() {
            var r3, t4, e4, n2, o2, a2, s2, i2;
            if (r3 = Fu, (t4 = js()) !== u) {
              for (e4 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = js()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e4.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = js()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
              e4 !== u ? (Hu = r3, t4 = l(t4, e4), r3 = t4) : (Fu = r3, r3 = u);
            } else Fu = r3, r3 = u;
            return r3;
          })()) !== u ? (Hu = t3, t3 = e3) : (Fu = t3, t3 = u), t3;
        }
        function js() {
          var t3, e3, n2, o2, a2, s2;
          return t3 = Fu, (e3 = Is()) !== u && Zc() !== u ? (n2 = Fu, "collate" === r2.substr(Fu, 7).toLowerCase() ? (o2 = r2.substr(Fu, 7), Fu += 7) : (o2 = u, 0 === Yu && Qu(gr)), o2 !== u && (a2 = Zc()) !== u && (s2 = ki()) !== u ? n2 = o2 = [o2, a2, s2] : (Fu = n2, n2 = u), n2 === u && (n2 = null), n2 !== u && (o2 = Zc()) !== u ? ((a2 = fc()) === u && (a2 = (function() {
            var t4, e4, n3, o3;
            t4 = Fu, "asc" === r2.substr(Fu, 3).toLowerCase() ? (e4 = r2.substr(Fu, 3), Fu += 3) : (e4 = u, 0 === Yu && Qu(vo));
            e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t4, t4 = e4 = "ASC") : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()), a2 === u && (a2 = null), a2 !== u ? (Hu = t3, t3 = e3 = { expr: e3, type: a2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Ts() {
          var r3;
          return (r3 = Ri()) === u && (r3 = di()), r3;
        }
        function Ss() {
          var t3, e3, n2, o2, a2, s2;
          return t3 = Fu, (function() {
            var t4, e4, n3, o3;
            t4 = Fu, "limit" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(fo));
            e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })() !== u && Zc() !== u && (e3 = Ts()) !== u && Zc() !== u ? (n2 = Fu, (o2 = Wc()) === u && (o2 = cc()), o2 !== u && (a2 = Zc()) !== u && (s2 = Ts()) !== u ? n2 = o2 = [o2, a2, s2] : (Fu = n2, n2 = u), n2 === u && (n2 = null), n2 !== u ? (Hu = t3, t3 = (function(r3, t4) {
            const e4 = [r3];
            return t4 && e4.push(t4[2]), { seperator: t4 && t4[0] && t4[0].toLowerCase() || "", value: e4, ...pl() };
          })(e3, n2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function xs() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = Is()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = Is()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = Is()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { type: "expr_list" };
              return e4.value = dl(r4, t4), e4;
            })(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function ks() {
          var r3;
          return (r3 = Ms()) === u && (r3 = Us()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2, a2, s2, i2;
            if (r4 = Fu, (t3 = Ps()) !== u) {
              for (e3 = [], n2 = Fu, (o2 = rl()) !== u && (a2 = Cc()) !== u && (s2 = Zc()) !== u && (i2 = Ps()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = rl()) !== u && (a2 = Cc()) !== u && (s2 = Zc()) !== u && (i2 = Ps()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
              e3 !== u ? (Hu = r4, t3 = c(t3, e3), r4 = t3) : (Fu = r4, r4 = u);
            } else Fu = r4, r4 = u;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2, a2;
            if (r4 = Fu, (t3 = Bs()) !== u) {
              if (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Qs()) !== u ? n2 = o2 = [o2, a2] : (Fu = n2, n2 = u), n2 !== u) for (; n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Qs()) !== u ? n2 = o2 = [o2, a2] : (Fu = n2, n2 = u);
              else e3 = u;
              e3 !== u ? (Hu = r4, t3 = bl(t3, e3[0][1]), r4 = t3) : (Fu = r4, r4 = u);
            } else Fu = r4, r4 = u;
            return r4;
          })()) === u && (r3 = Rs()), r3;
        }
        function Is() {
          var r3;
          return (r3 = ks()) === u && (r3 = Xa()), r3;
        }
        function Os() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = Ns()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = Ns()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = Ns()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = l(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function Ns() {
          var r3, t3;
          return r3 = Fu, qc() !== u && Zc() !== u && (t3 = Za()) !== u && Zc() !== u && Bc() !== u ? (Hu = r3, r3 = t3) : (Fu = r3, r3 = u), r3;
        }
        function Rs() {
          var r3, t3, e3, n2, o2;
          return r3 = Fu, (t3 = Qc()) !== u && Zc() !== u ? ((e3 = Za()) === u && (e3 = null), e3 !== u && (n2 = Zc()) !== u && (o2 = Kc()) !== u ? (Hu = r3, r3 = t3 = { array_path: e3, type: "array", brackets: true, keyword: "" }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = il()) === u && (t3 = Tc()), t3 === u && (t3 = null), t3 !== u && Qc() !== u && (e3 = Zc()) !== u && (n2 = Ti()) !== u && (o2 = Zc()) !== u && Kc() !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
            return { definition: r4, array_path: t4.map((r5) => ({ expr: r5, as: null })), type: "array", keyword: r4 && "array", brackets: true };
          })(t3, n2)) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = il()) === u && (t3 = Tc()), t3 === u && (t3 = null), t3 !== u && Zc() !== u && (e3 = Qc()) !== u && (n2 = Zc()) !== u ? ((o2 = Os()) === u && (o2 = Is()), o2 !== u && Zc() !== u && Kc() !== u ? (Hu = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4, e4, n3) {
            return { definition: r4, expr_list: e4, type: "array", keyword: r4 && "array", brackets: true, parentheses: false };
          })(t3, 0, o2)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = il()) === u && (t3 = Tc()), t3 !== u && Zc() !== u && (e3 = qc()) !== u && (n2 = Zc()) !== u ? ((o2 = Os()) === u && (o2 = Is()), o2 !== u && Zc() !== u && Bc() !== u ? (Hu = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4, e4, n3) {
            return { definition: r4, expr_list: e4, type: "array", keyword: r4 && "array", brackets: false, parentheses: true };
          })(t3, 0, o2)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)))), r3;
        }
        function Us() {
          var t3, e3;
          return t3 = Fu, (function() {
            var t4, e4, n2, o2;
            t4 = Fu, "json" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(Jo));
            e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t4, t4 = e4 = "JSON") : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })() !== u && Zc() !== u && (e3 = Ti()) !== u ? (Hu = t3, t3 = { type: "json", keyword: "json", expr_list: e3 }) : (Fu = t3, t3 = u), t3;
        }
        function Ms() {
          var r3, t3, e3, n2, o2, a2;
          return r3 = Fu, (t3 = cl()) === u && (t3 = kc()), t3 !== u && Zc() !== u && qc() !== u && Zc() !== u && (e3 = Za()) !== u && Zc() !== u && Bc() !== u && Zc() !== u ? ((n2 = _s()) === u && (n2 = null), n2 !== u && Zc() !== u ? ((o2 = Ss()) === u && (o2 = null), o2 !== u ? (Hu = r3, r3 = t3 = { definition: a2 = t3, expr_list: e3, type: "struct", keyword: a2 && "struct", parentheses: true, order_by: n2, limit: o2 }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3;
        }
        function Ds() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = Is()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u ? ((a2 = Lc()) === u && (a2 = Cc()) === u && (a2 = Wc()), a2 !== u && (s2 = Zc()) !== u && (i2 = Is()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u ? ((a2 = Lc()) === u && (a2 = Cc()) === u && (a2 = Wc()), a2 !== u && (s2 = Zc()) !== u && (i2 = Is()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) "," === t4[r5][1] ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = vl(t4[r5][1], n3, t4[r5][3]);
              if ("," === o3) {
                const r5 = { type: "expr_list" };
                return r5.value = n3, r5;
              }
              return n3;
            })(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function Ps() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = Fs()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = rl()) !== u && (a2 = Lc()) !== u && (s2 = Zc()) !== u && (i2 = Fs()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = rl()) !== u && (a2 = Lc()) !== u && (s2 = Zc()) !== u && (i2 = Fs()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = c(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function Fs() {
          var t3, e3, n2, o2, a2;
          return (t3 = Hs()) === u && (t3 = (function() {
            var r3, t4, e4;
            r3 = Fu, (t4 = (function() {
              var r4, t5, e5, n4, o4;
              r4 = Fu, t5 = Fu, (e5 = wc()) !== u && (n4 = Zc()) !== u && (o4 = mc()) !== u ? t5 = e5 = [e5, n4, o4] : (Fu = t5, t5 = u);
              t5 !== u && (Hu = r4, t5 = Mt(t5));
              (r4 = t5) === u && (r4 = mc());
              return r4;
            })()) !== u && Zc() !== u && qc() !== u && Zc() !== u && (e4 = Xa()) !== u && Zc() !== u && Bc() !== u ? (Hu = r3, n3 = t4, (o3 = e4).parentheses = true, t4 = bl(n3, o3), r3 = t4) : (Fu = r3, r3 = u);
            var n3, o3;
            return r3;
          })()) === u && (t3 = Fu, (e3 = wc()) === u && (e3 = Fu, 33 === r2.charCodeAt(Fu) ? (n2 = "!", Fu++) : (n2 = u, 0 === Yu && Qu(Ut)), n2 !== u ? (o2 = Fu, Yu++, 61 === r2.charCodeAt(Fu) ? (a2 = "=", Fu++) : (a2 = u, 0 === Yu && Qu(f)), Yu--, a2 === u ? o2 = void 0 : (Fu = o2, o2 = u), o2 !== u ? e3 = n2 = [n2, o2] : (Fu = e3, e3 = u)) : (Fu = e3, e3 = u)), e3 !== u && (n2 = Zc()) !== u && (o2 = Fs()) !== u ? (Hu = t3, t3 = e3 = bl("NOT", o2)) : (Fu = t3, t3 = u)), t3;
        }
        function Hs() {
          var r3, t3, e3, n2, o2;
          return r3 = Fu, (t3 = qs()) !== u && Zc() !== u ? ((e3 = (function() {
            var r4;
            (r4 = (function() {
              var r5, t4, e4, n3, o3, a2, s2;
              r5 = Fu, t4 = [], e4 = Fu, (n3 = Zc()) !== u && (o3 = $s()) !== u && (a2 = Zc()) !== u && (s2 = qs()) !== u ? e4 = n3 = [n3, o3, a2, s2] : (Fu = e4, e4 = u);
              if (e4 !== u) for (; e4 !== u; ) t4.push(e4), e4 = Fu, (n3 = Zc()) !== u && (o3 = $s()) !== u && (a2 = Zc()) !== u && (s2 = qs()) !== u ? e4 = n3 = [n3, o3, a2, s2] : (Fu = e4, e4 = u);
              else t4 = u;
              t4 !== u && (Hu = r5, t4 = { type: "arithmetic", tail: t4 });
              return r5 = t4;
            })()) === u && (r4 = Ys()) === u && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = Fu, (t4 = (function() {
                var r6, t5, e5, n4, o3;
                r6 = Fu, t5 = Fu, (e5 = wc()) !== u && (n4 = Zc()) !== u && (o3 = vc()) !== u ? t5 = e5 = [e5, n4, o3] : (Fu = t5, t5 = u);
                t5 !== u && (Hu = r6, t5 = Mt(t5));
                (r6 = t5) === u && (r6 = vc());
                return r6;
              })()) !== u && Zc() !== u && (e4 = qs()) !== u && Zc() !== u && Lc() !== u && Zc() !== u && (n3 = qs()) !== u ? (Hu = r5, r5 = t4 = { op: t4, right: { type: "expr_list", value: [e4, n3] } }) : (Fu = r5, r5 = u);
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4, n3, o3;
              r5 = Fu, (t4 = dc()) !== u && (e4 = Zc()) !== u && (n3 = qs()) !== u ? (Hu = r5, r5 = t4 = { op: "IS", right: n3 }) : (Fu = r5, r5 = u);
              r5 === u && (r5 = Fu, t4 = Fu, (e4 = dc()) !== u && (n3 = Zc()) !== u && (o3 = wc()) !== u ? t4 = e4 = [e4, n3, o3] : (Fu = t4, t4 = u), t4 !== u && (e4 = Zc()) !== u && (n3 = qs()) !== u ? (Hu = r5, t4 = /* @__PURE__ */ (function(r6) {
                return { op: "IS NOT", right: r6 };
              })(n3), r5 = t4) : (Fu = r5, r5 = u));
              return r5;
            })()) === u && (r4 = Ws());
            return r4;
          })()) === u && (e3 = null), e3 !== u ? (Hu = r3, n2 = t3, r3 = t3 = null === (o2 = e3) ? n2 : "arithmetic" === o2.type ? hl(n2, o2.tail) : vl(o2.op, n2, o2.right)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3 === u && (r3 = ki()) === u && (r3 = ri()), r3;
        }
        function $s() {
          var t3;
          return ">=" === r2.substr(Fu, 2) ? (t3 = ">=", Fu += 2) : (t3 = u, 0 === Yu && Qu(Dt)), t3 === u && (62 === r2.charCodeAt(Fu) ? (t3 = ">", Fu++) : (t3 = u, 0 === Yu && Qu(Pt)), t3 === u && ("<=" === r2.substr(Fu, 2) ? (t3 = "<=", Fu += 2) : (t3 = u, 0 === Yu && Qu(Ft)), t3 === u && ("<>" === r2.substr(Fu, 2) ? (t3 = "<>", Fu += 2) : (t3 = u, 0 === Yu && Qu(Ht)), t3 === u && (60 === r2.charCodeAt(Fu) ? (t3 = "<", Fu++) : (t3 = u, 0 === Yu && Qu($t)), t3 === u && (61 === r2.charCodeAt(Fu) ? (t3 = "=", Fu++) : (t3 = u, 0 === Yu && Qu(f)), t3 === u && ("!=" === r2.substr(Fu, 2) ? (t3 = "!=", Fu += 2) : (t3 = u, 0 === Yu && Qu(Gt)))))))), t3;
        }
        function Gs() {
          var r3, t3, e3, n2, o2;
          return r3 = Fu, t3 = Fu, (e3 = wc()) !== u && (n2 = Zc()) !== u && (o2 = yc()) !== u ? t3 = e3 = [e3, n2, o2] : (Fu = t3, t3 = u), t3 !== u && (Hu = r3, t3 = Mt(t3)), (r3 = t3) === u && (r3 = yc()), r3;
        }
        function Ws() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = (function() {
            var r4, t4, e4, n2, o2;
            return r4 = Fu, t4 = Fu, (e4 = wc()) !== u && (n2 = Zc()) !== u && (o2 = hc()) !== u ? t4 = e4 = [e4, n2, o2] : (Fu = t4, t4 = u), t4 !== u && (Hu = r4, t4 = Mt(t4)), (r4 = t4) === u && (r4 = hc()), r4;
          })()) !== u && Zc() !== u ? ((e3 = ji()) === u && (e3 = Hs()), e3 !== u ? (Hu = r3, r3 = t3 = { op: t3, right: e3 }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3;
        }
        function Ys() {
          var r3, t3, e3, n2;
          return r3 = Fu, (t3 = Gs()) !== u && Zc() !== u && (e3 = qc()) !== u && Zc() !== u && (n2 = xs()) !== u && Zc() !== u && Bc() !== u ? (Hu = r3, r3 = t3 = { op: t3, right: n2 }) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = Gs()) !== u && Zc() !== u ? ((e3 = ki()) === u && (e3 = as()), e3 !== u ? (Hu = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4) {
            return { op: r4, right: t4 };
          })(t3, e3)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)), r3;
        }
        function qs() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = Vs()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Bs()) !== u && (s2 = Zc()) !== u && (i2 = Vs()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Bs()) !== u && (s2 = Zc()) !== u && (i2 = Vs()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && "column_ref" === r4.type && "*" === r4.column) throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ...pl() }));
              return hl(r4, t4);
            })(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function Bs() {
          var t3;
          return 43 === r2.charCodeAt(Fu) ? (t3 = "+", Fu++) : (t3 = u, 0 === Yu && Qu(Wt)), t3 === u && (45 === r2.charCodeAt(Fu) ? (t3 = "-", Fu++) : (t3 = u, 0 === Yu && Qu(Yt))), t3;
        }
        function Vs() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = Ks()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u ? ((a2 = Xs()) === u && (a2 = Jc()), a2 !== u && (s2 = Zc()) !== u && (i2 = Ks()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u ? ((a2 = Xs()) === u && (a2 = Jc()), a2 !== u && (s2 = Zc()) !== u && (i2 = Ks()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = hl(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function Xs() {
          var t3;
          return 42 === r2.charCodeAt(Fu) ? (t3 = "*", Fu++) : (t3 = u, 0 === Yu && Qu(qt)), t3 === u && (47 === r2.charCodeAt(Fu) ? (t3 = "/", Fu++) : (t3 = u, 0 === Yu && Qu(Bt)), t3 === u && (37 === r2.charCodeAt(Fu) ? (t3 = "%", Fu++) : (t3 = u, 0 === Yu && Qu(Vt)))), t3;
        }
        function Qs() {
          var t3, e3, n2;
          return (t3 = Rs()) === u && (t3 = (function() {
            var t4, e4, n3, o2;
            t4 = Fu, (e4 = Mc()) !== u && Zc() !== u && (n3 = Is()) !== u && Zc() !== u && (o2 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Fu, "year" === r2.substr(Fu, 4).toLowerCase() ? (e5 = r2.substr(Fu, 4), Fu += 4) : (e5 = u, 0 === Yu && Qu(Qe));
                e5 !== u ? (n4 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t6, t6 = e5 = "YEAR") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Fu, "isoyear" === r2.substr(Fu, 7).toLowerCase() ? (e5 = r2.substr(Fu, 7), Fu += 7) : (e5 = u, 0 === Yu && Qu(Pe));
                e5 !== u ? (n4 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t6, t6 = e5 = "ISOYEAR") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Fu, "month" === r2.substr(Fu, 5).toLowerCase() ? (e5 = r2.substr(Fu, 5), Fu += 5) : (e5 = u, 0 === Yu && Qu(We));
                e5 !== u ? (n4 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t6, t6 = e5 = "MONTH") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Fu, "day" === r2.substr(Fu, 3).toLowerCase() ? (e5 = r2.substr(Fu, 3), Fu += 3) : (e5 = u, 0 === Yu && Qu(xe));
                e5 !== u ? (n4 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t6, t6 = e5 = "DAY") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Fu, "hour" === r2.substr(Fu, 4).toLowerCase() ? (e5 = r2.substr(Fu, 4), Fu += 4) : (e5 = u, 0 === Yu && Qu(Ue));
                e5 !== u ? (n4 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t6, t6 = e5 = "HOUR") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Fu, "minute" === r2.substr(Fu, 6).toLowerCase() ? (e5 = r2.substr(Fu, 6), Fu += 6) : (e5 = u, 0 === Yu && Qu(Ge));
                e5 !== u ? (n4 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t6, t6 = e5 = "MINUTE") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Fu, "second" === r2.substr(Fu, 6).toLowerCase() ? (e5 = r2.substr(Fu, 6), Fu += 6) : (e5 = u, 0 === Yu && Qu(qe));
                e5 !== u ? (n4 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t6, t6 = e5 = "SECOND") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Fu, "week" === r2.substr(Fu, 4).toLowerCase() ? (e5 = r2.substr(Fu, 4), Fu += 4) : (e5 = u, 0 === Yu && Qu(Xe));
                e5 !== u ? (n4 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t6, t6 = e5 = "WEEK") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })());
              return t5;
            })()) !== u ? (Hu = t4, e4 = { type: "interval", expr: n3, unit: o2.toLowerCase() }, t4 = e4) : (Fu = t4, t4 = u);
            return t4;
          })()) === u && (t3 = hi()) === u && (t3 = Li()) === u && (t3 = Ms()) === u && (t3 = Us()) === u && (t3 = (function() {
            var t4, e4, n3, o2, a2, s2, i2;
            t4 = Fu, (e4 = _i()) !== u && Zc() !== u && qc() !== u && Zc() !== u && (n3 = gi()) !== u && Zc() !== u && Qi() !== u && Zc() !== u && (o2 = sl()) !== u && Zc() !== u && (a2 = Bc()) !== u ? (Hu = t4, c2 = n3, l2 = o2, e4 = { type: "cast", keyword: e4.toLowerCase(), ...c2, symbol: "as", target: [l2] }, t4 = e4) : (Fu = t4, t4 = u);
            var c2, l2;
            t4 === u && (t4 = Fu, (e4 = _i()) !== u && Zc() !== u && qc() !== u && Zc() !== u && (n3 = gi()) !== u && Zc() !== u && Qi() !== u && Zc() !== u && (o2 = Sc()) !== u && Zc() !== u && (a2 = qc()) !== u && Zc() !== u && (s2 = Mi()) !== u && Zc() !== u && Bc() !== u && Zc() !== u && (i2 = Bc()) !== u ? (Hu = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), ...t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(e4, n3, s2), t4 = e4) : (Fu = t4, t4 = u), t4 === u && (t4 = Fu, (e4 = _i()) !== u && Zc() !== u && qc() !== u && Zc() !== u && (n3 = gi()) !== u && Zc() !== u && Qi() !== u && Zc() !== u && (o2 = Sc()) !== u && Zc() !== u && (a2 = qc()) !== u && Zc() !== u && (s2 = Mi()) !== u && Zc() !== u && Wc() !== u && Zc() !== u && (i2 = Mi()) !== u && Zc() !== u && Bc() !== u && Zc() !== u && Bc() !== u ? (Hu = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), ...t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(e4, n3, s2, i2), t4 = e4) : (Fu = t4, t4 = u), t4 === u && (t4 = Fu, (e4 = _i()) !== u && Zc() !== u && qc() !== u && Zc() !== u && (n3 = gi()) !== u && Zc() !== u && Qi() !== u && Zc() !== u && (o2 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Fu, "signed" === r2.substr(Fu, 6).toLowerCase() ? (e5 = r2.substr(Fu, 6), Fu += 6) : (e5 = u, 0 === Yu && Qu(Xo));
                e5 !== u ? (n4 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t6, t6 = e5 = "SIGNED") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Fu, "unsigned" === r2.substr(Fu, 8).toLowerCase() ? (e5 = r2.substr(Fu, 8), Fu += 8) : (e5 = u, 0 === Yu && Qu(Qo));
                e5 !== u ? (n4 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n4 = void 0 : (Fu = n4, n4 = u), n4 !== u ? (Hu = t6, t6 = e5 = "UNSIGNED") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })());
              return t5;
            })()) !== u && Zc() !== u ? ((a2 = xc()) === u && (a2 = null), a2 !== u && Zc() !== u && (s2 = Bc()) !== u ? (Hu = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), ...t5, symbol: "as", target: [{ dataType: e5 + (n4 ? " " + n4 : "") }] };
            })(e4, n3, o2, a2), t4 = e4) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u))));
            return t4;
          })()) === u && (t3 = ji()) === u && (t3 = (function() {
            var r3, t4, e4, n3, o2, a2, s2;
            r3 = Fu, (t4 = _c()) !== u && Zc() !== u && (e4 = zs()) !== u && Zc() !== u ? ((n3 = Zs()) === u && (n3 = null), n3 !== u && Zc() !== u && (o2 = jc()) !== u && Zc() !== u ? ((a2 = _c()) === u && (a2 = null), a2 !== u ? (Hu = r3, i2 = e4, (c2 = n3) && i2.push(c2), r3 = t4 = { type: "case", expr: null, args: i2 }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
            var i2, c2;
            r3 === u && (r3 = Fu, (t4 = _c()) !== u && Zc() !== u && (e4 = Is()) !== u && Zc() !== u && (n3 = zs()) !== u && Zc() !== u ? ((o2 = Zs()) === u && (o2 = null), o2 !== u && Zc() !== u && (a2 = jc()) !== u && Zc() !== u ? ((s2 = _c()) === u && (s2 = null), s2 !== u ? (Hu = r3, t4 = (function(r4, t5, e5) {
              return e5 && t5.push(e5), { type: "case", expr: r4, args: t5 };
            })(e4, n3, o2), r3 = t4) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u));
            return r3;
          })()) === u && (t3 = ri()) === u && (t3 = di()) === u && (t3 = Fu, qc() !== u && Zc() !== u && (e3 = Ds()) !== u && Zc() !== u && Bc() !== u ? (Hu = t3, (n2 = e3).parentheses = true, t3 = n2) : (Fu = t3, t3 = u)), t3;
        }
        function Ks() {
          var t3, e3, n2, o2, a2;
          return (t3 = Qs()) === u && (t3 = Fu, (e3 = (function() {
            var t4;
            33 === r2.charCodeAt(Fu) ? (t4 = "!", Fu++) : (t4 = u, 0 === Yu && Qu(Ut));
            t4 === u && (45 === r2.charCodeAt(Fu) ? (t4 = "-", Fu++) : (t4 = u, 0 === Yu && Qu(Yt)), t4 === u && (43 === r2.charCodeAt(Fu) ? (t4 = "+", Fu++) : (t4 = u, 0 === Yu && Qu(Wt)), t4 === u && (126 === r2.charCodeAt(Fu) ? (t4 = "~", Fu++) : (t4 = u, 0 === Yu && Qu(Xt)))));
            return t4;
          })()) !== u ? (n2 = Fu, (o2 = Zc()) !== u && (a2 = Ks()) !== u ? n2 = o2 = [o2, a2] : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = bl(e3, n2[1])) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)), t3;
        }
        function zs() {
          var r3, t3, e3, n2, o2, a2;
          if (r3 = Fu, (t3 = Js()) !== u) if (Zc() !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Js()) !== u ? n2 = o2 = [o2, a2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Js()) !== u ? n2 = o2 = [o2, a2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = C(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          else Fu = r3, r3 = u;
          return r3;
        }
        function Js() {
          var t3, e3, n2;
          return t3 = Fu, (function() {
            var t4, e4, n3, o2;
            t4 = Fu, "when" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(Ro));
            e4 !== u ? (n3 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })() !== u && Zc() !== u && (e3 = Ds()) !== u && Zc() !== u && (function() {
            var t4, e4, n3, o2;
            t4 = Fu, "then" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(Uo));
            e4 !== u ? (n3 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })() !== u && Zc() !== u && (n2 = Is()) !== u ? (Hu = t3, t3 = { type: "when", cond: e3, result: n2 }) : (Fu = t3, t3 = u), t3;
        }
        function Zs() {
          var t3, e3;
          return t3 = Fu, (function() {
            var t4, e4, n2, o2;
            t4 = Fu, "else" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(Mo));
            e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })() !== u && Zc() !== u && (e3 = Is()) !== u ? (Hu = t3, t3 = { type: "else", result: e3 }) : (Fu = t3, t3 = u), t3;
        }
        function ri() {
          var r3, t3, e3, n2, o2, a2, s2, i2, c2, l2, f2;
          if (r3 = Fu, (t3 = ci()) !== u) {
            if (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Gc()) !== u && (s2 = Zc()) !== u && (i2 = ci()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u), n2 !== u) for (; n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Gc()) !== u && (s2 = Zc()) !== u && (i2 = ci()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            else e3 = u;
            e3 !== u && (n2 = Zc()) !== u ? (o2 = Fu, (a2 = es()) !== u && (s2 = Zc()) !== u ? (i2 = Fu, (c2 = Gc()) !== u && (l2 = Zc()) !== u && (f2 = ci()) !== u ? i2 = c2 = [c2, l2, f2] : (Fu = i2, i2 = u), i2 === u && (i2 = null), i2 !== u ? o2 = a2 = [a2, s2, i2] : (Fu = o2, o2 = u)) : (Fu = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? (a2 = Fu, (s2 = Zc()) !== u && (i2 = _a()) !== u ? a2 = s2 = [s2, i2] : (Fu = a2, a2 = u), a2 === u && (a2 = null), a2 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              const o3 = t4.map((r5) => r5[3]);
              El.add(`select::${r4}::${o3[0]}`);
              return { type: "column_ref", table: r4, ...e4 ? { column: { expr: { type: "column_ref", table: null, column: o3[0], subFields: o3.slice(1) }, offset: e4 && e4[0], suffix: e4 && e4[2] && "." + e4[2][2] } } : { column: o3[0], subFields: o3.slice(1) }, collate: n3 && n3[1], ...pl() };
            })(t3, e3, o2, a2)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          if (r3 === u) if (r3 = Fu, (t3 = oi()) === u && (t3 = li()), t3 !== u) if ((e3 = Zc()) !== u) {
            for (n2 = [], o2 = ts(); o2 !== u; ) n2.push(o2), o2 = ts();
            n2 !== u ? (o2 = Fu, (a2 = Zc()) !== u && (s2 = _a()) !== u ? o2 = a2 = [a2, s2] : (Fu = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4, e4) {
              const n3 = "string" == typeof r4 ? r4 : r4.value;
              El.add("select::null::" + n3);
              const o3 = "string" == typeof r4 ? { expr: { type: "default", value: r4 } } : { expr: r4 };
              return t4 && (o3.offset = t4), { type: "column_ref", table: null, column: o3, collate: e4 && e4[1], ...pl() };
            })(t3, n2, o2)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          else Fu = r3, r3 = u;
          return r3;
        }
        function ti() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = li()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = li()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = li()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = l(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function ei() {
          var r3, t3;
          return r3 = Fu, (t3 = pi()) !== u && (Hu = r3, t3 = { type: "default", value: t3 }), (r3 = t3) === u && (r3 = oi()), r3;
        }
        function ni() {
          var r3, t3;
          return r3 = Fu, (t3 = pi()) !== u ? (Hu = Fu, (true === ll[("" + t3).toUpperCase()] ? u : void 0) !== u ? (Hu = r3, r3 = t3 = t3) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = ui()) !== u && (Hu = r3, t3 = t3), r3 = t3), r3;
        }
        function oi() {
          var r3;
          return (r3 = ai()) === u && (r3 = si()) === u && (r3 = ii()), r3;
        }
        function ui() {
          var r3, t3;
          return r3 = Fu, (t3 = ai()) === u && (t3 = si()) === u && (t3 = ii()), t3 !== u && (Hu = r3, t3 = t3.value), r3 = t3;
        }
        function ai() {
          var t3, e3, n2, o2;
          if (t3 = Fu, 34 === r2.charCodeAt(Fu) ? (e3 = '"', Fu++) : (e3 = u, 0 === Yu && Qu(Kt)), e3 !== u) {
            if (n2 = [], zt.test(r2.charAt(Fu)) ? (o2 = r2.charAt(Fu), Fu++) : (o2 = u, 0 === Yu && Qu(Jt)), o2 !== u) for (; o2 !== u; ) n2.push(o2), zt.test(r2.charAt(Fu)) ? (o2 = r2.charAt(Fu), Fu++) : (o2 = u, 0 === Yu && Qu(Jt));
            else n2 = u;
            n2 !== u ? (34 === r2.charCodeAt(Fu) ? (o2 = '"', Fu++) : (o2 = u, 0 === Yu && Qu(Kt)), o2 !== u ? (Hu = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u);
          } else Fu = t3, t3 = u;
          return t3;
        }
        function si() {
          var t3, e3, n2, o2;
          if (t3 = Fu, 39 === r2.charCodeAt(Fu) ? (e3 = "'", Fu++) : (e3 = u, 0 === Yu && Qu(dr)), e3 !== u) {
            if (n2 = [], Zt.test(r2.charAt(Fu)) ? (o2 = r2.charAt(Fu), Fu++) : (o2 = u, 0 === Yu && Qu(re)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Zt.test(r2.charAt(Fu)) ? (o2 = r2.charAt(Fu), Fu++) : (o2 = u, 0 === Yu && Qu(re));
            else n2 = u;
            n2 !== u ? (39 === r2.charCodeAt(Fu) ? (o2 = "'", Fu++) : (o2 = u, 0 === Yu && Qu(dr)), o2 !== u ? (Hu = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u);
          } else Fu = t3, t3 = u;
          return t3;
        }
        function ii() {
          var t3, e3, n2, o2;
          if (t3 = Fu, 96 === r2.charCodeAt(Fu) ? (e3 = "`", Fu++) : (e3 = u, 0 === Yu && Qu(te)), e3 !== u) {
            if (n2 = [], ee.test(r2.charAt(Fu)) ? (o2 = r2.charAt(Fu), Fu++) : (o2 = u, 0 === Yu && Qu(ne)), o2 !== u) for (; o2 !== u; ) n2.push(o2), ee.test(r2.charAt(Fu)) ? (o2 = r2.charAt(Fu), Fu++) : (o2 = u, 0 === Yu && Qu(ne));
            else n2 = u;
            n2 !== u ? (96 === r2.charCodeAt(Fu) ? (o2 = "`", Fu++) : (o2 = u, 0 === Yu && Qu(te)), o2 !== u ? (Hu = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u);
          } else Fu = t3, t3 = u;
          return t3;
        }
        function ci() {
          var r3;
          return (r3 = fi()) === u && (r3 = ui()), r3;
        }
        function li() {
          var r3, t3;
          return r3 = Fu, (t3 = fi()) !== u ? (Hu = Fu, (Qt(t3) ? u : void 0) !== u ? (Hu = r3, r3 = t3 = t3) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3 === u && (r3 = ui()), r3;
        }
        function fi() {
          var r3, t3, e3, n2;
          if (r3 = Fu, (t3 = bi()) !== u) {
            for (e3 = [], n2 = yi(); n2 !== u; ) e3.push(n2), n2 = yi();
            e3 !== u ? (Hu = r3, r3 = t3 = oe(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function pi() {
          var r3, t3, e3, n2;
          if (r3 = Fu, (t3 = bi()) !== u) {
            for (e3 = [], n2 = vi(); n2 !== u; ) e3.push(n2), n2 = vi();
            e3 !== u ? (Hu = r3, r3 = t3 = oe(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function bi() {
          var t3;
          return ue.test(r2.charAt(Fu)) ? (t3 = r2.charAt(Fu), Fu++) : (t3 = u, 0 === Yu && Qu(ae)), t3;
        }
        function vi() {
          var t3;
          return se.test(r2.charAt(Fu)) ? (t3 = r2.charAt(Fu), Fu++) : (t3 = u, 0 === Yu && Qu(ie)), t3;
        }
        function yi() {
          var t3;
          return ce.test(r2.charAt(Fu)) ? (t3 = r2.charAt(Fu), Fu++) : (t3 = u, 0 === Yu && Qu(le)), t3;
        }
        function di() {
          var t3, e3, n2;
          return t3 = Fu, 58 === r2.charCodeAt(Fu) ? (e3 = ":", Fu++) : (e3 = u, 0 === Yu && Qu(fe)), e3 === u && (64 === r2.charCodeAt(Fu) ? (e3 = "@", Fu++) : (e3 = u, 0 === Yu && Qu(Zr))), e3 !== u && (n2 = pi()) !== u ? (Hu = t3, t3 = e3 = { type: "param", value: n2, prefix: e3 }) : (Fu = t3, t3 = u), t3;
        }
        function hi() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Fu, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Fu, "count" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(jo));
              e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t5, t5 = e4 = "COUNT") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })()) === u && ("string_agg" === r2.substr(Fu, 10).toLowerCase() ? (e3 = r2.substr(Fu, 10), Fu += 10) : (e3 = u, 0 === Yu && Qu(pe)));
            e3 !== u && Zc() !== u && qc() !== u && Zc() !== u && (n2 = (function() {
              var t5, e4, n3, o3, a2, s2, i2, c2, l2, f2;
              t5 = Fu, (e4 = (function() {
                var t6, e5;
                t6 = Fu, 42 === r2.charCodeAt(Fu) ? (e5 = "*", Fu++) : (e5 = u, 0 === Yu && Qu(qt));
                e5 !== u && (Hu = t6, e5 = { type: "star", value: "*" });
                return t6 = e5;
              })()) !== u && (Hu = t5, e4 = { expr: e4, ...pl() });
              if ((t5 = e4) === u) {
                if (t5 = Fu, (e4 = bc()) === u && (e4 = null), e4 !== u) if (Zc() !== u) if ((n3 = qc()) !== u) if (Zc() !== u) if ((o3 = Is()) !== u) if (Zc() !== u) if (Bc() !== u) {
                  for (a2 = [], s2 = Fu, (i2 = Zc()) !== u ? ((c2 = Lc()) === u && (c2 = Cc()), c2 !== u && (l2 = Zc()) !== u && (f2 = Is()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (Fu = s2, s2 = u)) : (Fu = s2, s2 = u); s2 !== u; ) a2.push(s2), s2 = Fu, (i2 = Zc()) !== u ? ((c2 = Lc()) === u && (c2 = Cc()), c2 !== u && (l2 = Zc()) !== u && (f2 = Is()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (Fu = s2, s2 = u)) : (Fu = s2, s2 = u);
                  a2 !== u && (s2 = Zc()) !== u ? ((i2 = _s()) === u && (i2 = null), i2 !== u ? (Hu = t5, e4 = (function(r3, t6, e5, n4) {
                    const o4 = e5.length;
                    let u2 = t6;
                    u2.parentheses = true;
                    for (let r4 = 0; r4 < o4; ++r4) u2 = vl(e5[r4][1], u2, e5[r4][3]);
                    return { distinct: r3, expr: u2, orderby: n4, ...pl() };
                  })(e4, o3, a2, i2), t5 = e4) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
                } else Fu = t5, t5 = u;
                else Fu = t5, t5 = u;
                else Fu = t5, t5 = u;
                else Fu = t5, t5 = u;
                else Fu = t5, t5 = u;
                else Fu = t5, t5 = u;
                else Fu = t5, t5 = u;
                t5 === u && (t5 = Fu, (e4 = bc()) === u && (e4 = null), e4 !== u && Zc() !== u && (n3 = ys()) !== u && Zc() !== u ? ((o3 = _s()) === u && (o3 = null), o3 !== u ? (Hu = t5, e4 = { distinct: e4, expr: n3, orderby: o3, ...pl() }, t5 = e4) : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u));
              }
              return t5;
            })()) !== u && Zc() !== u && Bc() !== u && Zc() !== u ? ((o2 = wi()) === u && (o2 = null), o2 !== u ? (Hu = t4, e3 = { type: "aggr_func", name: e3, args: n2, over: o2, ...pl() }, t4 = e3) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Fu, (e3 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = Fu, "sum" === r2.substr(Fu, 3).toLowerCase() ? (e4 = r2.substr(Fu, 3), Fu += 3) : (e4 = u, 0 === Yu && Qu(xo));
                e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t6, t6 = e4 = "SUM") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })()) === u && (t5 = Ac()) === u && (t5 = Ec()) === u && (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = Fu, "avg" === r2.substr(Fu, 3).toLowerCase() ? (e4 = r2.substr(Fu, 3), Fu += 3) : (e4 = u, 0 === Yu && Qu(ko));
                e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t6, t6 = e4 = "AVG") : (Fu = t6, t6 = u)) : (Fu = t6, t6 = u);
                return t6;
              })());
              return t5;
            })()) !== u && Zc() !== u && qc() !== u && Zc() !== u && (n2 = qs()) !== u && Zc() !== u && Bc() !== u && Zc() !== u ? ((o2 = wi()) === u && (o2 = null), o2 !== u ? (Hu = t4, e3 = { type: "aggr_func", name: e3, args: { expr: n2 }, over: o2, ...pl() }, t4 = e3) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = Fu, e3 = Fu, (n2 = ni()) !== u && (o2 = Zc()) !== u && (a2 = Gc()) !== u ? e3 = n2 = [n2, o2, a2] : (Fu = e3, e3 = u);
            e3 === u && (e3 = null);
            e3 !== u && (n2 = Zc()) !== u ? ((o2 = (function() {
              var t5, e4, n3, o3;
              t5 = Fu, "array_agg" === r2.substr(Fu, 9).toLowerCase() ? (e4 = r2.substr(Fu, 9), Fu += 9) : (e4 = u, 0 === Yu && Qu($o));
              e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t5, t5 = e4 = "ARRAY_AGG") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })()) === u && (o2 = (function() {
              var t5, e4, n3, o3;
              t5 = Fu, "string_agg" === r2.substr(Fu, 10).toLowerCase() ? (e4 = r2.substr(Fu, 10), Fu += 10) : (e4 = u, 0 === Yu && Qu(Go));
              e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t5, t5 = e4 = "STRING_AGG") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })()), o2 !== u && (a2 = Zc()) !== u && qc() !== u && Zc() !== u && (s2 = Is()) !== u && Zc() !== u && Bc() !== u ? (Hu = t4, c2 = o2, l2 = s2, e3 = { type: "aggr_func", name: (i2 = e3) ? `${i2[0]}.${c2}` : c2, args: l2 }, t4 = e3) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            var i2, c2, l2;
            return t4;
          })()), t3;
        }
        function mi() {
          var t3, e3, n2, o2;
          return t3 = Fu, Ji() !== u && Zc() !== u ? ("update" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(Hr)), e3 !== u && Zc() !== u && (n2 = Dc()) !== u && Zc() !== u && qc() !== u && Zc() !== u ? ((o2 = xs()) === u && (o2 = null), o2 !== u && Zc() !== u && Bc() !== u ? (Hu = t3, t3 = { type: "on update", keyword: n2, parentheses: true, expr: o2 }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, Ji() !== u && Zc() !== u ? ("update" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(Hr)), e3 !== u && Zc() !== u && (n2 = Dc()) !== u ? (Hu = t3, t3 = /* @__PURE__ */ (function(r3) {
            return { type: "on update", keyword: r3 };
          })(n2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)), t3;
        }
        function wi() {
          var r3, t3, e3, n2;
          return r3 = Fu, tc() !== u && Zc() !== u && (t3 = ws()) !== u ? (Hu = r3, r3 = { type: "window", as_window_specification: t3 }) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, tc() !== u && Zc() !== u && (t3 = qc()) !== u && Zc() !== u && (e3 = gs()) !== u && Zc() !== u ? ((n2 = _s()) === u && (n2 = null), n2 !== u && Zc() !== u && Bc() !== u ? (Hu = r3, r3 = { partitionby: e3, orderby: n2 }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3 === u && (r3 = mi())), r3;
        }
        function Li() {
          var t3, e3, n2, o2, a2;
          return (t3 = (function() {
            var t4, e4, n3, o3, a3;
            t4 = Fu, (e4 = gc()) !== u && Zc() !== u && qc() !== u && Zc() !== u && (n3 = Ei()) !== u && Zc() !== u && Vi() !== u && Zc() !== u ? ((o3 = Uc()) === u && (o3 = Mc()) === u && (o3 = Rc()) === u && (o3 = Ic()), o3 !== u && Zc() !== u && (a3 = Is()) !== u && Zc() !== u && Bc() !== u ? (Hu = t4, s2 = n3, i2 = o3, c2 = a3, e4 = { type: e4.toLowerCase(), args: { field: s2, cast_type: i2, source: c2 }, ...pl() }, t4 = e4) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            var s2, i2, c2;
            t4 === u && (t4 = Fu, (e4 = gc()) !== u && Zc() !== u && qc() !== u && Zc() !== u && (n3 = Ei()) !== u && Zc() !== u && Vi() !== u && Zc() !== u && (o3 = Is()) !== u && Zc() !== u && (a3 = Bc()) !== u ? (Hu = t4, e4 = (function(r3, t5, e5) {
              return { type: r3.toLowerCase(), args: { field: t5, source: e5 }, ...pl() };
            })(e4, n3, o3), t4 = e4) : (Fu = t4, t4 = u), t4 === u && (t4 = Fu, "date_trunc" === r2.substr(Fu, 10).toLowerCase() ? (e4 = r2.substr(Fu, 10), Fu += 10) : (e4 = u, 0 === Yu && Qu(Ke)), e4 !== u && Zc() !== u && qc() !== u && Zc() !== u && (n3 = Is()) !== u && Zc() !== u && Wc() !== u && Zc() !== u && (o3 = Ei()) !== u && Zc() !== u && (a3 = Bc()) !== u ? (Hu = t4, e4 = (function(r3, t5) {
              return { type: "function", name: { name: [{ type: "origin", value: "date_trunc" }] }, args: { type: "expr_list", value: [r3, { type: "origin", value: t5 }] }, over: null, ...pl() };
            })(n3, o3), t4 = e4) : (Fu = t4, t4 = u)));
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e4, n3, o3, a3;
            t4 = Fu, "any_value" === r2.substr(Fu, 9).toLowerCase() ? (e4 = r2.substr(Fu, 9), Fu += 9) : (e4 = u, 0 === Yu && Qu(be));
            e4 !== u && Zc() !== u && qc() !== u && Zc() !== u && (n3 = Ds()) !== u && Zc() !== u ? ((o3 = (function() {
              var r3, t5, e5;
              r3 = Fu, ac() !== u && Zc() !== u ? ((t5 = Ac()) === u && (t5 = Ec()), t5 !== u && Zc() !== u && (e5 = Ds()) !== u ? (Hu = r3, r3 = { prefix: t5, expr: e5 }) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u);
              return r3;
            })()) === u && (o3 = null), o3 !== u && Zc() !== u && Bc() !== u && Zc() !== u ? ((a3 = wi()) === u && (a3 = null), a3 !== u ? (Hu = t4, e4 = { type: "any_value", args: { expr: n3, having: o3 }, over: a3, ...pl() }, t4 = e4) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) === u && (t3 = Fu, (e3 = (function() {
            var t4;
            (t4 = Ai()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Fu, "session_user" === r2.substr(Fu, 12).toLowerCase() ? (e4 = r2.substr(Fu, 12), Fu += 12) : (e4 = u, 0 === Yu && Qu(cu));
              e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t5, t5 = e4 = "SESSION_USER") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) !== u && Zc() !== u && (n2 = qc()) !== u && Zc() !== u ? ((o2 = xs()) === u && (o2 = null), o2 !== u && Zc() !== u && Bc() !== u && Zc() !== u ? ((a2 = wi()) === u && (a2 = null), a2 !== u ? (Hu = t3, t3 = e3 = { type: "function", name: { name: [{ type: "default", value: e3 }] }, args: o2 || { type: "expr_list", value: [] }, over: a2, ...pl() }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = Ai()) !== u && Zc() !== u ? ((n2 = mi()) === u && (n2 = null), n2 !== u ? (Hu = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ...pl() }) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, (e3 = Ci()) !== u && Zc() !== u && (n2 = qc()) !== u && Zc() !== u ? ((o2 = Ds()) === u && (o2 = null), o2 !== u && Zc() !== u && Bc() !== u && Zc() !== u ? ((a2 = wi()) === u && (a2 = null), a2 !== u ? (Hu = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, over: e4, ...pl() };
          })(e3, o2, a2)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u)))), t3;
        }
        function Ci() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = ei()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Gc()) !== u && (s2 = Zc()) !== u && (i2 = ei()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Gc()) !== u && (s2 = Zc()) !== u && (i2 = ei()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { name: [r4] };
              return null !== t4 && (e4.schema = r4, e4.name = t4.map((r5) => r5[3])), e4;
            })(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function Ai() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Fu, "current_date" === r2.substr(Fu, 12).toLowerCase() ? (e3 = r2.substr(Fu, 12), Fu += 12) : (e3 = u, 0 === Yu && Qu(uu));
            e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t4, t4 = e3 = "CURRENT_DATE") : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Fu, "current_time" === r2.substr(Fu, 12).toLowerCase() ? (e3 = r2.substr(Fu, 12), Fu += 12) : (e3 = u, 0 === Yu && Qu(su));
            e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t4, t4 = e3 = "CURRENT_TIME") : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) === u && (t3 = Dc()), t3;
        }
        function Ei() {
          var t3, e3;
          return t3 = Fu, "year_month" === r2.substr(Fu, 10).toLowerCase() ? (e3 = r2.substr(Fu, 10), Fu += 10) : (e3 = u, 0 === Yu && Qu(ve)), e3 === u && ("day_hour" === r2.substr(Fu, 8).toLowerCase() ? (e3 = r2.substr(Fu, 8), Fu += 8) : (e3 = u, 0 === Yu && Qu(ye)), e3 === u && ("day_minute" === r2.substr(Fu, 10).toLowerCase() ? (e3 = r2.substr(Fu, 10), Fu += 10) : (e3 = u, 0 === Yu && Qu(de)), e3 === u && ("day_second" === r2.substr(Fu, 10).toLowerCase() ? (e3 = r2.substr(Fu, 10), Fu += 10) : (e3 = u, 0 === Yu && Qu(he)), e3 === u && ("day_microsecond" === r2.substr(Fu, 15).toLowerCase() ? (e3 = r2.substr(Fu, 15), Fu += 15) : (e3 = u, 0 === Yu && Qu(me)), e3 === u && ("hour_minute" === r2.substr(Fu, 11).toLowerCase() ? (e3 = r2.substr(Fu, 11), Fu += 11) : (e3 = u, 0 === Yu && Qu(we)), e3 === u && ("hour_second" === r2.substr(Fu, 11).toLowerCase() ? (e3 = r2.substr(Fu, 11), Fu += 11) : (e3 = u, 0 === Yu && Qu(Le)), e3 === u && ("hour_microsecond" === r2.substr(Fu, 16).toLowerCase() ? (e3 = r2.substr(Fu, 16), Fu += 16) : (e3 = u, 0 === Yu && Qu(Ce)), e3 === u && ("minute_second" === r2.substr(Fu, 13).toLowerCase() ? (e3 = r2.substr(Fu, 13), Fu += 13) : (e3 = u, 0 === Yu && Qu(Ae)), e3 === u && ("minute_microsecond" === r2.substr(Fu, 18).toLowerCase() ? (e3 = r2.substr(Fu, 18), Fu += 18) : (e3 = u, 0 === Yu && Qu(Ee)), e3 === u && ("second_microsecond" === r2.substr(Fu, 18).toLowerCase() ? (e3 = r2.substr(Fu, 18), Fu += 18) : (e3 = u, 0 === Yu && Qu(ge)), e3 === u && ("timezone_hour" === r2.substr(Fu, 13).toLowerCase() ? (e3 = r2.substr(Fu, 13), Fu += 13) : (e3 = u, 0 === Yu && Qu(_e)), e3 === u && ("timezone_minute" === r2.substr(Fu, 15).toLowerCase() ? (e3 = r2.substr(Fu, 15), Fu += 15) : (e3 = u, 0 === Yu && Qu(je)), e3 === u && ("century" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Te)), e3 === u && ("dayofweek" === r2.substr(Fu, 9).toLowerCase() ? (e3 = r2.substr(Fu, 9), Fu += 9) : (e3 = u, 0 === Yu && Qu(Se)), e3 === u && ("day" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(xe)), e3 === u && ("date" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(ke)), e3 === u && ("decade" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(Ie)), e3 === u && ("dow" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(Oe)), e3 === u && ("doy" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(Ne)), e3 === u && ("epoch" === r2.substr(Fu, 5).toLowerCase() ? (e3 = r2.substr(Fu, 5), Fu += 5) : (e3 = u, 0 === Yu && Qu(Re)), e3 === u && ("hour" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Ue)), e3 === u && ("isodow" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(Me)), e3 === u && ("isoweek" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(De)), e3 === u && ("isoyear" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Pe)), e3 === u && ("microseconds" === r2.substr(Fu, 12).toLowerCase() ? (e3 = r2.substr(Fu, 12), Fu += 12) : (e3 = u, 0 === Yu && Qu(Fe)), e3 === u && ("millennium" === r2.substr(Fu, 10).toLowerCase() ? (e3 = r2.substr(Fu, 10), Fu += 10) : (e3 = u, 0 === Yu && Qu(He)), e3 === u && ("milliseconds" === r2.substr(Fu, 12).toLowerCase() ? (e3 = r2.substr(Fu, 12), Fu += 12) : (e3 = u, 0 === Yu && Qu($e)), e3 === u && ("minute" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(Ge)), e3 === u && ("month" === r2.substr(Fu, 5).toLowerCase() ? (e3 = r2.substr(Fu, 5), Fu += 5) : (e3 = u, 0 === Yu && Qu(We)), e3 === u && ("quarter" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Ye)), e3 === u && ("second" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(qe)), e3 === u && ("time" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Be)), e3 === u && ("timezone" === r2.substr(Fu, 8).toLowerCase() ? (e3 = r2.substr(Fu, 8), Fu += 8) : (e3 = u, 0 === Yu && Qu(Ve)), e3 === u && ("week" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Xe)), e3 === u && ("year" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Qe))))))))))))))))))))))))))))))))))))), e3 !== u && (Hu = t3, e3 = e3), t3 = e3;
        }
        function gi() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = Is()) !== u && Zc() !== u ? ((e3 = es()) === u && (e3 = null), e3 !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { expr: r4 };
            return t4 && (e4.offset = t4), e4;
          })(t3, e3)) : (Fu = r3, r3 = u)) : (Fu = r3, r3 = u), r3;
        }
        function _i() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Fu, "cast" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Po));
            e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t4, t4 = e3 = "CAST") : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Fu, "safe_cast" === r2.substr(Fu, 9).toLowerCase() ? (e3 = r2.substr(Fu, 9), Fu += 9) : (e3 = u, 0 === Yu && Qu(Fo));
            e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t4, t4 = e3 = "SAFE_CAST") : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()), t3;
        }
        function ji() {
          var t3;
          return (t3 = ki()) === u && (t3 = Ri()) === u && (t3 = xi()) === u && (t3 = Si()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = Fu, (e3 = Rc()) === u && (e3 = Ic()) === u && (e3 = Uc()) === u && (e3 = Oc());
            if (e3 !== u) if (Zc() !== u) {
              if (n2 = Fu, 39 === r2.charCodeAt(Fu) ? (o2 = "'", Fu++) : (o2 = u, 0 === Yu && Qu(dr)), o2 !== u) {
                for (a2 = [], s2 = Oi(); s2 !== u; ) a2.push(s2), s2 = Oi();
                a2 !== u ? (39 === r2.charCodeAt(Fu) ? (s2 = "'", Fu++) : (s2 = u, 0 === Yu && Qu(dr)), s2 !== u ? n2 = o2 = [o2, a2, s2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u);
              } else Fu = n2, n2 = u;
              n2 !== u ? (Hu = t4, e3 = Je(e3, n2), t4 = e3) : (Fu = t4, t4 = u);
            } else Fu = t4, t4 = u;
            else Fu = t4, t4 = u;
            if (t4 === u) if (t4 = Fu, (e3 = Rc()) === u && (e3 = Ic()) === u && (e3 = Uc()) === u && (e3 = Oc()), e3 !== u) if (Zc() !== u) {
              if (n2 = Fu, 34 === r2.charCodeAt(Fu) ? (o2 = '"', Fu++) : (o2 = u, 0 === Yu && Qu(Kt)), o2 !== u) {
                for (a2 = [], s2 = Ii(); s2 !== u; ) a2.push(s2), s2 = Ii();
                a2 !== u ? (34 === r2.charCodeAt(Fu) ? (s2 = '"', Fu++) : (s2 = u, 0 === Yu && Qu(Kt)), s2 !== u ? n2 = o2 = [o2, a2, s2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u);
              } else Fu = n2, n2 = u;
              n2 !== u ? (Hu = t4, e3 = Je(e3, n2), t4 = e3) : (Fu = t4, t4 = u);
            } else Fu = t4, t4 = u;
            else Fu = t4, t4 = u;
            return t4;
          })()), t3;
        }
        function Ti() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = ji()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = ji()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = ji()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = l(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function Si() {
          var t3, e3;
          return t3 = Fu, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Fu, "null" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(Sn));
            e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && (Hu = t3, e3 = { type: "null", value: null }), t3 = e3;
        }
        function xi() {
          var t3, e3;
          return t3 = Fu, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Fu, "true" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(kn));
            e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && (Hu = t3, e3 = { type: "bool", value: true }), (t3 = e3) === u && (t3 = Fu, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Fu, "false" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(On));
            e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            return t4;
          })()) !== u && (Hu = t3, e3 = { type: "bool", value: false }), t3 = e3), t3;
        }
        function ki() {
          var t3, e3, n2, o2, a2, s2;
          if (t3 = Fu, "r" === r2.substr(Fu, 1).toLowerCase() ? (e3 = r2.charAt(Fu), Fu++) : (e3 = u, 0 === Yu && Qu(ze)), e3 === u && (e3 = null), e3 !== u) if (Zc() !== u) {
            if (n2 = Fu, 39 === r2.charCodeAt(Fu) ? (o2 = "'", Fu++) : (o2 = u, 0 === Yu && Qu(dr)), o2 !== u) {
              for (a2 = [], s2 = Oi(); s2 !== u; ) a2.push(s2), s2 = Oi();
              a2 !== u ? (39 === r2.charCodeAt(Fu) ? (s2 = "'", Fu++) : (s2 = u, 0 === Yu && Qu(dr)), s2 !== u ? n2 = o2 = [o2, a2, s2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u);
            } else Fu = n2, n2 = u;
            n2 !== u ? (Hu = t3, t3 = e3 = { type: e3 ? "regex_string" : "single_quote_string", value: n2[1].join(""), ...pl() }) : (Fu = t3, t3 = u);
          } else Fu = t3, t3 = u;
          else Fu = t3, t3 = u;
          if (t3 === u) if (t3 = Fu, "r" === r2.substr(Fu, 1).toLowerCase() ? (e3 = r2.charAt(Fu), Fu++) : (e3 = u, 0 === Yu && Qu(ze)), e3 === u && (e3 = null), e3 !== u) if (Zc() !== u) {
            if (n2 = Fu, 34 === r2.charCodeAt(Fu) ? (o2 = '"', Fu++) : (o2 = u, 0 === Yu && Qu(Kt)), o2 !== u) {
              for (a2 = [], s2 = Ii(); s2 !== u; ) a2.push(s2), s2 = Ii();
              a2 !== u ? (34 === r2.charCodeAt(Fu) ? (s2 = '"', Fu++) : (s2 = u, 0 === Yu && Qu(Kt)), s2 !== u ? n2 = o2 = [o2, a2, s2] : (Fu = n2, n2 = u)) : (Fu = n2, n2 = u);
            } else Fu = n2, n2 = u;
            n2 !== u ? (Hu = t3, t3 = e3 = (function(r3, t4) {
              return { type: r3 ? "regex_string" : "string", value: t4[1].join(""), ...pl() };
            })(e3, n2)) : (Fu = t3, t3 = u);
          } else Fu = t3, t3 = u;
          else Fu = t3, t3 = u;
          return t3;
        }
        function Ii() {
          var t3;
          return Ze.test(r2.charAt(Fu)) ? (t3 = r2.charAt(Fu), Fu++) : (t3 = u, 0 === Yu && Qu(rn)), t3 === u && (t3 = Ni()), t3;
        }
        function Oi() {
          var t3;
          return tn.test(r2.charAt(Fu)) ? (t3 = r2.charAt(Fu), Fu++) : (t3 = u, 0 === Yu && Qu(en)), t3 === u && (t3 = Ni()), t3;
        }
        function Ni() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2;
          return t3 = Fu, "\\'" === r2.substr(Fu, 2) ? (e3 = "\\'", Fu += 2) : (e3 = u, 0 === Yu && Qu(nn)), e3 !== u && (Hu = t3, e3 = "\\'"), (t3 = e3) === u && (t3 = Fu, '\\"' === r2.substr(Fu, 2) ? (e3 = '\\"', Fu += 2) : (e3 = u, 0 === Yu && Qu(on)), e3 !== u && (Hu = t3, e3 = '\\"'), (t3 = e3) === u && (t3 = Fu, "\\\\" === r2.substr(Fu, 2) ? (e3 = "\\\\", Fu += 2) : (e3 = u, 0 === Yu && Qu(un)), e3 !== u && (Hu = t3, e3 = "\\\\"), (t3 = e3) === u && (t3 = Fu, "\\/" === r2.substr(Fu, 2) ? (e3 = "\\/", Fu += 2) : (e3 = u, 0 === Yu && Qu(an)), e3 !== u && (Hu = t3, e3 = "\\/"), (t3 = e3) === u && (t3 = Fu, "\\b" === r2.substr(Fu, 2) ? (e3 = "\\b", Fu += 2) : (e3 = u, 0 === Yu && Qu(sn)), e3 !== u && (Hu = t3, e3 = "\b"), (t3 = e3) === u && (t3 = Fu, "\\f" === r2.substr(Fu, 2) ? (e3 = "\\f", Fu += 2) : (e3 = u, 0 === Yu && Qu(cn)), e3 !== u && (Hu = t3, e3 = "\f"), (t3 = e3) === u && (t3 = Fu, "\\n" === r2.substr(Fu, 2) ? (e3 = "\\n", Fu += 2) : (e3 = u, 0 === Yu && Qu(ln)), e3 !== u && (Hu = t3, e3 = "\n"), (t3 = e3) === u && (t3 = Fu, "\\r" === r2.substr(Fu, 2) ? (e3 = "\\r", Fu += 2) : (e3 = u, 0 === Yu && Qu(fn)), e3 !== u && (Hu = t3, e3 = "\r"), (t3 = e3) === u && (t3 = Fu, "\\t" === r2.substr(Fu, 2) ? (e3 = "\\t", Fu += 2) : (e3 = u, 0 === Yu && Qu(pn)), e3 !== u && (Hu = t3, e3 = "	"), (t3 = e3) === u && (t3 = Fu, "\\u" === r2.substr(Fu, 2) ? (e3 = "\\u", Fu += 2) : (e3 = u, 0 === Yu && Qu(bn)), e3 !== u && (n2 = $i()) !== u && (o2 = $i()) !== u && (a2 = $i()) !== u && (s2 = $i()) !== u ? (Hu = t3, i2 = n2, c2 = o2, l2 = a2, f2 = s2, t3 = e3 = String.fromCharCode(parseInt("0x" + i2 + c2 + l2 + f2))) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, 92 === r2.charCodeAt(Fu) ? (e3 = "\\", Fu++) : (e3 = u, 0 === Yu && Qu(vn)), e3 !== u && (Hu = t3, e3 = "\\"), (t3 = e3) === u && (t3 = Fu, "''" === r2.substr(Fu, 2) ? (e3 = "''", Fu += 2) : (e3 = u, 0 === Yu && Qu(yn)), e3 !== u && (Hu = t3, e3 = "''"), (t3 = e3) === u && (t3 = Fu, '""' === r2.substr(Fu, 2) ? (e3 = '""', Fu += 2) : (e3 = u, 0 === Yu && Qu(dn)), e3 !== u && (Hu = t3, e3 = '""'), (t3 = e3) === u && (t3 = Fu, "``" === r2.substr(Fu, 2) ? (e3 = "``", Fu += 2) : (e3 = u, 0 === Yu && Qu(hn)), e3 !== u && (Hu = t3, e3 = "``"), t3 = e3))))))))))))), t3;
        }
        function Ri() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = Ui()) !== u && (Hu = r3, t3 = (e3 = t3) && "bigint" === e3.type ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function Ui() {
          var r3, t3, e3, n2;
          return r3 = Fu, (t3 = Mi()) !== u && (e3 = Di()) !== u && (n2 = Pi()) !== u ? (Hu = r3, r3 = t3 = { type: "bigint", value: t3 + e3 + n2 }) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = Mi()) !== u && (e3 = Di()) !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
            const e4 = r4 + t4;
            return yl(r4) ? { type: "bigint", value: e4 } : parseFloat(e4).toFixed(t4.length - 1);
          })(t3, e3)) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = Mi()) !== u && (e3 = Pi()) !== u ? (Hu = r3, r3 = t3 = (function(r4, t4) {
            return { type: "bigint", value: r4 + t4 };
          })(t3, e3)) : (Fu = r3, r3 = u), r3 === u && (r3 = Fu, (t3 = Mi()) !== u && (Hu = r3, t3 = (function(r4) {
            return yl(r4) ? { type: "bigint", value: r4 } : parseFloat(r4);
          })(t3)), r3 = t3))), r3;
        }
        function Mi() {
          var t3, e3, n2;
          return (t3 = Fi()) === u && (t3 = Hi()) === u && (t3 = Fu, 45 === r2.charCodeAt(Fu) ? (e3 = "-", Fu++) : (e3 = u, 0 === Yu && Qu(Yt)), e3 === u && (43 === r2.charCodeAt(Fu) ? (e3 = "+", Fu++) : (e3 = u, 0 === Yu && Qu(Wt))), e3 !== u && (n2 = Fi()) !== u ? (Hu = t3, t3 = e3 = e3 + n2) : (Fu = t3, t3 = u), t3 === u && (t3 = Fu, 45 === r2.charCodeAt(Fu) ? (e3 = "-", Fu++) : (e3 = u, 0 === Yu && Qu(Yt)), e3 === u && (43 === r2.charCodeAt(Fu) ? (e3 = "+", Fu++) : (e3 = u, 0 === Yu && Qu(Wt))), e3 !== u && (n2 = Hi()) !== u ? (Hu = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (Fu = t3, t3 = u))), t3;
        }
        function Di() {
          var t3, e3, n2;
          return t3 = Fu, 46 === r2.charCodeAt(Fu) ? (e3 = ".", Fu++) : (e3 = u, 0 === Yu && Qu(I)), e3 !== u && (n2 = Fi()) !== u ? (Hu = t3, t3 = e3 = "." + n2) : (Fu = t3, t3 = u), t3;
        }
        function Pi() {
          var t3, e3, n2;
          return t3 = Fu, (e3 = (function() {
            var t4, e4, n3;
            t4 = Fu, gn.test(r2.charAt(Fu)) ? (e4 = r2.charAt(Fu), Fu++) : (e4 = u, 0 === Yu && Qu(_n));
            e4 !== u ? (jn.test(r2.charAt(Fu)) ? (n3 = r2.charAt(Fu), Fu++) : (n3 = u, 0 === Yu && Qu(Tn)), n3 === u && (n3 = null), n3 !== u ? (Hu = t4, t4 = e4 = e4 + (null !== (o2 = n3) ? o2 : "")) : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            var o2;
            return t4;
          })()) !== u && (n2 = Fi()) !== u ? (Hu = t3, t3 = e3 = e3 + n2) : (Fu = t3, t3 = u), t3;
        }
        function Fi() {
          var r3, t3, e3;
          if (r3 = Fu, t3 = [], (e3 = Hi()) !== u) for (; e3 !== u; ) t3.push(e3), e3 = Hi();
          else t3 = u;
          return t3 !== u && (Hu = r3, t3 = t3.join("")), r3 = t3;
        }
        function Hi() {
          var t3;
          return Ln.test(r2.charAt(Fu)) ? (t3 = r2.charAt(Fu), Fu++) : (t3 = u, 0 === Yu && Qu(Cn)), t3;
        }
        function $i() {
          var t3;
          return An.test(r2.charAt(Fu)) ? (t3 = r2.charAt(Fu), Fu++) : (t3 = u, 0 === Yu && Qu(En)), t3;
        }
        function Gi() {
          var t3, e3, n2, o2;
          return t3 = Fu, "default" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(N)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Wi() {
          var t3, e3, n2, o2;
          return t3 = Fu, "to" === r2.substr(Fu, 2).toLowerCase() ? (e3 = r2.substr(Fu, 2), Fu += 2) : (e3 = u, 0 === Yu && Qu(In)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Yi() {
          var t3, e3, n2, o2;
          return t3 = Fu, "drop" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Nn)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "DROP") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function qi() {
          var t3, e3, n2, o2;
          return t3 = Fu, "partition" === r2.substr(Fu, 9).toLowerCase() ? (e3 = r2.substr(Fu, 9), Fu += 9) : (e3 = u, 0 === Yu && Qu(Pn)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "PARTITION") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Bi() {
          var t3, e3, n2, o2;
          return t3 = Fu, "into" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Fn)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Vi() {
          var t3, e3, n2, o2;
          return t3 = Fu, "from" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Hn)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Xi() {
          var t3, e3, n2, o2;
          return t3 = Fu, "set" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(w)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "SET") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Qi() {
          var t3, e3, n2, o2;
          return t3 = Fu, "as" === r2.substr(Fu, 2).toLowerCase() ? (e3 = r2.substr(Fu, 2), Fu += 2) : (e3 = u, 0 === Yu && Qu(pt)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Ki() {
          var t3, e3, n2, o2;
          return t3 = Fu, "table" === r2.substr(Fu, 5).toLowerCase() ? (e3 = r2.substr(Fu, 5), Fu += 5) : (e3 = u, 0 === Yu && Qu(Gn)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "TABLE") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function zi() {
          var t3, e3, n2, o2;
          return t3 = Fu, "tables" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(Wn)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "TABLES") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Ji() {
          var t3, e3, n2, o2;
          return t3 = Fu, "on" === r2.substr(Fu, 2).toLowerCase() ? (e3 = r2.substr(Fu, 2), Fu += 2) : (e3 = u, 0 === Yu && Qu(Yn)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Zi() {
          var t3, e3, n2, o2;
          return t3 = Fu, "join" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Kn)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function rc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "outer" === r2.substr(Fu, 5).toLowerCase() ? (e3 = r2.substr(Fu, 5), Fu += 5) : (e3 = u, 0 === Yu && Qu(zn)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function tc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "over" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Jn)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function ec() {
          var t3, e3, n2, o2;
          return t3 = Fu, "values" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(to)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function nc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "using" === r2.substr(Fu, 5).toLowerCase() ? (e3 = r2.substr(Fu, 5), Fu += 5) : (e3 = u, 0 === Yu && Qu(eo)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function oc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "with" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Ir)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function uc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "by" === r2.substr(Fu, 2).toLowerCase() ? (e3 = r2.substr(Fu, 2), Fu += 2) : (e3 = u, 0 === Yu && Qu(Cr)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function ac() {
          var t3, e3, n2, o2;
          return t3 = Fu, "having" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(ao)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function sc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "ordinal" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(co)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "ORDINAL") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function ic() {
          var t3, e3, n2, o2;
          return t3 = Fu, "safe_ordinal" === r2.substr(Fu, 12).toLowerCase() ? (e3 = r2.substr(Fu, 12), Fu += 12) : (e3 = u, 0 === Yu && Qu(lo)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "SAFE_ORDINAL") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function cc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "offset" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(po)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "OFFSET") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function lc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "safe_offset" === r2.substr(Fu, 11).toLowerCase() ? (e3 = r2.substr(Fu, 11), Fu += 11) : (e3 = u, 0 === Yu && Qu(bo)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "SAFE_OFFSET") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function fc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "desc" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(yo)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "DESC") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function pc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "all" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(ho)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "ALL") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function bc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "distinct" === r2.substr(Fu, 8).toLowerCase() ? (e3 = r2.substr(Fu, 8), Fu += 8) : (e3 = u, 0 === Yu && Qu(mo)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "DISTINCT") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function vc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "between" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(wo)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "BETWEEN") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function yc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "in" === r2.substr(Fu, 2).toLowerCase() ? (e3 = r2.substr(Fu, 2), Fu += 2) : (e3 = u, 0 === Yu && Qu(Lo)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "IN") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function dc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "is" === r2.substr(Fu, 2).toLowerCase() ? (e3 = r2.substr(Fu, 2), Fu += 2) : (e3 = u, 0 === Yu && Qu(Co)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "IS") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function hc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "like" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Ao)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "LIKE") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function mc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "exists" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(Eo)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "EXISTS") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function wc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "not" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(Sr)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "NOT") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Lc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "and" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(go)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "AND") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Cc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "or" === r2.substr(Fu, 2).toLowerCase() ? (e3 = r2.substr(Fu, 2), Fu += 2) : (e3 = u, 0 === Yu && Qu(_o)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "OR") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Ac() {
          var t3, e3, n2, o2;
          return t3 = Fu, "max" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(To)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "MAX") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Ec() {
          var t3, e3, n2, o2;
          return t3 = Fu, "min" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(So)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "MIN") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function gc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "extract" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Io)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "EXTRACT") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function _c() {
          var t3, e3, n2, o2;
          return t3 = Fu, "case" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(No)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function jc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "end" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(Do)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Tc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "array" === r2.substr(Fu, 5).toLowerCase() ? (e3 = r2.substr(Fu, 5), Fu += 5) : (e3 = u, 0 === Yu && Qu(Ho)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "ARRAY") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Sc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "decimal" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Vo)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "DECIMAL") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function xc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "integer" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(zo)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "INTEGER") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function kc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "struct" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(ru)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "STRUCT") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Ic() {
          var t3, e3, n2, o2;
          return t3 = Fu, "date" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(ke)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "DATE") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Oc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "datetime" === r2.substr(Fu, 8).toLowerCase() ? (e3 = r2.substr(Fu, 8), Fu += 8) : (e3 = u, 0 === Yu && Qu(eu)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "DATETIME") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Nc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "rows" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(St)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "ROWS") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Rc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "time" === r2.substr(Fu, 4).toLowerCase() ? (e3 = r2.substr(Fu, 4), Fu += 4) : (e3 = u, 0 === Yu && Qu(Be)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "TIME") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Uc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "timestamp" === r2.substr(Fu, 9).toLowerCase() ? (e3 = r2.substr(Fu, 9), Fu += 9) : (e3 = u, 0 === Yu && Qu(nu)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "TIMESTAMP") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Mc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "interval" === r2.substr(Fu, 8).toLowerCase() ? (e3 = r2.substr(Fu, 8), Fu += 8) : (e3 = u, 0 === Yu && Qu(au)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "INTERVAL") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Dc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "current_timestamp" === r2.substr(Fu, 17).toLowerCase() ? (e3 = r2.substr(Fu, 17), Fu += 17) : (e3 = u, 0 === Yu && Qu(iu)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Pc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "column" === r2.substr(Fu, 6).toLowerCase() ? (e3 = r2.substr(Fu, 6), Fu += 6) : (e3 = u, 0 === Yu && Qu(hu)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "COLUMN") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Fc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "index" === r2.substr(Fu, 5).toLowerCase() ? (e3 = r2.substr(Fu, 5), Fu += 5) : (e3 = u, 0 === Yu && Qu(mu)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "INDEX") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Hc() {
          var t3, e3, n2, o2;
          return t3 = Fu, "key" === r2.substr(Fu, 3).toLowerCase() ? (e3 = r2.substr(Fu, 3), Fu += 3) : (e3 = u, 0 === Yu && Qu(W)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "KEY") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function $c() {
          var t3, e3, n2, o2;
          return t3 = Fu, "comment" === r2.substr(Fu, 7).toLowerCase() ? (e3 = r2.substr(Fu, 7), Fu += 7) : (e3 = u, 0 === Yu && Qu(Lu)), e3 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t3, t3 = e3 = "COMMENT") : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3;
        }
        function Gc() {
          var t3;
          return 46 === r2.charCodeAt(Fu) ? (t3 = ".", Fu++) : (t3 = u, 0 === Yu && Qu(I)), t3;
        }
        function Wc() {
          var t3;
          return 44 === r2.charCodeAt(Fu) ? (t3 = ",", Fu++) : (t3 = u, 0 === Yu && Qu(Au)), t3;
        }
        function Yc() {
          var t3;
          return 42 === r2.charCodeAt(Fu) ? (t3 = "*", Fu++) : (t3 = u, 0 === Yu && Qu(qt)), t3;
        }
        function qc() {
          var t3;
          return 40 === r2.charCodeAt(Fu) ? (t3 = "(", Fu++) : (t3 = u, 0 === Yu && Qu(st)), t3;
        }
        function Bc() {
          var t3;
          return 41 === r2.charCodeAt(Fu) ? (t3 = ")", Fu++) : (t3 = u, 0 === Yu && Qu(it)), t3;
        }
        function Vc() {
          var t3;
          return 60 === r2.charCodeAt(Fu) ? (t3 = "<", Fu++) : (t3 = u, 0 === Yu && Qu($t)), t3;
        }
        function Xc() {
          var t3;
          return 62 === r2.charCodeAt(Fu) ? (t3 = ">", Fu++) : (t3 = u, 0 === Yu && Qu(Pt)), t3;
        }
        function Qc() {
          var t3;
          return 91 === r2.charCodeAt(Fu) ? (t3 = "[", Fu++) : (t3 = u, 0 === Yu && Qu(Eu)), t3;
        }
        function Kc() {
          var t3;
          return 93 === r2.charCodeAt(Fu) ? (t3 = "]", Fu++) : (t3 = u, 0 === Yu && Qu(gu)), t3;
        }
        function zc() {
          var t3;
          return 59 === r2.charCodeAt(Fu) ? (t3 = ";", Fu++) : (t3 = u, 0 === Yu && Qu(_u)), t3;
        }
        function Jc() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "||" === r2.substr(Fu, 2) ? (t4 = "||", Fu += 2) : (t4 = u, 0 === Yu && Qu(ju)), t4;
          })()) === u && (t3 = (function() {
            var t4;
            return "&&" === r2.substr(Fu, 2) ? (t4 = "&&", Fu += 2) : (t4 = u, 0 === Yu && Qu(Tu)), t4;
          })()), t3;
        }
        function Zc() {
          var r3, t3;
          for (r3 = [], (t3 = nl()) === u && (t3 = tl()); t3 !== u; ) r3.push(t3), (t3 = nl()) === u && (t3 = tl());
          return r3;
        }
        function rl() {
          var r3, t3;
          if (r3 = [], (t3 = nl()) === u && (t3 = tl()), t3 !== u) for (; t3 !== u; ) r3.push(t3), (t3 = nl()) === u && (t3 = tl());
          else r3 = u;
          return r3;
        }
        function tl() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = Fu, "/*" === r2.substr(Fu, 2) ? (e3 = "/*", Fu += 2) : (e3 = u, 0 === Yu && Qu(Su));
            if (e3 !== u) {
              for (n2 = [], o2 = Fu, a2 = Fu, Yu++, "*/" === r2.substr(Fu, 2) ? (s2 = "*/", Fu += 2) : (s2 = u, 0 === Yu && Qu(xu)), Yu--, s2 === u ? a2 = void 0 : (Fu = a2, a2 = u), a2 !== u && (s2 = el()) !== u ? o2 = a2 = [a2, s2] : (Fu = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = Fu, a2 = Fu, Yu++, "*/" === r2.substr(Fu, 2) ? (s2 = "*/", Fu += 2) : (s2 = u, 0 === Yu && Qu(xu)), Yu--, s2 === u ? a2 = void 0 : (Fu = a2, a2 = u), a2 !== u && (s2 = el()) !== u ? o2 = a2 = [a2, s2] : (Fu = o2, o2 = u);
              n2 !== u ? ("*/" === r2.substr(Fu, 2) ? (o2 = "*/", Fu += 2) : (o2 = u, 0 === Yu && Qu(xu)), o2 !== u ? t4 = e3 = [e3, n2, o2] : (Fu = t4, t4 = u)) : (Fu = t4, t4 = u);
            } else Fu = t4, t4 = u;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = Fu, "--" === r2.substr(Fu, 2) ? (e3 = "--", Fu += 2) : (e3 = u, 0 === Yu && Qu(ku));
            if (e3 !== u) {
              for (n2 = [], o2 = Fu, a2 = Fu, Yu++, s2 = ol(), Yu--, s2 === u ? a2 = void 0 : (Fu = a2, a2 = u), a2 !== u && (s2 = el()) !== u ? o2 = a2 = [a2, s2] : (Fu = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = Fu, a2 = Fu, Yu++, s2 = ol(), Yu--, s2 === u ? a2 = void 0 : (Fu = a2, a2 = u), a2 !== u && (s2 = el()) !== u ? o2 = a2 = [a2, s2] : (Fu = o2, o2 = u);
              n2 !== u ? t4 = e3 = [e3, n2] : (Fu = t4, t4 = u);
            } else Fu = t4, t4 = u;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = Fu, 35 === r2.charCodeAt(Fu) ? (e3 = "#", Fu++) : (e3 = u, 0 === Yu && Qu(Iu));
            if (e3 !== u) {
              for (n2 = [], o2 = Fu, a2 = Fu, Yu++, s2 = ol(), Yu--, s2 === u ? a2 = void 0 : (Fu = a2, a2 = u), a2 !== u && (s2 = el()) !== u ? o2 = a2 = [a2, s2] : (Fu = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = Fu, a2 = Fu, Yu++, s2 = ol(), Yu--, s2 === u ? a2 = void 0 : (Fu = a2, a2 = u), a2 !== u && (s2 = el()) !== u ? o2 = a2 = [a2, s2] : (Fu = o2, o2 = u);
              n2 !== u ? t4 = e3 = [e3, n2] : (Fu = t4, t4 = u);
            } else Fu = t4, t4 = u;
            return t4;
          })()), t3;
        }
        function el() {
          var t3;
          return r2.length > Fu ? (t3 = r2.charAt(Fu), Fu++) : (t3 = u, 0 === Yu && Qu(Ou)), t3;
        }
        function nl() {
          var t3;
          return Nu.test(r2.charAt(Fu)) ? (t3 = r2.charAt(Fu), Fu++) : (t3 = u, 0 === Yu && Qu(Ru)), t3;
        }
        function ol() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            t4 = Fu, Yu++, r2.length > Fu ? (e4 = r2.charAt(Fu), Fu++) : (e4 = u, 0 === Yu && Qu(Ou));
            Yu--, e4 === u ? t4 = void 0 : (Fu = t4, t4 = u);
            return t4;
          })()) === u) if (t3 = [], mn.test(r2.charAt(Fu)) ? (e3 = r2.charAt(Fu), Fu++) : (e3 = u, 0 === Yu && Qu(wn)), e3 !== u) for (; e3 !== u; ) t3.push(e3), mn.test(r2.charAt(Fu)) ? (e3 = r2.charAt(Fu), Fu++) : (e3 = u, 0 === Yu && Qu(wn));
          else t3 = u;
          return t3;
        }
        function ul() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Fu, (t3 = al()) !== u) {
            for (e3 = [], n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = al()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Fu, (o2 = Zc()) !== u && (a2 = Wc()) !== u && (s2 = Zc()) !== u && (i2 = al()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Fu = n2, n2 = u);
            e3 !== u ? (Hu = r3, r3 = t3 = l(t3, e3)) : (Fu = r3, r3 = u);
          } else Fu = r3, r3 = u;
          return r3;
        }
        function al() {
          var r3, t3, e3, n2;
          return r3 = Fu, t3 = Fu, (e3 = pi()) !== u ? (Hu = Fu, (n2 = (n2 = true === fl[e3.toUpperCase()]) ? u : void 0) !== u ? (Hu = t3, t3 = e3 = e3) : (Fu = t3, t3 = u)) : (Fu = t3, t3 = u), t3 === u && (t3 = null), t3 !== u && (e3 = Zc()) !== u && (n2 = sl()) !== u ? (Hu = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4) {
            return { field_name: r4, field_type: t4 };
          })(t3, n2)) : (Fu = r3, r3 = u), r3;
        }
        function sl() {
          var t3;
          return (t3 = cl()) === u && (t3 = il()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2, i2, c2, l2, f2;
            if (t4 = Fu, (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = Fu, "string" === r2.substr(Fu, 6).toLowerCase() ? (e4 = r2.substr(Fu, 6), Fu += 6) : (e4 = u, 0 === Yu && Qu(Zo)), e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t5, t5 = e4 = "STRING") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u), t5;
            })()) !== u) {
              if (n2 = [], o2 = Fu, (a2 = Zc()) !== u) if ((s2 = qc()) !== u) if ((i2 = Zc()) !== u) {
                if (c2 = [], Ln.test(r2.charAt(Fu)) ? (l2 = r2.charAt(Fu), Fu++) : (l2 = u, 0 === Yu && Qu(Cn)), l2 !== u) for (; l2 !== u; ) c2.push(l2), Ln.test(r2.charAt(Fu)) ? (l2 = r2.charAt(Fu), Fu++) : (l2 = u, 0 === Yu && Qu(Cn));
                else c2 = u;
                c2 !== u && (l2 = Zc()) !== u && (f2 = Bc()) !== u ? o2 = a2 = [a2, s2, i2, c2, l2, f2] : (Fu = o2, o2 = u);
              } else Fu = o2, o2 = u;
              else Fu = o2, o2 = u;
              else Fu = o2, o2 = u;
              for (; o2 !== u; ) if (n2.push(o2), o2 = Fu, (a2 = Zc()) !== u) if ((s2 = qc()) !== u) if ((i2 = Zc()) !== u) {
                if (c2 = [], Ln.test(r2.charAt(Fu)) ? (l2 = r2.charAt(Fu), Fu++) : (l2 = u, 0 === Yu && Qu(Cn)), l2 !== u) for (; l2 !== u; ) c2.push(l2), Ln.test(r2.charAt(Fu)) ? (l2 = r2.charAt(Fu), Fu++) : (l2 = u, 0 === Yu && Qu(Cn));
                else c2 = u;
                c2 !== u && (l2 = Zc()) !== u && (f2 = Bc()) !== u ? o2 = a2 = [a2, s2, i2, c2, l2, f2] : (Fu = o2, o2 = u);
              } else Fu = o2, o2 = u;
              else Fu = o2, o2 = u;
              else Fu = o2, o2 = u;
              n2 !== u ? (Hu = t4, e3 = (function(r3, t5) {
                const e4 = { dataType: r3 };
                return t5 && 0 !== t5.length ? { ...e4, length: parseInt(t5[3].join(""), 10), parentheses: true } : e4;
              })(e3, n2), t4 = e3) : (Fu = t4, t4 = u);
            } else Fu = t4, t4 = u;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Fu, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Fu, "numeric" === r2.substr(Fu, 7).toLowerCase() ? (e4 = r2.substr(Fu, 7), Fu += 7) : (e4 = u, 0 === Yu && Qu(Bo)), e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t5, t5 = e4 = "NUMERIC") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Fu, "int64" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(Ko)), e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t5, t5 = e4 = "INT64") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Fu, "float64" === r2.substr(Fu, 7).toLowerCase() ? (e4 = r2.substr(Fu, 7), Fu += 7) : (e4 = u, 0 === Yu && Qu(tu)), e4 !== u ? (n2 = Fu, Yu++, o2 = bi(), Yu--, o2 === u ? n2 = void 0 : (Fu = n2, n2 = u), n2 !== u ? (Hu = t5, t5 = e4 = "FLOAT64") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u), t5;
            })()) === u && (e3 = xc());
            e3 !== u && (Hu = t4, e3 = Uu(e3));
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Fu, (e3 = Ic()) === u && (e3 = Oc()) === u && (e3 = Rc()) === u && (e3 = Uc());
            if (e3 !== u) if (Zc() !== u) if (qc() !== u) if (Zc() !== u) {
              if (n2 = [], Ln.test(r2.charAt(Fu)) ? (o2 = r2.charAt(Fu), Fu++) : (o2 = u, 0 === Yu && Qu(Cn)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Ln.test(r2.charAt(Fu)) ? (o2 = r2.charAt(Fu), Fu++) : (o2 = u, 0 === Yu && Qu(Cn));
              else n2 = u;
              n2 !== u && (o2 = Zc()) !== u && Bc() !== u ? (Hu = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (Fu = t4, t4 = u);
            } else Fu = t4, t4 = u;
            else Fu = t4, t4 = u;
            else Fu = t4, t4 = u;
            else Fu = t4, t4 = u;
            t4 === u && (t4 = Fu, (e3 = Ic()) === u && (e3 = Oc()) === u && (e3 = Rc()) === u && (e3 = Uc()), e3 !== u && (Hu = t4, e3 = Uu(e3)), t4 = e3);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2, i2, c2;
            if (t4 = Fu, e3 = Fu, (n2 = (function() {
              var t5, e4, n3, o3;
              return t5 = Fu, "bytes" === r2.substr(Fu, 5).toLowerCase() ? (e4 = r2.substr(Fu, 5), Fu += 5) : (e4 = u, 0 === Yu && Qu(Wo)), e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t5, t5 = e4 = "BYTES") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u), t5;
            })()) !== u) if ((o2 = qc()) !== u) if ((a2 = Zc()) !== u) {
              if (s2 = [], Ln.test(r2.charAt(Fu)) ? (i2 = r2.charAt(Fu), Fu++) : (i2 = u, 0 === Yu && Qu(Cn)), i2 !== u) for (; i2 !== u; ) s2.push(i2), Ln.test(r2.charAt(Fu)) ? (i2 = r2.charAt(Fu), Fu++) : (i2 = u, 0 === Yu && Qu(Cn));
              else s2 = u;
              s2 === u && ("MAX" === r2.substr(Fu, 3) ? (s2 = "MAX", Fu += 3) : (s2 = u, 0 === Yu && Qu(Mu)), s2 === u && ("max" === r2.substr(Fu, 3) ? (s2 = "max", Fu += 3) : (s2 = u, 0 === Yu && Qu(Du)))), s2 !== u && (i2 = Zc()) !== u && (c2 = Bc()) !== u ? e3 = n2 = [n2, o2, a2, s2, i2, c2] : (Fu = e3, e3 = u);
            } else Fu = e3, e3 = u;
            else Fu = e3, e3 = u;
            else Fu = e3, e3 = u;
            e3 === u && (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = Fu, "bool" === r2.substr(Fu, 4).toLowerCase() ? (e4 = r2.substr(Fu, 4), Fu += 4) : (e4 = u, 0 === Yu && Qu(Yo)), e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t5, t5 = e4 = "BOOL") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = Fu, "geography" === r2.substr(Fu, 9).toLowerCase() ? (e4 = r2.substr(Fu, 9), Fu += 9) : (e4 = u, 0 === Yu && Qu(qo)), e4 !== u ? (n3 = Fu, Yu++, o3 = bi(), Yu--, o3 === u ? n3 = void 0 : (Fu = n3, n3 = u), n3 !== u ? (Hu = t5, t5 = e4 = "GEOGRAPHY") : (Fu = t5, t5 = u)) : (Fu = t5, t5 = u), t5;
            })());
            e3 !== u && (Hu = t4, e3 = Uu(e3));
            return t4 = e3;
          })()), t3;
        }
        function il() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = Tc()) !== u && Zc() !== u && Vc() !== u && Zc() !== u && (e3 = ul()) !== u && Zc() !== u && Xc() !== u ? (Hu = r3, r3 = t3 = Pu(t3, e3)) : (Fu = r3, r3 = u), r3;
        }
        function cl() {
          var r3, t3, e3;
          return r3 = Fu, (t3 = kc()) !== u && Zc() !== u && Vc() !== u && Zc() !== u && (e3 = ul()) !== u && Zc() !== u && Xc() !== u ? (Hu = r3, r3 = t3 = Pu(t3, e3)) : (Fu = r3, r3 = u), r3;
        }
        const ll = { ARRAY: true, ALTER: true, ALL: true, ADD: true, AND: true, AS: true, ASC: true, BETWEEN: true, BY: true, CALL: true, CASE: true, CREATE: true, CROSS: true, CONTAINS: true, CURRENT_DATE: true, CURRENT_TIME: true, CURRENT_TIMESTAMP: true, CURRENT_USER: true, DELETE: true, DESC: true, DISTINCT: true, DROP: true, ELSE: true, END: true, EXISTS: true, EXPLAIN: true, EXCEPT: true, FALSE: true, FROM: true, FULL: true, FOR: true, GROUP: true, HAVING: true, IN: true, INNER: true, INSERT: true, INTERSECT: true, INTO: true, IS: true, JOIN: true, JSON: true, KEY: false, LEFT: true, LIKE: true, LIMIT: true, LOW_PRIORITY: true, NOT: true, NULL: true, ON: true, OR: true, ORDER: true, OUTER: true, PARTITION: true, PIVOT: true, RECURSIVE: true, RENAME: true, READ: true, RIGHT: false, SELECT: true, SESSION_USER: true, SET: true, SHOW: true, SYSTEM_USER: true, TABLE: true, THEN: true, TRUE: true, TRUNCATE: true, UNION: true, UPDATE: true, USING: true, VALUES: true, WINDOW: true, WITH: true, WHEN: true, WHERE: true, WRITE: true, GLOBAL: true, LOCAL: true, PERSIST: true, PERSIST_ONLY: true, UNNEST: true }, fl = { BOOL: true, BYTE: true, DATE: true, DATETIME: true, FLOAT64: true, INT64: true, NUMERIC: true, STRING: true, TIME: true, TIMESTAMP: true, ARRAY: true, STRUCT: true };
        function pl() {
          return t2.includeLocations ? { loc: Xu(Hu, Fu) } : {};
        }
        function bl(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function vl(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3, ...pl() };
        }
        function yl(r3) {
          const t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function dl(r3, t3, e3 = 3) {
          const n2 = [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function hl(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = vl(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function ml(r3) {
          const t3 = gl[r3];
          return t3 || (r3 || null);
        }
        function wl(r3) {
          const t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            const r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = ml(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        function Ll(r3) {
          switch (r3.type) {
            case "double_quote_string":
              return '"';
            case "single_quote_string":
              return "'";
            case "backticks_quote_string":
              return "`";
            default:
              return "";
          }
        }
        let Cl = [];
        const Al = /* @__PURE__ */ new Set(), El = /* @__PURE__ */ new Set(), gl = {};
        if ((e2 = s()) !== u && Fu === r2.length) return e2;
        throw e2 !== u && Fu < r2.length && Qu({ type: "end" }), Ku(Wu, Gu < r2.length ? r2.charAt(Gu) : null, Gu < r2.length ? Xu(Gu, Gu + 1) : Xu(Gu, Gu));
      } };
    }, function(r, t, e) {
      r.exports = e(3);
    }, function(r, t) {
      r.exports = require_BigInteger();
    }, function(r, t, e) {
      "use strict";
      e.r(t), e.d(t, "Parser", (function() {
        return Yt;
      })), e.d(t, "util", (function() {
        return n;
      }));
      var n = {};
      function o(r2) {
        return (o = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      e.r(n), e.d(n, "arrayStructTypeToSQL", (function() {
        return g;
      })), e.d(n, "autoIncrementToSQL", (function() {
        return x;
      })), e.d(n, "columnOrderListToSQL", (function() {
        return k;
      })), e.d(n, "commonKeywordArgsToSQL", (function() {
        return S;
      })), e.d(n, "commonOptionConnector", (function() {
        return s;
      })), e.d(n, "connector", (function() {
        return i;
      })), e.d(n, "commonTypeValue", (function() {
        return L;
      })), e.d(n, "commentToSQL", (function() {
        return _;
      })), e.d(n, "createBinaryExpr", (function() {
        return l;
      })), e.d(n, "createValueExpr", (function() {
        return c;
      })), e.d(n, "dataTypeToSQL", (function() {
        return E;
      })), e.d(n, "DEFAULT_OPT", (function() {
        return u;
      })), e.d(n, "escape", (function() {
        return f;
      })), e.d(n, "literalToSQL", (function() {
        return w;
      })), e.d(n, "columnIdentifierToSql", (function() {
        return y;
      })), e.d(n, "getParserOpt", (function() {
        return p;
      })), e.d(n, "identifierToSql", (function() {
        return d;
      })), e.d(n, "onPartitionsToSQL", (function() {
        return A;
      })), e.d(n, "replaceParams", (function() {
        return C;
      })), e.d(n, "returningToSQL", (function() {
        return T;
      })), e.d(n, "hasVal", (function() {
        return m;
      })), e.d(n, "setParserOpt", (function() {
        return b;
      })), e.d(n, "toUpper", (function() {
        return h;
      })), e.d(n, "topToSQL", (function() {
        return v;
      })), e.d(n, "triggerEventToSQL", (function() {
        return j;
      }));
      var u = { database: "bigquery", type: "table", trimQuery: true, parseOptions: { includeLocations: false } }, a = u;
      function s(r2, t2, e2) {
        if (e2) return r2 ? "".concat(r2.toUpperCase(), " ").concat(t2(e2)) : t2(e2);
      }
      function i(r2, t2) {
        if (t2) return "".concat(r2.toUpperCase(), " ").concat(t2);
      }
      function c(r2) {
        var t2 = o(r2);
        if (Array.isArray(r2)) return { type: "expr_list", value: r2.map(c) };
        if (null === r2) return { type: "null", value: null };
        switch (t2) {
          case "boolean":
            return { type: "bool", value: r2 };
          case "string":
            return { type: "string", value: r2 };
          case "number":
            return { type: "number", value: r2 };
          default:
            throw new Error('Cannot convert value "'.concat(t2, '" to SQL'));
        }
      }
      function l(r2, t2, e2) {
        var n2 = { operator: r2, type: "binary_expr" };
        return n2.left = t2.type ? t2 : c(t2), "BETWEEN" === r2 || "NOT BETWEEN" === r2 ? (n2.right = { type: "expr_list", value: [c(e2[0]), c(e2[1])] }, n2) : (n2.right = e2.type ? e2 : c(e2), n2);
      }
      function f(r2) {
        return r2;
      }
      function p() {
        return a;
      }
      function b(r2) {
        a = r2;
      }
      function v(r2) {
        if (r2) {
          var t2 = r2.value, e2 = r2.percent, n2 = r2.parentheses ? "(".concat(t2, ")") : t2, o2 = "TOP ".concat(n2);
          return e2 ? "".concat(o2, " ").concat(e2.toUpperCase()) : o2;
        }
      }
      function y(r2) {
        var t2 = p().database;
        if (r2) switch (t2 && t2.toLowerCase()) {
          case "athena":
          case "db2":
          case "postgresql":
          case "redshift":
          case "snowflake":
          case "noql":
          case "trino":
          case "sqlite":
            return '"'.concat(r2, '"');
          case "transactsql":
            return "[".concat(r2, "]");
          case "mysql":
          case "mariadb":
          case "bigquery":
          default:
            return "`".concat(r2, "`");
        }
      }
      function d(r2, t2, e2) {
        if (true === t2) return "'".concat(r2, "'");
        if (r2) {
          if ("*" === r2) return r2;
          if (null != e2) return "".concat(e2).concat(r2).concat(e2);
          var n2 = p().database;
          switch (n2 && n2.toLowerCase()) {
            case "mysql":
            case "mariadb":
              return "`".concat(r2, "`");
            case "athena":
            case "postgresql":
            case "redshift":
            case "snowflake":
            case "trino":
            case "noql":
            case "sqlite":
              return '"'.concat(r2, '"');
            case "transactsql":
              return "[".concat(r2, "]");
            case "bigquery":
            case "db2":
              return r2;
            default:
              return "`".concat(r2, "`");
          }
        }
      }
      function h(r2) {
        if (r2) return r2.toUpperCase();
      }
      function m(r2) {
        return r2;
      }
      function w(r2) {
        if (r2) {
          var t2 = r2.prefix, e2 = r2.type, n2 = r2.parentheses, u2 = r2.suffix, a2 = r2.value, s2 = "object" === o(r2) ? a2 : r2;
          switch (e2) {
            case "backticks_quote_string":
              s2 = "`".concat(a2, "`");
              break;
            case "string":
              s2 = "'".concat(a2, "'");
              break;
            case "regex_string":
              s2 = 'r"'.concat(a2, '"');
              break;
            case "hex_string":
              s2 = "X'".concat(a2, "'");
              break;
            case "full_hex_string":
              s2 = "0x".concat(a2);
              break;
            case "natural_string":
              s2 = "N'".concat(a2, "'");
              break;
            case "bit_string":
              s2 = "b'".concat(a2, "'");
              break;
            case "double_quote_string":
              s2 = '"'.concat(a2, '"');
              break;
            case "single_quote_string":
              s2 = "'".concat(a2, "'");
              break;
            case "boolean":
            case "bool":
              s2 = a2 ? "TRUE" : "FALSE";
              break;
            case "null":
              s2 = "NULL";
              break;
            case "star":
              s2 = "*";
              break;
            case "param":
              s2 = "".concat(t2 || ":").concat(a2), t2 = null;
              break;
            case "origin":
              s2 = a2.toUpperCase();
              break;
            case "date":
            case "datetime":
            case "time":
            case "timestamp":
              s2 = "".concat(e2.toUpperCase(), " '").concat(a2, "'");
              break;
            case "var_string":
              s2 = "N'".concat(a2, "'");
              break;
            case "unicode_string":
              s2 = "U&'".concat(a2, "'");
          }
          var i2 = [];
          return t2 && i2.push(h(t2)), i2.push(s2), u2 && ("string" == typeof u2 && i2.push(u2), "object" === o(u2) && (u2.collate ? i2.push(bt(u2.collate)) : i2.push(w(u2)))), s2 = i2.join(" "), n2 ? "(".concat(s2, ")") : s2;
        }
      }
      function L(r2) {
        if (!r2) return [];
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value;
        return [t2.toUpperCase(), e2, "string" == typeof n2 ? n2.toUpperCase() : w(n2)].filter(m);
      }
      function C(r2, t2) {
        return (function r3(t3, e2) {
          return Object.keys(t3).filter((function(r4) {
            var e3 = t3[r4];
            return Array.isArray(e3) || "object" === o(e3) && null !== e3;
          })).forEach((function(n2) {
            var u2 = t3[n2];
            if ("object" !== o(u2) || "param" !== u2.type) return r3(u2, e2);
            if (void 0 === e2[u2.value]) throw new Error("no value for parameter :".concat(u2.value, " found"));
            return t3[n2] = c(e2[u2.value]), null;
          })), t3;
        })(JSON.parse(JSON.stringify(r2)), t2);
      }
      function A(r2) {
        var t2 = r2.type, e2 = r2.partitions;
        return [h(t2), "(".concat(e2.map((function(r3) {
          if ("range" !== r3.type) return w(r3);
          var t3 = r3.start, e3 = r3.end, n2 = r3.symbol;
          return "".concat(w(t3), " ").concat(h(n2), " ").concat(w(e3));
        })).join(", "), ")")].join(" ");
      }
      function E(r2) {
        var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.parentheses, u2 = r2.scale, a2 = r2.suffix, s2 = "";
        null != n2 && (s2 = u2 ? "".concat(n2, ", ").concat(u2) : n2), o2 && (s2 = "(".concat(s2, ")")), a2 && a2.length && (s2 += " ".concat(a2.join(" ")));
        var i2 = t2 ? "".concat(t2, ".") : "";
        return "".concat(i2).concat(e2).concat(s2);
      }
      function g(r2) {
        if (r2) {
          var t2 = r2.dataType, e2 = r2.definition, n2 = r2.anglebracket, o2 = h(t2);
          if ("ARRAY" !== o2 && "STRUCT" !== o2) return o2;
          var u2 = e2 && e2.map((function(r3) {
            return [r3.field_name, g(r3.field_type)].filter(m).join(" ");
          })).join(", ");
          return n2 ? "".concat(o2, "<").concat(u2, ">") : "".concat(o2, " ").concat(u2);
        }
      }
      function _(r2) {
        if (r2) {
          var t2 = [], e2 = r2.keyword, n2 = r2.symbol, o2 = r2.value;
          return t2.push(e2.toUpperCase()), n2 && t2.push(n2), t2.push(w(o2)), t2.join(" ");
        }
      }
      function j(r2) {
        return r2.map((function(r3) {
          var t2 = r3.keyword, e2 = r3.args, n2 = [h(t2)];
          if (e2) {
            var o2 = e2.keyword, u2 = e2.columns;
            n2.push(h(o2), u2.map(Et).join(", "));
          }
          return n2.join(" ");
        })).join(" OR ");
      }
      function T(r2) {
        return r2 ? ["RETURNING", r2.columns.map(kt).filter(m).join(", ")].join(" ") : "";
      }
      function S(r2) {
        return r2 ? [h(r2.keyword), h(r2.args)] : [];
      }
      function x(r2) {
        if (r2) {
          if ("string" == typeof r2) {
            var t2 = p().database;
            switch (t2 && t2.toLowerCase()) {
              case "sqlite":
                return "AUTOINCREMENT";
              default:
                return "AUTO_INCREMENT";
            }
          }
          var e2 = r2.keyword, n2 = r2.seed, o2 = r2.increment, u2 = r2.parentheses, a2 = h(e2);
          return u2 && (a2 += "(".concat(w(n2), ", ").concat(w(o2), ")")), a2;
        }
      }
      function k(r2) {
        if (r2) return r2.map(Tt).filter(m).join(", ");
      }
      function I(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return O(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return O(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? O(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function O(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function N(r2) {
        if (!r2) return [];
        var t2 = r2.keyword, e2 = r2.type;
        return [t2.toUpperCase(), h(e2)];
      }
      function R(r2) {
        if (r2) {
          var t2 = r2.type, e2 = r2.expr, n2 = r2.symbol, o2 = t2.toUpperCase(), u2 = [];
          switch (u2.push(o2), o2) {
            case "KEY_BLOCK_SIZE":
              n2 && u2.push(n2), u2.push(w(e2));
              break;
            case "BTREE":
            case "HASH":
              u2.length = 0, u2.push.apply(u2, I(N(r2)));
              break;
            case "WITH PARSER":
              u2.push(e2);
              break;
            case "VISIBLE":
            case "INVISIBLE":
              break;
            case "COMMENT":
              u2.shift(), u2.push(_(r2));
              break;
            case "DATA_COMPRESSION":
              u2.push(n2, h(e2.value), A(e2.on));
              break;
            default:
              u2.push(n2, w(e2));
          }
          return u2.filter(m).join(" ");
        }
      }
      function U(r2) {
        return r2 ? r2.map(R) : [];
      }
      function M(r2) {
        var t2 = r2.constraint_type, e2 = r2.index_type, n2 = r2.index_options, o2 = void 0 === n2 ? [] : n2, u2 = r2.definition, a2 = r2.on, s2 = r2.with, i2 = [];
        if (i2.push.apply(i2, I(N(e2))), u2 && u2.length) {
          var c2 = "CHECK" === h(t2) ? "(".concat(lt(u2[0]), ")") : "(".concat(u2.map((function(r3) {
            return lt(r3);
          })).join(", "), ")");
          i2.push(c2);
        }
        return i2.push(U(o2).join(" ")), s2 && i2.push("WITH (".concat(U(s2).join(", "), ")")), a2 && i2.push("ON [".concat(a2, "]")), i2;
      }
      function D(r2) {
        var t2 = r2.operator || r2.op, e2 = lt(r2.right), n2 = false;
        if (Array.isArray(e2)) {
          switch (t2) {
            case "=":
              t2 = "IN";
              break;
            case "!=":
              t2 = "NOT IN";
              break;
            case "BETWEEN":
            case "NOT BETWEEN":
              n2 = true, e2 = "".concat(e2[0], " AND ").concat(e2[1]);
          }
          n2 || (e2 = "(".concat(e2.join(", "), ")"));
        }
        var o2 = r2.right.escape || {}, u2 = Array.isArray(r2.left) ? r2.left.map(lt).join(", ") : lt(r2.left), a2 = bt(r2.collate), s2 = [u2, t2, e2, h(o2.type), lt(o2.value)].filter(m).join("." === t2 ? "" : " "), i2 = r2.parentheses ? "(".concat(s2, ")") : s2;
        return a2 && (i2 = "".concat(i2, " ").concat(a2)), i2;
      }
      function P(r2) {
        var t2 = r2.name, e2 = r2.type;
        switch (e2) {
          case "table":
          case "view":
            var n2 = [d(t2.db), d(t2.table)].filter(m).join(".");
            return "".concat(h(e2), " ").concat(n2);
          case "column":
            return "COLUMN ".concat(Et(t2));
          default:
            return "".concat(h(e2), " ").concat(w(t2));
        }
      }
      function F(r2) {
        var t2 = r2.keyword, e2 = r2.expr;
        return [h(t2), w(e2)].filter(m).join(" ");
      }
      function H(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return $(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return $(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? $(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function $(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function G(r2) {
        return r2 ? [r2.prefix.map(w).join(" "), lt(r2.value), r2.suffix.map(w).join(" ")] : [];
      }
      function W(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat(H(G(n2)), H(G(e2))).filter(m).join(" ")) : (function(r3) {
          var t3 = r3.seperator, e3 = r3.value;
          return 1 === e3.length && "offset" === t3 ? i("OFFSET", lt(e3[0])) : i("LIMIT", e3.map(lt).join("".concat("offset" === t3 ? " " : "").concat(h(t3), " ")));
        })(r2) : "";
        var t2, e2, n2;
      }
      function Y(r2) {
        if (r2 && 0 !== r2.length) {
          var t2 = r2[0].recursive ? "RECURSIVE " : "", e2 = r2.map((function(r3) {
            var t3 = r3.name, e3 = r3.stmt, n2 = r3.columns, o2 = Array.isArray(n2) ? "(".concat(n2.map(Et).join(", "), ")") : "", u2 = s("values" === e3.type ? "VALUES" : "", lt, e3);
            return "".concat("default" === t3.type ? d(t3.value) : w(t3)).concat(o2, " AS (").concat(u2, ")");
          })).join(", ");
          return "WITH ".concat(t2).concat(e2);
        }
      }
      function q(r2) {
        if (r2 && r2.position) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = [], o2 = h(t2);
          switch (o2) {
            case "VAR":
              n2.push(e2.map(ct).join(", "));
              break;
            default:
              n2.push(o2, "string" == typeof e2 ? d(e2) : lt(e2));
          }
          return n2.filter(m).join(" ");
        }
      }
      function B(r2) {
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, u2 = r2.for, a2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = void 0 === c2 ? {} : c2, f2 = r2.locking_read, p2 = r2.groupby, b2 = r2.having, y2 = r2.into, d2 = void 0 === y2 ? {} : y2, L2 = r2.isolation, C2 = r2.limit, A2 = r2.options, E2 = r2.orderby, g2 = r2.parentheses_symbol, _2 = r2.qualify, j2 = r2.top, T2 = r2.window, S2 = r2.with, x2 = r2.where, k2 = [Y(S2), "SELECT", h(t2)];
        Array.isArray(A2) && k2.push(A2.join(" ")), k2.push((function(r3) {
          if (r3) {
            if ("string" == typeof r3) return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [h(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(m).join(" ");
          }
        })(o2), v(j2), Ot(e2, a2));
        var I2 = d2.position, O2 = "";
        I2 && (O2 = s("INTO", q, d2)), "column" === I2 && k2.push(O2), k2.push(s("FROM", Cr, a2)), "from" === I2 && k2.push(O2);
        var N2 = l2 || {}, R2 = N2.keyword, U2 = N2.expr;
        k2.push(s(R2, lt, U2)), k2.push(s("WHERE", lt, x2)), p2 && (k2.push(i("GROUP BY", ft(p2.columns).join(", "))), k2.push(ft(p2.modifiers).join(", "))), k2.push(s("HAVING", lt, b2)), k2.push(s("QUALIFY", lt, _2)), k2.push(s("WINDOW", lt, T2)), k2.push(pt(E2, "order by")), k2.push(bt(n2)), k2.push(W(C2)), L2 && k2.push(s(L2.keyword, w, L2.expr)), k2.push(h(f2)), "end" === I2 && k2.push(O2), k2.push((function(r3) {
          if (r3) {
            var t3 = r3.expr, e3 = r3.keyword, n3 = [h(r3.type), h(e3)];
            return t3 ? "".concat(n3.join(" "), "(").concat(lt(t3), ")") : n3.join(" ");
          }
        })(u2));
        var M2 = k2.filter(m).join(" ");
        return g2 ? "(".concat(M2, ")") : M2;
      }
      function V(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = (function(r3, t3) {
            if (r3) {
              if ("string" == typeof r3) return X(r3, t3);
              var e3 = {}.toString.call(r3).slice(8, -1);
              return "Object" === e3 && r3.constructor && (e3 = r3.constructor.name), "Map" === e3 || "Set" === e3 ? Array.from(r3) : "Arguments" === e3 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e3) ? X(r3, t3) : void 0;
            }
          })(r2)) || t2 && r2 && "number" == typeof r2.length) {
            e2 && (r2 = e2);
            var n2 = 0, o2 = function() {
            };
            return { s: o2, n: function() {
              return n2 >= r2.length ? { done: true } : { done: false, value: r2[n2++] };
            }, e: function(r3) {
              throw r3;
            }, f: o2 };
          }
          throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        }
        var u2, a2 = true, s2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return a2 = r3.done, r3;
        }, e: function(r3) {
          s2 = true, u2 = r3;
        }, f: function() {
          try {
            a2 || null == e2.return || e2.return();
          } finally {
            if (s2) throw u2;
          }
        } };
      }
      function X(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Q(r2) {
        if (!r2 || 0 === r2.length) return "";
        var t2, e2 = [], n2 = V(r2);
        try {
          for (n2.s(); !(t2 = n2.n()).done; ) {
            var o2 = t2.value, u2 = {}, a2 = o2.value;
            for (var s2 in o2) "value" !== s2 && "keyword" !== s2 && (u2[s2] = o2[s2]);
            var i2 = [Et(u2)], c2 = "";
            a2 && (c2 = lt(a2), i2.push("=", c2)), e2.push(i2.filter(m).join(" "));
          }
        } catch (r3) {
          n2.e(r3);
        } finally {
          n2.f();
        }
        return e2.join(", ");
      }
      function K(r2) {
        var t2 = r2.name, e2 = r2.value;
        return ["@".concat(t2), "=", lt(e2)].filter(m).join(" ");
      }
      function z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.terminated, n2 = r2.enclosed, o2 = r2.escaped;
        return [h(t2), w(e2), w(n2), w(o2)].filter(m).join(" ");
      }
      function J(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.starting, n2 = r2.terminated;
        return [h(t2), w(e2), w(n2)].filter(m).join(" ");
      }
      function Z(r2) {
        if (!r2) return "";
        var t2 = r2.count, e2 = r2.suffix;
        return ["IGNORE", w(t2), e2].filter(m).join(" ");
      }
      function rr(r2) {
        if (!r2) return "";
        var t2 = r2.mode, e2 = r2.local, n2 = r2.file, o2 = r2.replace_ignore, u2 = r2.table, a2 = r2.partition, i2 = r2.character_set, c2 = r2.column, l2 = r2.fields, f2 = r2.lines, p2 = r2.set, b2 = r2.ignore;
        return ["LOAD DATA", h(t2), h(e2), "INFILE", w(n2), h(o2), "INTO TABLE", Lr(u2), sr(a2), s("CHARACTER SET", w, i2), z(l2), J(f2), Z(b2), Ot(c2), s("SET", Q, p2)].filter(m).join(" ");
      }
      function tr(r2) {
        var t2 = r2.left, e2 = r2.right, n2 = r2.symbol, o2 = r2.keyword;
        t2.keyword = o2;
        var u2 = lt(t2), a2 = lt(e2);
        return [u2, h(n2), a2].filter(m).join(" ");
      }
      function er(r2) {
        var t2, e2, n2, o2, u2 = r2.keyword, a2 = r2.suffix, i2 = "";
        switch (h(u2)) {
          case "BINLOG":
            e2 = (t2 = r2).in, n2 = t2.from, o2 = t2.limit, i2 = [s("IN", w, e2 && e2.right), s("FROM", Cr, n2), W(o2)].filter(m).join(" ");
            break;
          case "CHARACTER":
          case "COLLATION":
            i2 = (function(r3) {
              var t3 = r3.expr;
              if (t3) return "LIKE" === h(t3.op) ? s("LIKE", w, t3.right) : s("WHERE", lt, t3);
            })(r2);
            break;
          case "COLUMNS":
          case "INDEXES":
          case "INDEX":
            i2 = s("FROM", Cr, r2.from);
            break;
          case "GRANTS":
            i2 = (function(r3) {
              var t3 = r3.for;
              if (t3) {
                var e3 = t3.user, n3 = t3.host, o3 = t3.role_list, u3 = "'".concat(e3, "'");
                return n3 && (u3 += "@'".concat(n3, "'")), ["FOR", u3, o3 && "USING", o3 && o3.map((function(r4) {
                  return "'".concat(r4, "'");
                })).join(", ")].filter(m).join(" ");
              }
            })(r2);
            break;
          case "CREATE":
            i2 = s("", Lr, r2[a2]);
            break;
          case "VAR":
            i2 = ct(r2.var), u2 = "";
        }
        return ["SHOW", h(u2), h(a2), i2].filter(m).join(" ");
      }
      var nr = { alter: function(r2) {
        var t2 = r2.keyword;
        switch (void 0 === t2 ? "table" : t2) {
          case "aggregate":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name, u2 = r3.type, a2 = t3.expr, s2 = t3.orderby;
              return [h(u2), h(n2), [[d(o2.schema), d(o2.name)].filter(m).join("."), "(".concat(a2.map(nt).join(", ")).concat(s2 ? [" ORDER", "BY", s2.map(nt).join(", ")].join(" ") : "", ")")].filter(m).join(""), et(e2)].filter(m).join(" ");
            })(r2);
          case "table":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.table, n2 = r3.if_exists, o2 = r3.prefix, u2 = r3.expr, a2 = void 0 === u2 ? [] : u2, s2 = h(t3), i2 = Cr(e2), c2 = a2.map(lt);
              return [s2, "TABLE", h(n2), w(o2), i2, c2.join(", ")].filter(m).join(" ");
            })(r2);
          case "schema":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.schema;
              return [h(r3.type), h(e2), d(n2), et(t3)].filter(m).join(" ");
            })(r2);
          case "sequence":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.keyword, n2 = r3.sequence, o2 = r3.if_exists, u2 = r3.expr, a2 = void 0 === u2 ? [] : u2, s2 = h(t3), i2 = Cr(n2), c2 = a2.map(Qr);
              return [s2, h(e2), h(o2), i2, c2.join(", ")].filter(m).join(" ");
            })(r2);
          case "domain":
          case "type":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.name;
              return [h(r3.type), h(e2), [d(n2.schema), d(n2.name)].filter(m).join("."), et(t3)].filter(m).join(" ");
            })(r2);
          case "function":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name;
              return [h(r3.type), h(n2), [[d(o2.schema), d(o2.name)].filter(m).join("."), t3 && "(".concat(t3.expr ? t3.expr.map(nt).join(", ") : "", ")")].filter(m).join(""), et(e2)].filter(m).join(" ");
            })(r2);
          case "view":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.columns, n2 = r3.attributes, o2 = r3.select, u2 = r3.view, a2 = r3.with, s2 = h(t3), i2 = Lr(u2), c2 = [s2, "VIEW", i2];
              e2 && c2.push("(".concat(e2.map(Et).join(", "), ")"));
              n2 && c2.push("WITH ".concat(n2.map(h).join(", ")));
              c2.push("AS", B(o2)), a2 && c2.push(h(a2));
              return c2.filter(m).join(" ");
            })(r2);
        }
      }, analyze: function(r2) {
        var t2 = r2.type, e2 = r2.table;
        return [h(t2), Lr(e2)].join(" ");
      }, attach: function(r2) {
        var t2 = r2.type, e2 = r2.database, n2 = r2.expr, o2 = r2.as, u2 = r2.schema;
        return [h(t2), h(e2), lt(n2), h(o2), d(u2)].filter(m).join(" ");
      }, create: function(r2) {
        var t2 = r2.keyword, e2 = "";
        switch (t2.toLowerCase()) {
          case "aggregate":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, u2 = r3.args, a2 = r3.options, s2 = [h(t3), h(e3), h(n2)], i2 = [d(o2.schema), o2.name].filter(m).join("."), c2 = "".concat(u2.expr.map(nt).join(", ")).concat(u2.orderby ? [" ORDER", "BY", u2.orderby.map(nt).join(", ")].join(" ") : "");
              return s2.push("".concat(i2, "(").concat(c2, ")"), "(".concat(a2.map(rt).join(", "), ")")), s2.filter(m).join(" ");
            })(r2);
            break;
          case "table":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.table, o2 = r3.like, u2 = r3.as, a2 = r3.temporary, s2 = r3.if_not_exists, i2 = r3.create_definitions, c2 = r3.table_options, l2 = r3.ignore_replace, f2 = r3.replace, b2 = r3.partition_of, v2 = r3.query_expr, y2 = r3.unlogged, d2 = r3.with, L2 = [h(t3), h(f2), h(a2), h(y2), h(e3), h(s2), Cr(n2)];
              if (o2) {
                var C2 = o2.type, A2 = Cr(o2.table);
                return L2.push(h(C2), A2), L2.filter(m).join(" ");
              }
              if (b2) return L2.concat([zr(b2)]).filter(m).join(" ");
              i2 && L2.push("(".concat(i2.map(Qr).join(", "), ")"));
              if (c2) {
                var E2 = p().database, g2 = E2 && "sqlite" === E2.toLowerCase() ? ", " : " ";
                L2.push(c2.map(Ar).join(g2));
              }
              if (d2) {
                var _2 = d2.map((function(r4) {
                  return [w(r4.keyword), h(r4.symbol), w(r4.value)].join(" ");
                })).join(", ");
                L2.push("WITH (".concat(_2, ")"));
              }
              L2.push(h(l2), h(u2)), v2 && L2.push(or(v2));
              return L2.filter(m).join(" ");
            })(r2);
            break;
          case "trigger":
            e2 = "constraint" === r2.resource ? (function(r3) {
              var t3 = r3.constraint, e3 = r3.constraint_kw, n2 = r3.deferrable, o2 = r3.events, u2 = r3.execute, a2 = r3.for_each, s2 = r3.from, i2 = r3.location, c2 = r3.keyword, l2 = r3.or, f2 = r3.type, p2 = r3.table, b2 = r3.when, v2 = [h(f2), h(l2), h(e3), h(c2), d(t3), h(i2)], y2 = j(o2);
              v2.push(y2, "ON", Lr(p2)), s2 && v2.push("FROM", Lr(s2));
              v2.push.apply(v2, Br(S(n2)).concat(Br(S(a2)))), b2 && v2.push(h(b2.type), lt(b2.cond));
              return v2.push(h(u2.keyword), qr(u2.expr)), v2.filter(m).join(" ");
            })(r2) : (function(r3) {
              var t3 = r3.definer, e3 = r3.for_each, n2 = r3.keyword, o2 = r3.execute, u2 = r3.type, a2 = r3.table, i2 = r3.if_not_exists, c2 = r3.temporary, l2 = r3.trigger, f2 = r3.events, p2 = r3.order, b2 = r3.time, v2 = r3.when, y2 = [h(u2), h(c2), lt(t3), h(n2), h(i2), Lr(l2), h(b2), f2.map((function(r4) {
                var t4 = [h(r4.keyword)], e4 = r4.args;
                return e4 && t4.push(h(e4.keyword), e4.columns.map(Et).join(", ")), t4.join(" ");
              })), "ON", Lr(a2), h(e3 && e3.keyword), h(e3 && e3.args), p2 && "".concat(h(p2.keyword), " ").concat(d(p2.trigger)), s("WHEN", lt, v2), h(o2.prefix)];
              switch (o2.type) {
                case "set":
                  y2.push(s("SET", Q, o2.expr));
                  break;
                case "multiple":
                  y2.push(ur(o2.expr.ast));
              }
              return y2.push(h(o2.suffix)), y2.filter(m).join(" ");
            })(r2);
            break;
          case "extension":
            e2 = (function(r3) {
              var t3 = r3.extension, e3 = r3.from, n2 = r3.if_not_exists, o2 = r3.keyword, u2 = r3.schema, a2 = r3.type, i2 = r3.with, c2 = r3.version;
              return [h(a2), h(o2), h(n2), w(t3), h(i2), s("SCHEMA", w, u2), s("VERSION", w, c2), s("FROM", w, e3)].filter(m).join(" ");
            })(r2);
            break;
          case "function":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, u2 = r3.args, a2 = r3.returns, s2 = r3.options, i2 = r3.last, c2 = [h(t3), h(e3), h(n2)], l2 = [w(o2.schema), o2.name.map(w).join(".")].filter(m).join("."), f2 = u2.map(nt).filter(m).join(", ");
              return c2.push("".concat(l2, "(").concat(f2, ")"), (function(r4) {
                var t4 = r4.type, e4 = r4.keyword, n3 = r4.expr;
                return [h(t4), h(e4), Array.isArray(n3) ? "(".concat(n3.map(St).join(", "), ")") : Jr(n3)].filter(m).join(" ");
              })(a2), s2.map(Zr).join(" "), i2), c2.filter(m).join(" ");
            })(r2);
            break;
          case "index":
            e2 = (function(r3) {
              var t3 = r3.concurrently, e3 = r3.filestream_on, n2 = r3.keyword, o2 = r3.if_not_exists, u2 = r3.include, a2 = r3.index_columns, i2 = r3.index_type, c2 = r3.index_using, l2 = r3.index, f2 = r3.on, p2 = r3.index_options, b2 = r3.algorithm_option, v2 = r3.lock_option, y2 = r3.on_kw, L2 = r3.table, C2 = r3.tablespace, A2 = r3.type, E2 = r3.where, g2 = r3.with, _2 = r3.with_before_where, j2 = g2 && "WITH (".concat(U(g2).join(", "), ")"), T2 = u2 && "".concat(h(u2.keyword), " (").concat(u2.columns.map((function(r4) {
                return "string" == typeof r4 ? d(r4) : lt(r4);
              })).join(", "), ")"), S2 = l2;
              l2 && (S2 = "string" == typeof l2 ? d(l2) : [d(l2.schema), d(l2.name)].filter(m).join("."));
              var x2 = [h(A2), h(i2), h(n2), h(o2), h(t3), S2, h(y2), Lr(L2)].concat(Br(N(c2)), ["(".concat(k(a2), ")"), T2, U(p2).join(" "), et(b2), et(v2), s("TABLESPACE", w, C2)]);
              _2 ? x2.push(j2, s("WHERE", lt, E2)) : x2.push(s("WHERE", lt, E2), j2);
              return x2.push(s("ON", lt, f2), s("FILESTREAM_ON", w, e3)), x2.filter(m).join(" ");
            })(r2);
            break;
          case "sequence":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.sequence, o2 = r3.temporary, u2 = r3.if_not_exists, a2 = r3.create_definitions, s2 = [h(t3), h(o2), h(e3), h(u2), Cr(n2)];
              a2 && s2.push(a2.map(Qr).join(" "));
              return s2.filter(m).join(" ");
            })(r2);
            break;
          case "database":
          case "schema":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.replace, o2 = r3.if_not_exists, u2 = r3.create_definitions, a2 = r3[e3], s2 = a2.db, i2 = a2.schema, c2 = [w(s2), i2.map(w).join(".")].filter(m).join("."), l2 = [h(t3), h(n2), h(e3), h(o2), c2];
              u2 && l2.push(u2.map(Ar).join(" "));
              return l2.filter(m).join(" ");
            })(r2);
            break;
          case "view":
            e2 = (function(r3) {
              var t3 = r3.algorithm, e3 = r3.columns, n2 = r3.definer, o2 = r3.if_not_exists, u2 = r3.keyword, a2 = r3.recursive, s2 = r3.replace, i2 = r3.select, c2 = r3.sql_security, l2 = r3.temporary, f2 = r3.type, p2 = r3.view, b2 = r3.with, v2 = r3.with_options, w2 = p2.db, C2 = p2.schema, A2 = p2.view, E2 = [d(w2), d(C2), d(A2)].filter(m).join(".");
              return [h(f2), h(s2), h(l2), h(a2), t3 && "ALGORITHM = ".concat(h(t3)), lt(n2), c2 && "SQL SECURITY ".concat(h(c2)), h(u2), h(o2), E2, e3 && "(".concat(e3.map(y).join(", "), ")"), v2 && ["WITH", "(".concat(v2.map((function(r4) {
                return L(r4).join(" ");
              })).join(", "), ")")].join(" "), "AS", or(i2), h(b2)].filter(m).join(" ");
            })(r2);
            break;
          case "domain":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.domain, n2 = r3.type, o2 = r3.keyword, u2 = r3.target, a2 = r3.create_definitions, s2 = [h(n2), h(o2), [d(e3.schema), d(e3.name)].filter(m).join("."), h(t3), E(u2)];
              if (a2 && a2.length > 0) {
                var i2, c2 = [], l2 = (function(r4, t4) {
                  var e4 = "undefined" != typeof Symbol && r4[Symbol.iterator] || r4["@@iterator"];
                  if (!e4) {
                    if (Array.isArray(r4) || (e4 = Vr(r4)) || t4 && r4 && "number" == typeof r4.length) {
                      e4 && (r4 = e4);
                      var n3 = 0, o3 = function() {
                      };
                      return { s: o3, n: function() {
                        return n3 >= r4.length ? { done: true } : { done: false, value: r4[n3++] };
                      }, e: function(r5) {
                        throw r5;
                      }, f: o3 };
                    }
                    throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
                  }
                  var u3, a3 = true, s3 = false;
                  return { s: function() {
                    e4 = e4.call(r4);
                  }, n: function() {
                    var r5 = e4.next();
                    return a3 = r5.done, r5;
                  }, e: function(r5) {
                    s3 = true, u3 = r5;
                  }, f: function() {
                    try {
                      a3 || null == e4.return || e4.return();
                    } finally {
                      if (s3) throw u3;
                    }
                  } };
                })(a2);
                try {
                  for (l2.s(); !(i2 = l2.n()).done; ) {
                    var f2 = i2.value, p2 = f2.type;
                    switch (p2) {
                      case "collate":
                        c2.push(lt(f2));
                        break;
                      case "default":
                        c2.push(h(p2), lt(f2.value));
                        break;
                      case "constraint":
                        c2.push(Pr(f2));
                    }
                  }
                } catch (r4) {
                  l2.e(r4);
                } finally {
                  l2.f();
                }
                s2.push(c2.filter(m).join(" "));
              }
              return s2.filter(m).join(" ");
            })(r2);
            break;
          case "type":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.create_definitions, n2 = r3.keyword, o2 = r3.name, u2 = r3.resource, a2 = [h(r3.type), h(n2), [d(o2.schema), d(o2.name)].filter(m).join("."), h(t3), h(u2)];
              if (e3) {
                var s2 = [];
                switch (u2) {
                  case "enum":
                  case "range":
                    s2.push(lt(e3));
                    break;
                  default:
                    s2.push("(".concat(e3.map(Qr).join(", "), ")"));
                }
                a2.push(s2.filter(m).join(" "));
              }
              return a2.filter(m).join(" ");
            })(r2);
            break;
          case "user":
            e2 = (function(r3) {
              var t3 = r3.attribute, e3 = r3.comment, n2 = r3.default_role, o2 = r3.if_not_exists, u2 = r3.keyword, a2 = r3.lock_option, i2 = r3.password_options, c2 = r3.require, l2 = r3.resource_options, f2 = r3.type, p2 = r3.user.map((function(r4) {
                var t4 = r4.user, e4 = r4.auth_option, n3 = [Rr(t4)];
                return e4 && n3.push(h(e4.keyword), e4.auth_plugin, w(e4.value)), n3.filter(m).join(" ");
              })).join(", "), b2 = [h(f2), h(u2), h(o2), p2];
              n2 && b2.push(h(n2.keyword), n2.value.map(Rr).join(", "));
              b2.push(s(c2 && c2.keyword, lt, c2 && c2.value)), l2 && b2.push(h(l2.keyword), l2.value.map((function(r4) {
                return lt(r4);
              })).join(" "));
              i2 && i2.forEach((function(r4) {
                return b2.push(s(r4.keyword, lt, r4.value));
              }));
              return b2.push(w(a2), _(e3), w(t3)), b2.filter(m).join(" ");
            })(r2);
            break;
          default:
            throw new Error("unknown create resource ".concat(t2));
        }
        return e2;
      }, comment: function(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = r2.target;
        return [h(r2.type), h(e2), P(n2), F(t2)].filter(m).join(" ");
      }, select: B, deallocate: function(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.expr;
        return [h(t2), h(e2), lt(n2)].filter(m).join(" ");
      }, delete: function(r2) {
        var t2 = r2.columns, e2 = r2.from, n2 = r2.table, o2 = r2.where, u2 = r2.orderby, a2 = r2.with, i2 = r2.limit, c2 = r2.returning, l2 = [Y(a2), "DELETE"], f2 = Ot(t2, e2);
        return l2.push(f2), Array.isArray(n2) && (1 === n2.length && true === n2[0].addition || l2.push(Cr(n2))), l2.push(s("FROM", Cr, e2)), l2.push(s("WHERE", lt, o2)), l2.push(pt(u2, "order by")), l2.push(W(i2)), l2.push(T(c2)), l2.filter(m).join(" ");
      }, exec: function(r2) {
        var t2 = r2.keyword, e2 = r2.module, n2 = r2.parameters;
        return [h(t2), Lr(e2), (n2 || []).map(K).filter(m).join(", ")].filter(m).join(" ");
      }, execute: function(r2) {
        var t2 = r2.type, e2 = r2.name, n2 = r2.args, o2 = [h(t2)], u2 = [e2];
        n2 && u2.push("(".concat(lt(n2).join(", "), ")"));
        return o2.push(u2.join("")), o2.filter(m).join(" ");
      }, explain: function(r2) {
        var t2 = r2.type, e2 = r2.expr;
        return [h(t2), B(e2)].join(" ");
      }, for: function(r2) {
        var t2 = r2.type, e2 = r2.label, n2 = r2.target, o2 = r2.query, u2 = r2.stmts;
        return [e2, h(t2), n2, "IN", ur([o2]), "LOOP", ur(u2), "END LOOP", e2].filter(m).join(" ");
      }, update: function(r2) {
        var t2 = r2.from, e2 = r2.table, n2 = r2.set, o2 = r2.where, u2 = r2.orderby, a2 = r2.with, i2 = r2.limit, c2 = r2.returning;
        return [Y(a2), "UPDATE", Cr(e2), s("SET", Q, n2), s("FROM", Cr, t2), s("WHERE", lt, o2), pt(u2, "order by"), W(i2), T(c2)].filter(m).join(" ");
      }, if: function(r2) {
        var t2 = r2.boolean_expr, e2 = r2.else_expr, n2 = r2.elseif_expr, o2 = r2.if_expr, u2 = r2.prefix, a2 = r2.go, s2 = r2.semicolons, i2 = r2.suffix, c2 = [h(r2.type), lt(t2), w(u2), "".concat(jr(o2.ast || o2)).concat(s2[0]), h(a2)];
        n2 && c2.push(n2.map((function(r3) {
          return [h(r3.type), lt(r3.boolean_expr), "THEN", jr(r3.then.ast || r3.then), r3.semicolon].filter(m).join(" ");
        })).join(" "));
        e2 && c2.push("ELSE", "".concat(jr(e2.ast || e2)).concat(s2[1]));
        return c2.push(w(i2)), c2.filter(m).join(" ");
      }, insert: fr, load_data: rr, drop: Ir, truncate: Ir, replace: fr, declare: function(r2) {
        var t2 = r2.type, e2 = r2.declare, n2 = r2.symbol, o2 = [h(t2)], u2 = e2.map((function(r3) {
          var t3 = r3.at, e3 = r3.name, n3 = r3.as, o3 = r3.constant, u3 = r3.datatype, a2 = r3.not_null, s2 = r3.prefix, i2 = r3.definition, c2 = r3.keyword, l2 = [[t3, e3].filter(m).join(""), h(n3), h(o3)];
          switch (c2) {
            case "variable":
              l2.push(gt(u3), lt(r3.collate), h(a2)), i2 && l2.push(h(i2.keyword), lt(i2.value));
              break;
            case "cursor":
              l2.push(h(s2));
              break;
            case "table":
              l2.push(h(s2), "(".concat(i2.map(Qr).join(", "), ")"));
          }
          return l2.filter(m).join(" ");
        })).join("".concat(n2, " "));
        return o2.push(u2), o2.join(" ");
      }, use: function(r2) {
        var t2 = r2.type, e2 = r2.db, n2 = h(t2), o2 = d(e2);
        return "".concat(n2, " ").concat(o2);
      }, rename: function(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = [], o2 = "".concat(t2 && t2.toUpperCase(), " TABLE");
        if (e2) {
          var u2, a2 = Tr(e2);
          try {
            for (a2.s(); !(u2 = a2.n()).done; ) {
              var s2 = u2.value.map(Lr);
              n2.push(s2.join(" TO "));
            }
          } catch (r3) {
            a2.e(r3);
          } finally {
            a2.f();
          }
        }
        return "".concat(o2, " ").concat(n2.join(", "));
      }, call: function(r2) {
        var t2 = lt(r2.expr);
        return "".concat("CALL", " ").concat(t2);
      }, desc: Or, describe: Or, set: function(r2) {
        var t2 = r2.type, e2 = r2.expr, n2 = r2.keyword, o2 = h(t2), u2 = e2.map(lt).join(", ");
        return [o2, h(n2), u2].filter(m).join(" ");
      }, lock: Nr, unlock: Nr, show: er, grant: Ur, revoke: Ur, proc: function(r2) {
        var t2 = r2.stmt;
        switch (t2.type) {
          case "assign":
            return tr(t2);
          case "return":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.expr;
              return [h(t3), lt(e2)].join(" ");
            })(t2);
        }
      }, raise: function(r2) {
        var t2 = r2.type, e2 = r2.level, n2 = r2.raise, o2 = r2.using, u2 = [h(t2), h(e2)];
        n2 && u2.push([w(n2.keyword), "format" === n2.type && n2.expr.length > 0 && ","].filter(m).join(""), n2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        o2 && u2.push(h(o2.type), h(o2.option), o2.symbol, o2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        return u2.filter(m).join(" ");
      }, transaction: function(r2) {
        var t2 = r2.expr, e2 = t2.action, n2 = t2.keyword, o2 = t2.modes, u2 = [w(e2), h(n2)];
        return o2 && u2.push(o2.map(w).join(", ")), u2.filter(m).join(" ");
      } };
      function or(r2) {
        if (!r2) return "";
        for (var t2 = nr[r2.type], e2 = r2, n2 = e2._parentheses, o2 = e2._orderby, u2 = e2._limit, a2 = [n2 && "(", t2(r2)]; r2._next; ) {
          var s2 = nr[r2._next.type], i2 = h(r2.set_op);
          a2.push(i2, s2(r2._next)), r2 = r2._next;
        }
        return a2.push(n2 && ")", pt(o2, "order by"), W(u2)), a2.filter(m).join(" ");
      }
      function ur(r2) {
        for (var t2 = [], e2 = 0, n2 = r2.length; e2 < n2; ++e2) {
          var o2 = r2[e2] && r2[e2].ast ? r2[e2].ast : r2[e2], u2 = or(o2);
          e2 === n2 - 1 && "transaction" === o2.type && (u2 = "".concat(u2, " ;")), t2.push(u2);
        }
        return t2.join(" ; ");
      }
      function ar(r2) {
        var t2 = r2.type;
        return "select" === t2 ? or(r2) : ("values" === t2 ? r2.values : r2).map((function(r3) {
          var t3 = lt(r3);
          return [h(r3.prefix), "(".concat(t3, ")")].filter(m).join("");
        })).join(", ");
      }
      function sr(r2) {
        if (!r2) return "";
        var t2 = ["PARTITION", "("];
        if (Array.isArray(r2)) t2.push(r2.map((function(r3) {
          return d(r3);
        })).join(", "));
        else {
          var e2 = r2.value;
          t2.push(e2.map(lt).join(", "));
        }
        return t2.push(")"), t2.filter(m).join("");
      }
      function ir(r2) {
        if (!r2) return "";
        switch (r2.type) {
          case "column":
            return "(".concat(r2.expr.map(Et).join(", "), ")");
        }
      }
      function cr(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = t2.type, o2 = [h(e2)];
        switch (n2) {
          case "origin":
            o2.push(w(t2));
            break;
          case "update":
            o2.push("UPDATE", s("SET", Q, t2.set), s("WHERE", lt, t2.where));
        }
        return o2.filter(m).join(" ");
      }
      function lr(r2) {
        if (!r2) return "";
        var t2 = r2.action;
        return [ir(r2.target), cr(t2)].filter(m).join(" ");
      }
      function fr(r2) {
        var t2 = r2.table, e2 = r2.type, n2 = r2.or, o2 = void 0 === n2 ? [] : n2, u2 = r2.prefix, a2 = void 0 === u2 ? "into" : u2, i2 = r2.columns, c2 = r2.conflict, l2 = r2.values, f2 = r2.where, p2 = r2.on_duplicate_update, b2 = r2.partition, v2 = r2.returning, y2 = r2.set, d2 = p2 || {}, L2 = d2.keyword, C2 = d2.set, A2 = [h(e2), o2.map(w).join(" "), h(a2), Cr(t2), sr(b2)];
        return Array.isArray(i2) && A2.push("(".concat(i2.map(w).join(", "), ")")), A2.push(s(l2 && "values" === l2.type ? "VALUES" : "", ar, l2)), A2.push(s("ON CONFLICT", lr, c2)), A2.push(s("SET", Q, y2)), A2.push(s("WHERE", lt, f2)), A2.push(s(L2, Q, C2)), A2.push(T(v2)), A2.filter(m).join(" ");
      }
      function pr(r2) {
        var t2 = r2.expr, e2 = r2.unit, n2 = r2.suffix;
        return ["INTERVAL", lt(t2), h(e2), lt(n2)].filter(m).join(" ");
      }
      function br(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return vr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return vr(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? vr(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function vr(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function yr(r2) {
        var t2 = r2.type, e2 = r2.as, n2 = r2.expr, o2 = r2.with_offset;
        return ["".concat(h(t2), "(").concat(n2 && lt(n2) || "", ")"), s("AS", "string" == typeof e2 ? d : lt, e2), s(h(o2 && o2.keyword), d, o2 && o2.as)].filter(m).join(" ");
      }
      function dr(r2) {
        if (r2) switch (r2.type) {
          case "pivot":
          case "unpivot":
            return (function(r3) {
              var t2 = r3.as, e2 = r3.column, n2 = r3.expr, o2 = r3.in_expr, u2 = r3.type, a2 = [lt(n2), "FOR", Et(e2), D(o2)], s2 = ["".concat(h(u2), "(").concat(a2.join(" "), ")")];
              return t2 && s2.push("AS", d(t2)), s2.join(" ");
            })(r2);
          default:
            return "";
        }
      }
      function hr(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = r2.index, o2 = r2.index_columns, u2 = r2.parentheses, a2 = r2.prefix, s2 = [];
          switch (t2.toLowerCase()) {
            case "forceseek":
              s2.push(h(t2), "(".concat(d(n2)), "(".concat(o2.map(lt).filter(m).join(", "), "))"));
              break;
            case "spatial_window_max_cells":
              s2.push(h(t2), "=", lt(e2));
              break;
            case "index":
              s2.push(h(a2), h(t2), u2 ? "(".concat(e2.map((function(r3) {
                return d(r3);
              })).join(", "), ")") : "= ".concat(d(e2)));
              break;
            default:
              s2.push(lt(e2));
          }
          return s2.filter(m).join(" ");
        }
      }
      function mr(r2, t2) {
        var e2 = r2.name, n2 = r2.symbol;
        return [h(e2), n2, t2].filter(m).join(" ");
      }
      function wr(r2) {
        var t2 = [];
        switch (r2.keyword) {
          case "as":
            t2.push("AS", "OF", lt(r2.of));
            break;
          case "from_to":
            t2.push("FROM", lt(r2.from), "TO", lt(r2.to));
            break;
          case "between_and":
            t2.push("BETWEEN", lt(r2.between), "AND", lt(r2.and));
            break;
          case "contained":
            t2.push("CONTAINED", "IN", lt(r2.in));
        }
        return t2.filter(m).join(" ");
      }
      function Lr(r2) {
        if ("UNNEST" === h(r2.type)) return yr(r2);
        var t2, e2, n2, o2, u2 = r2.table, a2 = r2.db, i2 = r2.as, c2 = r2.expr, l2 = r2.operator, f2 = r2.prefix, p2 = r2.schema, b2 = r2.server, v2 = r2.suffix, y2 = r2.tablesample, C2 = r2.temporal_table, A2 = r2.table_hint, E2 = r2.surround, g2 = void 0 === E2 ? {} : E2, _2 = d(b2, false, g2.server), j2 = d(a2, false, g2.db), T2 = d(p2, false, g2.schema), S2 = u2 && d(u2, false, g2.table);
        if (c2) switch (c2.type) {
          case "values":
            var x2 = c2.parentheses, k2 = c2.values, I2 = c2.prefix, O2 = [x2 && "(", "", x2 && ")"], N2 = ar(k2);
            I2 && (N2 = N2.split("(").slice(1).map((function(r3) {
              return "".concat(h(I2), "(").concat(r3);
            })).join("")), O2[1] = "VALUES ".concat(N2), S2 = O2.filter(m).join("");
            break;
          case "tumble":
            S2 = (function(r3) {
              if (!r3) return "";
              var t3 = r3.data, e3 = r3.timecol, n3 = r3.offset, o3 = r3.size, u3 = [d(t3.expr.db), d(t3.expr.schema), d(t3.expr.table)].filter(m).join("."), a3 = "DESCRIPTOR(".concat(Et(e3.expr), ")"), s2 = ["TABLE(TUMBLE(TABLE ".concat(mr(t3, u3)), mr(e3, a3)], i3 = mr(o3, pr(o3.expr));
              return n3 && n3.expr ? s2.push(i3, "".concat(mr(n3, pr(n3.expr)), "))")) : s2.push("".concat(i3, "))")), s2.filter(m).join(", ");
            })(c2);
            break;
          case "generator":
            e2 = (t2 = c2).keyword, n2 = t2.type, o2 = t2.generators.map((function(r3) {
              return L(r3).join(" ");
            })).join(", "), S2 = "".concat(h(e2), "(").concat(h(n2), "(").concat(o2, "))");
            break;
          default:
            S2 = lt(c2);
        }
        var R2 = [[_2, j2, T2, S2 = [h(f2), S2, h(v2)].filter(m).join(" ")].filter(m).join(".")];
        if (y2) {
          var U2 = ["TABLESAMPLE", lt(y2.expr), w(y2.repeatable)].filter(m).join(" ");
          R2.push(U2);
        }
        R2.push((function(r3) {
          if (r3) {
            var t3 = r3.keyword, e3 = r3.expr;
            return [h(t3), wr(e3)].filter(m).join(" ");
          }
        })(C2), s("AS", "string" == typeof i2 ? d : lt, i2), dr(l2)), A2 && R2.push(h(A2.keyword), "(".concat(A2.expr.map(hr).filter(m).join(", "), ")"));
        var M2 = R2.filter(m).join(" ");
        return r2.parentheses ? "(".concat(M2, ")") : M2;
      }
      function Cr(r2) {
        if (!r2) return "";
        if (!Array.isArray(r2)) {
          var t2 = r2.expr, e2 = r2.parentheses, n2 = r2.joins, o2 = Cr(t2);
          if (e2) {
            for (var u2 = [], a2 = [], i2 = true === e2 ? 1 : e2.length, c2 = 0; c2++ < i2; ) u2.push("("), a2.push(")");
            var l2 = n2 && n2.length > 0 ? Cr([""].concat(br(n2))) : "";
            return u2.join("") + o2 + a2.join("") + l2;
          }
          return o2;
        }
        var f2 = r2[0], p2 = [];
        if ("dual" === f2.type) return "DUAL";
        p2.push(Lr(f2));
        for (var b2 = 1; b2 < r2.length; ++b2) {
          var v2 = r2[b2], y2 = v2.on, d2 = v2.using, L2 = v2.join, C2 = [], A2 = Array.isArray(v2) || Object.hasOwnProperty.call(v2, "joins");
          C2.push(L2 ? " ".concat(h(L2)) : ","), C2.push(A2 ? Cr(v2) : Lr(v2)), C2.push(s("ON", lt, y2)), d2 && C2.push("USING (".concat(d2.map(w).join(", "), ")")), p2.push(C2.filter(m).join(" "));
        }
        return p2.filter(m).join("");
      }
      function Ar(r2) {
        var t2 = r2.keyword, e2 = r2.symbol, n2 = r2.value, o2 = [t2.toUpperCase()];
        e2 && o2.push(e2);
        var u2 = w(n2);
        switch (t2) {
          case "partition by":
          case "default collate":
            u2 = lt(n2);
            break;
          case "options":
            u2 = "(".concat(n2.map((function(r3) {
              return [r3.keyword, r3.symbol, lt(r3.value)].join(" ");
            })).join(", "), ")");
            break;
          case "cluster by":
            u2 = n2.map(lt).join(", ");
        }
        return o2.push(u2), o2.filter(m).join(" ");
      }
      var Er = ["analyze", "attach", "select", "deallocate", "delete", "exec", "update", "insert", "drop", "rename", "truncate", "call", "desc", "describe", "use", "alter", "set", "create", "lock", "unlock", "declare", "show", "replace", "if", "grant", "revoke", "proc", "raise", "execute", "transaction", "explain", "comment", "load_data"];
      function gr(r2) {
        var t2 = r2 && r2.ast ? r2.ast : r2;
        if (!Er.includes(t2.type)) throw new Error("".concat(t2.type, " statements not supported at the moment"));
      }
      function _r(r2) {
        return Array.isArray(r2) ? (r2.forEach(gr), ur(r2)) : (gr(r2), or(r2));
      }
      function jr(r2) {
        return "go" === r2.go ? (function r3(t2) {
          if (!t2 || 0 === t2.length) return "";
          var e2 = [_r(t2.ast)];
          return t2.go_next && e2.push(t2.go.toUpperCase(), r3(t2.go_next)), e2.filter((function(r4) {
            return r4;
          })).join(" ");
        })(r2) : _r(r2);
      }
      function Tr(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = xr(r2)) || t2 && r2 && "number" == typeof r2.length) {
            e2 && (r2 = e2);
            var n2 = 0, o2 = function() {
            };
            return { s: o2, n: function() {
              return n2 >= r2.length ? { done: true } : { done: false, value: r2[n2++] };
            }, e: function(r3) {
              throw r3;
            }, f: o2 };
          }
          throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        }
        var u2, a2 = true, s2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return a2 = r3.done, r3;
        }, e: function(r3) {
          s2 = true, u2 = r3;
        }, f: function() {
          try {
            a2 || null == e2.return || e2.return();
          } finally {
            if (s2) throw u2;
          }
        } };
      }
      function Sr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return kr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || xr(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function xr(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return kr(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? kr(r2, t2) : void 0;
        }
      }
      function kr(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Ir(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.name, o2 = r2.prefix, u2 = r2.suffix, a2 = [h(t2), h(e2), h(o2)];
        switch (e2) {
          case "table":
            a2.push(Cr(n2));
            break;
          case "trigger":
            a2.push([n2[0].schema ? "".concat(d(n2[0].schema), ".") : "", d(n2[0].trigger)].filter(m).join(""));
            break;
          case "database":
          case "schema":
          case "procedure":
            a2.push(d(n2));
            break;
          case "view":
            a2.push(Cr(n2), r2.options && r2.options.map(lt).filter(m).join(" "));
            break;
          case "index":
            a2.push.apply(a2, [Et(n2)].concat(Sr(r2.table ? ["ON", Lr(r2.table)] : []), [r2.options && r2.options.map(lt).filter(m).join(" ")]));
            break;
          case "type":
            a2.push(n2.map(Et).join(", "), r2.options && r2.options.map(lt).filter(m).join(" "));
        }
        return u2 && a2.push(u2.map(lt).filter(m).join(" ")), a2.filter(m).join(" ");
      }
      function Or(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = h(t2), o2 = "string" == typeof e2 ? d(e2) : Lr(e2);
        return "".concat(n2, " ").concat(o2);
      }
      function Nr(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.tables, o2 = [t2.toUpperCase(), h(e2)];
        if ("UNLOCK" === t2.toUpperCase()) return o2.join(" ");
        var u2, a2 = [], s2 = Tr(n2);
        try {
          var i2 = function() {
            var r3 = u2.value, t3 = r3.table, e3 = r3.lock_type, n3 = [Lr(t3)];
            if (e3) {
              n3.push(["prefix", "type", "suffix"].map((function(r4) {
                return h(e3[r4]);
              })).filter(m).join(" "));
            }
            a2.push(n3.join(" "));
          };
          for (s2.s(); !(u2 = s2.n()).done; ) i2();
        } catch (r3) {
          s2.e(r3);
        } finally {
          s2.f();
        }
        return o2.push.apply(o2, [a2.join(", ")].concat(Sr((function(r3) {
          var t3 = r3.lock_mode, e3 = r3.nowait, n3 = [];
          if (t3) {
            var o3 = t3.mode;
            n3.push(o3.toUpperCase());
          }
          return e3 && n3.push(e3.toUpperCase()), n3;
        })(r2)))), o2.filter(m).join(" ");
      }
      function Rr(r2) {
        var t2 = r2.name, e2 = r2.host, n2 = [w(t2)];
        return e2 && n2.push("@", w(e2)), n2.join("");
      }
      function Ur(r2) {
        var t2 = r2.type, e2 = r2.grant_option_for, n2 = r2.keyword, o2 = r2.objects, u2 = r2.on, a2 = r2.to_from, s2 = r2.user_or_roles, i2 = r2.with, c2 = [h(t2), w(e2)], l2 = o2.map((function(r3) {
          var t3 = r3.priv, e3 = r3.columns, n3 = [lt(t3)];
          return e3 && n3.push("(".concat(e3.map(Et).join(", "), ")")), n3.join(" ");
        })).join(", ");
        if (c2.push(l2), u2) switch (c2.push("ON"), n2) {
          case "priv":
            c2.push(w(u2.object_type), u2.priv_level.map((function(r3) {
              return [d(r3.prefix), d(r3.name)].filter(m).join(".");
            })).join(", "));
            break;
          case "proxy":
            c2.push(Rr(u2));
        }
        return c2.push(h(a2), s2.map(Rr).join(", ")), c2.push(w(i2)), c2.filter(m).join(" ");
      }
      function Mr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Dr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return Dr(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Dr(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function Dr(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Pr(r2) {
        if (r2) {
          var t2 = r2.constraint, e2 = r2.constraint_type, n2 = r2.enforced, o2 = r2.index, u2 = r2.keyword, a2 = r2.reference_definition, i2 = r2.for, c2 = r2.with_values, l2 = [], f2 = p().database;
          l2.push(h(u2)), l2.push(d(t2));
          var b2 = h(e2);
          return "sqlite" === f2.toLowerCase() && "UNIQUE KEY" === b2 && (b2 = "UNIQUE"), l2.push(b2), l2.push("sqlite" !== f2.toLowerCase() && d(o2)), l2.push.apply(l2, Mr(M(r2))), l2.push.apply(l2, Mr(_t(a2))), l2.push(h(n2)), l2.push(s("FOR", d, i2)), l2.push(w(c2)), l2.filter(m).join(" ");
        }
      }
      function Fr(r2) {
        if (r2) {
          var t2 = r2.type;
          return "rows" === t2 ? [h(t2), lt(r2.expr)].filter(m).join(" ") : lt(r2);
        }
      }
      function Hr(r2) {
        if ("string" == typeof r2) return r2;
        var t2 = r2.window_specification;
        return "(".concat((function(r3) {
          var t3 = r3.name, e2 = r3.partitionby, n2 = r3.orderby, o2 = r3.window_frame_clause;
          return [t3, pt(e2, "partition by"), pt(n2, "order by"), Fr(o2)].filter(m).join(" ");
        })(t2), ")");
      }
      function $r(r2) {
        var t2 = r2.name, e2 = r2.as_window_specification;
        return "".concat(t2, " AS ").concat(Hr(e2));
      }
      function Gr(r2) {
        if (r2) {
          var t2 = r2.as_window_specification, e2 = r2.expr, n2 = r2.keyword, o2 = r2.type, u2 = r2.parentheses, a2 = h(o2);
          if ("WINDOW" === a2) return "OVER ".concat(Hr(t2));
          if ("ON UPDATE" === a2) {
            var s2 = "".concat(h(o2), " ").concat(h(n2)), i2 = lt(e2) || [];
            return u2 && (s2 = "".concat(s2, "(").concat(i2.join(", "), ")")), s2;
          }
          if (r2.partitionby) return ["OVER", "(".concat(pt(r2.partitionby, "partition by")), "".concat(pt(r2.orderby, "order by"), ")")].filter(m).join(" ");
          throw new Error("unknown over type");
        }
      }
      function Wr(r2) {
        if (!r2 || !r2.array) return "";
        var t2 = r2.array.keyword;
        if (t2) return h(t2);
        for (var e2 = r2.array, n2 = e2.dimension, o2 = e2.length, u2 = [], a2 = 0; a2 < n2; a2++) u2.push("["), o2 && o2[a2] && u2.push(w(o2[a2])), u2.push("]");
        return u2.join("");
      }
      function Yr(r2) {
        for (var t2 = r2.target, e2 = r2.expr, n2 = r2.keyword, o2 = r2.symbol, u2 = r2.as, a2 = r2.offset, s2 = r2.parentheses, i2 = r2.collate, c2 = Ct({ expr: e2, offset: a2 }), l2 = [], f2 = 0, p2 = t2.length; f2 < p2; ++f2) {
          var b2 = t2[f2], v2 = b2.angle_brackets, y2 = b2.length, L2 = b2.dataType, C2 = b2.parentheses, A2 = b2.quoted, E2 = b2.scale, g2 = b2.suffix, _2 = b2.expr, j2 = _2 ? lt(_2) : "";
          null != y2 && (j2 = E2 ? "".concat(y2, ", ").concat(E2) : y2), C2 && (j2 = "(".concat(j2, ")")), v2 && (j2 = "<".concat(j2, ">")), g2 && g2.length && (j2 += " ".concat(g2.map(w).join(" ")));
          var T2 = "::", S2 = "", x2 = [];
          "as" === o2 && (0 === f2 && (c2 = "".concat(h(n2), "(").concat(c2)), S2 = ")", T2 = " ".concat(o2.toUpperCase(), " ")), 0 === f2 && x2.push(c2);
          var k2 = Wr(b2);
          x2.push(T2, A2, L2, A2, k2, j2, S2), l2.push(x2.filter(m).join(""));
        }
        var I2 = bt(i2);
        u2 && l2.push(" AS ".concat(d(u2)));
        var O2 = [l2.filter(m).join(""), I2].filter(m).join(" ");
        return s2 ? "(".concat(O2, ")") : O2;
      }
      function qr(r2) {
        var t2 = r2.args, e2 = r2.array_index, n2 = r2.collate, o2 = r2.name, u2 = r2.args_parentheses, a2 = r2.parentheses, s2 = r2.within_group, i2 = r2.over, c2 = r2.suffix, l2 = Gr(i2), f2 = (function(r3) {
          if (!r3) return "";
          var t3 = r3.type, e3 = r3.keyword, n3 = r3.orderby;
          return [h(t3), h(e3), "(".concat(pt(n3, "order by"), ")")].filter(m).join(" ");
        })(s2), p2 = lt(c2), b2 = bt(n2), v2 = [w(o2.schema), o2.name.map(w).join(".")].filter(m).join(".");
        if (!t2) return [v2, b2, f2, l2].filter(m).join(" ");
        var y2 = r2.separator || ", ", d2 = 0;
        if ("TRIM" === h(v2)) for (var L2 = 0, C2 = t2.value.length; L2 < C2; ++L2) {
          var A2 = t2.value[L2];
          if ("origin" === A2.type && "from" === A2.value) {
            d2 = L2;
            break;
          }
        }
        var E2 = [v2];
        E2.push(false === u2 ? " " : "(");
        var g2 = lt(t2);
        if (Array.isArray(y2)) {
          for (var _2 = g2[0], j2 = 1, T2 = g2.length; j2 < T2; ++j2) _2 = [_2, g2[j2]].join(" ".concat(lt(y2[j2 - 1]), " "));
          E2.push(_2);
        } else "TRIM" === h(v2) && d2 > 0 ? E2.push([g2.slice(0, d2 + 1).join(" "), g2.slice(d2 + 1).join(", ")].join(" ")) : E2.push(g2.join(y2));
        return false !== u2 && E2.push(")"), E2.push(At(e2)), E2 = [E2.join(""), p2, b2].filter(m).join(" "), [a2 ? "(".concat(E2, ")") : E2, f2, l2].filter(m).join(" ");
      }
      function Br(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Xr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || Vr(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function Vr(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return Xr(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Xr(r2, t2) : void 0;
        }
      }
      function Xr(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Qr(r2) {
        if (!r2) return [];
        var t2, e2, n2, o2, u2 = r2.resource;
        switch (u2) {
          case "column":
            return St(r2);
          case "index":
            return e2 = [], n2 = (t2 = r2).keyword, o2 = t2.index, e2.push(h(n2)), e2.push(o2), e2.push.apply(e2, I(M(t2))), e2.filter(m).join(" ");
          case "constraint":
            return Pr(r2);
          case "sequence":
            return [h(r2.prefix), lt(r2.value)].filter(m).join(" ");
          default:
            throw new Error("unknown resource = ".concat(u2, " type"));
        }
      }
      function Kr(r2) {
        var t2 = [];
        switch (r2.keyword) {
          case "from":
            t2.push("FROM", "(".concat(w(r2.from), ")"), "TO", "(".concat(w(r2.to), ")"));
            break;
          case "in":
            t2.push("IN", "(".concat(lt(r2.in), ")"));
            break;
          case "with":
            t2.push("WITH", "(MODULUS ".concat(w(r2.modulus), ", REMAINDER ").concat(w(r2.remainder), ")"));
        }
        return t2.filter(m).join(" ");
      }
      function zr(r2) {
        var t2 = r2.keyword, e2 = r2.table, n2 = r2.for_values, o2 = r2.tablespace, u2 = [h(t2), Lr(e2), h(n2.keyword), Kr(n2.expr)];
        return o2 && u2.push("TABLESPACE", w(o2)), u2.filter(m).join(" ");
      }
      function Jr(r2) {
        return r2.dataType ? E(r2) : [d(r2.db), d(r2.schema), d(r2.table)].filter(m).join(".");
      }
      function Zr(r2) {
        var t2 = r2.type;
        switch (t2) {
          case "as":
            return [h(t2), r2.symbol, or(r2.declare), h(r2.begin), ur(r2.expr), h(r2.end), r2.symbol].filter(m).join(" ");
          case "set":
            return [h(t2), r2.parameter, h(r2.value && r2.value.prefix), r2.value && r2.value.expr.map(lt).join(", ")].filter(m).join(" ");
          case "return":
            return [h(t2), lt(r2.expr)].filter(m).join(" ");
          default:
            return lt(r2);
        }
      }
      function rt(r2) {
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value, o2 = [h(t2), e2];
        switch (h(t2)) {
          case "SFUNC":
            o2.push([d(n2.schema), n2.name].filter(m).join("."));
            break;
          case "STYPE":
          case "MSTYPE":
            o2.push(E(n2));
            break;
          default:
            o2.push(lt(n2));
        }
        return o2.filter(m).join(" ");
      }
      function tt(r2, t2) {
        switch (r2) {
          case "add":
            var e2 = t2.map((function(r3) {
              var t3 = r3.name, e3 = r3.value;
              return ["PARTITION", w(t3), "VALUES", h(e3.type), "(".concat(w(e3.expr), ")")].join(" ");
            })).join(", ");
            return "(".concat(e2, ")");
          default:
            return Ot(t2);
        }
      }
      function et(r2) {
        if (!r2) return "";
        var t2 = r2.action, e2 = r2.create_definitions, n2 = r2.if_not_exists, o2 = r2.keyword, u2 = r2.if_exists, a2 = r2.old_column, s2 = r2.prefix, i2 = r2.resource, c2 = r2.symbol, l2 = r2.suffix, f2 = "", p2 = [];
        switch (i2) {
          case "column":
            p2 = [St(r2)];
            break;
          case "index":
            p2 = M(r2), f2 = r2[i2];
            break;
          case "table":
          case "schema":
            f2 = d(r2[i2]);
            break;
          case "aggregate":
          case "function":
          case "domain":
          case "type":
            f2 = d(r2[i2]);
            break;
          case "algorithm":
          case "lock":
          case "table-option":
            f2 = [c2, h(r2[i2])].filter(m).join(" ");
            break;
          case "constraint":
            f2 = d(r2[i2]), p2 = [Qr(e2)];
            break;
          case "partition":
            p2 = [tt(t2, r2.partitions)];
            break;
          case "key":
            f2 = d(r2[i2]);
            break;
          default:
            f2 = [c2, r2[i2]].filter((function(r3) {
              return null !== r3;
            })).join(" ");
        }
        var b2 = [h(t2), h(o2), h(n2), h(u2), a2 && Et(a2), h(s2), f2 && f2.trim(), p2.filter(m).join(" ")];
        return l2 && b2.push(h(l2.keyword), l2.expr && Et(l2.expr)), b2.filter(m).join(" ");
      }
      function nt(r2) {
        var t2 = r2.default && [h(r2.default.keyword), lt(r2.default.value)].join(" ");
        return [h(r2.mode), r2.name, E(r2.type), t2].filter(m).join(" ");
      }
      function ot(r2) {
        return (ot = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function ut(r2) {
        var t2 = r2.expr_list;
        switch (h(r2.type)) {
          case "STRUCT":
          case "ROW":
            return "(".concat(Ot(t2), ")");
          case "ARRAY":
            return (function(r3) {
              var t3 = r3.array_path, e2 = r3.brackets, n2 = r3.expr_list, o2 = r3.parentheses;
              if (!n2) return "[".concat(Ot(t3), "]");
              var u2 = Array.isArray(n2) ? n2.map((function(r4) {
                return "(".concat(Ot(r4), ")");
              })).filter(m).join(", ") : lt(n2);
              return e2 ? "[".concat(u2, "]") : o2 ? "(".concat(u2, ")") : u2;
            })(r2);
          default:
            return "";
        }
      }
      function at(r2) {
        var t2 = r2.definition, e2 = r2.keyword, n2 = r2.orderby, o2 = r2.limit, u2 = [h(e2)];
        return t2 && "object" === ot(t2) && (u2.length = 0, u2.push(g(t2))), u2.push(ut(r2), pt(n2, "order by"), W(o2)), u2.filter(m).join("");
      }
      function st(r2) {
        return (st = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var it = { alter: et, aggr_func: function(r2) {
        var t2 = r2.args, e2 = r2.filter, n2 = r2.over, o2 = r2.within_group_orderby, u2 = lt(t2.expr);
        u2 = Array.isArray(u2) ? u2.join(", ") : u2;
        var a2 = r2.name, s2 = Gr(n2);
        t2.distinct && (u2 = ["DISTINCT", u2].join(" ")), t2.separator && t2.separator.delimiter && (u2 = [u2, w(t2.separator.delimiter)].join("".concat(t2.separator.symbol, " "))), t2.separator && t2.separator.expr && (u2 = [u2, lt(t2.separator.expr)].join(" ")), t2.orderby && (u2 = [u2, pt(t2.orderby, "order by")].join(" ")), t2.separator && t2.separator.value && (u2 = [u2, h(t2.separator.keyword), w(t2.separator.value)].filter(m).join(" "));
        var i2 = o2 ? "WITHIN GROUP (".concat(pt(o2, "order by"), ")") : "", c2 = e2 ? "FILTER (WHERE ".concat(lt(e2.where), ")") : "";
        return ["".concat(a2, "(").concat(u2, ")"), i2, s2, c2].filter(m).join(" ");
      }, any_value: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = r2.over, o2 = t2.expr, u2 = t2.having, a2 = "".concat(h(e2), "(").concat(lt(o2));
        return u2 && (a2 = "".concat(a2, " HAVING ").concat(h(u2.prefix), " ").concat(lt(u2.expr))), [a2 = "".concat(a2, ")"), Gr(n2)].filter(m).join(" ");
      }, window_func: function(r2) {
        var t2 = r2.over;
        return [(function(r3) {
          var t3 = r3.args, e2 = r3.name, n2 = r3.consider_nulls, o2 = void 0 === n2 ? "" : n2, u2 = r3.separator, a2 = void 0 === u2 ? ", " : u2;
          return [e2, "(", t3 ? lt(t3).join(a2) : "", ")", o2 && " ", o2].filter(m).join("");
        })(r2), Gr(t2)].filter(m).join(" ");
      }, array: at, assign: tr, binary_expr: D, case: function(r2) {
        var t2 = ["CASE"], e2 = r2.args, n2 = r2.expr, o2 = r2.parentheses;
        n2 && t2.push(lt(n2));
        for (var u2 = 0, a2 = e2.length; u2 < a2; ++u2) t2.push(e2[u2].type.toUpperCase()), e2[u2].cond && (t2.push(lt(e2[u2].cond)), t2.push("THEN")), t2.push(lt(e2[u2].result));
        return t2.push("END"), o2 ? "(".concat(t2.join(" "), ")") : t2.join(" ");
      }, cast: Yr, collate: bt, column_ref: Et, column_definition: St, datatype: E, extract: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = t2.field, o2 = t2.cast_type, u2 = t2.source, a2 = ["".concat(h(e2), "(").concat(h(n2)), "FROM", h(o2), lt(u2)];
        return "".concat(a2.filter(m).join(" "), ")");
      }, flatten: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = ["input", "path", "outer", "recursive", "mode"].map((function(r3) {
          return (function(r4) {
            if (!r4) return "";
            var t3 = r4.type, e3 = r4.symbol, n3 = r4.value;
            return [h(t3), e3, lt(n3)].filter(m).join(" ");
          })(t2[r3]);
        })).filter(m).join(", ");
        return "".concat(h(e2), "(").concat(n2, ")");
      }, fulltext_search: function(r2) {
        var t2 = r2.against, e2 = r2.as, n2 = r2.columns, o2 = r2.match, u2 = r2.mode, a2 = [h(o2), "(".concat(n2.map((function(r3) {
          return Et(r3);
        })).join(", "), ")")].join(" "), s2 = [h(t2), ["(", lt(r2.expr), u2 && " ".concat(w(u2)), ")"].filter(m).join("")].join(" ");
        return [a2, s2, xt(e2)].filter(m).join(" ");
      }, function: qr, lambda: function(r2) {
        var t2 = r2.args, e2 = r2.expr, n2 = t2.value, o2 = t2.parentheses, u2 = n2.map(lt).join(", ");
        return [o2 ? "(".concat(u2, ")") : u2, "->", lt(e2)].join(" ");
      }, load_data: rr, insert: or, interval: pr, json: function(r2) {
        var t2 = r2.keyword, e2 = r2.expr_list;
        return [h(t2), e2.map((function(r3) {
          return lt(r3);
        })).join(", ")].join(" ");
      }, json_object_arg: function(r2) {
        var t2 = r2.expr, e2 = t2.key, n2 = t2.value, o2 = t2.on, u2 = [lt(e2), "VALUE", lt(n2)];
        return o2 && u2.push("ON", "NULL", lt(o2)), u2.filter(m).join(" ");
      }, json_visitor: function(r2) {
        return [r2.symbol, lt(r2.expr)].join("");
      }, func_arg: function(r2) {
        var t2 = r2.value;
        return [t2.name, t2.symbol, lt(t2.expr)].filter(m).join(" ");
      }, show: er, struct: at, tablefunc: function(r2) {
        var t2 = r2.as, e2 = r2.name, n2 = r2.args, o2 = [w(e2.schema), e2.name.map(w).join(".")].filter(m).join(".");
        return ["".concat(o2, "(").concat(lt(n2).join(", "), ")"), "AS", qr(t2)].join(" ");
      }, tables: Cr, unnest: yr, values: ar, window: function(r2) {
        return r2.expr.map($r).join(", ");
      } };
      function ct(r2) {
        var t2 = r2.prefix, e2 = void 0 === t2 ? "@" : t2, n2 = r2.name, o2 = r2.members, u2 = r2.quoted, a2 = r2.suffix, s2 = [], i2 = o2 && o2.length > 0 ? "".concat(n2, ".").concat(o2.join(".")) : n2, c2 = "".concat(e2 || "").concat(i2);
        return a2 && (c2 += a2), s2.push(c2), [u2, s2.join(" "), u2].filter(m).join("");
      }
      function lt(r2) {
        if (r2) {
          var t2 = r2;
          if (r2.ast) {
            var e2 = t2.ast;
            Reflect.deleteProperty(t2, e2);
            for (var n2 = 0, o2 = Object.keys(e2); n2 < o2.length; n2++) {
              var u2 = o2[n2];
              t2[u2] = e2[u2];
            }
          }
          var a2 = t2.type;
          return "expr" === a2 ? lt(t2.expr) : it[a2] ? it[a2](t2) : w(t2);
        }
      }
      function ft(r2) {
        return r2 ? (Array.isArray(r2) || (r2 = [r2]), r2.map(lt)) : [];
      }
      function pt(r2, t2) {
        if (!Array.isArray(r2)) return "";
        var e2 = [], n2 = h(t2);
        switch (n2) {
          case "ORDER BY":
            e2 = r2.map((function(r3) {
              return [lt(r3.expr), r3.type || "ASC", h(r3.nulls)].filter(m).join(" ");
            }));
            break;
          case "PARTITION BY":
          default:
            e2 = r2.map((function(r3) {
              return lt(r3.expr);
            }));
        }
        return i(n2, e2.join(", "));
      }
      function bt(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.collate, n2 = e2.name, o2 = e2.symbol, u2 = e2.value, a2 = [h(t2)];
          return u2 || a2.push(o2), a2.push(Array.isArray(n2) ? n2.map(w).join(".") : w(n2)), u2 && a2.push(o2), a2.push(lt(u2)), a2.filter(m).join(" ");
        }
      }
      function vt(r2) {
        return (vt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function yt(r2, t2) {
        var e2 = Object.keys(r2);
        if (Object.getOwnPropertySymbols) {
          var n2 = Object.getOwnPropertySymbols(r2);
          t2 && (n2 = n2.filter((function(t3) {
            return Object.getOwnPropertyDescriptor(r2, t3).enumerable;
          }))), e2.push.apply(e2, n2);
        }
        return e2;
      }
      function dt(r2) {
        for (var t2 = 1; t2 < arguments.length; t2++) {
          var e2 = null != arguments[t2] ? arguments[t2] : {};
          t2 % 2 ? yt(Object(e2), true).forEach((function(t3) {
            ht(r2, t3, e2[t3]);
          })) : Object.getOwnPropertyDescriptors ? Object.defineProperties(r2, Object.getOwnPropertyDescriptors(e2)) : yt(Object(e2)).forEach((function(t3) {
            Object.defineProperty(r2, t3, Object.getOwnPropertyDescriptor(e2, t3));
          }));
        }
        return r2;
      }
      function ht(r2, t2, e2) {
        return (t2 = (function(r3) {
          var t3 = (function(r4, t4) {
            if ("object" != vt(r4) || !r4) return r4;
            var e3 = r4[Symbol.toPrimitive];
            if (void 0 !== e3) {
              var n2 = e3.call(r4, t4 || "default");
              if ("object" != vt(n2)) return n2;
              throw new TypeError("@@toPrimitive must return a primitive value.");
            }
            return ("string" === t4 ? String : Number)(r4);
          })(r3, "string");
          return "symbol" == vt(t3) ? t3 : t3 + "";
        })(t2)) in r2 ? Object.defineProperty(r2, t2, { value: e2, enumerable: true, configurable: true, writable: true }) : r2[t2] = e2, r2;
      }
      function mt(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Lt(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || wt(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function wt(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return Lt(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Lt(r2, t2) : void 0;
        }
      }
      function Lt(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Ct(r2, t2) {
        if ("string" == typeof r2) return d(r2, t2);
        var e2 = r2.expr, n2 = r2.offset, o2 = r2.suffix, u2 = n2 && n2.map((function(r3) {
          return ["[", r3.name, "".concat(r3.name ? "(" : ""), w(r3.value), "".concat(r3.name ? ")" : ""), "]"].filter(m).join("");
        })).join("");
        return [lt(e2), u2, o2].filter(m).join("");
      }
      function At(r2) {
        if (!r2 || 0 === r2.length) return "";
        var t2, e2 = [], n2 = (function(r3, t3) {
          var e3 = "undefined" != typeof Symbol && r3[Symbol.iterator] || r3["@@iterator"];
          if (!e3) {
            if (Array.isArray(r3) || (e3 = wt(r3)) || t3 && r3 && "number" == typeof r3.length) {
              e3 && (r3 = e3);
              var n3 = 0, o3 = function() {
              };
              return { s: o3, n: function() {
                return n3 >= r3.length ? { done: true } : { done: false, value: r3[n3++] };
              }, e: function(r4) {
                throw r4;
              }, f: o3 };
            }
            throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
          }
          var u3, a2 = true, s2 = false;
          return { s: function() {
            e3 = e3.call(r3);
          }, n: function() {
            var r4 = e3.next();
            return a2 = r4.done, r4;
          }, e: function(r4) {
            s2 = true, u3 = r4;
          }, f: function() {
            try {
              a2 || null == e3.return || e3.return();
            } finally {
              if (s2) throw u3;
            }
          } };
        })(r2);
        try {
          for (n2.s(); !(t2 = n2.n()).done; ) {
            var o2 = t2.value, u2 = o2.brackets ? "[".concat(lt(o2.index), "]") : "".concat(o2.notation).concat(lt(o2.index));
            o2.property && (u2 = "".concat(u2, ".").concat(w(o2.property))), e2.push(u2);
          }
        } catch (r3) {
          n2.e(r3);
        } finally {
          n2.f();
        }
        return e2.join("");
      }
      function Et(r2) {
        var t2 = r2.array_index, e2 = r2.as, n2 = r2.column, o2 = r2.collate, u2 = r2.db, a2 = r2.isDual, i2 = r2.notations, c2 = void 0 === i2 ? [] : i2, l2 = r2.options, f2 = r2.schema, p2 = r2.table, b2 = r2.parentheses, v2 = r2.suffix, y2 = r2.order_by, w2 = r2.subFields, L2 = void 0 === w2 ? [] : w2, C2 = "*" === n2 ? "*" : Ct(n2, a2), A2 = [u2, f2, p2].filter(m).map((function(r3) {
          return "".concat("string" == typeof r3 ? d(r3) : lt(r3));
        })), E2 = A2[0];
        if (E2) {
          for (var g2 = 1; g2 < A2.length; ++g2) E2 = "".concat(E2).concat(c2[g2] || ".").concat(A2[g2]);
          C2 = "".concat(E2).concat(c2[g2] || ".").concat(C2);
        }
        var _2 = [C2 = ["".concat(C2).concat(At(t2))].concat(mt(L2)).join("."), bt(o2), lt(l2), s("AS", lt, e2)];
        _2.push("string" == typeof v2 ? h(v2) : lt(v2)), _2.push(h(y2));
        var j2 = _2.filter(m).join(" ");
        return b2 ? "(".concat(j2, ")") : j2;
      }
      function gt(r2) {
        if (r2) {
          var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.suffix, u2 = r2.scale, a2 = r2.expr, s2 = E({ schema: t2, dataType: e2, length: n2, suffix: o2, scale: u2, parentheses: null != n2 });
          if (a2 && (s2 += lt(a2)), r2.array) {
            var i2 = Wr(r2);
            s2 += [/^\[.*\]$/.test(i2) ? "" : " ", i2].join("");
          }
          return s2;
        }
      }
      function _t(r2) {
        var t2 = [];
        if (!r2) return t2;
        var e2 = r2.definition, n2 = r2.keyword, o2 = r2.match, u2 = r2.table, a2 = r2.on_action;
        return t2.push(h(n2)), t2.push(Cr(u2)), t2.push(e2 && "(".concat(e2.map((function(r3) {
          return lt(r3);
        })).join(", "), ")")), t2.push(h(o2)), a2.map((function(r3) {
          return t2.push(h(r3.type), lt(r3.value));
        })), t2.filter(m);
      }
      function jt(r2) {
        var t2 = [], e2 = r2.nullable, n2 = r2.character_set, o2 = r2.check, u2 = r2.comment, a2 = r2.constraint, i2 = r2.collate, c2 = r2.storage, l2 = r2.using, f2 = r2.default_val, b2 = r2.generated, v2 = r2.auto_increment, y2 = r2.unique, d2 = r2.primary_key, C2 = r2.column_format, A2 = r2.reference_definition, E2 = r2.generated_by_default, g2 = [h(e2 && e2.action), h(e2 && e2.value)].filter(m).join(" ");
        if (b2 || t2.push(g2), f2) {
          var j2 = f2.type, T2 = f2.value;
          t2.push(j2.toUpperCase(), lt(T2));
        }
        var S2 = p().database;
        return a2 && t2.push(h(a2.keyword), w(a2.constraint)), t2.push(Pr(o2)), t2.push((function(r3) {
          if (r3) return [h(r3.value), "(".concat(lt(r3.expr), ")"), h(r3.storage_type)].filter(m).join(" ");
        })(b2)), b2 && t2.push(g2), t2.push(x(v2), h(d2), h(y2), w(E2), _(u2)), t2.push.apply(t2, mt(L(n2))), "sqlite" !== S2.toLowerCase() && t2.push(lt(i2)), t2.push.apply(t2, mt(L(C2))), t2.push.apply(t2, mt(L(c2))), t2.push.apply(t2, mt(_t(A2))), t2.push(s("USING", lt, l2)), t2.filter(m).join(" ");
      }
      function Tt(r2) {
        var t2 = r2.order_by, e2 = r2.column, n2 = r2.collate, o2 = r2.nulls, u2 = r2.opclass, a2 = "string" == typeof e2 ? { type: "column_ref", table: r2.table, column: e2 } : dt(dt({}, r2), {}, { order_by: null });
        return a2.collate = null, [lt(a2), lt(n2), u2, h(t2), h(o2)].filter(m).join(" ");
      }
      function St(r2) {
        var t2 = [], e2 = Et(r2.column), n2 = gt(r2.definition);
        return t2.push(e2), t2.push(n2), t2.push(jt(r2)), t2.filter(m).join(" ");
      }
      function xt(r2) {
        return r2 ? "object" === vt(r2) ? ["AS", lt(r2)].join(" ") : ["AS", /^(`?)[a-z_][0-9a-z_]*(`?)$/i.test(r2) ? d(r2) : y(r2)].join(" ") : "";
      }
      function kt(r2, t2) {
        var e2 = r2.expr, n2 = r2.type;
        if ("cast" === n2) return Yr(r2);
        t2 && (e2.isDual = t2);
        var o2 = lt(e2), u2 = r2.expr_list;
        if (u2) {
          var a2 = [o2], s2 = u2.map((function(r3) {
            return kt(r3, t2);
          })).join(", ");
          return a2.push([h(n2), n2 && "(", s2, n2 && ")"].filter(m).join("")), a2.filter(m).join(" ");
        }
        return e2.parentheses && Reflect.has(e2, "array_index") && "cast" !== e2.type && (o2 = "(".concat(o2, ")")), e2.array_index && "column_ref" !== e2.type && "function" !== e2.type && (o2 = "".concat(o2).concat(At(e2.array_index))), [o2, xt(r2.as)].filter(m).join(" ");
      }
      function It(r2) {
        var t2 = Array.isArray(r2) && r2[0];
        return !(!t2 || "dual" !== t2.type);
      }
      function Ot(r2, t2) {
        if (!r2 || "*" === r2) return r2;
        var e2 = It(t2);
        return r2.map((function(r3) {
          return kt(r3, e2);
        })).join(", ");
      }
      it.var = ct, it.expr_list = function(r2) {
        var t2 = ft(r2.value), e2 = r2.parentheses, n2 = r2.separator;
        if (!e2 && !n2) return t2;
        var o2 = n2 || ", ", u2 = t2.join(o2);
        return e2 ? "(".concat(u2, ")") : u2;
      }, it.select = function(r2) {
        var t2 = "object" === st(r2._next) ? or(r2) : B(r2);
        return r2.parentheses ? "(".concat(t2, ")") : t2;
      }, it.unary_expr = function(r2) {
        var t2 = r2.operator, e2 = r2.parentheses, n2 = r2.expr, o2 = "-" === t2 || "+" === t2 || "~" === t2 || "!" === t2 ? "" : " ", u2 = "".concat(t2).concat(o2).concat(lt(n2));
        return e2 ? "(".concat(u2, ")") : u2;
      }, it.map_object = function(r2) {
        var t2 = r2.keyword, e2 = r2.expr.map((function(r3) {
          return [w(r3.key), w(r3.value)].join(", ");
        })).join(", ");
        return [h(t2), "[".concat(e2, "]")].join("");
      };
      var Nt = e(0);
      function Rt(r2) {
        return (Rt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var Ut, Mt, Dt, Pt = (Ut = {}, Mt = "bigquery", Dt = Nt.parse, (Mt = (function(r2) {
        var t2 = (function(r3, t3) {
          if ("object" != Rt(r3) || !r3) return r3;
          var e2 = r3[Symbol.toPrimitive];
          if (void 0 !== e2) {
            var n2 = e2.call(r3, t3 || "default");
            if ("object" != Rt(n2)) return n2;
            throw new TypeError("@@toPrimitive must return a primitive value.");
          }
          return ("string" === t3 ? String : Number)(r3);
        })(r2, "string");
        return "symbol" == Rt(t2) ? t2 : t2 + "";
      })(Mt)) in Ut ? Object.defineProperty(Ut, Mt, { value: Dt, enumerable: true, configurable: true, writable: true }) : Ut[Mt] = Dt, Ut);
      function Ft(r2) {
        return (Ft = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function Ht(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = (function(r3, t3) {
            if (r3) {
              if ("string" == typeof r3) return $t(r3, t3);
              var e3 = {}.toString.call(r3).slice(8, -1);
              return "Object" === e3 && r3.constructor && (e3 = r3.constructor.name), "Map" === e3 || "Set" === e3 ? Array.from(r3) : "Arguments" === e3 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e3) ? $t(r3, t3) : void 0;
            }
          })(r2)) || t2 && r2 && "number" == typeof r2.length) {
            e2 && (r2 = e2);
            var n2 = 0, o2 = function() {
            };
            return { s: o2, n: function() {
              return n2 >= r2.length ? { done: true } : { done: false, value: r2[n2++] };
            }, e: function(r3) {
              throw r3;
            }, f: o2 };
          }
          throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        }
        var u2, a2 = true, s2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return a2 = r3.done, r3;
        }, e: function(r3) {
          s2 = true, u2 = r3;
        }, f: function() {
          try {
            a2 || null == e2.return || e2.return();
          } finally {
            if (s2) throw u2;
          }
        } };
      }
      function $t(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Gt(r2, t2) {
        for (var e2 = 0; e2 < t2.length; e2++) {
          var n2 = t2[e2];
          n2.enumerable = n2.enumerable || false, n2.configurable = true, "value" in n2 && (n2.writable = true), Object.defineProperty(r2, Wt(n2.key), n2);
        }
      }
      function Wt(r2) {
        var t2 = (function(r3, t3) {
          if ("object" != Ft(r3) || !r3) return r3;
          var e2 = r3[Symbol.toPrimitive];
          if (void 0 !== e2) {
            var n2 = e2.call(r3, t3 || "default");
            if ("object" != Ft(n2)) return n2;
            throw new TypeError("@@toPrimitive must return a primitive value.");
          }
          return ("string" === t3 ? String : Number)(r3);
        })(r2, "string");
        return "symbol" == Ft(t2) ? t2 : t2 + "";
      }
      var Yt = (function() {
        return (function(r2, t2, e2) {
          return t2 && Gt(r2.prototype, t2), e2 && Gt(r2, e2), Object.defineProperty(r2, "prototype", { writable: false }), r2;
        })((function r2() {
          !(function(r3, t2) {
            if (!(r3 instanceof t2)) throw new TypeError("Cannot call a class as a function");
          })(this, r2);
        }), [{ key: "astify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u, e2 = this.parse(r2, t2);
          return e2 && e2.ast;
        } }, { key: "sqlify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u;
          return b(t2), jr(r2);
        } }, { key: "exprToSQL", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u;
          return b(t2), lt(r2);
        } }, { key: "columnsToSQL", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : u;
          if (b(e2), !r2 || "*" === r2) return [];
          var n2 = It(t2);
          return r2.map((function(r3) {
            return kt(r3, n2);
          }));
        } }, { key: "parse", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u, e2 = t2.database, n2 = void 0 === e2 ? "bigquery" : e2;
          b(t2);
          var o2 = n2.toLowerCase();
          if (Pt[o2]) return Pt[o2](false === t2.trimQuery ? r2 : r2.trim(), t2.parseOptions || u.parseOptions);
          throw new Error("".concat(n2, " is not supported currently"));
        } }, { key: "whiteListCheck", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : u;
          if (t2 && 0 !== t2.length) {
            var n2 = e2.type, o2 = void 0 === n2 ? "table" : n2;
            if (!this["".concat(o2, "List")] || "function" != typeof this["".concat(o2, "List")]) throw new Error("".concat(o2, " is not valid check mode"));
            var a2, s2 = this["".concat(o2, "List")].bind(this), i2 = s2(r2, e2), c2 = true, l2 = "", f2 = Ht(i2);
            try {
              for (f2.s(); !(a2 = f2.n()).done; ) {
                var p2, b2 = a2.value, v2 = false, y2 = Ht(t2);
                try {
                  for (y2.s(); !(p2 = y2.n()).done; ) {
                    var d2 = p2.value, h2 = new RegExp("^".concat(d2, "$"), "i");
                    if (h2.test(b2)) {
                      v2 = true;
                      break;
                    }
                  }
                } catch (r3) {
                  y2.e(r3);
                } finally {
                  y2.f();
                }
                if (!v2) {
                  l2 = b2, c2 = false;
                  break;
                }
              }
            } catch (r3) {
              f2.e(r3);
            } finally {
              f2.f();
            }
            if (!c2) throw new Error("authority = '".concat(l2, "' is required in ").concat(o2, " whiteList to execute SQL = '").concat(r2, "'"));
          }
        } }, { key: "tableList", value: function(r2, t2) {
          var e2 = this.parse(r2, t2);
          return e2 && e2.tableList;
        } }, { key: "columnList", value: function(r2, t2) {
          var e2 = this.parse(r2, t2);
          return e2 && e2.columnList;
        } }]);
      })();
      function qt(r2) {
        return (qt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      "object" === ("undefined" == typeof self ? "undefined" : qt(self)) && self && (self.NodeSQLParser = { Parser: Yt, util: n }), "undefined" == typeof global && "object" === ("undefined" == typeof window ? "undefined" : qt(window)) && window && (window.global = window), "object" === ("undefined" == typeof global ? "undefined" : qt(global)) && global && global.window && (global.window.NodeSQLParser = { Parser: Yt, util: n });
    }]));
  }
});
export default require_bigquery();
