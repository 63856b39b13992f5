import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  require_BigInteger
} from "./chunk-HH7QAQAU.js";
import {
  __commonJS
} from "./chunk-AUHH7KO2.js";

// node_modules/node-sql-parser/build/athena.js
var require_athena = __commonJS({
  "node_modules/node-sql-parser/build/athena.js"(exports) {
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
        var e2, u = {}, a = { start: du }, s = du, i = function(r3, t3) {
          return Tc(r3, t3, 1);
        }, c = lu("IF", true), l = function(r3, t3) {
          return Tc(r3, t3);
        }, f = lu("AUTO_INCREMENT", true), p = lu("UNIQUE", true), v = lu("KEY", true), b = lu("PRIMARY", true), y = lu("COLUMN_FORMAT", true), d = lu("FIXED", true), h = lu("DYNAMIC", true), m = lu("DEFAULT", true), w = lu("STORAGE", true), L = lu("DISK", true), C = lu("MEMORY", true), A = lu("ALGORITHM", true), E = lu("INSTANT", true), g = lu("INPLACE", true), j = lu("COPY", true), _ = lu("LOCK", true), T = lu("NONE", true), S = lu("SHARED", true), x = lu("EXCLUSIVE", true), I = lu("PRIMARY KEY", true), k = lu("FOREIGN KEY", true), N = lu("MATCH FULL", true), O = lu("MATCH PARTIAL", true), R = lu("MATCH SIMPLE", true), U = lu("RESTRICT", true), M = lu("CASCADE", true), D = lu("SET NULL", true), P = lu("NO ACTION", true), F = lu("SET DEFAULT", true), H = lu("CHARACTER", true), $ = lu("SET", true), W = lu("CHARSET", true), q = lu("COLLATE", true), G = lu("AVG_ROW_LENGTH", true), B = lu("KEY_BLOCK_SIZE", true), Y = lu("MAX_ROWS", true), V = lu("MIN_ROWS", true), Q = lu("STATS_SAMPLE_PAGES", true), X = lu("CONNECTION", true), K = lu("COMPRESSION", true), z = lu("'", false), Z = lu("ZLIB", true), J = lu("LZ4", true), rr = lu("ENGINE", true), tr = lu("READ", true), er = lu("LOCAL", true), nr = lu("LOW_PRIORITY", true), or = lu("WRITE", true), ur = function(r3, t3) {
          return Tc(r3, t3);
        }, ar = lu("(", false), sr = lu(")", false), ir = lu(".", false), cr = lu("UNNEST", true), lr = lu("BTREE", true), fr = lu("HASH", true), pr = lu("WITH", true), vr = lu("PARSER", true), br = lu("VISIBLE", true), yr = lu("INVISIBLE", true), dr = function(r3, t3) {
          return t3.unshift(r3), t3.forEach((r4) => {
            const { table: t4, as: e3 } = r4;
            Rc[t4] = t4, e3 && (Rc[e3] = t4), (function(r5) {
              const t5 = Ic(r5);
              r5.clear(), t5.forEach((t6) => r5.add(t6));
            })(Oc);
          }), t3;
        }, hr = lu("FOLLOWING", true), mr = lu("PRECEDING", true), wr = lu("CURRENT", true), Lr = lu("ROW", true), Cr = lu("UNBOUNDED", true), Ar = lu("=", false), Er = function(r3, t3) {
          return Sc(r3, t3);
        }, gr = lu("!", false), jr = function(r3) {
          return r3[0] + " " + r3[2];
        }, _r = lu(">=", false), Tr = lu(">", false), Sr = lu("<=", false), xr = lu("<>", false), Ir = lu("<", false), kr = lu("==", false), Nr = lu("!=", false), Or = function(r3, t3) {
          return { op: r3, right: t3 };
        }, Rr = lu("+", false), Ur = lu("-", false), Mr = lu("*", false), Dr = lu("/", false), Pr = lu("%", false), Fr = lu("~", false), Hr = lu("?|", false), $r = lu("?&", false), Wr = lu("?", false), qr = lu("#-", false), Gr = lu("#>>", false), Br = lu("#>", false), Yr = lu("@>", false), Vr = lu("<@", false), Qr = function(r3) {
          return true === Ac[r3.toUpperCase()];
        }, Xr = lu('"', false), Kr = /^[^"]/, zr = fu(['"'], true, false), Zr = /^[^']/, Jr = fu(["'"], true, false), rt = lu("`", false), tt = /^[^`]/, et = fu(["`"], true, false), nt = function(r3, t3) {
          return r3 + t3.join("");
        }, ot = /^[A-Za-z_]/, ut = fu([["A", "Z"], ["a", "z"], "_"], false, false), at = /^[A-Za-z0-9_]/, st = fu([["A", "Z"], ["a", "z"], ["0", "9"], "_"], false, false), it = /^[A-Za-z0-9_:\u4E00-\u9FA5\xC0-\u017F]/, ct = fu([["A", "Z"], ["a", "z"], ["0", "9"], "_", ":", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), lt = lu(":", false), ft = lu("OVER", true), pt = lu("filter", true), vt = lu("BOTH", true), bt = lu("LEADING", true), yt = lu("TRAILING", true), dt = lu("trim", true), ht = lu("AT TIME ZONE", true), mt = lu("CENTURY", true), wt = lu("DAY", true), Lt = lu("DATE", true), Ct = lu("DECADE", true), At = lu("DOW", true), Et = lu("DOY", true), gt = lu("EPOCH", true), jt = lu("HOUR", true), _t = lu("ISODOW", true), Tt = lu("ISOYEAR", true), St = lu("MICROSECONDS", true), xt = lu("MILLENNIUM", true), It = lu("MILLISECONDS", true), kt = lu("MINUTE", true), Nt = lu("MONTH", true), Ot = lu("QUARTER", true), Rt = lu("SECOND", true), Ut = lu("TIMEZONE", true), Mt = lu("TIMEZONE_HOUR", true), Dt = lu("TIMEZONE_MINUTE", true), Pt = lu("WEEK", true), Ft = lu("YEAR", true), Ht = lu("u&", true), $t = function(r3, t3) {
          return { type: r3.toLowerCase(), value: t3[1].join("") };
        }, Wt = /^[^"\\\0-\x1F\x7F]/, qt = fu(['"', "\\", ["\0", ""], "\x7F"], true, false), Gt = /^[^'\\]/, Bt = fu(["'", "\\"], true, false), Yt = lu("\\'", false), Vt = lu('\\"', false), Qt = lu("\\\\", false), Xt = lu("\\/", false), Kt = lu("\\b", false), zt = lu("\\f", false), Zt = lu("\\n", false), Jt = lu("\\r", false), re = lu("\\t", false), te = lu("\\u", false), ee = lu("\\", false), ne = lu("''", false), oe = lu('""', false), ue = lu("``", false), ae = /^[\n\r]/, se = fu(["\n", "\r"], false, false), ie = /^[0-9]/, ce = fu([["0", "9"]], false, false), le = /^[0-9a-fA-F]/, fe = fu([["0", "9"], ["a", "f"], ["A", "F"]], false, false), pe = /^[eE]/, ve = fu(["e", "E"], false, false), be = /^[+\-]/, ye = fu(["+", "-"], false, false), de = lu("NULL", true), he = lu("NOT NULL", true), me = lu("TRUE", true), we = lu("TO", true), Le = lu("FALSE", true), Ce = (lu("SHOW", true), lu("DROP", true)), Ae = lu("USE", true), Ee = lu("ALTER", true), ge = lu("SELECT", true), je = lu("UPDATE", true), _e = lu("CREATE", true), Te = lu("TEMPORARY", true), Se = lu("DELETE", true), xe = lu("INSERT", true), Ie = lu("RECURSIVE", true), ke = lu("REPLACE", true), Ne = lu("RENAME", true), Oe = lu("IGNORE", true), Re = (lu("EXPLAIN", true), lu("PARTITION", true)), Ue = lu("INTO", true), Me = lu("OVERWRITE", true), De = lu("FROM", true), Pe = lu("UNLOCK", true), Fe = lu("AS", true), He = lu("TABLE", true), $e = lu("TABLES", true), We = lu("DATABASE", true), qe = lu("SCHEMA", true), Ge = lu("ON", true), Be = lu("LEFT", true), Ye = lu("RIGHT", true), Ve = lu("FULL", true), Qe = lu("CROSS", true), Xe = lu("INNER", true), Ke = lu("JOIN", true), ze = lu("OUTER", true), Ze = lu("UNION", true), Je = lu("VALUES", true), rn = lu("USING", true), tn = lu("WHERE", true), en = lu("GROUP", true), nn = lu("BY", true), on = lu("ORDER", true), un = lu("HAVING", true), an = lu("LIMIT", true), sn = lu("OFFSET", true), cn = lu("ASC", true), ln = lu("DESC", true), fn = lu("ALL", true), pn = lu("DISTINCT", true), vn = lu("BETWEEN", true), bn = lu("IN", true), yn = lu("IS", true), dn = lu("LIKE", true), hn = lu("RLIKE", true), mn = lu("EXISTS", true), wn = lu("NOT", true), Ln = lu("AND", true), Cn = lu("OR", true), An = lu("COUNT", true), En = lu("MAX", true), gn = lu("MIN", true), jn = lu("SUM", true), _n = lu("AVG", true), Tn = lu("EXTRACT", true), Sn = lu("CALL", true), xn = lu("CASE", true), In = lu("WHEN", true), kn = lu("THEN", true), Nn = lu("ELSE", true), On = lu("END", true), Rn = lu("CAST", true), Un = lu("ARRAY", true), Mn = lu("ARRAY_AGG", true), Dn = lu("CHAR", true), Pn = lu("VARCHAR", true), Fn = lu("NUMERIC", true), Hn = lu("DECIMAL", true), $n = lu("SIGNED", true), Wn = lu("STRING", true), qn = lu("UNSIGNED", true), Gn = lu("INT", true), Bn = lu("ZEROFILL", true), Yn = lu("INTEGER", true), Vn = lu("JSON", true), Qn = lu("SMALLINT", true), Xn = lu("TINYINT", true), Kn = lu("TINYTEXT", true), zn = lu("TEXT", true), Zn = lu("MEDIUMTEXT", true), Jn = lu("LONGTEXT", true), ro = lu("BIGINT", true), to = lu("FLOAT", true), eo = lu("REAL", true), no = lu("DOUBLE", true), oo = lu("DATETIME", true), uo = lu("ROWS", true), ao = lu("TIME", true), so = lu("TIMESTAMP", true), io = lu("TRUNCATE", true), co = lu("USER", true), lo = lu("CURRENT_DATE", true), fo = (lu("ADDDATE", true), lu("INTERVAL", true)), po = lu("CURRENT_TIME", true), vo = lu("CURRENT_TIMESTAMP", true), bo = lu("CURRENT_USER", true), yo = lu("SESSION_USER", true), ho = lu("SYSTEM_USER", true), mo = lu("GLOBAL", true), wo = lu("SESSION", true), Lo = lu("PERSIST", true), Co = lu("PERSIST_ONLY", true), Ao = lu("@", false), Eo = lu("@@", false), go = lu("$", false), jo = lu("return", true), _o = lu(":=", false), To = lu("DUAL", true), So = lu("ADD", true), xo = lu("COLUMN", true), Io = lu("INDEX", true), ko = lu("FULLTEXT", true), No = lu("SPATIAL", true), Oo = lu("COMMENT", true), Ro = lu("CONSTRAINT", true), Uo = lu("REFERENCES", true), Mo = lu("SQL_CALC_FOUND_ROWS", true), Do = lu("SQL_CACHE", true), Po = lu("SQL_NO_CACHE", true), Fo = lu("SQL_SMALL_RESULT", true), Ho = lu("SQL_BIG_RESULT", true), $o = lu("SQL_BUFFER_RESULT", true), Wo = lu(",", false), qo = lu("[", false), Go = lu("]", false), Bo = lu(";", false), Yo = lu("->", false), Vo = lu("||", false), Qo = lu("&&", false), Xo = lu("/*", false), Ko = lu("*/", false), zo = lu("--", false), Zo = lu("#", false), Jo = { type: "any" }, ru = /^[ \t\n\r]/, tu = fu([" ", "	", "\n", "\r"], false, false), eu = function(r3) {
          return { dataType: r3 };
        }, nu = lu("boolean", true), ou = 0, uu = 0, au = [{ line: 1, column: 1 }], su = 0, iu = [], cu = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in a)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          s = a[t2.startRule];
        }
        function lu(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function fu(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function pu(t3) {
          var e3, n2 = au[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !au[e3]; ) e3--;
          for (n2 = { line: (n2 = au[e3]).line, column: n2.column }; e3 < t3; ) 10 === r2.charCodeAt(e3) ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return au[t3] = n2, n2;
        }
        function vu(r3, t3) {
          var e3 = pu(r3), n2 = pu(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function bu(r3) {
          ou < su || (ou > su && (su = ou, iu = []), iu.push(r3));
        }
        function yu(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function du() {
          var r3, t3;
          return r3 = ou, rc() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, a2, s2, i2;
            if (r4 = ou, (t4 = mu()) !== u) {
              for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Ki()) !== u && (s2 = rc()) !== u && (i2 = mu()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Ki()) !== u && (s2 = rc()) !== u && (i2 = mu()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
              e3 !== u ? (uu = r4, t4 = (function(r5, t5) {
                const e4 = r5 && r5.ast || r5, n3 = t5 && t5.length && t5[0].length >= 4 ? [e4] : e4;
                for (let r6 = 0; r6 < t5.length; r6++) t5[r6][3] && 0 !== t5[r6][3].length && n3.push(t5[r6][3] && t5[r6][3].ast || t5[r6][3]);
                return { tableList: Array.from(Nc), columnList: Ic(Oc), ast: n3 };
              })(t4, e3), r4 = t4) : (ou = r4, r4 = u);
            } else ou = r4, r4 = u;
            return r4;
          })()) !== u ? (uu = r3, r3 = t3) : (ou = r3, r3 = u), r3;
        }
        function hu() {
          var t3;
          return (t3 = (function() {
            var r3, t4, e3, n2, o2, a2;
            r3 = ou, (t4 = ks()) !== u && rc() !== u && (e3 = qs()) !== u && rc() !== u && (n2 = ra()) !== u ? (uu = r3, s2 = t4, c2 = e3, (l2 = n2) && l2.forEach((r4) => Nc.add(`${s2}::${r4.db}::${r4.table}`)), t4 = { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: s2.toLowerCase(), keyword: c2.toLowerCase(), name: l2 } }, r3 = t4) : (ou = r3, r3 = u);
            var s2, c2, l2;
            r3 === u && (r3 = ou, (t4 = ks()) !== u && rc() !== u && (e3 = Hi()) !== u && rc() !== u && (n2 = Ga()) !== u && rc() !== u && Ys() !== u && rc() !== u && (o2 = oa()) !== u && rc() !== u ? ((a2 = (function() {
              var r4, t5, e4, n3, o3, a3;
              r4 = ou, (t5 = Tu()) === u && (t5 = Su());
              if (t5 !== u) {
                for (e4 = [], n3 = ou, (o3 = rc()) !== u ? ((a3 = Tu()) === u && (a3 = Su()), a3 !== u ? n3 = o3 = [o3, a3] : (ou = n3, n3 = u)) : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o3 = rc()) !== u ? ((a3 = Tu()) === u && (a3 = Su()), a3 !== u ? n3 = o3 = [o3, a3] : (ou = n3, n3 = u)) : (ou = n3, n3 = u);
                e4 !== u ? (uu = r4, t5 = i(t5, e4), r4 = t5) : (ou = r4, r4 = u);
              } else ou = r4, r4 = u;
              return r4;
            })()) === u && (a2 = null), a2 !== u && rc() !== u ? (uu = r3, t4 = (function(r4, t5, e4, n3, o3) {
              return { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: r4.toLowerCase(), keyword: t5.toLowerCase(), name: e4, table: n3, options: o3 } };
            })(t4, e3, n2, o2, a2), r3 = t4) : (ou = r3, r3 = u)) : (ou = r3, r3 = u));
            return r3;
          })()) === u && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e3, n2, o2, a2, s2, i2, c2, f2, p2;
              t5 = ou, (e3 = Os()) !== u && rc() !== u ? ((n2 = Rs()) === u && (n2 = null), n2 !== u && rc() !== u && qs() !== u && rc() !== u ? ((o2 = Cu()) === u && (o2 = null), o2 !== u && rc() !== u && (a2 = ra()) !== u && rc() !== u && (s2 = (function() {
                var r3, t6, e4, n3, o3, a3, s3, i3, c3;
                if (r3 = ou, (t6 = Yi()) !== u) if (rc() !== u) if ((e4 = Au()) !== u) {
                  for (n3 = [], o3 = ou, (a3 = rc()) !== u && (s3 = Gi()) !== u && (i3 = rc()) !== u && (c3 = Au()) !== u ? o3 = a3 = [a3, s3, i3, c3] : (ou = o3, o3 = u); o3 !== u; ) n3.push(o3), o3 = ou, (a3 = rc()) !== u && (s3 = Gi()) !== u && (i3 = rc()) !== u && (c3 = Au()) !== u ? o3 = a3 = [a3, s3, i3, c3] : (ou = o3, o3 = u);
                  n3 !== u && (o3 = rc()) !== u && (a3 = Vi()) !== u ? (uu = r3, t6 = l(e4, n3), r3 = t6) : (ou = r3, r3 = u);
                } else ou = r3, r3 = u;
                else ou = r3, r3 = u;
                else ou = r3, r3 = u;
                return r3;
              })()) !== u && rc() !== u ? ((i2 = (function() {
                var r3, t6, e4, n3, o3, a3, s3, i3;
                if (r3 = ou, (t6 = Uu()) !== u) {
                  for (e4 = [], n3 = ou, (o3 = rc()) !== u ? ((a3 = Gi()) === u && (a3 = null), a3 !== u && (s3 = rc()) !== u && (i3 = Uu()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (ou = n3, n3 = u)) : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o3 = rc()) !== u ? ((a3 = Gi()) === u && (a3 = null), a3 !== u && (s3 = rc()) !== u && (i3 = Uu()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (ou = n3, n3 = u)) : (ou = n3, n3 = u);
                  e4 !== u ? (uu = r3, t6 = Tc(t6, e4), r3 = t6) : (ou = r3, r3 = u);
                } else ou = r3, r3 = u;
                return r3;
              })()) === u && (i2 = null), i2 !== u && rc() !== u ? ((c2 = (function() {
                var t6, e4, n3, o3;
                t6 = ou, "ignore" === r2.substr(ou, 6).toLowerCase() ? (e4 = r2.substr(ou, 6), ou += 6) : (e4 = u, 0 === cu && bu(Oe));
                e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t6 = e4 = [e4, n3] : (ou = t6, t6 = u)) : (ou = t6, t6 = u);
                return t6;
              })()) === u && (c2 = Ms()), c2 === u && (c2 = null), c2 !== u && rc() !== u ? ((f2 = Ws()) === u && (f2 = null), f2 !== u && rc() !== u ? ((p2 = Lu()) === u && (p2 = null), p2 !== u ? (uu = t5, v2 = e3, b2 = n2, y2 = o2, h2 = s2, m2 = i2, w2 = c2, L2 = f2, C2 = p2, (d2 = a2) && d2.forEach((r3) => Nc.add(`create::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: v2[0].toLowerCase(), keyword: "table", temporary: b2 && b2[0].toLowerCase(), if_not_exists: y2, table: d2, ignore_replace: w2 && w2[0].toLowerCase(), as: L2 && L2[0].toLowerCase(), query_expr: C2 && C2.ast, create_definitions: h2, table_options: m2 } }, t5 = e3) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              var v2, b2, y2, d2, h2, m2, w2, L2, C2;
              t5 === u && (t5 = ou, (e3 = Os()) !== u && rc() !== u ? ((n2 = Rs()) === u && (n2 = null), n2 !== u && rc() !== u && qs() !== u && rc() !== u ? ((o2 = Cu()) === u && (o2 = null), o2 !== u && rc() !== u && (a2 = ra()) !== u && rc() !== u && (s2 = (function r3() {
                var t6, e4;
                (t6 = (function() {
                  var r4, t7;
                  r4 = ou, ui() !== u && rc() !== u && (t7 = ra()) !== u ? (uu = r4, r4 = { type: "like", table: t7 }) : (ou = r4, r4 = u);
                  return r4;
                })()) === u && (t6 = ou, Yi() !== u && rc() !== u && (e4 = r3()) !== u && rc() !== u && Vi() !== u ? (uu = t6, (n3 = e4).parentheses = true, t6 = n3) : (ou = t6, t6 = u));
                var n3;
                return t6;
              })()) !== u ? (uu = t5, e3 = (function(r3, t6, e4, n3, o3) {
                return n3 && n3.forEach((r4) => Nc.add(`create::${r4.db}::${r4.table}`)), { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: r3[0].toLowerCase(), keyword: "table", temporary: t6 && t6[0].toLowerCase(), if_not_exists: e4, table: n3, like: o3 } };
              })(e3, n2, o2, a2, s2), t5 = e3) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u));
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, a2, s2;
              t5 = ou, (e3 = Os()) !== u && rc() !== u ? ((n2 = (function() {
                var t6, e4, n3, o3;
                t6 = ou, "database" === r2.substr(ou, 8).toLowerCase() ? (e4 = r2.substr(ou, 8), ou += 8) : (e4 = u, 0 === cu && bu(We));
                e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t6, t6 = e4 = "DATABASE") : (ou = t6, t6 = u)) : (ou = t6, t6 = u);
                return t6;
              })()) === u && (n2 = (function() {
                var t6, e4, n3, o3;
                t6 = ou, "schema" === r2.substr(ou, 6).toLowerCase() ? (e4 = r2.substr(ou, 6), ou += 6) : (e4 = u, 0 === cu && bu(qe));
                e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t6, t6 = e4 = "SCHEMA") : (ou = t6, t6 = u)) : (ou = t6, t6 = u);
                return t6;
              })()), n2 !== u && rc() !== u ? ((o2 = Cu()) === u && (o2 = null), o2 !== u && rc() !== u && (a2 = vc()) !== u && rc() !== u ? ((s2 = (function() {
                var r3, t6, e4, n3, o3, a3;
                if (r3 = ou, (t6 = Ru()) !== u) {
                  for (e4 = [], n3 = ou, (o3 = rc()) !== u && (a3 = Ru()) !== u ? n3 = o3 = [o3, a3] : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o3 = rc()) !== u && (a3 = Ru()) !== u ? n3 = o3 = [o3, a3] : (ou = n3, n3 = u);
                  e4 !== u ? (uu = r3, t6 = i(t6, e4), r3 = t6) : (ou = r3, r3 = u);
                } else ou = r3, r3 = u;
                return r3;
              })()) === u && (s2 = null), s2 !== u ? (uu = t5, e3 = (function(r3, t6, e4, n3, o3) {
                const u2 = t6.toLowerCase();
                return { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: r3[0].toLowerCase(), keyword: u2, if_not_exists: e4, [u2]: { db: n3.schema, schema: n3.name }, create_definitions: o3 } };
              })(e3, n2, o2, a2, s2), t5 = e3) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = ou, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "truncate" === r2.substr(ou, 8).toLowerCase() ? (e4 = r2.substr(ou, 8), ou += 8) : (e4 = u, 0 === cu && bu(io));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "TRUNCATE") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) !== u && rc() !== u ? ((n2 = qs()) === u && (n2 = null), n2 !== u && rc() !== u && (o2 = ra()) !== u ? (uu = t4, a2 = e3, s2 = n2, (i2 = o2) && i2.forEach((r3) => Nc.add(`${a2}::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: a2.toLowerCase(), keyword: s2 && s2.toLowerCase() || "table", name: i2 } }, t4 = e3) : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            var a2, s2, i2;
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3;
            r3 = ou, (t4 = Ds()) !== u && rc() !== u && qs() !== u && rc() !== u && (e3 = (function() {
              var r4, t5, e4, n3, o2, a2, s2, i2;
              if (r4 = ou, (t5 = Ku()) !== u) {
                for (e4 = [], n3 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Ku()) !== u ? n3 = o2 = [o2, a2, s2, i2] : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Ku()) !== u ? n3 = o2 = [o2, a2, s2, i2] : (ou = n3, n3 = u);
                e4 !== u ? (uu = r4, t5 = l(t5, e4), r4 = t5) : (ou = r4, r4 = u);
              } else ou = r4, r4 = u;
              return r4;
            })()) !== u ? (uu = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && Nc.add(`rename::${r5.db}::${r5.table}`))), t4 = { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: "rename", table: n2 } }, r3 = t4) : (ou = r3, r3 = u);
            var n2;
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = ou, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "call" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(Sn));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "CALL") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) !== u && rc() !== u && (n2 = bc()) !== u ? (uu = t4, o2 = n2, e3 = { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: "call", expr: o2 }, ...Ec() }, t4 = e3) : (ou = t4, t4 = u);
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = ou, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "use" === r2.substr(ou, 3).toLowerCase() ? (e4 = r2.substr(ou, 3), ou += 3) : (e4 = u, 0 === cu && bu(Ae));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) !== u && rc() !== u && (n2 = Ya()) !== u ? (uu = t4, o2 = n2, Nc.add(`use::${o2}::null`), e3 = { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: "use", db: o2 } }, t4 = e3) : (ou = t4, t4 = u);
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = ou, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "alter" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(Ee));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) !== u && rc() !== u && qs() !== u && rc() !== u && (n2 = ra()) !== u && rc() !== u && (o2 = (function() {
              var r3, t5, e4, n3, o3, a3, s3, i2;
              if (r3 = ou, (t5 = _u()) !== u) {
                for (e4 = [], n3 = ou, (o3 = rc()) !== u && (a3 = Gi()) !== u && (s3 = rc()) !== u && (i2 = _u()) !== u ? n3 = o3 = [o3, a3, s3, i2] : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o3 = rc()) !== u && (a3 = Gi()) !== u && (s3 = rc()) !== u && (i2 = _u()) !== u ? n3 = o3 = [o3, a3, s3, i2] : (ou = n3, n3 = u);
                e4 !== u ? (uu = r3, t5 = l(t5, e4), r3 = t5) : (ou = r3, r3 = u);
              } else ou = r3, r3 = u;
              return r3;
            })()) !== u ? (uu = t4, s2 = o2, (a2 = n2) && a2.length > 0 && a2.forEach((r3) => Nc.add(`alter::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: "alter", table: a2, expr: s2 } }, t4 = e3) : (ou = t4, t4 = u);
            var a2, s2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = ou, (e3 = $s()) !== u && rc() !== u ? ((n2 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "global" === r2.substr(ou, 6).toLowerCase() ? (e4 = r2.substr(ou, 6), ou += 6) : (e4 = u, 0 === cu && bu(mo));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "GLOBAL") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "session" === r2.substr(ou, 7).toLowerCase() ? (e4 = r2.substr(ou, 7), ou += 7) : (e4 = u, 0 === cu && bu(wo));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "SESSION") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "local" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(er));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "LOCAL") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "persist" === r2.substr(ou, 7).toLowerCase() ? (e4 = r2.substr(ou, 7), ou += 7) : (e4 = u, 0 === cu && bu(Lo));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "PERSIST") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "persist_only" === r2.substr(ou, 12).toLowerCase() ? (e4 = r2.substr(ou, 12), ou += 12) : (e4 = u, 0 === cu && bu(Co));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "PERSIST_ONLY") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()), n2 === u && (n2 = null), n2 !== u && rc() !== u && (o2 = (function() {
              var r3, t5, e4, n3, o3, a3, s3, i2;
              if (r3 = ou, (t5 = ic()) !== u) {
                for (e4 = [], n3 = ou, (o3 = rc()) !== u && (a3 = Gi()) !== u && (s3 = rc()) !== u && (i2 = ic()) !== u ? n3 = o3 = [o3, a3, s3, i2] : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o3 = rc()) !== u && (a3 = Gi()) !== u && (s3 = rc()) !== u && (i2 = ic()) !== u ? n3 = o3 = [o3, a3, s3, i2] : (ou = n3, n3 = u);
                e4 !== u ? (uu = r3, t5 = ur(t5, e4), r3 = t5) : (ou = r3, r3 = u);
              } else ou = r3, r3 = u;
              return r3;
            })()) !== u ? (uu = t4, a2 = n2, (s2 = o2).keyword = a2, e3 = { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: "set", keyword: a2, expr: s2 } }, t4 = e3) : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            var a2, s2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = ou, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "lock" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(_));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) !== u && rc() !== u && Gs() !== u && rc() !== u && (n2 = (function() {
              var r3, t5, e4, n3, o3, a2, s2, i2;
              if (r3 = ou, (t5 = Mu()) !== u) {
                for (e4 = [], n3 = ou, (o3 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Mu()) !== u ? n3 = o3 = [o3, a2, s2, i2] : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o3 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Mu()) !== u ? n3 = o3 = [o3, a2, s2, i2] : (ou = n3, n3 = u);
                e4 !== u ? (uu = r3, t5 = ur(t5, e4), r3 = t5) : (ou = r3, r3 = u);
              } else ou = r3, r3 = u;
              return r3;
            })()) !== u ? (uu = t4, o2 = n2, e3 = { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: "lock", keyword: "tables", tables: o2 } }, t4 = e3) : (ou = t4, t4 = u);
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = ou, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = ou, "unlock" === r2.substr(ou, 6).toLowerCase() ? (e4 = r2.substr(ou, 6), ou += 6) : (e4 = u, 0 === cu && bu(Pe));
              e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t5 = e4 = [e4, n2] : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) !== u && rc() !== u && Gs() !== u ? (uu = t4, e3 = { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: "unlock", keyword: "tables" } }, t4 = e3) : (ou = t4, t4 = u);
            return t4;
          })()), t3;
        }
        function mu() {
          var t3;
          return (t3 = Lu()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2;
            r3 = ou, (t4 = Ns()) !== u && rc() !== u && (e3 = ra()) !== u && rc() !== u && $s() !== u && rc() !== u && (n2 = (function() {
              var r4, t5, e4, n3, o3, a2, s2, i2;
              if (r4 = ou, (t5 = ma()) !== u) {
                for (e4 = [], n3 = ou, (o3 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = ma()) !== u ? n3 = o3 = [o3, a2, s2, i2] : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o3 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = ma()) !== u ? n3 = o3 = [o3, a2, s2, i2] : (ou = n3, n3 = u);
                e4 !== u ? (uu = r4, t5 = l(t5, e4), r4 = t5) : (ou = r4, r4 = u);
              } else ou = r4, r4 = u;
              return r4;
            })()) !== u && rc() !== u ? ((o2 = sa()) === u && (o2 = null), o2 !== u ? (uu = r3, t4 = (function(r4, t5, e4) {
              const n3 = {};
              return r4 && r4.forEach((r5) => {
                const { db: t6, as: e5, table: o3, join: u2 } = r5, a2 = u2 ? "select" : "update";
                t6 && (n3[o3] = t6), o3 && Nc.add(`${a2}::${t6}::${o3}`);
              }), t5 && t5.forEach((r5) => {
                if (r5.table) {
                  const t6 = xc(r5.table);
                  Nc.add(`update::${n3[t6] || null}::${t6}`);
                }
                Oc.add(`update::${r5.table}::${r5.column}`);
              }), { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: "update", table: r4, set: t5, where: e4 } };
            })(e3, n2, o2), r3 = t4) : (ou = r3, r3 = u)) : (ou = r3, r3 = u);
            return r3;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2, a2, s2, i2;
            r3 = ou, (t4 = Ca()) !== u && rc() !== u && (e3 = Fs()) !== u && rc() !== u ? ((n2 = qs()) === u && (n2 = null), n2 !== u && rc() !== u && (o2 = oa()) !== u ? ((a2 = La()) === u && (a2 = null), a2 !== u && rc() !== u && Yi() !== u && rc() !== u && (s2 = (function() {
              var r4, t5, e4, n3, o3, a3, s3, i3;
              if (r4 = ou, (t5 = rs()) !== u) {
                for (e4 = [], n3 = ou, (o3 = rc()) !== u && (a3 = Gi()) !== u && (s3 = rc()) !== u && (i3 = rs()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o3 = rc()) !== u && (a3 = Gi()) !== u && (s3 = rc()) !== u && (i3 = rs()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (ou = n3, n3 = u);
                e4 !== u ? (uu = r4, t5 = l(t5, e4), r4 = t5) : (ou = r4, r4 = u);
              } else ou = r4, r4 = u;
              return r4;
            })()) !== u && rc() !== u && Vi() !== u && rc() !== u && (i2 = wa()) !== u ? (uu = r3, t4 = (function(r4, t5, e4, n3, o3, u2, a3) {
              if (n3 && (Nc.add(`insert::${n3.db}::${n3.table}`), n3.as = null), u2) {
                let r5 = n3 && n3.table || null;
                Array.isArray(a3.values) && a3.values.forEach((r6, t6) => {
                  if (r6.value.length != u2.length) throw new Error("Error: column count doesn't match value count at row " + (t6 + 1));
                }), u2.forEach((t6) => Oc.add(`insert::${r5}::${t6}`));
              }
              const s3 = e4 ? " " + e4.toLowerCase() : "";
              return { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: r4, prefix: `${t5.toLowerCase()}${s3}`, table: [n3], columns: u2, values: a3, partition: o3 } };
            })(t4, e3, n2, o2, a2, s2, i2), r3 = t4) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u);
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2, i2;
            t4 = ou, (e3 = Ca()) !== u && rc() !== u ? ((n2 = Fs()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "overwrite" === r2.substr(ou, 9).toLowerCase() ? (e4 = r2.substr(ou, 9), ou += 9) : (e4 = u, 0 === cu && bu(Me));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "OVERWRITE") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()), n2 !== u && rc() !== u ? ((o2 = qs()) === u && (o2 = null), o2 !== u && rc() !== u && (a2 = oa()) !== u && rc() !== u ? ((s2 = La()) === u && (s2 = null), s2 !== u && rc() !== u && (i2 = wa()) !== u ? (uu = t4, e3 = (function(r3, t5, e4, n3, o3, u2) {
              n3 && (Nc.add(`insert::${n3.db}::${n3.table}`), Oc.add(`insert::${n3.table}::(.*)`), n3.as = null);
              const a3 = e4 ? " " + e4.toLowerCase() : "";
              return { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: r3, prefix: `${t5.toLowerCase()}${a3}`, table: [n3], columns: null, values: u2, partition: o3 } };
            })(e3, n2, o2, a2, s2, i2), t4 = e3) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2;
            r3 = ou, (t4 = Us()) !== u && rc() !== u ? ((e3 = ra()) === u && (e3 = null), e3 !== u && rc() !== u && (n2 = Xu()) !== u && rc() !== u ? ((o2 = sa()) === u && (o2 = null), o2 !== u ? (uu = r3, t4 = (function(r4, t5, e4) {
              if (t5 && t5.forEach((r5) => {
                const { db: t6, as: e5, table: n3, join: o3 } = r5, u2 = o3 ? "select" : "delete";
                n3 && Nc.add(`${u2}::${t6}::${n3}`), o3 || Oc.add(`delete::${n3}::(.*)`);
              }), null === r4 && 1 === t5.length) {
                const e5 = t5[0];
                r4 = [{ db: e5.db, table: e5.table, as: e5.as, addition: true }];
              }
              return { tableList: Array.from(Nc), columnList: Ic(Oc), ast: { type: "delete", table: r4, from: t5, where: e4 } };
            })(e3, n2, o2), r3 = t4) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u);
            return r3;
          })()) === u && (t3 = hu()) === u && (t3 = (function() {
            var r3, t4;
            r3 = [], t4 = sc();
            for (; t4 !== u; ) r3.push(t4), t4 = sc();
            return r3;
          })()), t3;
        }
        function wu() {
          var t3, e3, n2;
          return t3 = ou, (function() {
            var t4, e4, n3, o2;
            t4 = ou, "union" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(Ze));
            e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })() !== u && rc() !== u ? ((e3 = ri()) === u && (e3 = ti()), e3 === u && (e3 = null), e3 !== u ? (uu = t3, t3 = (n2 = e3) ? "union " + n2.toLowerCase() : "union") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Lu() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = Du()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = wu()) !== u && (s2 = rc()) !== u && (i2 = Du()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = wu()) !== u && (s2 = rc()) !== u && (i2 = Du()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
            e3 !== u && (n2 = rc()) !== u ? ((o2 = va()) === u && (o2 = null), o2 !== u && (a2 = rc()) !== u ? ((s2 = ha()) === u && (s2 = null), s2 !== u ? (uu = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              t4.forEach((r5) => r5.slice(1, 1));
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return e4 && (r4._orderby = e4), n3 && (r4._limit = n3), { tableList: Array.from(Nc), columnList: Ic(Oc), ast: r4 };
            })(t3, e3, o2, s2)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function Cu() {
          var t3, e3;
          return t3 = ou, "if" === r2.substr(ou, 2).toLowerCase() ? (e3 = r2.substr(ou, 2), ou += 2) : (e3 = u, 0 === cu && bu(c)), e3 !== u && rc() !== u && ii() !== u && rc() !== u && si() !== u ? (uu = t3, t3 = e3 = "IF NOT EXISTS") : (ou = t3, t3 = u), t3;
        }
        function Au() {
          var t3;
          return (t3 = gu()) === u && (t3 = xu()) === u && (t3 = Iu()) === u && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e3, n2, o2, a2, s2;
              t5 = ou, (e3 = ku()) === u && (e3 = null);
              e3 !== u && rc() !== u ? ("primary key" === r2.substr(ou, 11).toLowerCase() ? (n2 = r2.substr(ou, 11), ou += 11) : (n2 = u, 0 === cu && bu(I)), n2 !== u && rc() !== u ? ((o2 = zu()) === u && (o2 = null), o2 !== u && rc() !== u && (a2 = Fu()) !== u && rc() !== u ? ((s2 = Zu()) === u && (s2 = null), s2 !== u ? (uu = t5, c2 = n2, l2 = o2, f2 = a2, p2 = s2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2.toLowerCase(), keyword: i2 && i2.keyword, index_type: l2, resource: "constraint", index_options: p2 }, t5 = e3) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              var i2, c2, l2, f2, p2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, a2, s2, i2, c2;
              t5 = ou, (e3 = ku()) === u && (e3 = null);
              e3 !== u && rc() !== u && (n2 = (function() {
                var t6, e4, n3, o3;
                t6 = ou, "unique" === r2.substr(ou, 6).toLowerCase() ? (e4 = r2.substr(ou, 6), ou += 6) : (e4 = u, 0 === cu && bu(p));
                e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t6, t6 = e4 = "UNIQUE") : (ou = t6, t6 = u)) : (ou = t6, t6 = u);
                return t6;
              })()) !== u && rc() !== u ? ((o2 = Hi()) === u && (o2 = $i()), o2 === u && (o2 = null), o2 !== u && rc() !== u ? ((a2 = rs()) === u && (a2 = null), a2 !== u && rc() !== u ? ((s2 = zu()) === u && (s2 = null), s2 !== u && rc() !== u && (i2 = Fu()) !== u && rc() !== u ? ((c2 = Zu()) === u && (c2 = null), c2 !== u ? (uu = t5, f2 = n2, v2 = o2, b2 = a2, y2 = s2, d2 = i2, h2 = c2, e3 = { constraint: (l2 = e3) && l2.constraint, definition: d2, constraint_type: v2 && `${f2.toLowerCase()} ${v2.toLowerCase()}` || f2.toLowerCase(), keyword: l2 && l2.keyword, index_type: y2, index: b2, resource: "constraint", index_options: h2 }, t5 = e3) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              var l2, f2, v2, b2, y2, d2, h2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, a2, s2;
              t5 = ou, (e3 = ku()) === u && (e3 = null);
              e3 !== u && rc() !== u ? ("foreign key" === r2.substr(ou, 11).toLowerCase() ? (n2 = r2.substr(ou, 11), ou += 11) : (n2 = u, 0 === cu && bu(k)), n2 !== u && rc() !== u ? ((o2 = rs()) === u && (o2 = null), o2 !== u && rc() !== u && (a2 = Fu()) !== u && rc() !== u ? ((s2 = Nu()) === u && (s2 = null), s2 !== u ? (uu = t5, c2 = n2, l2 = o2, f2 = a2, p2 = s2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2, keyword: i2 && i2.keyword, index: l2, resource: "constraint", reference_definition: p2 }, t5 = e3) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              var i2, c2, l2, f2, p2;
              return t5;
            })());
            return t4;
          })()), t3;
        }
        function Eu() {
          var t3, e3, n2, o2;
          return t3 = ou, (e3 = (function() {
            var t4, e4;
            t4 = ou, (e4 = (function() {
              var t5, e5, n3, o3;
              t5 = ou, "not null" === r2.substr(ou, 8).toLowerCase() ? (e5 = r2.substr(ou, 8), ou += 8) : (e5 = u, 0 === cu && bu(he));
              e5 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t5 = e5 = [e5, n3] : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) !== u && (uu = t4, e4 = { type: "not null", value: "not null" });
            return t4 = e4;
          })()) === u && (e3 = hs()), e3 !== u && (uu = t3, (o2 = e3) && !o2.value && (o2.value = "null"), e3 = { nullable: o2 }), (t3 = e3) === u && (t3 = ou, (e3 = (function() {
            var r3, t4;
            r3 = ou, xs() !== u && rc() !== u && (t4 = Ia()) !== u ? (uu = r3, r3 = { type: "default", value: t4 }) : (ou = r3, r3 = u);
            return r3;
          })()) !== u && (uu = t3, e3 = { default_val: e3 }), (t3 = e3) === u && (t3 = ou, "auto_increment" === r2.substr(ou, 14).toLowerCase() ? (e3 = r2.substr(ou, 14), ou += 14) : (e3 = u, 0 === cu && bu(f)), e3 !== u && (uu = t3, e3 = { auto_increment: e3.toLowerCase() }), (t3 = e3) === u && (t3 = ou, "unique" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(p)), e3 !== u && rc() !== u ? ("key" === r2.substr(ou, 3).toLowerCase() ? (n2 = r2.substr(ou, 3), ou += 3) : (n2 = u, 0 === cu && bu(v)), n2 === u && (n2 = null), n2 !== u ? (uu = t3, t3 = e3 = (function(r3) {
            const t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, "primary" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(b)), e3 === u && (e3 = null), e3 !== u && rc() !== u ? ("key" === r2.substr(ou, 3).toLowerCase() ? (n2 = r2.substr(ou, 3), ou += 3) : (n2 = u, 0 === cu && bu(v)), n2 !== u ? (uu = t3, t3 = e3 = (function(r3) {
            const t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = nc()) !== u && (uu = t3, e3 = { comment: e3 }), (t3 = e3) === u && (t3 = ou, (e3 = ju()) !== u && (uu = t3, e3 = { collate: e3 }), (t3 = e3) === u && (t3 = ou, (e3 = (function() {
            var t4, e4, n3;
            t4 = ou, "column_format" === r2.substr(ou, 13).toLowerCase() ? (e4 = r2.substr(ou, 13), ou += 13) : (e4 = u, 0 === cu && bu(y));
            e4 !== u && rc() !== u ? ("fixed" === r2.substr(ou, 5).toLowerCase() ? (n3 = r2.substr(ou, 5), ou += 5) : (n3 = u, 0 === cu && bu(d)), n3 === u && ("dynamic" === r2.substr(ou, 7).toLowerCase() ? (n3 = r2.substr(ou, 7), ou += 7) : (n3 = u, 0 === cu && bu(h)), n3 === u && ("default" === r2.substr(ou, 7).toLowerCase() ? (n3 = r2.substr(ou, 7), ou += 7) : (n3 = u, 0 === cu && bu(m)))), n3 !== u ? (uu = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && (uu = t3, e3 = { column_format: e3 }), (t3 = e3) === u && (t3 = ou, (e3 = (function() {
            var t4, e4, n3;
            t4 = ou, "storage" === r2.substr(ou, 7).toLowerCase() ? (e4 = r2.substr(ou, 7), ou += 7) : (e4 = u, 0 === cu && bu(w));
            e4 !== u && rc() !== u ? ("disk" === r2.substr(ou, 4).toLowerCase() ? (n3 = r2.substr(ou, 4), ou += 4) : (n3 = u, 0 === cu && bu(L)), n3 === u && ("memory" === r2.substr(ou, 6).toLowerCase() ? (n3 = r2.substr(ou, 6), ou += 6) : (n3 = u, 0 === cu && bu(C))), n3 !== u ? (uu = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && (uu = t3, e3 = { storage: e3 }), (t3 = e3) === u && (t3 = ou, (e3 = Nu()) !== u && (uu = t3, e3 = { reference_definition: e3 }), t3 = e3))))))))), t3;
        }
        function gu() {
          var r3, t3, e3, n2, o2, a2, s2;
          return r3 = ou, (t3 = Ga()) !== u && rc() !== u && (e3 = mc()) !== u && rc() !== u ? ((n2 = (function() {
            var r4, t4, e4, n3, o3, a3;
            if (r4 = ou, (t4 = Eu()) !== u) if (rc() !== u) {
              for (e4 = [], n3 = ou, (o3 = rc()) !== u && (a3 = Eu()) !== u ? n3 = o3 = [o3, a3] : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o3 = rc()) !== u && (a3 = Eu()) !== u ? n3 = o3 = [o3, a3] : (ou = n3, n3 = u);
              e4 !== u ? (uu = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (ou = r4, r4 = u);
            } else ou = r4, r4 = u;
            else ou = r4, r4 = u;
            return r4;
          })()) === u && (n2 = null), n2 !== u ? (uu = r3, o2 = t3, a2 = e3, s2 = n2, Oc.add(`create::${o2.table}::${o2.column}`), r3 = t3 = { column: o2, definition: a2, resource: "column", ...s2 || {} }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3;
        }
        function ju() {
          var r3, t3, e3, n2;
          return r3 = ou, Bs() !== u && rc() !== u && (t3 = es()) !== u && rc() !== u && (e3 = Di()) !== u && rc() !== u && (n2 = Ya()) !== u ? (uu = r3, r3 = { type: "collate", keyword: "collate", collate: { name: t3, symbol: e3, value: n2 } }) : (ou = r3, r3 = u), r3 === u && (r3 = ou, Bs() !== u && rc() !== u ? ((t3 = Di()) === u && (t3 = null), t3 !== u && rc() !== u && (e3 = Ya()) !== u ? (uu = r3, r3 = /* @__PURE__ */ (function(r4, t4) {
            return { type: "collate", keyword: "collate", collate: { name: t4, symbol: r4 } };
          })(t3, e3)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)), r3;
        }
        function _u() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2;
            r4 = ou, (t3 = Pi()) !== u && rc() !== u ? ((e3 = Fi()) === u && (e3 = null), e3 !== u && rc() !== u && (n2 = gu()) !== u ? (uu = r4, o2 = e3, a2 = n2, t3 = { action: "add", ...a2, keyword: o2, resource: "column", type: "alter" }, r4 = t3) : (ou = r4, r4 = u)) : (ou = r4, r4 = u);
            var o2, a2;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = ou, ks() !== u && rc() !== u ? ((t3 = Fi()) === u && (t3 = null), t3 !== u && rc() !== u && (e3 = Ga()) !== u ? (uu = r4, r4 = { action: "drop", column: e3, keyword: t3, resource: "column", type: "alter" }) : (ou = r4, r4 = u)) : (ou = r4, r4 = u);
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = ou, (t3 = Pi()) !== u && rc() !== u && (e3 = xu()) !== u ? (uu = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (ou = r4, r4 = u);
            var n2;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = ou, (t3 = Pi()) !== u && rc() !== u && (e3 = Iu()) !== u ? (uu = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (ou = r4, r4 = u);
            var n2;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3, n2;
            r4 = ou, (t3 = Ds()) !== u && rc() !== u ? ((e3 = Is()) === u && (e3 = Ws()), e3 === u && (e3 = null), e3 !== u && rc() !== u && (n2 = Ya()) !== u ? (uu = r4, a2 = n2, t3 = { action: "rename", type: "alter", resource: "table", keyword: (o2 = e3) && o2[0].toLowerCase(), table: a2 }, r4 = t3) : (ou = r4, r4 = u)) : (ou = r4, r4 = u);
            var o2, a2;
            return r4;
          })()) === u && (r3 = Tu()) === u && (r3 = Su()), r3;
        }
        function Tu() {
          var t3, e3, n2, o2;
          return t3 = ou, "algorithm" === r2.substr(ou, 9).toLowerCase() ? (e3 = r2.substr(ou, 9), ou += 9) : (e3 = u, 0 === cu && bu(A)), e3 !== u && rc() !== u ? ((n2 = Di()) === u && (n2 = null), n2 !== u && rc() !== u ? ("default" === r2.substr(ou, 7).toLowerCase() ? (o2 = r2.substr(ou, 7), ou += 7) : (o2 = u, 0 === cu && bu(m)), o2 === u && ("instant" === r2.substr(ou, 7).toLowerCase() ? (o2 = r2.substr(ou, 7), ou += 7) : (o2 = u, 0 === cu && bu(E)), o2 === u && ("inplace" === r2.substr(ou, 7).toLowerCase() ? (o2 = r2.substr(ou, 7), ou += 7) : (o2 = u, 0 === cu && bu(g)), o2 === u && ("copy" === r2.substr(ou, 4).toLowerCase() ? (o2 = r2.substr(ou, 4), ou += 4) : (o2 = u, 0 === cu && bu(j))))), o2 !== u ? (uu = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Su() {
          var t3, e3, n2, o2;
          return t3 = ou, "lock" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(_)), e3 !== u && rc() !== u ? ((n2 = Di()) === u && (n2 = null), n2 !== u && rc() !== u ? ("default" === r2.substr(ou, 7).toLowerCase() ? (o2 = r2.substr(ou, 7), ou += 7) : (o2 = u, 0 === cu && bu(m)), o2 === u && ("none" === r2.substr(ou, 4).toLowerCase() ? (o2 = r2.substr(ou, 4), ou += 4) : (o2 = u, 0 === cu && bu(T)), o2 === u && ("shared" === r2.substr(ou, 6).toLowerCase() ? (o2 = r2.substr(ou, 6), ou += 6) : (o2 = u, 0 === cu && bu(S)), o2 === u && ("exclusive" === r2.substr(ou, 9).toLowerCase() ? (o2 = r2.substr(ou, 9), ou += 9) : (o2 = u, 0 === cu && bu(x))))), o2 !== u ? (uu = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function xu() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          return r3 = ou, (t3 = Hi()) === u && (t3 = $i()), t3 !== u && rc() !== u ? ((e3 = rs()) === u && (e3 = null), e3 !== u && rc() !== u ? ((n2 = zu()) === u && (n2 = null), n2 !== u && rc() !== u && (o2 = Fu()) !== u && rc() !== u ? ((a2 = Zu()) === u && (a2 = null), a2 !== u && rc() !== u ? (uu = r3, s2 = n2, i2 = a2, r3 = t3 = { index: e3, definition: o2, keyword: t3.toLowerCase(), index_type: s2, resource: "index", index_options: i2 }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3;
        }
        function Iu() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2;
          return t3 = ou, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = ou, "fulltext" === r2.substr(ou, 8).toLowerCase() ? (e4 = r2.substr(ou, 8), ou += 8) : (e4 = u, 0 === cu && bu(ko));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t4, t4 = e4 = "FULLTEXT") : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = ou, "spatial" === r2.substr(ou, 7).toLowerCase() ? (e4 = r2.substr(ou, 7), ou += 7) : (e4 = u, 0 === cu && bu(No));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t4, t4 = e4 = "SPATIAL") : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()), e3 !== u && rc() !== u ? ((n2 = Hi()) === u && (n2 = $i()), n2 === u && (n2 = null), n2 !== u && rc() !== u ? ((o2 = rs()) === u && (o2 = null), o2 !== u && rc() !== u && (a2 = Fu()) !== u && rc() !== u ? ((s2 = Zu()) === u && (s2 = null), s2 !== u && rc() !== u ? (uu = t3, i2 = e3, l2 = s2, t3 = e3 = { index: o2, definition: a2, keyword: (c2 = n2) && `${i2.toLowerCase()} ${c2.toLowerCase()}` || i2.toLowerCase(), index_options: l2, resource: "index" }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ku() {
          var t3, e3, n2, o2;
          return t3 = ou, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = ou, "constraint" === r2.substr(ou, 10).toLowerCase() ? (e4 = r2.substr(ou, 10), ou += 10) : (e4 = u, 0 === cu && bu(Ro));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t4, t4 = e4 = "CONSTRAINT") : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && rc() !== u ? ((n2 = Ya()) === u && (n2 = null), n2 !== u ? (uu = t3, o2 = n2, t3 = e3 = { keyword: e3.toLowerCase(), constraint: o2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Nu() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2;
          return t3 = ou, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = ou, "references" === r2.substr(ou, 10).toLowerCase() ? (e4 = r2.substr(ou, 10), ou += 10) : (e4 = u, 0 === cu && bu(Uo));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t4, t4 = e4 = "REFERENCES") : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && rc() !== u && (n2 = ra()) !== u && rc() !== u && (o2 = Fu()) !== u && rc() !== u ? ("match full" === r2.substr(ou, 10).toLowerCase() ? (a2 = r2.substr(ou, 10), ou += 10) : (a2 = u, 0 === cu && bu(N)), a2 === u && ("match partial" === r2.substr(ou, 13).toLowerCase() ? (a2 = r2.substr(ou, 13), ou += 13) : (a2 = u, 0 === cu && bu(O)), a2 === u && ("match simple" === r2.substr(ou, 12).toLowerCase() ? (a2 = r2.substr(ou, 12), ou += 12) : (a2 = u, 0 === cu && bu(R)))), a2 === u && (a2 = null), a2 !== u && rc() !== u ? ((s2 = Ou()) === u && (s2 = null), s2 !== u && rc() !== u ? ((i2 = Ou()) === u && (i2 = null), i2 !== u ? (uu = t3, c2 = a2, l2 = s2, f2 = i2, t3 = e3 = { definition: o2, table: n2, keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = Ou()) !== u && (uu = t3, e3 = { on_action: [e3] }), t3 = e3), t3;
        }
        function Ou() {
          var t3, e3, n2, o2;
          return t3 = ou, Ys() !== u && rc() !== u ? ((e3 = Us()) === u && (e3 = Ns()), e3 !== u && rc() !== u && (n2 = (function() {
            var t4, e4, n3;
            t4 = ou, (e4 = Ui()) !== u && rc() !== u && Yi() !== u && rc() !== u ? ((n3 = ga()) === u && (n3 = null), n3 !== u && rc() !== u && Vi() !== u ? (uu = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            t4 === u && (t4 = ou, "restrict" === r2.substr(ou, 8).toLowerCase() ? (e4 = r2.substr(ou, 8), ou += 8) : (e4 = u, 0 === cu && bu(U)), e4 === u && ("cascade" === r2.substr(ou, 7).toLowerCase() ? (e4 = r2.substr(ou, 7), ou += 7) : (e4 = u, 0 === cu && bu(M)), e4 === u && ("set null" === r2.substr(ou, 8).toLowerCase() ? (e4 = r2.substr(ou, 8), ou += 8) : (e4 = u, 0 === cu && bu(D)), e4 === u && ("no action" === r2.substr(ou, 9).toLowerCase() ? (e4 = r2.substr(ou, 9), ou += 9) : (e4 = u, 0 === cu && bu(P)), e4 === u && ("set default" === r2.substr(ou, 11).toLowerCase() ? (e4 = r2.substr(ou, 11), ou += 11) : (e4 = u, 0 === cu && bu(F)), e4 === u && (e4 = Ui()))))), e4 !== u && (uu = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4);
            return t4;
          })()) !== u ? (uu = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ru() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2;
          return t3 = ou, (e3 = xs()) === u && (e3 = null), e3 !== u && rc() !== u ? ((n2 = (function() {
            var t4, e4, n3;
            return t4 = ou, "character" === r2.substr(ou, 9).toLowerCase() ? (e4 = r2.substr(ou, 9), ou += 9) : (e4 = u, 0 === cu && bu(H)), e4 !== u && rc() !== u ? ("set" === r2.substr(ou, 3).toLowerCase() ? (n3 = r2.substr(ou, 3), ou += 3) : (n3 = u, 0 === cu && bu($)), n3 !== u ? (uu = t4, t4 = e4 = "CHARACTER SET") : (ou = t4, t4 = u)) : (ou = t4, t4 = u), t4;
          })()) === u && ("charset" === r2.substr(ou, 7).toLowerCase() ? (n2 = r2.substr(ou, 7), ou += 7) : (n2 = u, 0 === cu && bu(W)), n2 === u && ("collate" === r2.substr(ou, 7).toLowerCase() ? (n2 = r2.substr(ou, 7), ou += 7) : (n2 = u, 0 === cu && bu(q)))), n2 !== u && rc() !== u ? ((o2 = Di()) === u && (o2 = null), o2 !== u && rc() !== u && (a2 = Ba()) !== u ? (uu = t3, i2 = n2, c2 = o2, l2 = a2, t3 = e3 = { keyword: (s2 = e3) && `${s2[0].toLowerCase()} ${i2.toLowerCase()}` || i2.toLowerCase(), symbol: c2, value: l2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Uu() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2;
          return t3 = ou, "auto_increment" === r2.substr(ou, 14).toLowerCase() ? (e3 = r2.substr(ou, 14), ou += 14) : (e3 = u, 0 === cu && bu(f)), e3 === u && ("avg_row_length" === r2.substr(ou, 14).toLowerCase() ? (e3 = r2.substr(ou, 14), ou += 14) : (e3 = u, 0 === cu && bu(G)), e3 === u && ("key_block_size" === r2.substr(ou, 14).toLowerCase() ? (e3 = r2.substr(ou, 14), ou += 14) : (e3 = u, 0 === cu && bu(B)), e3 === u && ("max_rows" === r2.substr(ou, 8).toLowerCase() ? (e3 = r2.substr(ou, 8), ou += 8) : (e3 = u, 0 === cu && bu(Y)), e3 === u && ("min_rows" === r2.substr(ou, 8).toLowerCase() ? (e3 = r2.substr(ou, 8), ou += 8) : (e3 = u, 0 === cu && bu(V)), e3 === u && ("stats_sample_pages" === r2.substr(ou, 18).toLowerCase() ? (e3 = r2.substr(ou, 18), ou += 18) : (e3 = u, 0 === cu && bu(Q))))))), e3 !== u && rc() !== u ? ((n2 = Di()) === u && (n2 = null), n2 !== u && rc() !== u && (o2 = As()) !== u ? (uu = t3, c2 = n2, l2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: c2, value: l2.value }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = Ru()) === u && (t3 = ou, (e3 = Wi()) === u && ("connection" === r2.substr(ou, 10).toLowerCase() ? (e3 = r2.substr(ou, 10), ou += 10) : (e3 = u, 0 === cu && bu(X))), e3 !== u && rc() !== u ? ((n2 = Di()) === u && (n2 = null), n2 !== u && rc() !== u && (o2 = ms()) !== u ? (uu = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, "compression" === r2.substr(ou, 11).toLowerCase() ? (e3 = r2.substr(ou, 11), ou += 11) : (e3 = u, 0 === cu && bu(K)), e3 !== u && rc() !== u ? ((n2 = Di()) === u && (n2 = null), n2 !== u && rc() !== u ? (o2 = ou, 39 === r2.charCodeAt(ou) ? (a2 = "'", ou++) : (a2 = u, 0 === cu && bu(z)), a2 !== u ? ("zlib" === r2.substr(ou, 4).toLowerCase() ? (s2 = r2.substr(ou, 4), ou += 4) : (s2 = u, 0 === cu && bu(Z)), s2 === u && ("lz4" === r2.substr(ou, 3).toLowerCase() ? (s2 = r2.substr(ou, 3), ou += 3) : (s2 = u, 0 === cu && bu(J)), s2 === u && ("none" === r2.substr(ou, 4).toLowerCase() ? (s2 = r2.substr(ou, 4), ou += 4) : (s2 = u, 0 === cu && bu(T)))), s2 !== u ? (39 === r2.charCodeAt(ou) ? (i2 = "'", ou++) : (i2 = u, 0 === cu && bu(z)), i2 !== u ? o2 = a2 = [a2, s2, i2] : (ou = o2, o2 = u)) : (ou = o2, o2 = u)) : (ou = o2, o2 = u), o2 !== u ? (uu = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, "engine" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(rr)), e3 !== u && rc() !== u ? ((n2 = Di()) === u && (n2 = null), n2 !== u && rc() !== u && (o2 = es()) !== u ? (uu = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.toUpperCase() };
          })(e3, n2, o2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)))), t3;
        }
        function Mu() {
          var t3, e3, n2, o2, a2;
          return t3 = ou, (e3 = ea()) !== u && rc() !== u && (n2 = (function() {
            var t4, e4, n3;
            return t4 = ou, "read" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(tr)), e4 !== u && rc() !== u ? ("local" === r2.substr(ou, 5).toLowerCase() ? (n3 = r2.substr(ou, 5), ou += 5) : (n3 = u, 0 === cu && bu(er)), n3 === u && (n3 = null), n3 !== u ? (uu = t4, t4 = e4 = { type: "read", suffix: n3 && "local" }) : (ou = t4, t4 = u)) : (ou = t4, t4 = u), t4 === u && (t4 = ou, "low_priority" === r2.substr(ou, 12).toLowerCase() ? (e4 = r2.substr(ou, 12), ou += 12) : (e4 = u, 0 === cu && bu(nr)), e4 === u && (e4 = null), e4 !== u && rc() !== u ? ("write" === r2.substr(ou, 5).toLowerCase() ? (n3 = r2.substr(ou, 5), ou += 5) : (n3 = u, 0 === cu && bu(or)), n3 !== u ? (uu = t4, t4 = e4 = { type: "write", prefix: e4 && "low_priority" }) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)), t4;
          })()) !== u ? (uu = t3, o2 = e3, a2 = n2, Nc.add(`lock::${o2.db}::${o2.table}`), t3 = e3 = { table: o2, lock_type: a2 }) : (ou = t3, t3 = u), t3;
        }
        function Du() {
          var t3, e3, n2, o2, a2, s2, i2;
          return (t3 = (function() {
            var t4, e4, n3, o3, a3, s3, i3, c2, f2, p2, v2, b2;
            t4 = ou, (e4 = rc()) !== u ? ((n3 = (function() {
              var t5, e5, n4, o4, a4, s4, i4, c3, f3, p3, v3, b3;
              if (t5 = ou, (e5 = zs()) !== u) if (rc() !== u) if ((n4 = Pu()) !== u) {
                for (o4 = [], a4 = ou, (s4 = rc()) !== u && (i4 = Gi()) !== u && (c3 = rc()) !== u && (f3 = Pu()) !== u ? a4 = s4 = [s4, i4, c3, f3] : (ou = a4, a4 = u); a4 !== u; ) o4.push(a4), a4 = ou, (s4 = rc()) !== u && (i4 = Gi()) !== u && (c3 = rc()) !== u && (f3 = Pu()) !== u ? a4 = s4 = [s4, i4, c3, f3] : (ou = a4, a4 = u);
                o4 !== u ? (uu = t5, e5 = l(n4, o4), t5 = e5) : (ou = t5, t5 = u);
              } else ou = t5, t5 = u;
              else ou = t5, t5 = u;
              else ou = t5, t5 = u;
              if (t5 === u) if (t5 = ou, (e5 = rc()) !== u) if (zs() !== u) if ((n4 = rc()) !== u) if ((o4 = (function() {
                var t6, e6, n5, o5;
                t6 = ou, "recursive" === r2.substr(ou, 9).toLowerCase() ? (e6 = r2.substr(ou, 9), ou += 9) : (e6 = u, 0 === cu && bu(Ie));
                e6 !== u ? (n5 = ou, cu++, o5 = ns(), cu--, o5 === u ? n5 = void 0 : (ou = n5, n5 = u), n5 !== u ? t6 = e6 = [e6, n5] : (ou = t6, t6 = u)) : (ou = t6, t6 = u);
                return t6;
              })()) !== u) if ((a4 = rc()) !== u) if ((s4 = Pu()) !== u) {
                for (i4 = [], c3 = ou, (f3 = rc()) !== u && (p3 = Gi()) !== u && (v3 = rc()) !== u && (b3 = Pu()) !== u ? c3 = f3 = [f3, p3, v3, b3] : (ou = c3, c3 = u); c3 !== u; ) i4.push(c3), c3 = ou, (f3 = rc()) !== u && (p3 = Gi()) !== u && (v3 = rc()) !== u && (b3 = Pu()) !== u ? c3 = f3 = [f3, p3, v3, b3] : (ou = c3, c3 = u);
                i4 !== u ? (uu = t5, d2 = i4, (y2 = s4).recursive = true, e5 = Tc(y2, d2), t5 = e5) : (ou = t5, t5 = u);
              } else ou = t5, t5 = u;
              else ou = t5, t5 = u;
              else ou = t5, t5 = u;
              else ou = t5, t5 = u;
              else ou = t5, t5 = u;
              else ou = t5, t5 = u;
              var y2, d2;
              return t5;
            })()) === u && (n3 = null), n3 !== u && rc() !== u && (function() {
              var t5, e5, n4, o4;
              t5 = ou, "select" === r2.substr(ou, 6).toLowerCase() ? (e5 = r2.substr(ou, 6), ou += 6) : (e5 = u, 0 === cu && bu(ge));
              e5 !== u ? (n4 = ou, cu++, o4 = ns(), cu--, o4 === u ? n4 = void 0 : (ou = n4, n4 = u), n4 !== u ? t5 = e5 = [e5, n4] : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })() !== u && tc() !== u ? ((o3 = (function() {
              var r3, t5, e5, n4, o4, a4;
              if (r3 = ou, (t5 = Hu()) !== u) {
                for (e5 = [], n4 = ou, (o4 = rc()) !== u && (a4 = Hu()) !== u ? n4 = o4 = [o4, a4] : (ou = n4, n4 = u); n4 !== u; ) e5.push(n4), n4 = ou, (o4 = rc()) !== u && (a4 = Hu()) !== u ? n4 = o4 = [o4, a4] : (ou = n4, n4 = u);
                e5 !== u ? (uu = r3, t5 = (function(r4, t6) {
                  const e6 = [r4];
                  for (let r5 = 0, n5 = t6.length; r5 < n5; ++r5) e6.push(t6[r5][1]);
                  return e6;
                })(t5, e5), r3 = t5) : (ou = r3, r3 = u);
              } else ou = r3, r3 = u;
              return r3;
            })()) === u && (o3 = null), o3 !== u && rc() !== u ? ((a3 = ti()) === u && (a3 = null), a3 !== u && rc() !== u && (s3 = $u()) !== u && rc() !== u ? ((i3 = Xu()) === u && (i3 = null), i3 !== u && rc() !== u ? ((c2 = sa()) === u && (c2 = null), c2 !== u && rc() !== u ? ((f2 = (function() {
              var t5, e5, n4;
              t5 = ou, (e5 = (function() {
                var t6, e6, n5, o4;
                t6 = ou, "group" === r2.substr(ou, 5).toLowerCase() ? (e6 = r2.substr(ou, 5), ou += 5) : (e6 = u, 0 === cu && bu(en));
                e6 !== u ? (n5 = ou, cu++, o4 = ns(), cu--, o4 === u ? n5 = void 0 : (ou = n5, n5 = u), n5 !== u ? t6 = e6 = [e6, n5] : (ou = t6, t6 = u)) : (ou = t6, t6 = u);
                return t6;
              })()) !== u && rc() !== u && Zs() !== u && rc() !== u && (n4 = ga()) !== u ? (uu = t5, e5 = { columns: n4.value }, t5 = e5) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (f2 = null), f2 !== u && rc() !== u ? ((p2 = (function() {
              var t5, e5;
              t5 = ou, (function() {
                var t6, e6, n4, o4;
                t6 = ou, "having" === r2.substr(ou, 6).toLowerCase() ? (e6 = r2.substr(ou, 6), ou += 6) : (e6 = u, 0 === cu && bu(un));
                e6 !== u ? (n4 = ou, cu++, o4 = ns(), cu--, o4 === u ? n4 = void 0 : (ou = n4, n4 = u), n4 !== u ? t6 = e6 = [e6, n4] : (ou = t6, t6 = u)) : (ou = t6, t6 = u);
                return t6;
              })() !== u && rc() !== u && (e5 = ka()) !== u ? (uu = t5, t5 = e5) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (p2 = null), p2 !== u && rc() !== u ? ((v2 = va()) === u && (v2 = null), v2 !== u && rc() !== u ? ((b2 = ha()) === u && (b2 = null), b2 !== u ? (uu = t4, e4 = (function(r3, t5, e5, n4, o4, u2, a4, s4, i4, c3) {
              if (o4) {
                (Array.isArray(o4) ? o4 : o4.expr).forEach((r4) => r4.table && Nc.add(`select::${r4.db}::${r4.table}`));
              }
              return { with: r3, type: "select", options: t5, distinct: e5, columns: n4, from: o4, where: u2, groupby: a4, having: s4, orderby: i4, limit: c3 };
            })(n3, o3, a3, s3, i3, c2, f2, p2, v2, b2), t4 = e4) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) === u && (t3 = ou, e3 = ou, 40 === r2.charCodeAt(ou) ? (n2 = "(", ou++) : (n2 = u, 0 === cu && bu(ar)), n2 !== u && (o2 = rc()) !== u && (a2 = Du()) !== u && (s2 = rc()) !== u ? (41 === r2.charCodeAt(ou) ? (i2 = ")", ou++) : (i2 = u, 0 === cu && bu(sr)), i2 !== u ? e3 = n2 = [n2, o2, a2, s2, i2] : (ou = e3, e3 = u)) : (ou = e3, e3 = u), e3 !== u && (uu = t3, e3 = { ...e3[2], parentheses_symbol: true }), t3 = e3), t3;
        }
        function Pu() {
          var r3, t3, e3, n2, o2;
          return r3 = ou, (t3 = ms()) === u && (t3 = es()), t3 !== u && rc() !== u ? ((e3 = Fu()) === u && (e3 = null), e3 !== u && rc() !== u && Ws() !== u && rc() !== u && Yi() !== u && rc() !== u && (n2 = Lu()) !== u && rc() !== u && Vi() !== u ? (uu = r3, "string" == typeof (o2 = t3) && (o2 = { type: "default", value: o2 }), r3 = t3 = { name: o2, stmt: n2, columns: e3 }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3;
        }
        function Fu() {
          var r3, t3;
          return r3 = ou, Yi() !== u && rc() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, a2, s2, i2;
            if (r4 = ou, (t4 = Ga()) !== u) {
              for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Ga()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Ga()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
              e3 !== u ? (uu = r4, t4 = l(t4, e3), r4 = t4) : (ou = r4, r4 = u);
            } else ou = r4, r4 = u;
            return r4;
          })()) !== u && rc() !== u && Vi() !== u ? (uu = r3, r3 = t3) : (ou = r3, r3 = u), r3;
        }
        function Hu() {
          var t3, e3;
          return t3 = ou, (e3 = (function() {
            var t4;
            "sql_calc_found_rows" === r2.substr(ou, 19).toLowerCase() ? (t4 = r2.substr(ou, 19), ou += 19) : (t4 = u, 0 === cu && bu(Mo));
            return t4;
          })()) === u && ((e3 = (function() {
            var t4;
            "sql_cache" === r2.substr(ou, 9).toLowerCase() ? (t4 = r2.substr(ou, 9), ou += 9) : (t4 = u, 0 === cu && bu(Do));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_no_cache" === r2.substr(ou, 12).toLowerCase() ? (t4 = r2.substr(ou, 12), ou += 12) : (t4 = u, 0 === cu && bu(Po));
            return t4;
          })()), e3 === u && (e3 = (function() {
            var t4;
            "sql_big_result" === r2.substr(ou, 14).toLowerCase() ? (t4 = r2.substr(ou, 14), ou += 14) : (t4 = u, 0 === cu && bu(Ho));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_small_result" === r2.substr(ou, 16).toLowerCase() ? (t4 = r2.substr(ou, 16), ou += 16) : (t4 = u, 0 === cu && bu(Fo));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_buffer_result" === r2.substr(ou, 17).toLowerCase() ? (t4 = r2.substr(ou, 17), ou += 17) : (t4 = u, 0 === cu && bu($o));
            return t4;
          })())), e3 !== u && (uu = t3, e3 = e3), t3 = e3;
        }
        function $u() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = ri()) === u && (t3 = ou, (e3 = Bi()) !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = Bi())), t3 !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Bu()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Bu()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = (function(r4, t4) {
              Oc.add("select::null::(.*)");
              const e4 = { expr: { type: "column_ref", table: null, column: "*" }, as: null };
              return t4 && t4.length > 0 ? Tc(e4, t4) : [e4];
            })(0, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          if (r3 === u) if (r3 = ou, (t3 = Bu()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Bu()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Bu()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = l(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function Wu() {
          var t3, e3, n2, o2, a2, s2, i2;
          return t3 = ou, Qi() !== u && rc() !== u ? ((e3 = As()) === u && (e3 = ms()), e3 !== u && rc() !== u && Xi() !== u ? (n2 = ou, (o2 = rc()) !== u ? (46 === r2.charCodeAt(ou) ? (a2 = ".", ou++) : (a2 = u, 0 === cu && bu(ir)), a2 !== u && (s2 = rc()) !== u && (i2 = Ya()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u)) : (ou = n2, n2 = u), n2 === u && (n2 = null), n2 !== u ? (uu = t3, t3 = (function(r3, t4) {
            let e4;
            return t4 && (e4 = { type: "default", value: t4[3] }), { brackets: true, index: r3, property: e4 };
          })(e3, n2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function qu() {
          var r3, t3, e3, n2, o2, a2;
          if (r3 = ou, (t3 = Wu()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Wu()) !== u ? n2 = o2 = [o2, a2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Wu()) !== u ? n2 = o2 = [o2, a2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = i(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function Gu() {
          var r3, t3, e3, n2, o2;
          return r3 = ou, (t3 = (function() {
            var r4, t4, e4, n3, o3, a2, s2, i2;
            if (r4 = ou, (t4 = Ia()) !== u) {
              for (e4 = [], n3 = ou, (o3 = rc()) !== u ? ((a2 = ci()) === u && (a2 = li()) === u && (a2 = Ji()), a2 !== u && (s2 = rc()) !== u && (i2 = Ia()) !== u ? n3 = o3 = [o3, a2, s2, i2] : (ou = n3, n3 = u)) : (ou = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = ou, (o3 = rc()) !== u ? ((a2 = ci()) === u && (a2 = li()) === u && (a2 = Ji()), a2 !== u && (s2 = rc()) !== u && (i2 = Ia()) !== u ? n3 = o3 = [o3, a2, s2, i2] : (ou = n3, n3 = u)) : (ou = n3, n3 = u);
              e4 !== u ? (uu = r4, t4 = (function(r5, t5) {
                const e5 = r5.ast;
                if (e5 && "select" === e5.type && (!(r5.parentheses_symbol || r5.parentheses || r5.ast.parentheses || r5.ast.parentheses_symbol) || 1 !== e5.columns.length || "*" === e5.columns[0].expr.column)) throw new Error("invalid column clause with select statement");
                if (!t5 || 0 === t5.length) return r5;
                const n4 = t5.length;
                let o4 = t5[n4 - 1][3];
                for (let e6 = n4 - 1; e6 >= 0; e6--) {
                  const n5 = 0 === e6 ? r5 : t5[e6 - 1][3];
                  o4 = jc(t5[e6][1], n5, o4);
                }
                return o4;
              })(t4, e4), r4 = t4) : (ou = r4, r4 = u);
            } else ou = r4, r4 = u;
            return r4;
          })()) !== u && rc() !== u ? ((e3 = qu()) === u && (e3 = null), e3 !== u ? (uu = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3;
        }
        function Bu() {
          var r3, t3, e3, n2, o2, a2, s2;
          return r3 = ou, t3 = ou, (e3 = Ya()) !== u && (n2 = rc()) !== u && (o2 = qi()) !== u ? t3 = e3 = [e3, n2, o2] : (ou = t3, t3 = u), t3 === u && (t3 = null), t3 !== u && (e3 = rc()) !== u && (n2 = Bi()) !== u ? (uu = r3, r3 = t3 = (function(r4) {
            const t4 = r4 && r4[0] || null;
            return Oc.add(`select::${t4}::(.*)`), { expr: { type: "column_ref", table: t4, column: "*" }, as: null };
          })(t3)) : (ou = r3, r3 = u), r3 === u && (r3 = ou, (t3 = Gu()) !== u && (e3 = rc()) !== u ? ((n2 = Vu()) === u && (n2 = null), n2 !== u ? (uu = r3, s2 = n2, "double_quote_string" !== (a2 = t3).type && "single_quote_string" !== a2.type || Oc.add("select::null::" + a2.value), r3 = t3 = { type: "expr", expr: a2, as: s2 }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)), r3;
        }
        function Yu() {
          var r3, t3, e3;
          return r3 = ou, (t3 = Ws()) === u && (t3 = null), t3 !== u && rc() !== u ? ((e3 = vs()) === u && (e3 = Va()), e3 !== u ? (uu = r3, r3 = t3 = e3) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3;
        }
        function Vu() {
          var r3, t3, e3;
          return r3 = ou, (t3 = Ws()) !== u && rc() !== u ? ((e3 = vs()) === u && (e3 = Va()), e3 !== u ? (uu = r3, r3 = t3 = e3) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3 === u && (r3 = ou, (t3 = Ws()) === u && (t3 = null), t3 !== u && rc() !== u && (e3 = Ya()) !== u ? (uu = r3, r3 = t3 = e3) : (ou = r3, r3 = u)), r3;
        }
        function Qu() {
          var t3, e3, n2, o2, a2;
          return t3 = ou, "unnest" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(cr)), e3 !== u && rc() !== u && Yi() !== u && rc() !== u ? ((n2 = Ia()) === u && (n2 = null), n2 !== u && rc() !== u && Vi() !== u && rc() !== u ? ((o2 = vs()) === u && (o2 = Vu()), o2 === u && (o2 = null), o2 !== u && rc() !== u ? ((a2 = (function() {
            var r3, t4;
            return r3 = ou, zs() !== u && rc() !== u && Js() !== u && rc() !== u ? ((t4 = Vu()) === u && (t4 = null), t4 !== u ? (uu = r3, r3 = { keyword: "with offset as", as: t4 }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3;
          })()) === u && (a2 = null), a2 !== u ? (uu = t3, t3 = e3 = { type: "unnest", expr: n2, parentheses: true, as: o2, with_offset: a2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Xu() {
          var r3, t3;
          return r3 = ou, Hs() !== u && rc() !== u && (t3 = ra()) !== u ? (uu = r3, r3 = t3) : (ou = r3, r3 = u), r3;
        }
        function Ku() {
          var r3, t3, e3;
          return r3 = ou, (t3 = oa()) !== u && rc() !== u && Is() !== u && rc() !== u && (e3 = oa()) !== u ? (uu = r3, r3 = t3 = [t3, e3]) : (ou = r3, r3 = u), r3;
        }
        function zu() {
          var t3, e3;
          return t3 = ou, Ks() !== u && rc() !== u ? ("btree" === r2.substr(ou, 5).toLowerCase() ? (e3 = r2.substr(ou, 5), ou += 5) : (e3 = u, 0 === cu && bu(lr)), e3 === u && ("hash" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(fr))), e3 !== u ? (uu = t3, t3 = { keyword: "using", type: e3.toLowerCase() }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Zu() {
          var r3, t3, e3, n2, o2, a2;
          if (r3 = ou, (t3 = Ju()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Ju()) !== u ? n2 = o2 = [o2, a2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Ju()) !== u ? n2 = o2 = [o2, a2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = (function(r4, t4) {
              const e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function Ju() {
          var t3, e3, n2, o2, a2, s2;
          return t3 = ou, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = ou, "key_block_size" === r2.substr(ou, 14).toLowerCase() ? (e4 = r2.substr(ou, 14), ou += 14) : (e4 = u, 0 === cu && bu(B));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t4, t4 = e4 = "KEY_BLOCK_SIZE") : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && rc() !== u ? ((n2 = Di()) === u && (n2 = null), n2 !== u && rc() !== u && (o2 = As()) !== u ? (uu = t3, a2 = n2, s2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: a2, expr: s2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = zu()) === u && (t3 = ou, "with" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(pr)), e3 !== u && rc() !== u ? ("parser" === r2.substr(ou, 6).toLowerCase() ? (n2 = r2.substr(ou, 6), ou += 6) : (n2 = u, 0 === cu && bu(vr)), n2 !== u && rc() !== u && (o2 = es()) !== u ? (uu = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, "visible" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(br)), e3 === u && ("invisible" === r2.substr(ou, 9).toLowerCase() ? (e3 = r2.substr(ou, 9), ou += 9) : (e3 = u, 0 === cu && bu(yr))), e3 !== u && (uu = t3, e3 = (function(r3) {
            return { type: r3.toLowerCase(), expr: r3.toLowerCase() };
          })(e3)), (t3 = e3) === u && (t3 = nc()))), t3;
        }
        function ra() {
          var r3, t3, e3, n2;
          if (r3 = ou, (t3 = ea()) !== u) if (rc() !== u) {
            for (e3 = [], n2 = ta(); n2 !== u; ) e3.push(n2), n2 = ta();
            e3 !== u ? (uu = r3, r3 = t3 = dr(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          return r3;
        }
        function ta() {
          var r3, t3, e3;
          return r3 = ou, rc() !== u && (t3 = Gi()) !== u && rc() !== u && (e3 = ea()) !== u ? (uu = r3, r3 = e3) : (ou = r3, r3 = u), r3 === u && (r3 = ou, rc() !== u && (t3 = (function() {
            var r4, t4, e4, n2, o2, a2, s2, i2, c2, l2, f2;
            if (r4 = ou, (t4 = na()) !== u) if (rc() !== u) if ((e4 = ea()) !== u) if (rc() !== u) if ((n2 = Ks()) !== u) if (rc() !== u) if (Yi() !== u) if (rc() !== u) if ((o2 = Ba()) !== u) {
              for (a2 = [], s2 = ou, (i2 = rc()) !== u && (c2 = Gi()) !== u && (l2 = rc()) !== u && (f2 = Ba()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (ou = s2, s2 = u); s2 !== u; ) a2.push(s2), s2 = ou, (i2 = rc()) !== u && (c2 = Gi()) !== u && (l2 = rc()) !== u && (f2 = Ba()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (ou = s2, s2 = u);
              a2 !== u && (s2 = rc()) !== u && (i2 = Vi()) !== u ? (uu = r4, p2 = t4, b2 = o2, y2 = a2, (v2 = e4).join = p2, v2.using = Tc(b2, y2), r4 = t4 = v2) : (ou = r4, r4 = u);
            } else ou = r4, r4 = u;
            else ou = r4, r4 = u;
            else ou = r4, r4 = u;
            else ou = r4, r4 = u;
            else ou = r4, r4 = u;
            else ou = r4, r4 = u;
            else ou = r4, r4 = u;
            else ou = r4, r4 = u;
            else ou = r4, r4 = u;
            var p2, v2, b2, y2;
            r4 === u && (r4 = ou, (t4 = na()) !== u && rc() !== u && (e4 = ea()) !== u && rc() !== u ? ((n2 = aa()) === u && (n2 = null), n2 !== u ? (uu = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (ou = r4, r4 = u)) : (ou = r4, r4 = u), r4 === u && (r4 = ou, (t4 = na()) === u && (t4 = wu()), t4 !== u && rc() !== u && (e4 = Yi()) !== u && rc() !== u ? ((n2 = Lu()) === u && (n2 = ra()), n2 !== u && rc() !== u && Vi() !== u && rc() !== u ? ((o2 = Vu()) === u && (o2 = null), o2 !== u && (a2 = rc()) !== u ? ((s2 = aa()) === u && (s2 = null), s2 !== u ? (uu = r4, t4 = (function(r5, t5, e5, n3) {
              return t5.parentheses = true, { expr: t5, as: e5, join: r5, on: n3 };
            })(t4, n2, o2, s2), r4 = t4) : (ou = r4, r4 = u)) : (ou = r4, r4 = u)) : (ou = r4, r4 = u)) : (ou = r4, r4 = u)));
            return r4;
          })()) !== u ? (uu = r3, r3 = t3) : (ou = r3, r3 = u)), r3;
        }
        function ea() {
          var t3, e3, n2, o2;
          return (t3 = Qu()) === u && (t3 = ou, (e3 = (function() {
            var t4;
            "dual" === r2.substr(ou, 4).toLowerCase() ? (t4 = r2.substr(ou, 4), ou += 4) : (t4 = u, 0 === cu && bu(To));
            return t4;
          })()) !== u && (uu = t3, e3 = { type: "dual" }), (t3 = e3) === u && (t3 = ou, (e3 = Aa()) !== u && rc() !== u ? ((n2 = Yu()) === u && (n2 = null), n2 !== u ? (uu = t3, t3 = e3 = { expr: e3, as: n2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = Yi()) !== u && rc() !== u && (n2 = Aa()) !== u && rc() !== u && Vi() !== u && rc() !== u ? ((o2 = Yu()) === u && (o2 = null), o2 !== u ? (uu = t3, t3 = e3 = (function(r3, t4) {
            return { expr: { ...r3, parentheses: true }, as: t4 };
          })(n2, o2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = oa()) !== u && rc() !== u ? ((n2 = Vu()) === u && (n2 = null), n2 !== u ? (uu = t3, t3 = e3 = (function(r3, t4) {
            return "var" === r3.type ? (r3.as = t4, r3) : { db: r3.db, table: r3.table, as: t4 };
          })(e3, n2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = Yi()) !== u && rc() !== u && (n2 = Lu()) !== u && rc() !== u && Vi() !== u && rc() !== u ? ((o2 = Vu()) === u && (o2 = null), o2 !== u ? (uu = t3, t3 = e3 = (function(r3, t4) {
            return r3.parentheses = true, { expr: r3, as: t4 };
          })(n2, o2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = Yi()) !== u && rc() !== u && (n2 = ra()) !== u && rc() !== u && Vi() !== u && rc() !== u ? ((o2 = Vu()) === u && (o2 = null), o2 !== u ? (uu = t3, t3 = e3 = (function(r3, t4) {
            return { expr: r3 = { type: "tables", expr: r3, parentheses: true }, as: t4 };
          })(n2, o2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u))))))), t3;
        }
        function na() {
          var t3, e3, n2, o2;
          return t3 = ou, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = ou, "left" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(Be));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && (n2 = rc()) !== u ? ((o2 = Qs()) === u && (o2 = null), o2 !== u && rc() !== u && Vs() !== u ? (uu = t3, t3 = e3 = "LEFT JOIN") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = ou, "right" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(Ye));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && (n2 = rc()) !== u ? ((o2 = Qs()) === u && (o2 = null), o2 !== u && rc() !== u && Vs() !== u ? (uu = t3, t3 = e3 = "RIGHT JOIN") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = ou, "full" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(Ve));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && (n2 = rc()) !== u ? ((o2 = Qs()) === u && (o2 = null), o2 !== u && rc() !== u && Vs() !== u ? (uu = t3, t3 = e3 = "FULL JOIN") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, e3 = ou, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = ou, "inner" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(Xe));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && (o2 = rc()) !== u ? e3 = n2 = [n2, o2] : (ou = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = Vs()) !== u ? (uu = t3, t3 = e3 = "INNER JOIN") : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = ou, "cross" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(Qe));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && (n2 = rc()) !== u && (o2 = Vs()) !== u ? (uu = t3, t3 = e3 = "CROSS JOIN") : (ou = t3, t3 = u))))), t3;
        }
        function oa() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          return r3 = ou, (t3 = Ya()) !== u ? (e3 = ou, (n2 = rc()) !== u && (o2 = qi()) !== u && (a2 = rc()) !== u && (s2 = Ya()) !== u ? e3 = n2 = [n2, o2, a2, s2] : (ou = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? (uu = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { db: null, table: r4 };
            return null !== t4 && (e4.db = r4, e4.table = t4[3]), e4;
          })(t3, e3)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3 === u && (r3 = ou, (t3 = dc()) !== u && (uu = r3, (i2 = t3).db = null, i2.table = i2.name, t3 = i2), r3 = t3), r3;
        }
        function ua() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = Ia()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u ? ((a2 = ci()) === u && (a2 = li()), a2 !== u && (s2 = rc()) !== u && (i2 = Ia()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u)) : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u ? ((a2 = ci()) === u && (a2 = li()), a2 !== u && (s2 = rc()) !== u && (i2 = Ia()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u)) : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = jc(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function aa() {
          var r3, t3;
          return r3 = ou, Ys() !== u && rc() !== u && (t3 = ka()) !== u ? (uu = r3, r3 = t3) : (ou = r3, r3 = u), r3;
        }
        function sa() {
          var t3, e3;
          return t3 = ou, (function() {
            var t4, e4, n2, o2;
            t4 = ou, "where" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(tn));
            e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })() !== u && rc() !== u && (e3 = ka()) !== u ? (uu = t3, t3 = e3) : (ou = t3, t3 = u), t3;
        }
        function ia() {
          var r3, t3;
          return (r3 = es()) === u && (r3 = ou, Yi() !== u && rc() !== u ? ((t3 = (function() {
            var r4, t4, e3, n2;
            r4 = ou, (t4 = ba()) === u && (t4 = null);
            t4 !== u && rc() !== u ? ((e3 = va()) === u && (e3 = null), e3 !== u && rc() !== u ? ((n2 = (function() {
              var r5, t5, e4, n3, o2;
              r5 = ou, (t5 = ki()) !== u && rc() !== u ? ((e4 = ca()) === u && (e4 = la()), e4 !== u ? (uu = r5, r5 = t5 = { type: "rows", expr: e4 }) : (ou = r5, r5 = u)) : (ou = r5, r5 = u);
              r5 === u && (r5 = ou, (t5 = ki()) !== u && rc() !== u && (e4 = ei()) !== u && rc() !== u && (n3 = la()) !== u && rc() !== u && ci() !== u && rc() !== u ? ((o2 = ca()) === u && (o2 = la()), o2 !== u ? (uu = r5, t5 = jc(e4, { type: "origin", value: "rows" }, { type: "expr_list", value: [n3, o2] }), r5 = t5) : (ou = r5, r5 = u)) : (ou = r5, r5 = u));
              return r5;
            })()) === u && (n2 = null), n2 !== u ? (uu = r4, r4 = t4 = { name: null, partitionby: t4, orderby: e3, window_frame_clause: n2 }) : (ou = r4, r4 = u)) : (ou = r4, r4 = u)) : (ou = r4, r4 = u);
            return r4;
          })()) === u && (t3 = null), t3 !== u && rc() !== u && Vi() !== u ? (uu = r3, r3 = { window_specification: t3 || {}, parentheses: true }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)), r3;
        }
        function ca() {
          var t3, e3, n2, o2;
          return t3 = ou, (e3 = pa()) !== u && rc() !== u ? ("following" === r2.substr(ou, 9).toLowerCase() ? (n2 = r2.substr(ou, 9), ou += 9) : (n2 = u, 0 === cu && bu(hr)), n2 !== u ? (uu = t3, (o2 = e3).value += " FOLLOWING", t3 = e3 = o2) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = fa()), t3;
        }
        function la() {
          var t3, e3, n2, o2, a2;
          return t3 = ou, (e3 = pa()) !== u && rc() !== u ? ("preceding" === r2.substr(ou, 9).toLowerCase() ? (n2 = r2.substr(ou, 9), ou += 9) : (n2 = u, 0 === cu && bu(mr)), n2 === u && ("following" === r2.substr(ou, 9).toLowerCase() ? (n2 = r2.substr(ou, 9), ou += 9) : (n2 = u, 0 === cu && bu(hr))), n2 !== u ? (uu = t3, a2 = n2, (o2 = e3).value += " " + a2.toUpperCase(), t3 = e3 = o2) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = fa()), t3;
        }
        function fa() {
          var t3, e3, n2;
          return t3 = ou, "current" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(wr)), e3 !== u && rc() !== u ? ("row" === r2.substr(ou, 3).toLowerCase() ? (n2 = r2.substr(ou, 3), ou += 3) : (n2 = u, 0 === cu && bu(Lr)), n2 !== u ? (uu = t3, t3 = e3 = { type: "origin", value: "current row" }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function pa() {
          var t3, e3;
          return t3 = ou, "unbounded" === r2.substr(ou, 9).toLowerCase() ? (e3 = r2.substr(ou, 9), ou += 9) : (e3 = u, 0 === cu && bu(Cr)), e3 !== u && (uu = t3, e3 = { type: "origin", value: e3.toUpperCase() }), (t3 = e3) === u && (t3 = As()), t3;
        }
        function va() {
          var t3, e3;
          return t3 = ou, (function() {
            var t4, e4, n2, o2;
            t4 = ou, "order" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(on));
            e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })() !== u && rc() !== u && Zs() !== u && rc() !== u && (e3 = (function() {
            var r3, t4, e4, n2, o2, a2, s2, i2;
            if (r3 = ou, (t4 = ya()) !== u) {
              for (e4 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = ya()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e4.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = ya()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
              e4 !== u ? (uu = r3, t4 = l(t4, e4), r3 = t4) : (ou = r3, r3 = u);
            } else ou = r3, r3 = u;
            return r3;
          })()) !== u ? (uu = t3, t3 = e3) : (ou = t3, t3 = u), t3;
        }
        function ba() {
          var r3, t3;
          return r3 = ou, Ps() !== u && rc() !== u && Zs() !== u && rc() !== u && (t3 = $u()) !== u ? (uu = r3, r3 = t3) : (ou = r3, r3 = u), r3;
        }
        function ya() {
          var t3, e3, n2;
          return t3 = ou, (e3 = Ia()) !== u && rc() !== u ? ((n2 = (function() {
            var t4, e4, n3, o2;
            t4 = ou, "desc" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(ln));
            e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t4, t4 = e4 = "DESC") : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) === u && (n2 = (function() {
            var t4, e4, n3, o2;
            t4 = ou, "asc" === r2.substr(ou, 3).toLowerCase() ? (e4 = r2.substr(ou, 3), ou += 3) : (e4 = u, 0 === cu && bu(cn));
            e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t4, t4 = e4 = "ASC") : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()), n2 === u && (n2 = null), n2 !== u ? (uu = t3, t3 = e3 = { expr: e3, type: n2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function da() {
          var r3;
          return (r3 = As()) === u && (r3 = as()), r3;
        }
        function ha() {
          var t3, e3, n2, o2, a2, s2;
          return t3 = ou, (function() {
            var t4, e4, n3, o3;
            t4 = ou, "limit" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(an));
            e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })() !== u && rc() !== u && (e3 = da()) !== u && rc() !== u ? (n2 = ou, (o2 = Gi()) === u && (o2 = Js()), o2 !== u && (a2 = rc()) !== u && (s2 = da()) !== u ? n2 = o2 = [o2, a2, s2] : (ou = n2, n2 = u), n2 === u && (n2 = null), n2 !== u ? (uu = t3, t3 = (function(r3, t4) {
            const e4 = [r3];
            return t4 && e4.push(t4[2]), { seperator: t4 && t4[0] && t4[0].toLowerCase() || "", value: e4 };
          })(e3, n2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ma() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2;
          return t3 = ou, e3 = ou, (n2 = Ya()) !== u && (o2 = rc()) !== u && (a2 = qi()) !== u ? e3 = n2 = [n2, o2, a2] : (ou = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = rc()) !== u && (o2 = Ja()) !== u && (a2 = rc()) !== u ? (61 === r2.charCodeAt(ou) ? (s2 = "=", ou++) : (s2 = u, 0 === cu && bu(Ar)), s2 !== u && rc() !== u && (i2 = Ia()) !== u ? (uu = t3, t3 = e3 = { column: o2, value: i2, table: (l2 = e3) && l2[0] }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, e3 = ou, (n2 = Ya()) !== u && (o2 = rc()) !== u && (a2 = qi()) !== u ? e3 = n2 = [n2, o2, a2] : (ou = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = rc()) !== u && (o2 = Ja()) !== u && (a2 = rc()) !== u ? (61 === r2.charCodeAt(ou) ? (s2 = "=", ou++) : (s2 = u, 0 === cu && bu(Ar)), s2 !== u && rc() !== u && (i2 = Xs()) !== u && rc() !== u && Yi() !== u && rc() !== u && (c2 = Ga()) !== u && rc() !== u && Vi() !== u ? (uu = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: t4, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)), t3;
        }
        function wa() {
          var r3, t3;
          return (r3 = Aa()) === u && (r3 = ou, (t3 = Lu()) !== u && (uu = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function La() {
          var r3, t3, e3, n2, o2, a2, s2, i2, c2;
          if (r3 = ou, Ps() !== u) if (rc() !== u) if ((t3 = Yi()) !== u) if (rc() !== u) if ((e3 = es()) !== u) {
            for (n2 = [], o2 = ou, (a2 = rc()) !== u && (s2 = Gi()) !== u && (i2 = rc()) !== u && (c2 = es()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (ou = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = ou, (a2 = rc()) !== u && (s2 = Gi()) !== u && (i2 = rc()) !== u && (c2 = es()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (ou = o2, o2 = u);
            n2 !== u && (o2 = rc()) !== u && (a2 = Vi()) !== u ? (uu = r3, r3 = Tc(e3, n2)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          return r3 === u && (r3 = ou, Ps() !== u && rc() !== u && (t3 = Ea()) !== u ? (uu = r3, r3 = t3) : (ou = r3, r3 = u)), r3;
        }
        function Ca() {
          var t3, e3;
          return t3 = ou, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = ou, "insert" === r2.substr(ou, 6).toLowerCase() ? (e4 = r2.substr(ou, 6), ou += 6) : (e4 = u, 0 === cu && bu(xe));
            e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && (uu = t3, e3 = "insert"), (t3 = e3) === u && (t3 = ou, (e3 = Ms()) !== u && (uu = t3, e3 = "replace"), t3 = e3), t3;
        }
        function Aa() {
          var r3, t3;
          return r3 = ou, Xs() !== u && rc() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, a2, s2, i2;
            if (r4 = ou, (t4 = Ea()) !== u) {
              for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Ea()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Ea()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
              e3 !== u ? (uu = r4, t4 = l(t4, e3), r4 = t4) : (ou = r4, r4 = u);
            } else ou = r4, r4 = u;
            return r4;
          })()) !== u ? (uu = r3, r3 = { type: "values", values: t3 }) : (ou = r3, r3 = u), r3;
        }
        function Ea() {
          var r3, t3;
          return r3 = ou, Yi() !== u && rc() !== u && (t3 = ga()) !== u && rc() !== u && Vi() !== u ? (uu = r3, r3 = t3) : (ou = r3, r3 = u), r3 === u && (r3 = vs()), r3;
        }
        function ga() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = Ia()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Ia()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = Ia()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { type: "expr_list" };
              return e4.value = Tc(r4, t4), e4;
            })(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function ja() {
          var t3, e3, n2;
          return t3 = ou, Ri() !== u && rc() !== u && (e3 = Ia()) !== u && rc() !== u && (n2 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = ou, "year" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(Ft));
              e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "YEAR") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = ou, "month" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(Nt));
              e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "MONTH") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = ou, "day" === r2.substr(ou, 3).toLowerCase() ? (e4 = r2.substr(ou, 3), ou += 3) : (e4 = u, 0 === cu && bu(wt));
              e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "DAY") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = ou, "hour" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(jt));
              e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "HOUR") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = ou, "minute" === r2.substr(ou, 6).toLowerCase() ? (e4 = r2.substr(ou, 6), ou += 6) : (e4 = u, 0 === cu && bu(kt));
              e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "MINUTE") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = ou, "second" === r2.substr(ou, 6).toLowerCase() ? (e4 = r2.substr(ou, 6), ou += 6) : (e4 = u, 0 === cu && bu(Rt));
              e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "SECOND") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) !== u ? (uu = t3, t3 = { type: "interval", expr: e3, unit: n2.toLowerCase() }) : (ou = t3, t3 = u), t3;
        }
        function _a() {
          var r3, t3, e3, n2, o2, a2;
          if (r3 = ou, (t3 = Ta()) !== u) if (rc() !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Ta()) !== u ? n2 = o2 = [o2, a2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Ta()) !== u ? n2 = o2 = [o2, a2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = i(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          return r3;
        }
        function Ta() {
          var t3, e3, n2;
          return t3 = ou, (function() {
            var t4, e4, n3, o2;
            t4 = ou, "when" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(In));
            e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })() !== u && rc() !== u && (e3 = ka()) !== u && rc() !== u && (function() {
            var t4, e4, n3, o2;
            t4 = ou, "then" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(kn));
            e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })() !== u && rc() !== u && (n2 = Ia()) !== u ? (uu = t3, t3 = { type: "when", cond: e3, result: n2 }) : (ou = t3, t3 = u), t3;
        }
        function Sa() {
          var t3, e3;
          return t3 = ou, (function() {
            var t4, e4, n2, o2;
            t4 = ou, "else" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(Nn));
            e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })() !== u && rc() !== u && (e3 = Ia()) !== u ? (uu = t3, t3 = { type: "else", result: e3 }) : (ou = t3, t3 = u), t3;
        }
        function xa() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2, o2, a2, s2, i2;
            if (r4 = ou, (t3 = Na()) !== u) {
              for (e3 = [], n2 = ou, (o2 = tc()) !== u && (a2 = li()) !== u && (s2 = rc()) !== u && (i2 = Na()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = tc()) !== u && (a2 = li()) !== u && (s2 = rc()) !== u && (i2 = Na()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
              e3 !== u ? (uu = r4, t3 = Er(t3, e3), r4 = t3) : (ou = r4, r4 = u);
            } else ou = r4, r4 = u;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2, a2;
            if (r4 = ou, (t3 = Pa()) !== u) {
              if (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = $a()) !== u ? n2 = o2 = [o2, a2] : (ou = n2, n2 = u), n2 !== u) for (; n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = $a()) !== u ? n2 = o2 = [o2, a2] : (ou = n2, n2 = u);
              else e3 = u;
              e3 !== u ? (uu = r4, t3 = gc(t3, e3[0][1]), r4 = t3) : (ou = r4, r4 = u);
            } else ou = r4, r4 = u;
            return r4;
          })()), r3;
        }
        function Ia() {
          var r3;
          return (r3 = xa()) === u && (r3 = Lu()), r3;
        }
        function ka() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = Ia()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u ? ((a2 = ci()) === u && (a2 = li()) === u && (a2 = Gi()), a2 !== u && (s2 = rc()) !== u && (i2 = Ia()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u)) : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u ? ((a2 = ci()) === u && (a2 = li()) === u && (a2 = Gi()), a2 !== u && (s2 = rc()) !== u && (i2 = Ia()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u)) : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) "," === t4[r5][1] ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = jc(t4[r5][1], n3, t4[r5][3]);
              if ("," === o3) {
                const r5 = { type: "expr_list" };
                return r5.value = n3, r5;
              }
              return n3;
            })(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function Na() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = Oa()) !== u) {
            for (e3 = [], n2 = ou, (o2 = tc()) !== u && (a2 = ci()) !== u && (s2 = rc()) !== u && (i2 = Oa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = tc()) !== u && (a2 = ci()) !== u && (s2 = rc()) !== u && (i2 = Oa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = Sc(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function Oa() {
          var t3, e3, n2, o2, a2;
          return (t3 = Ra()) === u && (t3 = (function() {
            var r3, t4, e4;
            r3 = ou, (t4 = (function() {
              var r4, t5, e5, n4, o4;
              r4 = ou, t5 = ou, (e5 = ii()) !== u && (n4 = rc()) !== u && (o4 = si()) !== u ? t5 = e5 = [e5, n4, o4] : (ou = t5, t5 = u);
              t5 !== u && (uu = r4, t5 = jr(t5));
              (r4 = t5) === u && (r4 = si());
              return r4;
            })()) !== u && rc() !== u && Yi() !== u && rc() !== u && (e4 = Lu()) !== u && rc() !== u && Vi() !== u ? (uu = r3, n3 = t4, (o3 = e4).parentheses = true, t4 = gc(n3, o3), r3 = t4) : (ou = r3, r3 = u);
            var n3, o3;
            return r3;
          })()) === u && (t3 = ou, (e3 = ii()) === u && (e3 = ou, 33 === r2.charCodeAt(ou) ? (n2 = "!", ou++) : (n2 = u, 0 === cu && bu(gr)), n2 !== u ? (o2 = ou, cu++, 61 === r2.charCodeAt(ou) ? (a2 = "=", ou++) : (a2 = u, 0 === cu && bu(Ar)), cu--, a2 === u ? o2 = void 0 : (ou = o2, o2 = u), o2 !== u ? e3 = n2 = [n2, o2] : (ou = e3, e3 = u)) : (ou = e3, e3 = u)), e3 !== u && (n2 = rc()) !== u && (o2 = Oa()) !== u ? (uu = t3, t3 = e3 = gc("NOT", o2)) : (ou = t3, t3 = u)), t3;
        }
        function Ra() {
          var r3, t3, e3, n2, o2;
          return r3 = ou, (t3 = Da()) !== u && rc() !== u ? ((e3 = (function() {
            var r4;
            (r4 = (function() {
              var r5, t4, e4, n3, o3, a2, s2;
              r5 = ou, t4 = [], e4 = ou, (n3 = rc()) !== u && (o3 = Ua()) !== u && (a2 = rc()) !== u && (s2 = Da()) !== u ? e4 = n3 = [n3, o3, a2, s2] : (ou = e4, e4 = u);
              if (e4 !== u) for (; e4 !== u; ) t4.push(e4), e4 = ou, (n3 = rc()) !== u && (o3 = Ua()) !== u && (a2 = rc()) !== u && (s2 = Da()) !== u ? e4 = n3 = [n3, o3, a2, s2] : (ou = e4, e4 = u);
              else t4 = u;
              t4 !== u && (uu = r5, t4 = { type: "arithmetic", tail: t4 });
              return r5 = t4;
            })()) === u && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = ou, (t4 = Ma()) !== u && rc() !== u && (e4 = Yi()) !== u && rc() !== u && (n3 = ga()) !== u && rc() !== u && Vi() !== u ? (uu = r5, r5 = t4 = { op: t4, right: n3 }) : (ou = r5, r5 = u);
              r5 === u && (r5 = ou, (t4 = Ma()) !== u && rc() !== u ? ((e4 = dc()) === u && (e4 = ms()) === u && (e4 = vs()), e4 !== u ? (uu = r5, t4 = /* @__PURE__ */ (function(r6, t5) {
                return { op: r6, right: t5 };
              })(t4, e4), r5 = t4) : (ou = r5, r5 = u)) : (ou = r5, r5 = u));
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = ou, (t4 = (function() {
                var r6, t5, e5, n4, o3;
                r6 = ou, t5 = ou, (e5 = ii()) !== u && (n4 = rc()) !== u && (o3 = ei()) !== u ? t5 = e5 = [e5, n4, o3] : (ou = t5, t5 = u);
                t5 !== u && (uu = r6, t5 = jr(t5));
                (r6 = t5) === u && (r6 = ei());
                return r6;
              })()) !== u && rc() !== u && (e4 = Da()) !== u && rc() !== u && ci() !== u && rc() !== u && (n3 = Da()) !== u ? (uu = r5, r5 = t4 = { op: t4, right: { type: "expr_list", value: [e4, n3] } }) : (ou = r5, r5 = u);
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4, n3, o3;
              r5 = ou, (t4 = oi()) !== u && (e4 = rc()) !== u && (n3 = Da()) !== u ? (uu = r5, r5 = t4 = { op: "IS", right: n3 }) : (ou = r5, r5 = u);
              r5 === u && (r5 = ou, t4 = ou, (e4 = oi()) !== u && (n3 = rc()) !== u && (o3 = ii()) !== u ? t4 = e4 = [e4, n3, o3] : (ou = t4, t4 = u), t4 !== u && (e4 = rc()) !== u && (n3 = Da()) !== u ? (uu = r5, t4 = /* @__PURE__ */ (function(r6) {
                return { op: "IS NOT", right: r6 };
              })(n3), r5 = t4) : (ou = r5, r5 = u));
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4;
              r5 = ou, (t4 = (function() {
                var r6, t5, e5, n3, o3;
                r6 = ou, t5 = ou, (e5 = ii()) !== u && (n3 = rc()) !== u && (o3 = ui()) !== u ? t5 = e5 = [e5, n3, o3] : (ou = t5, t5 = u);
                t5 !== u && (uu = r6, t5 = jr(t5));
                (r6 = t5) === u && (r6 = ui());
                return r6;
              })()) !== u && rc() !== u ? ((e4 = ds()) === u && (e4 = Ra()), e4 !== u ? (uu = r5, t4 = Or(t4, e4), r5 = t4) : (ou = r5, r5 = u)) : (ou = r5, r5 = u);
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4;
              r5 = ou, (t4 = (function() {
                var r6, t5, e5, n3, o3;
                r6 = ou, t5 = ou, (e5 = ii()) !== u && (n3 = rc()) !== u && (o3 = ai()) !== u ? t5 = e5 = [e5, n3, o3] : (ou = t5, t5 = u);
                t5 !== u && (uu = r6, t5 = jr(t5));
                (r6 = t5) === u && (r6 = ai());
                return r6;
              })()) !== u && rc() !== u ? ((e4 = ds()) === u && (e4 = Ra()), e4 !== u ? (uu = r5, t4 = Or(t4, e4), r5 = t4) : (ou = r5, r5 = u)) : (ou = r5, r5 = u);
              return r5;
            })());
            return r4;
          })()) === u && (e3 = null), e3 !== u ? (uu = r3, n2 = t3, r3 = t3 = null === (o2 = e3) ? n2 : "arithmetic" === o2.type ? Sc(n2, o2.tail) : jc(o2.op, n2, o2.right)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3 === u && (r3 = ms()) === u && (r3 = Ga()), r3;
        }
        function Ua() {
          var t3;
          return ">=" === r2.substr(ou, 2) ? (t3 = ">=", ou += 2) : (t3 = u, 0 === cu && bu(_r)), t3 === u && (62 === r2.charCodeAt(ou) ? (t3 = ">", ou++) : (t3 = u, 0 === cu && bu(Tr)), t3 === u && ("<=" === r2.substr(ou, 2) ? (t3 = "<=", ou += 2) : (t3 = u, 0 === cu && bu(Sr)), t3 === u && ("<>" === r2.substr(ou, 2) ? (t3 = "<>", ou += 2) : (t3 = u, 0 === cu && bu(xr)), t3 === u && (60 === r2.charCodeAt(ou) ? (t3 = "<", ou++) : (t3 = u, 0 === cu && bu(Ir)), t3 === u && ("==" === r2.substr(ou, 2) ? (t3 = "==", ou += 2) : (t3 = u, 0 === cu && bu(kr)), t3 === u && (61 === r2.charCodeAt(ou) ? (t3 = "=", ou++) : (t3 = u, 0 === cu && bu(Ar)), t3 === u && ("!=" === r2.substr(ou, 2) ? (t3 = "!=", ou += 2) : (t3 = u, 0 === cu && bu(Nr))))))))), t3;
        }
        function Ma() {
          var r3, t3, e3, n2, o2;
          return r3 = ou, t3 = ou, (e3 = ii()) !== u && (n2 = rc()) !== u && (o2 = ni()) !== u ? t3 = e3 = [e3, n2, o2] : (ou = t3, t3 = u), t3 !== u && (uu = r3, t3 = jr(t3)), (r3 = t3) === u && (r3 = ni()), r3;
        }
        function Da() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = Fa()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Pa()) !== u && (s2 = rc()) !== u && (i2 = Fa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Pa()) !== u && (s2 = rc()) !== u && (i2 = Fa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && "column_ref" === r4.type && "*" === r4.column) throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ...Ec() }));
              return Sc(r4, t4);
            })(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function Pa() {
          var t3;
          return 43 === r2.charCodeAt(ou) ? (t3 = "+", ou++) : (t3 = u, 0 === cu && bu(Rr)), t3 === u && (45 === r2.charCodeAt(ou) ? (t3 = "-", ou++) : (t3 = u, 0 === cu && bu(Ur))), t3;
        }
        function Fa() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = Wa()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u ? ((a2 = Ha()) === u && (a2 = Ji()), a2 !== u && (s2 = rc()) !== u && (i2 = Wa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u)) : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u ? ((a2 = Ha()) === u && (a2 = Ji()), a2 !== u && (s2 = rc()) !== u && (i2 = Wa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u)) : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = Sc(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function Ha() {
          var t3;
          return 42 === r2.charCodeAt(ou) ? (t3 = "*", ou++) : (t3 = u, 0 === cu && bu(Mr)), t3 === u && (47 === r2.charCodeAt(ou) ? (t3 = "/", ou++) : (t3 = u, 0 === cu && bu(Dr)), t3 === u && (37 === r2.charCodeAt(ou) ? (t3 = "%", ou++) : (t3 = u, 0 === cu && bu(Pr)))), t3;
        }
        function $a() {
          var t3, e3, n2, o2, a2, s2;
          return (t3 = (function() {
            var t4, e4, n3, o3, a3, s3, i2;
            t4 = ou, (e4 = bi()) !== u && rc() !== u && Yi() !== u && rc() !== u && (n3 = Ia()) !== u && rc() !== u && Ws() !== u && rc() !== u && (o3 = mc()) !== u && rc() !== u && (a3 = Vi()) !== u ? (uu = t4, c2 = n3, l2 = o3, e4 = { type: "cast", keyword: e4.toLowerCase(), expr: c2, symbol: "as", target: [l2] }, t4 = e4) : (ou = t4, t4 = u);
            var c2, l2;
            t4 === u && (t4 = ou, (e4 = bi()) !== u && rc() !== u && Yi() !== u && rc() !== u && (n3 = Ia()) !== u && rc() !== u && Ws() !== u && rc() !== u && (o3 = wi()) !== u && rc() !== u && (a3 = Yi()) !== u && rc() !== u && (s3 = Es()) !== u && rc() !== u && Vi() !== u && rc() !== u && (i2 = Vi()) !== u ? (uu = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(e4, n3, s3), t4 = e4) : (ou = t4, t4 = u), t4 === u && (t4 = ou, (e4 = bi()) !== u && rc() !== u && Yi() !== u && rc() !== u && (n3 = Ia()) !== u && rc() !== u && Ws() !== u && rc() !== u && (o3 = wi()) !== u && rc() !== u && (a3 = Yi()) !== u && rc() !== u && (s3 = Es()) !== u && rc() !== u && Gi() !== u && rc() !== u && (i2 = Es()) !== u && rc() !== u && Vi() !== u && rc() !== u && Vi() !== u ? (uu = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(e4, n3, s3, i2), t4 = e4) : (ou = t4, t4 = u), t4 === u && (t4 = ou, (e4 = bi()) !== u && rc() !== u && Yi() !== u && rc() !== u && (n3 = Ia()) !== u && rc() !== u && Ws() !== u && rc() !== u && (o3 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = ou, "signed" === r2.substr(ou, 6).toLowerCase() ? (e5 = r2.substr(ou, 6), ou += 6) : (e5 = u, 0 === cu && bu($n));
                e5 !== u ? (n4 = ou, cu++, o4 = ns(), cu--, o4 === u ? n4 = void 0 : (ou = n4, n4 = u), n4 !== u ? (uu = t6, t6 = e5 = "SIGNED") : (ou = t6, t6 = u)) : (ou = t6, t6 = u);
                return t6;
              })()) === u && (t5 = Li());
              return t5;
            })()) !== u && rc() !== u ? ((a3 = Ai()) === u && (a3 = null), a3 !== u && rc() !== u && (s3 = Vi()) !== u ? (uu = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: e5 + (n4 ? " " + n4 : "") }] };
            })(e4, n3, o3, a3), t4 = e4) : (ou = t4, t4 = u)) : (ou = t4, t4 = u))));
            return t4;
          })()) === u && (t3 = ds()) === u && (t3 = ja()) === u && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, (e4 = (function() {
                var t6, e5, n4, o4;
                t6 = ou, "count" === r2.substr(ou, 5).toLowerCase() ? (e5 = r2.substr(ou, 5), ou += 5) : (e5 = u, 0 === cu && bu(An));
                e5 !== u ? (n4 = ou, cu++, o4 = ns(), cu--, o4 === u ? n4 = void 0 : (ou = n4, n4 = u), n4 !== u ? (uu = t6, t6 = e5 = "COUNT") : (ou = t6, t6 = u)) : (ou = t6, t6 = u);
                return t6;
              })()) !== u && rc() !== u && Yi() !== u && rc() !== u && (n3 = (function() {
                var t6, e5;
                t6 = ou, (e5 = (function() {
                  var t7, e6;
                  t7 = ou, 42 === r2.charCodeAt(ou) ? (e6 = "*", ou++) : (e6 = u, 0 === cu && bu(Mr));
                  e6 !== u && (uu = t7, e6 = { type: "star", value: "*" });
                  return t7 = e6;
                })()) !== u && (uu = t6, e5 = { expr: e5 });
                (t6 = e5) === u && (t6 = cs());
                return t6;
              })()) !== u && rc() !== u && Vi() !== u && rc() !== u ? ((o3 = is()) === u && (o3 = null), o3 !== u ? (uu = t5, t5 = e4 = { type: "aggr_func", name: e4, args: n3, over: o3 }) : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, (e4 = (function() {
                var t6;
                (t6 = (function() {
                  var t7, e5, n4, o4;
                  t7 = ou, "sum" === r2.substr(ou, 3).toLowerCase() ? (e5 = r2.substr(ou, 3), ou += 3) : (e5 = u, 0 === cu && bu(jn));
                  e5 !== u ? (n4 = ou, cu++, o4 = ns(), cu--, o4 === u ? n4 = void 0 : (ou = n4, n4 = u), n4 !== u ? (uu = t7, t7 = e5 = "SUM") : (ou = t7, t7 = u)) : (ou = t7, t7 = u);
                  return t7;
                })()) === u && (t6 = (function() {
                  var t7, e5, n4, o4;
                  t7 = ou, "max" === r2.substr(ou, 3).toLowerCase() ? (e5 = r2.substr(ou, 3), ou += 3) : (e5 = u, 0 === cu && bu(En));
                  e5 !== u ? (n4 = ou, cu++, o4 = ns(), cu--, o4 === u ? n4 = void 0 : (ou = n4, n4 = u), n4 !== u ? (uu = t7, t7 = e5 = "MAX") : (ou = t7, t7 = u)) : (ou = t7, t7 = u);
                  return t7;
                })()) === u && (t6 = (function() {
                  var t7, e5, n4, o4;
                  t7 = ou, "min" === r2.substr(ou, 3).toLowerCase() ? (e5 = r2.substr(ou, 3), ou += 3) : (e5 = u, 0 === cu && bu(gn));
                  e5 !== u ? (n4 = ou, cu++, o4 = ns(), cu--, o4 === u ? n4 = void 0 : (ou = n4, n4 = u), n4 !== u ? (uu = t7, t7 = e5 = "MIN") : (ou = t7, t7 = u)) : (ou = t7, t7 = u);
                  return t7;
                })()) === u && (t6 = (function() {
                  var t7, e5, n4, o4;
                  t7 = ou, "avg" === r2.substr(ou, 3).toLowerCase() ? (e5 = r2.substr(ou, 3), ou += 3) : (e5 = u, 0 === cu && bu(_n));
                  e5 !== u ? (n4 = ou, cu++, o4 = ns(), cu--, o4 === u ? n4 = void 0 : (ou = n4, n4 = u), n4 !== u ? (uu = t7, t7 = e5 = "AVG") : (ou = t7, t7 = u)) : (ou = t7, t7 = u);
                  return t7;
                })());
                return t6;
              })()) !== u && rc() !== u && Yi() !== u && rc() !== u && (n3 = Da()) !== u && rc() !== u && Vi() !== u && rc() !== u ? ((o3 = is()) === u && (o3 = null), o3 !== u ? (uu = t5, e4 = { type: "aggr_func", name: e4, args: { expr: n3 }, over: o3, ...Ec() }, t5 = e4) : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3, a3, s3;
              t5 = ou, e4 = ou, (n3 = Ya()) !== u && (o3 = rc()) !== u && (a3 = qi()) !== u ? e4 = n3 = [n3, o3, a3] : (ou = e4, e4 = u);
              e4 === u && (e4 = null);
              e4 !== u && (n3 = rc()) !== u && (o3 = (function() {
                var t6, e5, n4, o4;
                t6 = ou, "array_agg" === r2.substr(ou, 9).toLowerCase() ? (e5 = r2.substr(ou, 9), ou += 9) : (e5 = u, 0 === cu && bu(Mn));
                e5 !== u ? (n4 = ou, cu++, o4 = ns(), cu--, o4 === u ? n4 = void 0 : (ou = n4, n4 = u), n4 !== u ? (uu = t6, t6 = e5 = "ARRAY_AGG") : (ou = t6, t6 = u)) : (ou = t6, t6 = u);
                return t6;
              })()) !== u && (a3 = rc()) !== u && Yi() !== u && rc() !== u && (s3 = cs()) !== u && rc() !== u && Vi() !== u ? (uu = t5, c2 = o3, l2 = s3, e4 = { type: "aggr_func", name: (i2 = e4) ? `${i2[0]}.${c2}` : c2, args: l2 }, t5 = e4) : (ou = t5, t5 = u);
              var i2, c2, l2;
              return t5;
            })());
            return t4;
          })()) === u && (t3 = vs()) === u && (t3 = (function() {
            var r3, t4, e4, n3, o3, a3, s3, i2;
            return r3 = ou, pi() !== u && rc() !== u && (t4 = _a()) !== u && rc() !== u ? ((e4 = Sa()) === u && (e4 = null), e4 !== u && rc() !== u && (n3 = vi()) !== u && rc() !== u ? ((o3 = pi()) === u && (o3 = null), o3 !== u ? (uu = r3, s3 = t4, (i2 = e4) && s3.push(i2), r3 = { type: "case", expr: null, args: s3 }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3 === u && (r3 = ou, pi() !== u && rc() !== u && (t4 = Ia()) !== u && rc() !== u && (e4 = _a()) !== u && rc() !== u ? ((n3 = Sa()) === u && (n3 = null), n3 !== u && rc() !== u && (o3 = vi()) !== u && rc() !== u ? ((a3 = pi()) === u && (a3 = null), a3 !== u ? (uu = r3, r3 = (function(r4, t5, e5) {
              return e5 && t5.push(e5), { type: "case", expr: r4, args: t5 };
            })(t4, e4, n3)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u)), r3;
          })()) === u && (t3 = ou, (e3 = Ga()) !== u && rc() !== u && (n2 = qu()) !== u ? (uu = t3, s2 = n2, (a2 = e3).array_index = s2, t3 = e3 = a2) : (ou = t3, t3 = u), t3 === u && (t3 = Ga()) === u && (t3 = as()) === u && (t3 = ou, (e3 = Yi()) !== u && rc() !== u && (n2 = ka()) !== u && rc() !== u && Vi() !== u ? (uu = t3, (o2 = n2).parentheses = true, t3 = e3 = o2) : (ou = t3, t3 = u), t3 === u && (t3 = dc()))), t3;
        }
        function Wa() {
          var t3, e3, n2, o2, a2;
          return (t3 = (function() {
            var t4, e4, n3, o3, a3, s2, i2, c2;
            if (t4 = ou, (e4 = qa()) !== u) if (rc() !== u) {
              for (n3 = [], o3 = ou, (a3 = rc()) !== u ? ("?|" === r2.substr(ou, 2) ? (s2 = "?|", ou += 2) : (s2 = u, 0 === cu && bu(Hr)), s2 === u && ("?&" === r2.substr(ou, 2) ? (s2 = "?&", ou += 2) : (s2 = u, 0 === cu && bu($r)), s2 === u && (63 === r2.charCodeAt(ou) ? (s2 = "?", ou++) : (s2 = u, 0 === cu && bu(Wr)), s2 === u && ("#-" === r2.substr(ou, 2) ? (s2 = "#-", ou += 2) : (s2 = u, 0 === cu && bu(qr)), s2 === u && ("#>>" === r2.substr(ou, 3) ? (s2 = "#>>", ou += 3) : (s2 = u, 0 === cu && bu(Gr)), s2 === u && ("#>" === r2.substr(ou, 2) ? (s2 = "#>", ou += 2) : (s2 = u, 0 === cu && bu(Br)), s2 === u && (s2 = zi()) === u && ("@>" === r2.substr(ou, 2) ? (s2 = "@>", ou += 2) : (s2 = u, 0 === cu && bu(Yr)), s2 === u && ("<@" === r2.substr(ou, 2) ? (s2 = "<@", ou += 2) : (s2 = u, 0 === cu && bu(Vr))))))))), s2 !== u && (i2 = rc()) !== u && (c2 = qa()) !== u ? o3 = a3 = [a3, s2, i2, c2] : (ou = o3, o3 = u)) : (ou = o3, o3 = u); o3 !== u; ) n3.push(o3), o3 = ou, (a3 = rc()) !== u ? ("?|" === r2.substr(ou, 2) ? (s2 = "?|", ou += 2) : (s2 = u, 0 === cu && bu(Hr)), s2 === u && ("?&" === r2.substr(ou, 2) ? (s2 = "?&", ou += 2) : (s2 = u, 0 === cu && bu($r)), s2 === u && (63 === r2.charCodeAt(ou) ? (s2 = "?", ou++) : (s2 = u, 0 === cu && bu(Wr)), s2 === u && ("#-" === r2.substr(ou, 2) ? (s2 = "#-", ou += 2) : (s2 = u, 0 === cu && bu(qr)), s2 === u && ("#>>" === r2.substr(ou, 3) ? (s2 = "#>>", ou += 3) : (s2 = u, 0 === cu && bu(Gr)), s2 === u && ("#>" === r2.substr(ou, 2) ? (s2 = "#>", ou += 2) : (s2 = u, 0 === cu && bu(Br)), s2 === u && (s2 = zi()) === u && ("@>" === r2.substr(ou, 2) ? (s2 = "@>", ou += 2) : (s2 = u, 0 === cu && bu(Yr)), s2 === u && ("<@" === r2.substr(ou, 2) ? (s2 = "<@", ou += 2) : (s2 = u, 0 === cu && bu(Vr))))))))), s2 !== u && (i2 = rc()) !== u && (c2 = qa()) !== u ? o3 = a3 = [a3, s2, i2, c2] : (ou = o3, o3 = u)) : (ou = o3, o3 = u);
              n3 !== u ? (uu = t4, l2 = e4, e4 = (f2 = n3) && 0 !== f2.length ? Sc(l2, f2) : l2, t4 = e4) : (ou = t4, t4 = u);
            } else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            var l2, f2;
            return t4;
          })()) === u && (t3 = ou, (e3 = (function() {
            var t4;
            33 === r2.charCodeAt(ou) ? (t4 = "!", ou++) : (t4 = u, 0 === cu && bu(gr));
            t4 === u && (45 === r2.charCodeAt(ou) ? (t4 = "-", ou++) : (t4 = u, 0 === cu && bu(Ur)), t4 === u && (43 === r2.charCodeAt(ou) ? (t4 = "+", ou++) : (t4 = u, 0 === cu && bu(Rr)), t4 === u && (126 === r2.charCodeAt(ou) ? (t4 = "~", ou++) : (t4 = u, 0 === cu && bu(Fr)))));
            return t4;
          })()) !== u ? (n2 = ou, (o2 = rc()) !== u && (a2 = Wa()) !== u ? n2 = o2 = [o2, a2] : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = gc(e3, n2[1])) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)), t3;
        }
        function qa() {
          var r3, t3, e3, n2, o2;
          return r3 = ou, (t3 = $a()) !== u && rc() !== u ? ((e3 = qu()) === u && (e3 = null), e3 !== u ? (uu = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3;
        }
        function Ga() {
          var r3, t3, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2;
          if (r3 = ou, (t3 = Ya()) !== u) if (e3 = ou, (n2 = rc()) !== u && (o2 = qi()) !== u && (a2 = rc()) !== u && (s2 = Ya()) !== u ? e3 = n2 = [n2, o2, a2, s2] : (ou = e3, e3 = u), e3 !== u) {
            if (n2 = [], o2 = ou, (a2 = rc()) !== u && (s2 = qi()) !== u && (i2 = rc()) !== u && (c2 = rs()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (ou = o2, o2 = u), o2 !== u) for (; o2 !== u; ) n2.push(o2), o2 = ou, (a2 = rc()) !== u && (s2 = qi()) !== u && (i2 = rc()) !== u && (c2 = rs()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (ou = o2, o2 = u);
            else n2 = u;
            n2 !== u ? (o2 = ou, (a2 = rc()) !== u && (s2 = ju()) !== u ? o2 = a2 = [a2, s2] : (ou = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? (uu = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              if (1 === e4.length) return Oc.add(`select::${r4}.${t4[3]}::${e4[0][3].value || e4[0][3]}`), { type: "column_ref", schema: r4, table: t4[3], column: e4[0][3], collate: n3 && n3[1] };
              return { type: "column_ref", column: { expr: Sc(jc(".", r4, t4[3]), e4) }, collate: n3 && n3[1] };
            })(t3, e3, n2, o2)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          return r3 === u && (r3 = ou, (t3 = Ya()) !== u && (e3 = rc()) !== u && (n2 = qi()) !== u && (o2 = rc()) !== u && (a2 = rs()) !== u ? (s2 = ou, (i2 = rc()) !== u && (c2 = ju()) !== u ? s2 = i2 = [i2, c2] : (ou = s2, s2 = u), s2 === u && (s2 = null), s2 !== u ? (uu = r3, l2 = t3, f2 = a2, p2 = s2, Oc.add(`select::${l2}::${f2}`), r3 = t3 = { type: "column_ref", table: l2, column: f2, collate: p2 && p2[1] }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3 === u && (r3 = ou, (t3 = rs()) !== u ? (e3 = ou, (n2 = rc()) !== u && (o2 = ju()) !== u ? e3 = n2 = [n2, o2] : (ou = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? (uu = r3, r3 = t3 = (function(r4, t4) {
            return Oc.add("select::null::" + r4), { type: "column_ref", table: null, column: r4, collate: t4 && t4[1] };
          })(t3, e3)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u))), r3;
        }
        function Ba() {
          var r3, t3;
          return r3 = ou, (t3 = es()) !== u && (uu = r3, t3 = { type: "default", value: t3 }), (r3 = t3) === u && (r3 = Qa()), r3;
        }
        function Ya() {
          var r3, t3;
          return r3 = ou, (t3 = es()) !== u ? (uu = ou, (Qr(t3) ? u : void 0) !== u ? (uu = r3, r3 = t3 = t3) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3 === u && (r3 = ou, (t3 = Xa()) !== u && (uu = r3, t3 = t3), r3 = t3), r3;
        }
        function Va() {
          var r3, t3;
          return r3 = ou, (t3 = es()) !== u ? (uu = ou, ((function(r4) {
            if (true === Ac[r4.toUpperCase()]) throw new Error("Error: " + JSON.stringify(r4) + " is a reserved word, can not as alias clause");
            return false;
          })(t3) ? u : void 0) !== u ? (uu = r3, r3 = t3 = t3) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3 === u && (r3 = ou, (t3 = Xa()) !== u && (uu = r3, t3 = t3), r3 = t3), r3;
        }
        function Qa() {
          var r3;
          return (r3 = Ka()) === u && (r3 = za()) === u && (r3 = Za()), r3;
        }
        function Xa() {
          var r3, t3;
          return r3 = ou, (t3 = Ka()) === u && (t3 = za()) === u && (t3 = Za()), t3 !== u && (uu = r3, t3 = t3.value), r3 = t3;
        }
        function Ka() {
          var t3, e3, n2, o2;
          if (t3 = ou, 34 === r2.charCodeAt(ou) ? (e3 = '"', ou++) : (e3 = u, 0 === cu && bu(Xr)), e3 !== u) {
            if (n2 = [], Kr.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(zr)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Kr.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(zr));
            else n2 = u;
            n2 !== u ? (34 === r2.charCodeAt(ou) ? (o2 = '"', ou++) : (o2 = u, 0 === cu && bu(Xr)), o2 !== u ? (uu = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u);
          } else ou = t3, t3 = u;
          return t3;
        }
        function za() {
          var t3, e3, n2, o2;
          if (t3 = ou, 39 === r2.charCodeAt(ou) ? (e3 = "'", ou++) : (e3 = u, 0 === cu && bu(z)), e3 !== u) {
            if (n2 = [], Zr.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(Jr)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Zr.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(Jr));
            else n2 = u;
            n2 !== u ? (39 === r2.charCodeAt(ou) ? (o2 = "'", ou++) : (o2 = u, 0 === cu && bu(z)), o2 !== u ? (uu = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u);
          } else ou = t3, t3 = u;
          return t3;
        }
        function Za() {
          var t3, e3, n2, o2;
          if (t3 = ou, 96 === r2.charCodeAt(ou) ? (e3 = "`", ou++) : (e3 = u, 0 === cu && bu(rt)), e3 !== u) {
            if (n2 = [], tt.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(et)), o2 !== u) for (; o2 !== u; ) n2.push(o2), tt.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(et));
            else n2 = u;
            n2 !== u ? (96 === r2.charCodeAt(ou) ? (o2 = "`", ou++) : (o2 = u, 0 === cu && bu(rt)), o2 !== u ? (uu = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u);
          } else ou = t3, t3 = u;
          return t3;
        }
        function Ja() {
          var r3, t3;
          return r3 = ou, (t3 = ts()) !== u && (uu = r3, t3 = t3), (r3 = t3) === u && (r3 = Xa()), r3;
        }
        function rs() {
          var r3, t3;
          return r3 = ou, (t3 = ts()) !== u ? (uu = ou, (Qr(t3) ? u : void 0) !== u ? (uu = r3, r3 = t3 = t3) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3 === u && (r3 = Xa()), r3;
        }
        function ts() {
          var r3, t3, e3, n2;
          if (r3 = ou, (t3 = os()) !== u) {
            for (e3 = [], n2 = us(); n2 !== u; ) e3.push(n2), n2 = us();
            e3 !== u ? (uu = r3, r3 = t3 = nt(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function es() {
          var r3, t3, e3, n2;
          if (r3 = ou, (t3 = ns()) !== u) {
            for (e3 = [], n2 = os(); n2 !== u; ) e3.push(n2), n2 = os();
            e3 !== u ? (uu = r3, r3 = t3 = nt(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function ns() {
          var t3;
          return ot.test(r2.charAt(ou)) ? (t3 = r2.charAt(ou), ou++) : (t3 = u, 0 === cu && bu(ut)), t3;
        }
        function os() {
          var t3;
          return at.test(r2.charAt(ou)) ? (t3 = r2.charAt(ou), ou++) : (t3 = u, 0 === cu && bu(st)), t3;
        }
        function us() {
          var t3;
          return it.test(r2.charAt(ou)) ? (t3 = r2.charAt(ou), ou++) : (t3 = u, 0 === cu && bu(ct)), t3;
        }
        function as() {
          var t3, e3, n2, o2;
          return t3 = ou, e3 = ou, 58 === r2.charCodeAt(ou) ? (n2 = ":", ou++) : (n2 = u, 0 === cu && bu(lt)), n2 !== u && (o2 = es()) !== u ? e3 = n2 = [n2, o2] : (ou = e3, e3 = u), e3 !== u && (uu = t3, e3 = { type: "param", value: e3[1] }), t3 = e3;
        }
        function ss() {
          var r3, t3, e3;
          return r3 = ou, Ys() !== u && rc() !== u && Ns() !== u && rc() !== u && (t3 = Ui()) !== u && rc() !== u && Yi() !== u && rc() !== u ? ((e3 = ga()) === u && (e3 = null), e3 !== u && rc() !== u && Vi() !== u ? (uu = r3, r3 = { type: "on update", keyword: t3, parentheses: true, expr: e3 }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3 === u && (r3 = ou, Ys() !== u && rc() !== u && Ns() !== u && rc() !== u && (t3 = Ui()) !== u ? (uu = r3, r3 = /* @__PURE__ */ (function(r4) {
            return { type: "on update", keyword: r4 };
          })(t3)) : (ou = r3, r3 = u)), r3;
        }
        function is() {
          var t3, e3, n2, o2, a2;
          return t3 = ou, "over" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(ft)), e3 !== u && rc() !== u && (n2 = ia()) !== u ? (uu = t3, t3 = e3 = { type: "window", as_window_specification: n2 }) : (ou = t3, t3 = u), t3 === u && (t3 = ou, "over" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(ft)), e3 !== u && rc() !== u && (n2 = Yi()) !== u && rc() !== u ? ((o2 = ba()) === u && (o2 = null), o2 !== u && rc() !== u ? ((a2 = va()) === u && (a2 = null), a2 !== u && rc() !== u && Vi() !== u ? (uu = t3, t3 = e3 = { partitionby: o2, orderby: a2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ss())), t3;
        }
        function cs() {
          var r3, t3, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, v2;
          if (r3 = ou, (t3 = ti()) === u && (t3 = null), t3 !== u) if (rc() !== u) if ((e3 = Yi()) !== u) if (rc() !== u) if ((n2 = Ia()) !== u) if ((o2 = rc()) !== u) if ((a2 = Vi()) !== u) if ((s2 = rc()) !== u) {
            for (i2 = [], c2 = ou, (l2 = rc()) !== u ? ((f2 = ci()) === u && (f2 = li()) === u && (f2 = Zi()), f2 !== u && (p2 = rc()) !== u && (v2 = Ia()) !== u ? c2 = l2 = [l2, f2, p2, v2] : (ou = c2, c2 = u)) : (ou = c2, c2 = u); c2 !== u; ) i2.push(c2), c2 = ou, (l2 = rc()) !== u ? ((f2 = ci()) === u && (f2 = li()) === u && (f2 = Zi()), f2 !== u && (p2 = rc()) !== u && (v2 = Ia()) !== u ? c2 = l2 = [l2, f2, p2, v2] : (ou = c2, c2 = u)) : (ou = c2, c2 = u);
            i2 !== u && (c2 = rc()) !== u ? ((l2 = va()) === u && (l2 = null), l2 !== u ? (uu = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              const o3 = e4.length;
              let u2 = t4;
              u2.parentheses = true;
              for (let r5 = 0; r5 < o3; ++r5) u2 = jc(e4[r5][1], u2, e4[r5][3]);
              return { distinct: r4, expr: u2, orderby: n3 };
            })(t3, n2, i2, l2)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          if (r3 === u) if (r3 = ou, (t3 = ti()) === u && (t3 = null), t3 !== u) if (rc() !== u) if ((e3 = Ga()) === u && (e3 = ua()), e3 !== u) if (rc() !== u) {
            for (n2 = [], o2 = ou, (a2 = rc()) !== u ? ((s2 = Gi()) === u && (s2 = Zi()), s2 !== u && (i2 = rc()) !== u && (c2 = Ia()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (ou = o2, o2 = u)) : (ou = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = ou, (a2 = rc()) !== u ? ((s2 = Gi()) === u && (s2 = Zi()), s2 !== u && (i2 = rc()) !== u && (c2 = Ia()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (ou = o2, o2 = u)) : (ou = o2, o2 = u);
            n2 !== u && (o2 = rc()) !== u ? ((a2 = va()) === u && (a2 = null), a2 !== u ? (uu = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              const o3 = e4.length;
              let u2 = t4;
              for (let r5 = 0; r5 < o3; ++r5) u2 = jc(e4[r5][1], u2, e4[r5][3]);
              return { distinct: r4, expr: u2, orderby: n3 };
            })(t3, e3, n2, a2)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          else ou = r3, r3 = u;
          return r3;
        }
        function ls() {
          var r3, t3, e3, n2;
          return r3 = ou, (t3 = Ba()) !== u && rc() !== u && (e3 = zi()) !== u && rc() !== u && (n2 = Ia()) !== u ? (uu = r3, r3 = t3 = jc(e3, t3, n2)) : (ou = r3, r3 = u), r3;
        }
        function fs() {
          var t3, e3, n2, o2;
          return t3 = ou, "filter" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(pt)), e3 !== u && rc() !== u && Yi() !== u && rc() !== u && (n2 = Ia()) !== u && rc() !== u && Gi() !== u && rc() !== u && (o2 = ls()) !== u && rc() !== u && Vi() !== u ? (uu = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: "filter" }] }, args: { type: "expr_list", value: [n2, o2] }, ...Ec() }) : (ou = t3, t3 = u), t3;
        }
        function ps() {
          var t3, e3, n2;
          return t3 = ou, (e3 = (function() {
            var t4;
            return "both" === r2.substr(ou, 4).toLowerCase() ? (t4 = r2.substr(ou, 4), ou += 4) : (t4 = u, 0 === cu && bu(vt)), t4 === u && ("leading" === r2.substr(ou, 7).toLowerCase() ? (t4 = r2.substr(ou, 7), ou += 7) : (t4 = u, 0 === cu && bu(bt)), t4 === u && ("trailing" === r2.substr(ou, 8).toLowerCase() ? (t4 = r2.substr(ou, 8), ou += 8) : (t4 = u, 0 === cu && bu(yt)))), t4;
          })()) === u && (e3 = null), e3 !== u && rc() !== u ? ((n2 = Ia()) === u && (n2 = null), n2 !== u && rc() !== u && Hs() !== u ? (uu = t3, t3 = e3 = (function(r3, t4, e4) {
            let n3 = [];
            return r3 && n3.push({ type: "origin", value: r3 }), t4 && n3.push(t4), n3.push({ type: "origin", value: "from" }), { type: "expr_list", value: n3 };
          })(e3, n2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function vs() {
          var t3, e3, n2, o2, a2;
          return t3 = ou, (e3 = (function() {
            var t4;
            (t4 = ys()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "current_user" === r2.substr(ou, 12).toLowerCase() ? (e4 = r2.substr(ou, 12), ou += 12) : (e4 = u, 0 === cu && bu(bo));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "CURRENT_USER") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "user" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(co));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "USER") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "session_user" === r2.substr(ou, 12).toLowerCase() ? (e4 = r2.substr(ou, 12), ou += 12) : (e4 = u, 0 === cu && bu(yo));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "SESSION_USER") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = ou, "system_user" === r2.substr(ou, 11).toLowerCase() ? (e4 = r2.substr(ou, 11), ou += 11) : (e4 = u, 0 === cu && bu(ho));
              e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "SYSTEM_USER") : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) !== u && rc() !== u && (n2 = Yi()) !== u && rc() !== u ? ((o2 = ga()) === u && (o2 = null), o2 !== u && rc() !== u && Vi() !== u && rc() !== u ? ((a2 = is()) === u && (a2 = null), a2 !== u ? (uu = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, args: o2 || { type: "expr_list", value: [] }, over: a2, ...Ec() }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = (function() {
            var r3, t4, e4, n3, o3;
            r3 = ou, (t4 = fi()) !== u && rc() !== u && Yi() !== u && rc() !== u && (e4 = bs()) !== u && rc() !== u && Hs() !== u && rc() !== u ? ((n3 = Oi()) === u && (n3 = Ri()) === u && (n3 = Ni()) === u && (n3 = xi()), n3 === u && (n3 = null), n3 !== u && rc() !== u && (o3 = Ia()) !== u && rc() !== u && Vi() !== u ? (uu = r3, a3 = e4, s2 = n3, i2 = o3, t4 = { type: t4.toLowerCase(), args: { field: a3, cast_type: s2, source: i2 }, ...Ec() }, r3 = t4) : (ou = r3, r3 = u)) : (ou = r3, r3 = u);
            var a3, s2, i2;
            r3 === u && (r3 = ou, (t4 = fi()) !== u && rc() !== u && Yi() !== u && rc() !== u && (e4 = bs()) !== u && rc() !== u && Hs() !== u && rc() !== u && (n3 = Ia()) !== u && rc() !== u && (o3 = Vi()) !== u ? (uu = r3, t4 = (function(r4, t5, e5) {
              return { type: r4.toLowerCase(), args: { field: t5, source: e5 }, ...Ec() };
            })(t4, e4, n3), r3 = t4) : (ou = r3, r3 = u));
            return r3;
          })()) === u && (t3 = fs()) === u && (t3 = (function() {
            var t4, e4, n3, o3;
            return t4 = ou, "trim" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(dt)), e4 !== u && rc() !== u && Yi() !== u && rc() !== u ? ((n3 = ps()) === u && (n3 = null), n3 !== u && rc() !== u && (o3 = Gu()) !== u && rc() !== u && Vi() !== u ? (uu = t4, t4 = e4 = (function(r3, t5) {
              let e5 = r3 || { type: "expr_list", value: [] };
              return e5.value.push(t5), { type: "function", name: { name: [{ type: "origin", value: "trim" }] }, args: e5 };
            })(n3, o3)) : (ou = t4, t4 = u)) : (ou = t4, t4 = u), t4;
          })()) === u && (t3 = ou, (e3 = ys()) !== u && rc() !== u ? ((n2 = ss()) === u && (n2 = null), n2 !== u ? (uu = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ...Ec() }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = xi()) === u && (e3 = Ni()) === u && (e3 = Oi()) === u && ("at time zone" === r2.substr(ou, 12).toLowerCase() ? (e3 = r2.substr(ou, 12), ou += 12) : (e3 = u, 0 === cu && bu(ht))), e3 !== u && rc() !== u ? ((n2 = ka()) === u && (n2 = null), n2 !== u && rc() !== u ? ((o2 = is()) === u && (o2 = null), o2 !== u ? (uu = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: { name: [{ type: "default", value: r3 }] }, args: t4 || { type: "expr_list", value: [] }, over: e4, args_parentheses: false, ...Ec() };
          })(e3, n2, o2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = vc()) !== u && rc() !== u && (n2 = Yi()) !== u && rc() !== u ? ((o2 = ka()) === u && (o2 = null), o2 !== u && rc() !== u && Vi() !== u && rc() !== u ? ((a2 = is()) === u && (a2 = null), a2 !== u ? (uu = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, over: e4, ...Ec() };
          })(e3, o2, a2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u)))), t3;
        }
        function bs() {
          var t3, e3;
          return t3 = ou, "century" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(mt)), e3 === u && ("day" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu(wt)), e3 === u && ("date" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(Lt)), e3 === u && ("decade" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(Ct)), e3 === u && ("dow" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu(At)), e3 === u && ("doy" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu(Et)), e3 === u && ("epoch" === r2.substr(ou, 5).toLowerCase() ? (e3 = r2.substr(ou, 5), ou += 5) : (e3 = u, 0 === cu && bu(gt)), e3 === u && ("hour" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(jt)), e3 === u && ("isodow" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(_t)), e3 === u && ("isoyear" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(Tt)), e3 === u && ("microseconds" === r2.substr(ou, 12).toLowerCase() ? (e3 = r2.substr(ou, 12), ou += 12) : (e3 = u, 0 === cu && bu(St)), e3 === u && ("millennium" === r2.substr(ou, 10).toLowerCase() ? (e3 = r2.substr(ou, 10), ou += 10) : (e3 = u, 0 === cu && bu(xt)), e3 === u && ("milliseconds" === r2.substr(ou, 12).toLowerCase() ? (e3 = r2.substr(ou, 12), ou += 12) : (e3 = u, 0 === cu && bu(It)), e3 === u && ("minute" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(kt)), e3 === u && ("month" === r2.substr(ou, 5).toLowerCase() ? (e3 = r2.substr(ou, 5), ou += 5) : (e3 = u, 0 === cu && bu(Nt)), e3 === u && ("quarter" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(Ot)), e3 === u && ("second" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(Rt)), e3 === u && ("timezone" === r2.substr(ou, 8).toLowerCase() ? (e3 = r2.substr(ou, 8), ou += 8) : (e3 = u, 0 === cu && bu(Ut)), e3 === u && ("timezone_hour" === r2.substr(ou, 13).toLowerCase() ? (e3 = r2.substr(ou, 13), ou += 13) : (e3 = u, 0 === cu && bu(Mt)), e3 === u && ("timezone_minute" === r2.substr(ou, 15).toLowerCase() ? (e3 = r2.substr(ou, 15), ou += 15) : (e3 = u, 0 === cu && bu(Dt)), e3 === u && ("week" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(Pt)), e3 === u && ("year" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(Ft))))))))))))))))))))))), e3 !== u && (uu = t3, e3 = e3), t3 = e3;
        }
        function ys() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = ou, "current_date" === r2.substr(ou, 12).toLowerCase() ? (e3 = r2.substr(ou, 12), ou += 12) : (e3 = u, 0 === cu && bu(lo));
            e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t4, t4 = e3 = "CURRENT_DATE") : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = ou, "current_time" === r2.substr(ou, 12).toLowerCase() ? (e3 = r2.substr(ou, 12), ou += 12) : (e3 = u, 0 === cu && bu(po));
            e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t4, t4 = e3 = "CURRENT_TIME") : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) === u && (t3 = Ui()), t3;
        }
        function ds() {
          var t3;
          return (t3 = ms()) === u && (t3 = As()) === u && (t3 = (function() {
            var t4, e3;
            t4 = ou, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = ou, "true" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(me));
              e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t5 = e4 = [e4, n2] : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) !== u && (uu = t4, e3 = { type: "bool", value: true });
            (t4 = e3) === u && (t4 = ou, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = ou, "false" === r2.substr(ou, 5).toLowerCase() ? (e4 = r2.substr(ou, 5), ou += 5) : (e4 = u, 0 === cu && bu(Le));
              e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t5 = e4 = [e4, n2] : (ou = t5, t5 = u)) : (ou = t5, t5 = u);
              return t5;
            })()) !== u && (uu = t4, e3 = { type: "bool", value: false }), t4 = e3);
            return t4;
          })()) === u && (t3 = hs()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = ou, (e3 = Ni()) === u && (e3 = xi()) === u && (e3 = Oi()) === u && (e3 = Ii());
            if (e3 !== u) if (rc() !== u) {
              if (n2 = ou, 39 === r2.charCodeAt(ou) ? (o2 = "'", ou++) : (o2 = u, 0 === cu && bu(z)), o2 !== u) {
                for (a2 = [], s2 = Ls(); s2 !== u; ) a2.push(s2), s2 = Ls();
                a2 !== u ? (39 === r2.charCodeAt(ou) ? (s2 = "'", ou++) : (s2 = u, 0 === cu && bu(z)), s2 !== u ? n2 = o2 = [o2, a2, s2] : (ou = n2, n2 = u)) : (ou = n2, n2 = u);
              } else ou = n2, n2 = u;
              n2 !== u ? (uu = t4, e3 = $t(e3, n2), t4 = e3) : (ou = t4, t4 = u);
            } else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            if (t4 === u) if (t4 = ou, (e3 = Ni()) === u && (e3 = xi()) === u && (e3 = Oi()) === u && (e3 = Ii()), e3 !== u) if (rc() !== u) {
              if (n2 = ou, 34 === r2.charCodeAt(ou) ? (o2 = '"', ou++) : (o2 = u, 0 === cu && bu(Xr)), o2 !== u) {
                for (a2 = [], s2 = ws(); s2 !== u; ) a2.push(s2), s2 = ws();
                a2 !== u ? (34 === r2.charCodeAt(ou) ? (s2 = '"', ou++) : (s2 = u, 0 === cu && bu(Xr)), s2 !== u ? n2 = o2 = [o2, a2, s2] : (ou = n2, n2 = u)) : (ou = n2, n2 = u);
              } else ou = n2, n2 = u;
              n2 !== u ? (uu = t4, e3 = $t(e3, n2), t4 = e3) : (ou = t4, t4 = u);
            } else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4;
            r3 = ou, yi() !== u && rc() !== u && Qi() !== u && rc() !== u ? ((t4 = ga()) === u && (t4 = null), t4 !== u && rc() !== u && Xi() !== u ? (uu = r3, r3 = { expr_list: t4 || { type: "origin", value: "" }, type: "array", keyword: "array", brackets: true }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u);
            return r3;
          })()), t3;
        }
        function hs() {
          var t3, e3;
          return t3 = ou, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = ou, "null" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(de));
            e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            return t4;
          })()) !== u && (uu = t3, e3 = { type: "null", value: null }), t3 = e3;
        }
        function ms() {
          var t3, e3, n2, o2, a2, s2;
          if (t3 = ou, "u&" === r2.substr(ou, 2).toLowerCase() ? (e3 = r2.substr(ou, 2), ou += 2) : (e3 = u, 0 === cu && bu(Ht)), e3 !== u) {
            if (n2 = ou, 39 === r2.charCodeAt(ou) ? (o2 = "'", ou++) : (o2 = u, 0 === cu && bu(z)), o2 !== u) {
              for (a2 = [], s2 = Ls(); s2 !== u; ) a2.push(s2), s2 = Ls();
              a2 !== u ? (39 === r2.charCodeAt(ou) ? (s2 = "'", ou++) : (s2 = u, 0 === cu && bu(z)), s2 !== u ? n2 = o2 = [o2, a2, s2] : (ou = n2, n2 = u)) : (ou = n2, n2 = u);
            } else ou = n2, n2 = u;
            n2 !== u ? (uu = t3, t3 = e3 = { type: "unicode_string", value: n2[1].join("") }) : (ou = t3, t3 = u);
          } else ou = t3, t3 = u;
          if (t3 === u) {
            if (t3 = ou, e3 = ou, 39 === r2.charCodeAt(ou) ? (n2 = "'", ou++) : (n2 = u, 0 === cu && bu(z)), n2 !== u) {
              for (o2 = [], a2 = Ls(); a2 !== u; ) o2.push(a2), a2 = Ls();
              o2 !== u ? (39 === r2.charCodeAt(ou) ? (a2 = "'", ou++) : (a2 = u, 0 === cu && bu(z)), a2 !== u ? e3 = n2 = [n2, o2, a2] : (ou = e3, e3 = u)) : (ou = e3, e3 = u);
            } else ou = e3, e3 = u;
            if (e3 !== u && (uu = t3, e3 = (function(r3) {
              return { type: "single_quote_string", value: r3[1].join("") };
            })(e3)), (t3 = e3) === u) {
              if (t3 = ou, e3 = ou, 34 === r2.charCodeAt(ou) ? (n2 = '"', ou++) : (n2 = u, 0 === cu && bu(Xr)), n2 !== u) {
                for (o2 = [], a2 = ws(); a2 !== u; ) o2.push(a2), a2 = ws();
                o2 !== u ? (34 === r2.charCodeAt(ou) ? (a2 = '"', ou++) : (a2 = u, 0 === cu && bu(Xr)), a2 !== u ? e3 = n2 = [n2, o2, a2] : (ou = e3, e3 = u)) : (ou = e3, e3 = u);
              } else ou = e3, e3 = u;
              e3 !== u && (n2 = rc()) !== u ? (o2 = ou, cu++, (a2 = qi()) === u && (a2 = Yi()), cu--, a2 === u ? o2 = void 0 : (ou = o2, o2 = u), o2 !== u ? (uu = t3, t3 = e3 = (function(r3) {
                return { type: "double_quote_string", value: r3[1].join("") };
              })(e3)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u);
            }
          }
          return t3;
        }
        function ws() {
          var t3;
          return Wt.test(r2.charAt(ou)) ? (t3 = r2.charAt(ou), ou++) : (t3 = u, 0 === cu && bu(qt)), t3 === u && (t3 = Cs()), t3;
        }
        function Ls() {
          var t3;
          return Gt.test(r2.charAt(ou)) ? (t3 = r2.charAt(ou), ou++) : (t3 = u, 0 === cu && bu(Bt)), t3 === u && (t3 = Cs()), t3;
        }
        function Cs() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2;
          return t3 = ou, "\\'" === r2.substr(ou, 2) ? (e3 = "\\'", ou += 2) : (e3 = u, 0 === cu && bu(Yt)), e3 !== u && (uu = t3, e3 = "\\'"), (t3 = e3) === u && (t3 = ou, '\\"' === r2.substr(ou, 2) ? (e3 = '\\"', ou += 2) : (e3 = u, 0 === cu && bu(Vt)), e3 !== u && (uu = t3, e3 = '\\"'), (t3 = e3) === u && (t3 = ou, "\\\\" === r2.substr(ou, 2) ? (e3 = "\\\\", ou += 2) : (e3 = u, 0 === cu && bu(Qt)), e3 !== u && (uu = t3, e3 = "\\\\"), (t3 = e3) === u && (t3 = ou, "\\/" === r2.substr(ou, 2) ? (e3 = "\\/", ou += 2) : (e3 = u, 0 === cu && bu(Xt)), e3 !== u && (uu = t3, e3 = "\\/"), (t3 = e3) === u && (t3 = ou, "\\b" === r2.substr(ou, 2) ? (e3 = "\\b", ou += 2) : (e3 = u, 0 === cu && bu(Kt)), e3 !== u && (uu = t3, e3 = "\b"), (t3 = e3) === u && (t3 = ou, "\\f" === r2.substr(ou, 2) ? (e3 = "\\f", ou += 2) : (e3 = u, 0 === cu && bu(zt)), e3 !== u && (uu = t3, e3 = "\f"), (t3 = e3) === u && (t3 = ou, "\\n" === r2.substr(ou, 2) ? (e3 = "\\n", ou += 2) : (e3 = u, 0 === cu && bu(Zt)), e3 !== u && (uu = t3, e3 = "\n"), (t3 = e3) === u && (t3 = ou, "\\r" === r2.substr(ou, 2) ? (e3 = "\\r", ou += 2) : (e3 = u, 0 === cu && bu(Jt)), e3 !== u && (uu = t3, e3 = "\r"), (t3 = e3) === u && (t3 = ou, "\\t" === r2.substr(ou, 2) ? (e3 = "\\t", ou += 2) : (e3 = u, 0 === cu && bu(re)), e3 !== u && (uu = t3, e3 = "	"), (t3 = e3) === u && (t3 = ou, "\\u" === r2.substr(ou, 2) ? (e3 = "\\u", ou += 2) : (e3 = u, 0 === cu && bu(te)), e3 !== u && (n2 = Ss()) !== u && (o2 = Ss()) !== u && (a2 = Ss()) !== u && (s2 = Ss()) !== u ? (uu = t3, i2 = n2, c2 = o2, l2 = a2, f2 = s2, t3 = e3 = String.fromCharCode(parseInt("0x" + i2 + c2 + l2 + f2))) : (ou = t3, t3 = u), t3 === u && (t3 = ou, 92 === r2.charCodeAt(ou) ? (e3 = "\\", ou++) : (e3 = u, 0 === cu && bu(ee)), e3 !== u && (uu = t3, e3 = "\\"), (t3 = e3) === u && (t3 = ou, "''" === r2.substr(ou, 2) ? (e3 = "''", ou += 2) : (e3 = u, 0 === cu && bu(ne)), e3 !== u && (uu = t3, e3 = "''"), (t3 = e3) === u && (t3 = ou, '""' === r2.substr(ou, 2) ? (e3 = '""', ou += 2) : (e3 = u, 0 === cu && bu(oe)), e3 !== u && (uu = t3, e3 = '""'), (t3 = e3) === u && (t3 = ou, "``" === r2.substr(ou, 2) ? (e3 = "``", ou += 2) : (e3 = u, 0 === cu && bu(ue)), e3 !== u && (uu = t3, e3 = "``"), t3 = e3))))))))))))), t3;
        }
        function As() {
          var r3, t3, e3;
          return r3 = ou, (t3 = (function() {
            var r4, t4, e4, n2;
            r4 = ou, (t4 = Es()) !== u && (e4 = gs()) !== u && (n2 = js()) !== u ? (uu = r4, r4 = t4 = { type: "bigint", value: t4 + e4 + n2 }) : (ou = r4, r4 = u);
            r4 === u && (r4 = ou, (t4 = Es()) !== u && (e4 = gs()) !== u ? (uu = r4, t4 = (function(r5, t5) {
              const e5 = r5 + t5;
              return _c(r5) ? { type: "bigint", value: e5 } : parseFloat(e5).toFixed(t5.length - 1);
            })(t4, e4), r4 = t4) : (ou = r4, r4 = u), r4 === u && (r4 = ou, (t4 = Es()) !== u && (e4 = js()) !== u ? (uu = r4, t4 = (function(r5, t5) {
              return { type: "bigint", value: r5 + t5 };
            })(t4, e4), r4 = t4) : (ou = r4, r4 = u), r4 === u && (r4 = ou, (t4 = Es()) !== u && (uu = r4, t4 = (function(r5) {
              return _c(r5) ? { type: "bigint", value: r5 } : parseFloat(r5);
            })(t4)), r4 = t4)));
            return r4;
          })()) !== u && (uu = r3, t3 = (e3 = t3) && "bigint" === e3.type ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function Es() {
          var t3, e3, n2;
          return (t3 = _s()) === u && (t3 = Ts()) === u && (t3 = ou, 45 === r2.charCodeAt(ou) ? (e3 = "-", ou++) : (e3 = u, 0 === cu && bu(Ur)), e3 === u && (43 === r2.charCodeAt(ou) ? (e3 = "+", ou++) : (e3 = u, 0 === cu && bu(Rr))), e3 !== u && (n2 = _s()) !== u ? (uu = t3, t3 = e3 = e3 + n2) : (ou = t3, t3 = u), t3 === u && (t3 = ou, 45 === r2.charCodeAt(ou) ? (e3 = "-", ou++) : (e3 = u, 0 === cu && bu(Ur)), e3 === u && (43 === r2.charCodeAt(ou) ? (e3 = "+", ou++) : (e3 = u, 0 === cu && bu(Rr))), e3 !== u && (n2 = Ts()) !== u ? (uu = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (ou = t3, t3 = u))), t3;
        }
        function gs() {
          var t3, e3, n2;
          return t3 = ou, 46 === r2.charCodeAt(ou) ? (e3 = ".", ou++) : (e3 = u, 0 === cu && bu(ir)), e3 !== u && (n2 = _s()) !== u ? (uu = t3, t3 = e3 = "." + n2) : (ou = t3, t3 = u), t3;
        }
        function js() {
          var t3, e3, n2;
          return t3 = ou, (e3 = (function() {
            var t4, e4, n3;
            t4 = ou, pe.test(r2.charAt(ou)) ? (e4 = r2.charAt(ou), ou++) : (e4 = u, 0 === cu && bu(ve));
            e4 !== u ? (be.test(r2.charAt(ou)) ? (n3 = r2.charAt(ou), ou++) : (n3 = u, 0 === cu && bu(ye)), n3 === u && (n3 = null), n3 !== u ? (uu = t4, t4 = e4 = e4 + (null !== (o2 = n3) ? o2 : "")) : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            var o2;
            return t4;
          })()) !== u && (n2 = _s()) !== u ? (uu = t3, t3 = e3 = e3 + n2) : (ou = t3, t3 = u), t3;
        }
        function _s() {
          var r3, t3, e3;
          if (r3 = ou, t3 = [], (e3 = Ts()) !== u) for (; e3 !== u; ) t3.push(e3), e3 = Ts();
          else t3 = u;
          return t3 !== u && (uu = r3, t3 = t3.join("")), r3 = t3;
        }
        function Ts() {
          var t3;
          return ie.test(r2.charAt(ou)) ? (t3 = r2.charAt(ou), ou++) : (t3 = u, 0 === cu && bu(ce)), t3;
        }
        function Ss() {
          var t3;
          return le.test(r2.charAt(ou)) ? (t3 = r2.charAt(ou), ou++) : (t3 = u, 0 === cu && bu(fe)), t3;
        }
        function xs() {
          var t3, e3, n2, o2;
          return t3 = ou, "default" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(m)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Is() {
          var t3, e3, n2, o2;
          return t3 = ou, "to" === r2.substr(ou, 2).toLowerCase() ? (e3 = r2.substr(ou, 2), ou += 2) : (e3 = u, 0 === cu && bu(we)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ks() {
          var t3, e3, n2, o2;
          return t3 = ou, "drop" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(Ce)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "DROP") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ns() {
          var t3, e3, n2, o2;
          return t3 = ou, "update" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(je)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Os() {
          var t3, e3, n2, o2;
          return t3 = ou, "create" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(_e)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Rs() {
          var t3, e3, n2, o2;
          return t3 = ou, "temporary" === r2.substr(ou, 9).toLowerCase() ? (e3 = r2.substr(ou, 9), ou += 9) : (e3 = u, 0 === cu && bu(Te)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Us() {
          var t3, e3, n2, o2;
          return t3 = ou, "delete" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(Se)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ms() {
          var t3, e3, n2, o2;
          return t3 = ou, "replace" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(ke)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ds() {
          var t3, e3, n2, o2;
          return t3 = ou, "rename" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(Ne)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ps() {
          var t3, e3, n2, o2;
          return t3 = ou, "partition" === r2.substr(ou, 9).toLowerCase() ? (e3 = r2.substr(ou, 9), ou += 9) : (e3 = u, 0 === cu && bu(Re)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "PARTITION") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Fs() {
          var t3, e3, n2, o2;
          return t3 = ou, "into" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(Ue)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "INTO") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Hs() {
          var t3, e3, n2, o2;
          return t3 = ou, "from" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(De)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function $s() {
          var t3, e3, n2, o2;
          return t3 = ou, "set" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu($)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "SET") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ws() {
          var t3, e3, n2, o2;
          return t3 = ou, "as" === r2.substr(ou, 2).toLowerCase() ? (e3 = r2.substr(ou, 2), ou += 2) : (e3 = u, 0 === cu && bu(Fe)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function qs() {
          var t3, e3, n2, o2;
          return t3 = ou, "table" === r2.substr(ou, 5).toLowerCase() ? (e3 = r2.substr(ou, 5), ou += 5) : (e3 = u, 0 === cu && bu(He)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "TABLE") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Gs() {
          var t3, e3, n2, o2;
          return t3 = ou, "tables" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu($e)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "TABLES") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Bs() {
          var t3, e3, n2, o2;
          return t3 = ou, "collate" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(q)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "COLLATE") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ys() {
          var t3, e3, n2, o2;
          return t3 = ou, "on" === r2.substr(ou, 2).toLowerCase() ? (e3 = r2.substr(ou, 2), ou += 2) : (e3 = u, 0 === cu && bu(Ge)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Vs() {
          var t3, e3, n2, o2;
          return t3 = ou, "join" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(Ke)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Qs() {
          var t3, e3, n2, o2;
          return t3 = ou, "outer" === r2.substr(ou, 5).toLowerCase() ? (e3 = r2.substr(ou, 5), ou += 5) : (e3 = u, 0 === cu && bu(ze)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Xs() {
          var t3, e3, n2, o2;
          return t3 = ou, "values" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(Je)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ks() {
          var t3, e3, n2, o2;
          return t3 = ou, "using" === r2.substr(ou, 5).toLowerCase() ? (e3 = r2.substr(ou, 5), ou += 5) : (e3 = u, 0 === cu && bu(rn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function zs() {
          var t3, e3, n2, o2;
          return t3 = ou, "with" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(pr)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Zs() {
          var t3, e3, n2, o2;
          return t3 = ou, "by" === r2.substr(ou, 2).toLowerCase() ? (e3 = r2.substr(ou, 2), ou += 2) : (e3 = u, 0 === cu && bu(nn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Js() {
          var t3, e3, n2, o2;
          return t3 = ou, "offset" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(sn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "OFFSET") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ri() {
          var t3, e3, n2, o2;
          return t3 = ou, "all" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu(fn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "ALL") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ti() {
          var t3, e3, n2, o2;
          return t3 = ou, "distinct" === r2.substr(ou, 8).toLowerCase() ? (e3 = r2.substr(ou, 8), ou += 8) : (e3 = u, 0 === cu && bu(pn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "DISTINCT") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ei() {
          var t3, e3, n2, o2;
          return t3 = ou, "between" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(vn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "BETWEEN") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ni() {
          var t3, e3, n2, o2;
          return t3 = ou, "in" === r2.substr(ou, 2).toLowerCase() ? (e3 = r2.substr(ou, 2), ou += 2) : (e3 = u, 0 === cu && bu(bn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "IN") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function oi() {
          var t3, e3, n2, o2;
          return t3 = ou, "is" === r2.substr(ou, 2).toLowerCase() ? (e3 = r2.substr(ou, 2), ou += 2) : (e3 = u, 0 === cu && bu(yn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "IS") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ui() {
          var t3, e3, n2, o2;
          return t3 = ou, "like" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(dn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "LIKE") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ai() {
          var t3, e3, n2, o2;
          return t3 = ou, "rlike" === r2.substr(ou, 5).toLowerCase() ? (e3 = r2.substr(ou, 5), ou += 5) : (e3 = u, 0 === cu && bu(hn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "RLIKE") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function si() {
          var t3, e3, n2, o2;
          return t3 = ou, "exists" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(mn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "EXISTS") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ii() {
          var t3, e3, n2, o2;
          return t3 = ou, "not" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu(wn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "NOT") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ci() {
          var t3, e3, n2, o2;
          return t3 = ou, "and" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu(Ln)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "AND") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function li() {
          var t3, e3, n2, o2;
          return t3 = ou, "or" === r2.substr(ou, 2).toLowerCase() ? (e3 = r2.substr(ou, 2), ou += 2) : (e3 = u, 0 === cu && bu(Cn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "OR") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function fi() {
          var t3, e3, n2, o2;
          return t3 = ou, "extract" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(Tn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "EXTRACT") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function pi() {
          var t3, e3, n2, o2;
          return t3 = ou, "case" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(xn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function vi() {
          var t3, e3, n2, o2;
          return t3 = ou, "end" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu(On)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function bi() {
          var t3, e3, n2, o2;
          return t3 = ou, "cast" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(Rn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "CAST") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function yi() {
          var t3, e3, n2, o2;
          return t3 = ou, "array" === r2.substr(ou, 5).toLowerCase() ? (e3 = r2.substr(ou, 5), ou += 5) : (e3 = u, 0 === cu && bu(Un)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "ARRAY") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function di() {
          var t3, e3, n2, o2;
          return t3 = ou, "char" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(Dn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "CHAR") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function hi() {
          var t3, e3, n2, o2;
          return t3 = ou, "varchar" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(Pn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "VARCHAR") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function mi() {
          var t3, e3, n2, o2;
          return t3 = ou, "numeric" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(Fn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "NUMERIC") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function wi() {
          var t3, e3, n2, o2;
          return t3 = ou, "decimal" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(Hn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "DECIMAL") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Li() {
          var t3, e3, n2, o2;
          return t3 = ou, "unsigned" === r2.substr(ou, 8).toLowerCase() ? (e3 = r2.substr(ou, 8), ou += 8) : (e3 = u, 0 === cu && bu(qn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "UNSIGNED") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ci() {
          var t3, e3, n2, o2;
          return t3 = ou, "int" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu(Gn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "INT") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ai() {
          var t3, e3, n2, o2;
          return t3 = ou, "integer" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(Yn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "INTEGER") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ei() {
          var t3, e3, n2, o2;
          return t3 = ou, "smallint" === r2.substr(ou, 8).toLowerCase() ? (e3 = r2.substr(ou, 8), ou += 8) : (e3 = u, 0 === cu && bu(Qn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "SMALLINT") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function gi() {
          var t3, e3, n2, o2;
          return t3 = ou, "tinyint" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(Xn)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "TINYINT") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ji() {
          var t3, e3, n2, o2;
          return t3 = ou, "bigint" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(ro)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "BIGINT") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function _i() {
          var t3, e3, n2, o2;
          return t3 = ou, "float" === r2.substr(ou, 5).toLowerCase() ? (e3 = r2.substr(ou, 5), ou += 5) : (e3 = u, 0 === cu && bu(to)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "FLOAT") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ti() {
          var t3, e3, n2, o2;
          return t3 = ou, "real" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(eo)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "REAL") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Si() {
          var t3, e3, n2, o2;
          return t3 = ou, "double" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(no)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "DOUBLE") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function xi() {
          var t3, e3, n2, o2;
          return t3 = ou, "date" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(Lt)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "DATE") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ii() {
          var t3, e3, n2, o2;
          return t3 = ou, "datetime" === r2.substr(ou, 8).toLowerCase() ? (e3 = r2.substr(ou, 8), ou += 8) : (e3 = u, 0 === cu && bu(oo)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "DATETIME") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ki() {
          var t3, e3, n2, o2;
          return t3 = ou, "rows" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(uo)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "ROWS") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ni() {
          var t3, e3, n2, o2;
          return t3 = ou, "time" === r2.substr(ou, 4).toLowerCase() ? (e3 = r2.substr(ou, 4), ou += 4) : (e3 = u, 0 === cu && bu(ao)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "TIME") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Oi() {
          var t3, e3, n2, o2;
          return t3 = ou, "timestamp" === r2.substr(ou, 9).toLowerCase() ? (e3 = r2.substr(ou, 9), ou += 9) : (e3 = u, 0 === cu && bu(so)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "TIMESTAMP") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ri() {
          var t3, e3, n2, o2;
          return t3 = ou, "interval" === r2.substr(ou, 8).toLowerCase() ? (e3 = r2.substr(ou, 8), ou += 8) : (e3 = u, 0 === cu && bu(fo)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "INTERVAL") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Ui() {
          var t3, e3, n2, o2;
          return t3 = ou, "current_timestamp" === r2.substr(ou, 17).toLowerCase() ? (e3 = r2.substr(ou, 17), ou += 17) : (e3 = u, 0 === cu && bu(vo)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Mi() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "@@" === r2.substr(ou, 2) ? (t4 = "@@", ou += 2) : (t4 = u, 0 === cu && bu(Eo)), t4;
          })()) === u && (t3 = (function() {
            var t4;
            return 64 === r2.charCodeAt(ou) ? (t4 = "@", ou++) : (t4 = u, 0 === cu && bu(Ao)), t4;
          })()) === u && (t3 = (function() {
            var t4;
            return 36 === r2.charCodeAt(ou) ? (t4 = "$", ou++) : (t4 = u, 0 === cu && bu(go)), t4;
          })()), t3;
        }
        function Di() {
          var t3;
          return 61 === r2.charCodeAt(ou) ? (t3 = "=", ou++) : (t3 = u, 0 === cu && bu(Ar)), t3;
        }
        function Pi() {
          var t3, e3, n2, o2;
          return t3 = ou, "add" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu(So)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "ADD") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Fi() {
          var t3, e3, n2, o2;
          return t3 = ou, "column" === r2.substr(ou, 6).toLowerCase() ? (e3 = r2.substr(ou, 6), ou += 6) : (e3 = u, 0 === cu && bu(xo)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "COLUMN") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Hi() {
          var t3, e3, n2, o2;
          return t3 = ou, "index" === r2.substr(ou, 5).toLowerCase() ? (e3 = r2.substr(ou, 5), ou += 5) : (e3 = u, 0 === cu && bu(Io)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "INDEX") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function $i() {
          var t3, e3, n2, o2;
          return t3 = ou, "key" === r2.substr(ou, 3).toLowerCase() ? (e3 = r2.substr(ou, 3), ou += 3) : (e3 = u, 0 === cu && bu(v)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "KEY") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function Wi() {
          var t3, e3, n2, o2;
          return t3 = ou, "comment" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(Oo)), e3 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t3, t3 = e3 = "COMMENT") : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function qi() {
          var t3;
          return 46 === r2.charCodeAt(ou) ? (t3 = ".", ou++) : (t3 = u, 0 === cu && bu(ir)), t3;
        }
        function Gi() {
          var t3;
          return 44 === r2.charCodeAt(ou) ? (t3 = ",", ou++) : (t3 = u, 0 === cu && bu(Wo)), t3;
        }
        function Bi() {
          var t3;
          return 42 === r2.charCodeAt(ou) ? (t3 = "*", ou++) : (t3 = u, 0 === cu && bu(Mr)), t3;
        }
        function Yi() {
          var t3;
          return 40 === r2.charCodeAt(ou) ? (t3 = "(", ou++) : (t3 = u, 0 === cu && bu(ar)), t3;
        }
        function Vi() {
          var t3;
          return 41 === r2.charCodeAt(ou) ? (t3 = ")", ou++) : (t3 = u, 0 === cu && bu(sr)), t3;
        }
        function Qi() {
          var t3;
          return 91 === r2.charCodeAt(ou) ? (t3 = "[", ou++) : (t3 = u, 0 === cu && bu(qo)), t3;
        }
        function Xi() {
          var t3;
          return 93 === r2.charCodeAt(ou) ? (t3 = "]", ou++) : (t3 = u, 0 === cu && bu(Go)), t3;
        }
        function Ki() {
          var t3;
          return 59 === r2.charCodeAt(ou) ? (t3 = ";", ou++) : (t3 = u, 0 === cu && bu(Bo)), t3;
        }
        function zi() {
          var t3;
          return "->" === r2.substr(ou, 2) ? (t3 = "->", ou += 2) : (t3 = u, 0 === cu && bu(Yo)), t3;
        }
        function Zi() {
          var t3;
          return "||" === r2.substr(ou, 2) ? (t3 = "||", ou += 2) : (t3 = u, 0 === cu && bu(Vo)), t3;
        }
        function Ji() {
          var t3;
          return (t3 = Zi()) === u && (t3 = (function() {
            var t4;
            return "&&" === r2.substr(ou, 2) ? (t4 = "&&", ou += 2) : (t4 = u, 0 === cu && bu(Qo)), t4;
          })()), t3;
        }
        function rc() {
          var r3, t3;
          for (r3 = [], (t3 = uc()) === u && (t3 = ec()); t3 !== u; ) r3.push(t3), (t3 = uc()) === u && (t3 = ec());
          return r3;
        }
        function tc() {
          var r3, t3;
          if (r3 = [], (t3 = uc()) === u && (t3 = ec()), t3 !== u) for (; t3 !== u; ) r3.push(t3), (t3 = uc()) === u && (t3 = ec());
          else r3 = u;
          return r3;
        }
        function ec() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = ou, "/*" === r2.substr(ou, 2) ? (e3 = "/*", ou += 2) : (e3 = u, 0 === cu && bu(Xo));
            if (e3 !== u) {
              for (n2 = [], o2 = ou, a2 = ou, cu++, "*/" === r2.substr(ou, 2) ? (s2 = "*/", ou += 2) : (s2 = u, 0 === cu && bu(Ko)), cu--, s2 === u ? a2 = void 0 : (ou = a2, a2 = u), a2 !== u && (s2 = oc()) !== u ? o2 = a2 = [a2, s2] : (ou = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = ou, a2 = ou, cu++, "*/" === r2.substr(ou, 2) ? (s2 = "*/", ou += 2) : (s2 = u, 0 === cu && bu(Ko)), cu--, s2 === u ? a2 = void 0 : (ou = a2, a2 = u), a2 !== u && (s2 = oc()) !== u ? o2 = a2 = [a2, s2] : (ou = o2, o2 = u);
              n2 !== u ? ("*/" === r2.substr(ou, 2) ? (o2 = "*/", ou += 2) : (o2 = u, 0 === cu && bu(Ko)), o2 !== u ? t4 = e3 = [e3, n2, o2] : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
            } else ou = t4, t4 = u;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = ou, "--" === r2.substr(ou, 2) ? (e3 = "--", ou += 2) : (e3 = u, 0 === cu && bu(zo));
            if (e3 !== u) {
              for (n2 = [], o2 = ou, a2 = ou, cu++, s2 = ac(), cu--, s2 === u ? a2 = void 0 : (ou = a2, a2 = u), a2 !== u && (s2 = oc()) !== u ? o2 = a2 = [a2, s2] : (ou = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = ou, a2 = ou, cu++, s2 = ac(), cu--, s2 === u ? a2 = void 0 : (ou = a2, a2 = u), a2 !== u && (s2 = oc()) !== u ? o2 = a2 = [a2, s2] : (ou = o2, o2 = u);
              n2 !== u ? t4 = e3 = [e3, n2] : (ou = t4, t4 = u);
            } else ou = t4, t4 = u;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = ou, 35 === r2.charCodeAt(ou) ? (e3 = "#", ou++) : (e3 = u, 0 === cu && bu(Zo));
            if (e3 !== u) {
              for (n2 = [], o2 = ou, a2 = ou, cu++, s2 = ac(), cu--, s2 === u ? a2 = void 0 : (ou = a2, a2 = u), a2 !== u && (s2 = oc()) !== u ? o2 = a2 = [a2, s2] : (ou = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = ou, a2 = ou, cu++, s2 = ac(), cu--, s2 === u ? a2 = void 0 : (ou = a2, a2 = u), a2 !== u && (s2 = oc()) !== u ? o2 = a2 = [a2, s2] : (ou = o2, o2 = u);
              n2 !== u ? t4 = e3 = [e3, n2] : (ou = t4, t4 = u);
            } else ou = t4, t4 = u;
            return t4;
          })()), t3;
        }
        function nc() {
          var r3, t3, e3, n2, o2, a2, s2;
          return r3 = ou, (t3 = Wi()) !== u && rc() !== u ? ((e3 = Di()) === u && (e3 = null), e3 !== u && rc() !== u && (n2 = ms()) !== u ? (uu = r3, a2 = e3, s2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: a2, value: s2 }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3;
        }
        function oc() {
          var t3;
          return r2.length > ou ? (t3 = r2.charAt(ou), ou++) : (t3 = u, 0 === cu && bu(Jo)), t3;
        }
        function uc() {
          var t3;
          return ru.test(r2.charAt(ou)) ? (t3 = r2.charAt(ou), ou++) : (t3 = u, 0 === cu && bu(tu)), t3;
        }
        function ac() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            t4 = ou, cu++, r2.length > ou ? (e4 = r2.charAt(ou), ou++) : (e4 = u, 0 === cu && bu(Jo));
            cu--, e4 === u ? t4 = void 0 : (ou = t4, t4 = u);
            return t4;
          })()) === u) if (t3 = [], ae.test(r2.charAt(ou)) ? (e3 = r2.charAt(ou), ou++) : (e3 = u, 0 === cu && bu(se)), e3 !== u) for (; e3 !== u; ) t3.push(e3), ae.test(r2.charAt(ou)) ? (e3 = r2.charAt(ou), ou++) : (e3 = u, 0 === cu && bu(se));
          else t3 = u;
          return t3;
        }
        function sc() {
          var t3, e3;
          return t3 = ou, uu = ou, kc = [], (true ? void 0 : u) !== u && rc() !== u ? ((e3 = ic()) === u && (e3 = (function() {
            var t4, e4;
            t4 = ou, (function() {
              var t5;
              return "return" === r2.substr(ou, 6).toLowerCase() ? (t5 = r2.substr(ou, 6), ou += 6) : (t5 = u, 0 === cu && bu(jo)), t5;
            })() !== u && rc() !== u && (e4 = cc()) !== u ? (uu = t4, t4 = { type: "return", expr: e4 }) : (ou = t4, t4 = u);
            return t4;
          })()), e3 !== u ? (uu = t3, t3 = { stmt: e3, vars: kc }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function ic() {
          var t3, e3, n2, o2;
          return t3 = ou, (e3 = dc()) === u && (e3 = hc()), e3 !== u && rc() !== u ? ((n2 = (function() {
            var t4;
            return ":=" === r2.substr(ou, 2) ? (t4 = ":=", ou += 2) : (t4 = u, 0 === cu && bu(_o)), t4;
          })()) === u && (n2 = Di()), n2 !== u && rc() !== u && (o2 = cc()) !== u ? (uu = t3, t3 = e3 = { type: "assign", left: e3, symbol: n2, right: o2 }) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        function cc() {
          var r3;
          return (r3 = Du()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = ou, (t3 = dc()) !== u && rc() !== u && (e3 = na()) !== u && rc() !== u && (n2 = dc()) !== u && rc() !== u && (o2 = aa()) !== u ? (uu = r4, r4 = t3 = { type: "join", ltable: t3, rtable: n2, op: e3, on: o2 }) : (ou = r4, r4 = u);
            return r4;
          })()) === u && (r3 = lc()) === u && (r3 = (function() {
            var r4, t3;
            r4 = ou, Qi() !== u && rc() !== u && (t3 = yc()) !== u && rc() !== u && Xi() !== u ? (uu = r4, r4 = { type: "array", value: t3 }) : (ou = r4, r4 = u);
            return r4;
          })()), r3;
        }
        function lc() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = fc()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Pa()) !== u && (s2 = rc()) !== u && (i2 = fc()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Pa()) !== u && (s2 = rc()) !== u && (i2 = fc()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = Er(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function fc() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = pc()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Ha()) !== u && (s2 = rc()) !== u && (i2 = pc()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Ha()) !== u && (s2 = rc()) !== u && (i2 = pc()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = Er(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function pc() {
          var r3, t3, e3;
          return (r3 = ds()) === u && (r3 = dc()) === u && (r3 = bc()) === u && (r3 = as()) === u && (r3 = ou, Yi() !== u && rc() !== u && (t3 = lc()) !== u && rc() !== u && Vi() !== u ? (uu = r3, (e3 = t3).parentheses = true, r3 = e3) : (ou = r3, r3 = u)), r3;
        }
        function vc() {
          var r3, t3, e3, n2, o2, a2, s2;
          return r3 = ou, (t3 = Ba()) !== u ? (e3 = ou, (n2 = rc()) !== u && (o2 = qi()) !== u && (a2 = rc()) !== u && (s2 = Ba()) !== u ? e3 = n2 = [n2, o2, a2, s2] : (ou = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? (uu = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { name: [r4] };
            return null !== t4 && (e4.schema = r4, e4.name = [t4[3]]), e4;
          })(t3, e3)) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3;
        }
        function bc() {
          var r3, t3, e3;
          return r3 = ou, (t3 = vc()) !== u && rc() !== u && Yi() !== u && rc() !== u ? ((e3 = yc()) === u && (e3 = null), e3 !== u && rc() !== u && Vi() !== u ? (uu = r3, r3 = t3 = { type: "function", name: t3, args: { type: "expr_list", value: e3 }, ...Ec() }) : (ou = r3, r3 = u)) : (ou = r3, r3 = u), r3 === u && (r3 = ou, (t3 = vc()) !== u && (uu = r3, t3 = (function(r4) {
            return { type: "function", name: r4, args: null, ...Ec() };
          })(t3)), r3 = t3), r3;
        }
        function yc() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = pc()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = pc()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = pc()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = l(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function dc() {
          var r3, t3, e3, n2, o2;
          return r3 = ou, (t3 = Mi()) !== u && (e3 = hc()) !== u ? (uu = r3, n2 = t3, o2 = e3, r3 = t3 = { type: "var", ...o2, prefix: n2 }) : (ou = r3, r3 = u), r3;
        }
        function hc() {
          var t3, e3, n2, o2, a2;
          return t3 = ou, (e3 = es()) !== u && (n2 = (function() {
            var t4, e4, n3, o3, a3;
            t4 = ou, e4 = [], n3 = ou, 46 === r2.charCodeAt(ou) ? (o3 = ".", ou++) : (o3 = u, 0 === cu && bu(ir));
            o3 !== u && (a3 = es()) !== u ? n3 = o3 = [o3, a3] : (ou = n3, n3 = u);
            for (; n3 !== u; ) e4.push(n3), n3 = ou, 46 === r2.charCodeAt(ou) ? (o3 = ".", ou++) : (o3 = u, 0 === cu && bu(ir)), o3 !== u && (a3 = es()) !== u ? n3 = o3 = [o3, a3] : (ou = n3, n3 = u);
            e4 !== u && (uu = t4, e4 = (function(r3) {
              const t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4));
            return t4 = e4;
          })()) !== u ? (uu = t3, o2 = e3, a2 = n2, kc.push(o2), t3 = e3 = { type: "var", name: o2, members: a2, prefix: null }) : (ou = t3, t3 = u), t3 === u && (t3 = ou, (e3 = As()) !== u && (uu = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function mc() {
          var t3;
          return (t3 = wc()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = ou, (e3 = yi()) !== u && rc() !== u && Yi() !== u && rc() !== u && (n2 = Lc()) !== u && rc() !== u && Vi() !== u ? (uu = t4, e3 = { dataType: e3, parentheses: true, expr: { type: "expr_list", value: n2.map((r3) => ({ type: "datatype", ...r3 })) } }, t4 = e3) : (ou = t4, t4 = u);
            t4 === u && (t4 = ou, (e3 = yi()) !== u && rc() !== u && (function() {
              var t5;
              return 60 === r2.charCodeAt(ou) ? (t5 = "<", ou++) : (t5 = u, 0 === cu && bu(Ir)), t5;
            })() !== u && rc() !== u && (n2 = Lc()) !== u && rc() !== u && (function() {
              var t5;
              return 62 === r2.charCodeAt(ou) ? (t5 = ">", ou++) : (t5 = u, 0 === cu && bu(Tr)), t5;
            })() !== u ? (uu = t4, e3 = (function(r3, t5) {
              return { dataType: r3, angle_brackets: true, expr: { type: "expr_list", value: t5.map((r4) => ({ type: "datatype", ...r4 })) } };
            })(e3, n2), t4 = e3) : (ou = t4, t4 = u));
            return t4;
          })()), t3;
        }
        function wc() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = ou, (e3 = di()) === u && (e3 = hi());
            if (e3 !== u) if (rc() !== u) if (Yi() !== u) if (rc() !== u) {
              if (n2 = [], ie.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(ce)), o2 !== u) for (; o2 !== u; ) n2.push(o2), ie.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(ce));
              else n2 = u;
              n2 !== u && (o2 = rc()) !== u && Vi() !== u ? (uu = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (ou = t4, t4 = u);
            } else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            t4 === u && (t4 = ou, (e3 = di()) === u && (e3 = hi()) === u && (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = ou, "string" === r2.substr(ou, 6).toLowerCase() ? (e4 = r2.substr(ou, 6), ou += 6) : (e4 = u, 0 === cu && bu(Wn)), e4 !== u ? (n3 = ou, cu++, o3 = ns(), cu--, o3 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t5, t5 = e4 = "STRING") : (ou = t5, t5 = u)) : (ou = t5, t5 = u), t5;
            })()), e3 !== u && (uu = t4, e3 = eu(e3)), t4 = e3);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, v2;
            t4 = ou, (e3 = mi()) === u && (e3 = wi()) === u && (e3 = Ci()) === u && (e3 = Ai()) === u && (e3 = Ei()) === u && (e3 = gi()) === u && (e3 = ji()) === u && (e3 = _i()) === u && (e3 = Si()) === u && (e3 = Ti());
            if (e3 !== u) if ((n2 = rc()) !== u) if ((o2 = Yi()) !== u) if ((a2 = rc()) !== u) {
              if (s2 = [], ie.test(r2.charAt(ou)) ? (i2 = r2.charAt(ou), ou++) : (i2 = u, 0 === cu && bu(ce)), i2 !== u) for (; i2 !== u; ) s2.push(i2), ie.test(r2.charAt(ou)) ? (i2 = r2.charAt(ou), ou++) : (i2 = u, 0 === cu && bu(ce));
              else s2 = u;
              if (s2 !== u) if ((i2 = rc()) !== u) {
                if (c2 = ou, (l2 = Gi()) !== u) if ((f2 = rc()) !== u) {
                  if (p2 = [], ie.test(r2.charAt(ou)) ? (v2 = r2.charAt(ou), ou++) : (v2 = u, 0 === cu && bu(ce)), v2 !== u) for (; v2 !== u; ) p2.push(v2), ie.test(r2.charAt(ou)) ? (v2 = r2.charAt(ou), ou++) : (v2 = u, 0 === cu && bu(ce));
                  else p2 = u;
                  p2 !== u ? c2 = l2 = [l2, f2, p2] : (ou = c2, c2 = u);
                } else ou = c2, c2 = u;
                else ou = c2, c2 = u;
                c2 === u && (c2 = null), c2 !== u && (l2 = rc()) !== u && (f2 = Vi()) !== u && (p2 = rc()) !== u ? ((v2 = Cc()) === u && (v2 = null), v2 !== u ? (uu = t4, b2 = c2, y2 = v2, e3 = { dataType: e3, length: parseInt(s2.join(""), 10), scale: b2 && parseInt(b2[2].join(""), 10), parentheses: true, suffix: y2 }, t4 = e3) : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
              } else ou = t4, t4 = u;
              else ou = t4, t4 = u;
            } else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            var b2, y2;
            if (t4 === u) {
              if (t4 = ou, (e3 = mi()) === u && (e3 = wi()) === u && (e3 = Ci()) === u && (e3 = Ai()) === u && (e3 = Ei()) === u && (e3 = gi()) === u && (e3 = ji()) === u && (e3 = _i()) === u && (e3 = Si()) === u && (e3 = Ti()), e3 !== u) {
                if (n2 = [], ie.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(ce)), o2 !== u) for (; o2 !== u; ) n2.push(o2), ie.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(ce));
                else n2 = u;
                n2 !== u && (o2 = rc()) !== u ? ((a2 = Cc()) === u && (a2 = null), a2 !== u ? (uu = t4, e3 = (function(r3, t5, e4) {
                  return { dataType: r3, length: parseInt(t5.join(""), 10), suffix: e4 };
                })(e3, n2, a2), t4 = e3) : (ou = t4, t4 = u)) : (ou = t4, t4 = u);
              } else ou = t4, t4 = u;
              t4 === u && (t4 = ou, (e3 = mi()) === u && (e3 = wi()) === u && (e3 = Ci()) === u && (e3 = Ai()) === u && (e3 = Ei()) === u && (e3 = gi()) === u && (e3 = ji()) === u && (e3 = _i()) === u && (e3 = Si()) === u && (e3 = Ti()), e3 !== u && (n2 = rc()) !== u ? ((o2 = Cc()) === u && (o2 = null), o2 !== u && (a2 = rc()) !== u ? (uu = t4, e3 = /* @__PURE__ */ (function(r3, t5) {
                return { dataType: r3, suffix: t5 };
              })(e3, o2), t4 = e3) : (ou = t4, t4 = u)) : (ou = t4, t4 = u));
            }
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = ou, (e3 = xi()) === u && (e3 = Ii()) === u && (e3 = Ni()) === u && (e3 = Oi());
            if (e3 !== u) if (rc() !== u) if (Yi() !== u) if (rc() !== u) {
              if (n2 = [], ie.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(ce)), o2 !== u) for (; o2 !== u; ) n2.push(o2), ie.test(r2.charAt(ou)) ? (o2 = r2.charAt(ou), ou++) : (o2 = u, 0 === cu && bu(ce));
              else n2 = u;
              n2 !== u && (o2 = rc()) !== u && Vi() !== u ? (uu = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (ou = t4, t4 = u);
            } else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            else ou = t4, t4 = u;
            t4 === u && (t4 = ou, (e3 = xi()) === u && (e3 = Ii()) === u && (e3 = Ni()) === u && (e3 = Oi()), e3 !== u && (uu = t4, e3 = /* @__PURE__ */ (function(r3) {
              return { dataType: r3 };
            })(e3)), t4 = e3);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = ou, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = ou, "json" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(Vn)), e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t5, t5 = e4 = "JSON") : (ou = t5, t5 = u)) : (ou = t5, t5 = u), t5;
            })()) !== u && (uu = t4, e3 = eu(e3));
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = ou, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = ou, "tinytext" === r2.substr(ou, 8).toLowerCase() ? (e4 = r2.substr(ou, 8), ou += 8) : (e4 = u, 0 === cu && bu(Kn)), e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t5, t5 = e4 = "TINYTEXT") : (ou = t5, t5 = u)) : (ou = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = ou, "text" === r2.substr(ou, 4).toLowerCase() ? (e4 = r2.substr(ou, 4), ou += 4) : (e4 = u, 0 === cu && bu(zn)), e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t5, t5 = e4 = "TEXT") : (ou = t5, t5 = u)) : (ou = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = ou, "mediumtext" === r2.substr(ou, 10).toLowerCase() ? (e4 = r2.substr(ou, 10), ou += 10) : (e4 = u, 0 === cu && bu(Zn)), e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t5, t5 = e4 = "MEDIUMTEXT") : (ou = t5, t5 = u)) : (ou = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = ou, "longtext" === r2.substr(ou, 8).toLowerCase() ? (e4 = r2.substr(ou, 8), ou += 8) : (e4 = u, 0 === cu && bu(Jn)), e4 !== u ? (n2 = ou, cu++, o2 = ns(), cu--, o2 === u ? n2 = void 0 : (ou = n2, n2 = u), n2 !== u ? (uu = t5, t5 = e4 = "LONGTEXT") : (ou = t5, t5 = u)) : (ou = t5, t5 = u), t5;
            })());
            e3 !== u && (uu = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = ou, "boolean" === r2.substr(ou, 7).toLowerCase() ? (e3 = r2.substr(ou, 7), ou += 7) : (e3 = u, 0 === cu && bu(nu));
            e3 !== u && (uu = t4, e3 = { dataType: "BOOLEAN" });
            return t4 = e3;
          })()), t3;
        }
        function Lc() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = ou, (t3 = wc()) !== u) {
            for (e3 = [], n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = wc()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = ou, (o2 = rc()) !== u && (a2 = Gi()) !== u && (s2 = rc()) !== u && (i2 = wc()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (ou = n2, n2 = u);
            e3 !== u ? (uu = r3, r3 = t3 = l(t3, e3)) : (ou = r3, r3 = u);
          } else ou = r3, r3 = u;
          return r3;
        }
        function Cc() {
          var t3, e3, n2;
          return t3 = ou, (e3 = Li()) === u && (e3 = null), e3 !== u && rc() !== u ? ((n2 = (function() {
            var t4, e4, n3, o2;
            return t4 = ou, "zerofill" === r2.substr(ou, 8).toLowerCase() ? (e4 = r2.substr(ou, 8), ou += 8) : (e4 = u, 0 === cu && bu(Bn)), e4 !== u ? (n3 = ou, cu++, o2 = ns(), cu--, o2 === u ? n3 = void 0 : (ou = n3, n3 = u), n3 !== u ? (uu = t4, t4 = e4 = "ZEROFILL") : (ou = t4, t4 = u)) : (ou = t4, t4 = u), t4;
          })()) === u && (n2 = null), n2 !== u ? (uu = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push(r3), t4 && e4.push(t4), e4;
          })(e3, n2)) : (ou = t3, t3 = u)) : (ou = t3, t3 = u), t3;
        }
        const Ac = { ALTER: true, ALL: true, ADD: true, AND: true, AS: true, ASC: true, BETWEEN: true, BY: true, CALL: true, CASE: true, CREATE: true, CROSS: true, CONTAINS: true, CURRENT_DATE: true, CURRENT_TIME: true, CURRENT_TIMESTAMP: true, CURRENT_USER: true, DELETE: true, DESC: true, DISTINCT: true, DROP: true, ELSE: true, END: true, EXISTS: true, EXPLAIN: true, FALSE: true, FROM: true, FULL: true, GROUP: true, HAVING: true, IN: true, INNER: true, INSERT: true, INTO: true, IS: true, JOIN: true, JSON: true, LEFT: true, LIKE: true, LIMIT: true, LOW_PRIORITY: true, NOT: true, NULL: true, ON: true, OR: true, ORDER: true, OUTER: true, RECURSIVE: true, RENAME: true, READ: true, RIGHT: true, SELECT: true, SESSION_USER: true, SET: true, SHOW: true, SYSTEM_USER: true, TABLE: true, THEN: true, TRUE: true, TRUNCATE: true, UNION: true, UPDATE: true, USING: true, UNNEST: true, VALUES: true, WITH: true, WHEN: true, WHERE: true, WRITE: true, GLOBAL: true, SESSION: true, LOCAL: true, PERSIST: true, PERSIST_ONLY: true };
        function Ec() {
          return t2.includeLocations ? { loc: vu(uu, ou) } : {};
        }
        function gc(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function jc(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3 };
        }
        function _c(r3) {
          const t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function Tc(r3, t3, e3 = 3) {
          const n2 = [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function Sc(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = jc(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function xc(r3) {
          const t3 = Rc[r3];
          return t3 || (r3 || null);
        }
        function Ic(r3) {
          const t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            const r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = xc(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        let kc = [];
        const Nc = /* @__PURE__ */ new Set(), Oc = /* @__PURE__ */ new Set(), Rc = {};
        if ((e2 = s()) !== u && ou === r2.length) return e2;
        throw e2 !== u && ou < r2.length && bu({ type: "end" }), yu(iu, su < r2.length ? r2.charAt(su) : null, su < r2.length ? vu(su, su + 1) : vu(su, su));
      } };
    }, function(r, t, e) {
      r.exports = e(3);
    }, function(r, t) {
      r.exports = require_BigInteger();
    }, function(r, t, e) {
      "use strict";
      e.r(t), e.d(t, "Parser", (function() {
        return Gt;
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
        return I;
      })), e.d(n, "commonKeywordArgsToSQL", (function() {
        return S;
      })), e.d(n, "commonOptionConnector", (function() {
        return s;
      })), e.d(n, "connector", (function() {
        return i;
      })), e.d(n, "commonTypeValue", (function() {
        return L;
      })), e.d(n, "commentToSQL", (function() {
        return j;
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
        return v;
      })), e.d(n, "toUpper", (function() {
        return h;
      })), e.d(n, "topToSQL", (function() {
        return b;
      })), e.d(n, "triggerEventToSQL", (function() {
        return _;
      }));
      var u = { database: "athena", type: "table", trimQuery: true, parseOptions: { includeLocations: false } }, a = u;
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
      function v(r2) {
        a = r2;
      }
      function b(r2) {
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
          return t2 && i2.push(h(t2)), i2.push(s2), u2 && ("string" == typeof u2 && i2.push(u2), "object" === o(u2) && (u2.collate ? i2.push(vt(u2.collate)) : i2.push(w(u2)))), s2 = i2.join(" "), n2 ? "(".concat(s2, ")") : s2;
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
      function j(r2) {
        if (r2) {
          var t2 = [], e2 = r2.keyword, n2 = r2.symbol, o2 = r2.value;
          return t2.push(e2.toUpperCase()), n2 && t2.push(n2), t2.push(w(o2)), t2.join(" ");
        }
      }
      function _(r2) {
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
        return r2 ? ["RETURNING", r2.columns.map(It).filter(m).join(", ")].join(" ") : "";
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
      function I(r2) {
        if (r2) return r2.map(Tt).filter(m).join(", ");
      }
      function k(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return N(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return N(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? N(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function N(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function O(r2) {
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
              u2.length = 0, u2.push.apply(u2, k(O(r2)));
              break;
            case "WITH PARSER":
              u2.push(e2);
              break;
            case "VISIBLE":
            case "INVISIBLE":
              break;
            case "COMMENT":
              u2.shift(), u2.push(j(r2));
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
        if (i2.push.apply(i2, k(O(e2))), u2 && u2.length) {
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
        var o2 = r2.right.escape || {}, u2 = Array.isArray(r2.left) ? r2.left.map(lt).join(", ") : lt(r2.left), a2 = vt(r2.collate), s2 = [u2, t2, e2, h(o2.type), lt(o2.value)].filter(m).join("." === t2 ? "" : " "), i2 = r2.parentheses ? "(".concat(s2, ")") : s2;
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
      function W(r2) {
        return r2 ? [r2.prefix.map(w).join(" "), lt(r2.value), r2.suffix.map(w).join(" ")] : [];
      }
      function q(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat(H(W(n2)), H(W(e2))).filter(m).join(" ")) : (function(r3) {
          var t3 = r3.seperator, e3 = r3.value;
          return 1 === e3.length && "offset" === t3 ? i("OFFSET", lt(e3[0])) : i("LIMIT", e3.map(lt).join("".concat("offset" === t3 ? " " : "").concat(h(t3), " ")));
        })(r2) : "";
        var t2, e2, n2;
      }
      function G(r2) {
        if (r2 && 0 !== r2.length) {
          var t2 = r2[0].recursive ? "RECURSIVE " : "", e2 = r2.map((function(r3) {
            var t3 = r3.name, e3 = r3.stmt, n2 = r3.columns, o2 = Array.isArray(n2) ? "(".concat(n2.map(Et).join(", "), ")") : "", u2 = s("values" === e3.type ? "VALUES" : "", lt, e3);
            return "".concat("default" === t3.type ? d(t3.value) : w(t3)).concat(o2, " AS (").concat(u2, ")");
          })).join(", ");
          return "WITH ".concat(t2).concat(e2);
        }
      }
      function B(r2) {
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
      function Y(r2) {
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, u2 = r2.for, a2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = void 0 === c2 ? {} : c2, f2 = r2.locking_read, p2 = r2.groupby, v2 = r2.having, y2 = r2.into, d2 = void 0 === y2 ? {} : y2, L2 = r2.isolation, C2 = r2.limit, A2 = r2.options, E2 = r2.orderby, g2 = r2.parentheses_symbol, j2 = r2.qualify, _2 = r2.top, T2 = r2.window, S2 = r2.with, x2 = r2.where, I2 = [G(S2), "SELECT", h(t2)];
        Array.isArray(A2) && I2.push(A2.join(" ")), I2.push((function(r3) {
          if (r3) {
            if ("string" == typeof r3) return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [h(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(m).join(" ");
          }
        })(o2), b(_2), Nt(e2, a2));
        var k2 = d2.position, N2 = "";
        k2 && (N2 = s("INTO", B, d2)), "column" === k2 && I2.push(N2), I2.push(s("FROM", Cr, a2)), "from" === k2 && I2.push(N2);
        var O2 = l2 || {}, R2 = O2.keyword, U2 = O2.expr;
        I2.push(s(R2, lt, U2)), I2.push(s("WHERE", lt, x2)), p2 && (I2.push(i("GROUP BY", ft(p2.columns).join(", "))), I2.push(ft(p2.modifiers).join(", "))), I2.push(s("HAVING", lt, v2)), I2.push(s("QUALIFY", lt, j2)), I2.push(s("WINDOW", lt, T2)), I2.push(pt(E2, "order by")), I2.push(vt(n2)), I2.push(q(C2)), L2 && I2.push(s(L2.keyword, w, L2.expr)), I2.push(h(f2)), "end" === k2 && I2.push(N2), I2.push((function(r3) {
          if (r3) {
            var t3 = r3.expr, e3 = r3.keyword, n3 = [h(r3.type), h(e3)];
            return t3 ? "".concat(n3.join(" "), "(").concat(lt(t3), ")") : n3.join(" ");
          }
        })(u2));
        var M2 = I2.filter(m).join(" ");
        return g2 ? "(".concat(M2, ")") : M2;
      }
      function V(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = (function(r3, t3) {
            if (r3) {
              if ("string" == typeof r3) return Q(r3, t3);
              var e3 = {}.toString.call(r3).slice(8, -1);
              return "Object" === e3 && r3.constructor && (e3 = r3.constructor.name), "Map" === e3 || "Set" === e3 ? Array.from(r3) : "Arguments" === e3 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e3) ? Q(r3, t3) : void 0;
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
      function Q(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function X(r2) {
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
      function Z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.starting, n2 = r2.terminated;
        return [h(t2), w(e2), w(n2)].filter(m).join(" ");
      }
      function J(r2) {
        if (!r2) return "";
        var t2 = r2.count, e2 = r2.suffix;
        return ["IGNORE", w(t2), e2].filter(m).join(" ");
      }
      function rr(r2) {
        if (!r2) return "";
        var t2 = r2.mode, e2 = r2.local, n2 = r2.file, o2 = r2.replace_ignore, u2 = r2.table, a2 = r2.partition, i2 = r2.character_set, c2 = r2.column, l2 = r2.fields, f2 = r2.lines, p2 = r2.set, v2 = r2.ignore;
        return ["LOAD DATA", h(t2), h(e2), "INFILE", w(n2), h(o2), "INTO TABLE", Lr(u2), sr(a2), s("CHARACTER SET", w, i2), z(l2), Z(f2), J(v2), Nt(c2), s("SET", X, p2)].filter(m).join(" ");
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
            e2 = (t2 = r2).in, n2 = t2.from, o2 = t2.limit, i2 = [s("IN", w, e2 && e2.right), s("FROM", Cr, n2), q(o2)].filter(m).join(" ");
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
              var t3 = r3.type, e2 = r3.keyword, n2 = r3.sequence, o2 = r3.if_exists, u2 = r3.expr, a2 = void 0 === u2 ? [] : u2, s2 = h(t3), i2 = Cr(n2), c2 = a2.map(Xr);
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
              c2.push("AS", Y(o2)), a2 && c2.push(h(a2));
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
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.table, o2 = r3.like, u2 = r3.as, a2 = r3.temporary, s2 = r3.if_not_exists, i2 = r3.create_definitions, c2 = r3.table_options, l2 = r3.ignore_replace, f2 = r3.replace, v2 = r3.partition_of, b2 = r3.query_expr, y2 = r3.unlogged, d2 = r3.with, L2 = [h(t3), h(f2), h(a2), h(y2), h(e3), h(s2), Cr(n2)];
              if (o2) {
                var C2 = o2.type, A2 = Cr(o2.table);
                return L2.push(h(C2), A2), L2.filter(m).join(" ");
              }
              if (v2) return L2.concat([zr(v2)]).filter(m).join(" ");
              i2 && L2.push("(".concat(i2.map(Xr).join(", "), ")"));
              if (c2) {
                var E2 = p().database, g2 = E2 && "sqlite" === E2.toLowerCase() ? ", " : " ";
                L2.push(c2.map(Ar).join(g2));
              }
              if (d2) {
                var j2 = d2.map((function(r4) {
                  return [w(r4.keyword), h(r4.symbol), w(r4.value)].join(" ");
                })).join(", ");
                L2.push("WITH (".concat(j2, ")"));
              }
              L2.push(h(l2), h(u2)), b2 && L2.push(or(b2));
              return L2.filter(m).join(" ");
            })(r2);
            break;
          case "trigger":
            e2 = "constraint" === r2.resource ? (function(r3) {
              var t3 = r3.constraint, e3 = r3.constraint_kw, n2 = r3.deferrable, o2 = r3.events, u2 = r3.execute, a2 = r3.for_each, s2 = r3.from, i2 = r3.location, c2 = r3.keyword, l2 = r3.or, f2 = r3.type, p2 = r3.table, v2 = r3.when, b2 = [h(f2), h(l2), h(e3), h(c2), d(t3), h(i2)], y2 = _(o2);
              b2.push(y2, "ON", Lr(p2)), s2 && b2.push("FROM", Lr(s2));
              b2.push.apply(b2, Yr(S(n2)).concat(Yr(S(a2)))), v2 && b2.push(h(v2.type), lt(v2.cond));
              return b2.push(h(u2.keyword), Br(u2.expr)), b2.filter(m).join(" ");
            })(r2) : (function(r3) {
              var t3 = r3.definer, e3 = r3.for_each, n2 = r3.keyword, o2 = r3.execute, u2 = r3.type, a2 = r3.table, i2 = r3.if_not_exists, c2 = r3.temporary, l2 = r3.trigger, f2 = r3.events, p2 = r3.order, v2 = r3.time, b2 = r3.when, y2 = [h(u2), h(c2), lt(t3), h(n2), h(i2), Lr(l2), h(v2), f2.map((function(r4) {
                var t4 = [h(r4.keyword)], e4 = r4.args;
                return e4 && t4.push(h(e4.keyword), e4.columns.map(Et).join(", ")), t4.join(" ");
              })), "ON", Lr(a2), h(e3 && e3.keyword), h(e3 && e3.args), p2 && "".concat(h(p2.keyword), " ").concat(d(p2.trigger)), s("WHEN", lt, b2), h(o2.prefix)];
              switch (o2.type) {
                case "set":
                  y2.push(s("SET", X, o2.expr));
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
                return [h(t4), h(e4), Array.isArray(n3) ? "(".concat(n3.map(St).join(", "), ")") : Zr(n3)].filter(m).join(" ");
              })(a2), s2.map(Jr).join(" "), i2), c2.filter(m).join(" ");
            })(r2);
            break;
          case "index":
            e2 = (function(r3) {
              var t3 = r3.concurrently, e3 = r3.filestream_on, n2 = r3.keyword, o2 = r3.if_not_exists, u2 = r3.include, a2 = r3.index_columns, i2 = r3.index_type, c2 = r3.index_using, l2 = r3.index, f2 = r3.on, p2 = r3.index_options, v2 = r3.algorithm_option, b2 = r3.lock_option, y2 = r3.on_kw, L2 = r3.table, C2 = r3.tablespace, A2 = r3.type, E2 = r3.where, g2 = r3.with, j2 = r3.with_before_where, _2 = g2 && "WITH (".concat(U(g2).join(", "), ")"), T2 = u2 && "".concat(h(u2.keyword), " (").concat(u2.columns.map((function(r4) {
                return "string" == typeof r4 ? d(r4) : lt(r4);
              })).join(", "), ")"), S2 = l2;
              l2 && (S2 = "string" == typeof l2 ? d(l2) : [d(l2.schema), d(l2.name)].filter(m).join("."));
              var x2 = [h(A2), h(i2), h(n2), h(o2), h(t3), S2, h(y2), Lr(L2)].concat(Yr(O(c2)), ["(".concat(I(a2), ")"), T2, U(p2).join(" "), et(v2), et(b2), s("TABLESPACE", w, C2)]);
              j2 ? x2.push(_2, s("WHERE", lt, E2)) : x2.push(s("WHERE", lt, E2), _2);
              return x2.push(s("ON", lt, f2), s("FILESTREAM_ON", w, e3)), x2.filter(m).join(" ");
            })(r2);
            break;
          case "sequence":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.sequence, o2 = r3.temporary, u2 = r3.if_not_exists, a2 = r3.create_definitions, s2 = [h(t3), h(o2), h(e3), h(u2), Cr(n2)];
              a2 && s2.push(a2.map(Xr).join(" "));
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
              var t3 = r3.algorithm, e3 = r3.columns, n2 = r3.definer, o2 = r3.if_not_exists, u2 = r3.keyword, a2 = r3.recursive, s2 = r3.replace, i2 = r3.select, c2 = r3.sql_security, l2 = r3.temporary, f2 = r3.type, p2 = r3.view, v2 = r3.with, b2 = r3.with_options, w2 = p2.db, C2 = p2.schema, A2 = p2.view, E2 = [d(w2), d(C2), d(A2)].filter(m).join(".");
              return [h(f2), h(s2), h(l2), h(a2), t3 && "ALGORITHM = ".concat(h(t3)), lt(n2), c2 && "SQL SECURITY ".concat(h(c2)), h(u2), h(o2), E2, e3 && "(".concat(e3.map(y).join(", "), ")"), b2 && ["WITH", "(".concat(b2.map((function(r4) {
                return L(r4).join(" ");
              })).join(", "), ")")].join(" "), "AS", or(i2), h(v2)].filter(m).join(" ");
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
                    s2.push("(".concat(e3.map(Xr).join(", "), ")"));
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
              })).join(", "), v2 = [h(f2), h(u2), h(o2), p2];
              n2 && v2.push(h(n2.keyword), n2.value.map(Rr).join(", "));
              v2.push(s(c2 && c2.keyword, lt, c2 && c2.value)), l2 && v2.push(h(l2.keyword), l2.value.map((function(r4) {
                return lt(r4);
              })).join(" "));
              i2 && i2.forEach((function(r4) {
                return v2.push(s(r4.keyword, lt, r4.value));
              }));
              return v2.push(w(a2), j(e3), w(t3)), v2.filter(m).join(" ");
            })(r2);
            break;
          default:
            throw new Error("unknown create resource ".concat(t2));
        }
        return e2;
      }, comment: function(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = r2.target;
        return [h(r2.type), h(e2), P(n2), F(t2)].filter(m).join(" ");
      }, select: Y, deallocate: function(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.expr;
        return [h(t2), h(e2), lt(n2)].filter(m).join(" ");
      }, delete: function(r2) {
        var t2 = r2.columns, e2 = r2.from, n2 = r2.table, o2 = r2.where, u2 = r2.orderby, a2 = r2.with, i2 = r2.limit, c2 = r2.returning, l2 = [G(a2), "DELETE"], f2 = Nt(t2, e2);
        return l2.push(f2), Array.isArray(n2) && (1 === n2.length && true === n2[0].addition || l2.push(Cr(n2))), l2.push(s("FROM", Cr, e2)), l2.push(s("WHERE", lt, o2)), l2.push(pt(u2, "order by")), l2.push(q(i2)), l2.push(T(c2)), l2.filter(m).join(" ");
      }, exec: function(r2) {
        var t2 = r2.keyword, e2 = r2.module, n2 = r2.parameters;
        return [h(t2), Lr(e2), (n2 || []).map(K).filter(m).join(", ")].filter(m).join(" ");
      }, execute: function(r2) {
        var t2 = r2.type, e2 = r2.name, n2 = r2.args, o2 = [h(t2)], u2 = [e2];
        n2 && u2.push("(".concat(lt(n2).join(", "), ")"));
        return o2.push(u2.join("")), o2.filter(m).join(" ");
      }, explain: function(r2) {
        var t2 = r2.type, e2 = r2.expr;
        return [h(t2), Y(e2)].join(" ");
      }, for: function(r2) {
        var t2 = r2.type, e2 = r2.label, n2 = r2.target, o2 = r2.query, u2 = r2.stmts;
        return [e2, h(t2), n2, "IN", ur([o2]), "LOOP", ur(u2), "END LOOP", e2].filter(m).join(" ");
      }, update: function(r2) {
        var t2 = r2.from, e2 = r2.table, n2 = r2.set, o2 = r2.where, u2 = r2.orderby, a2 = r2.with, i2 = r2.limit, c2 = r2.returning;
        return [G(a2), "UPDATE", Cr(e2), s("SET", X, n2), s("FROM", Cr, t2), s("WHERE", lt, o2), pt(u2, "order by"), q(i2), T(c2)].filter(m).join(" ");
      }, if: function(r2) {
        var t2 = r2.boolean_expr, e2 = r2.else_expr, n2 = r2.elseif_expr, o2 = r2.if_expr, u2 = r2.prefix, a2 = r2.go, s2 = r2.semicolons, i2 = r2.suffix, c2 = [h(r2.type), lt(t2), w(u2), "".concat(_r(o2.ast || o2)).concat(s2[0]), h(a2)];
        n2 && c2.push(n2.map((function(r3) {
          return [h(r3.type), lt(r3.boolean_expr), "THEN", _r(r3.then.ast || r3.then), r3.semicolon].filter(m).join(" ");
        })).join(" "));
        e2 && c2.push("ELSE", "".concat(_r(e2.ast || e2)).concat(s2[1]));
        return c2.push(w(i2)), c2.filter(m).join(" ");
      }, insert: fr, load_data: rr, drop: kr, truncate: kr, replace: fr, declare: function(r2) {
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
              l2.push(h(s2), "(".concat(i2.map(Xr).join(", "), ")"));
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
      }, desc: Nr, describe: Nr, set: function(r2) {
        var t2 = r2.type, e2 = r2.expr, n2 = r2.keyword, o2 = h(t2), u2 = e2.map(lt).join(", ");
        return [o2, h(n2), u2].filter(m).join(" ");
      }, lock: Or, unlock: Or, show: er, grant: Ur, revoke: Ur, proc: function(r2) {
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
        return a2.push(n2 && ")", pt(o2, "order by"), q(u2)), a2.filter(m).join(" ");
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
            o2.push("UPDATE", s("SET", X, t2.set), s("WHERE", lt, t2.where));
        }
        return o2.filter(m).join(" ");
      }
      function lr(r2) {
        if (!r2) return "";
        var t2 = r2.action;
        return [ir(r2.target), cr(t2)].filter(m).join(" ");
      }
      function fr(r2) {
        var t2 = r2.table, e2 = r2.type, n2 = r2.or, o2 = void 0 === n2 ? [] : n2, u2 = r2.prefix, a2 = void 0 === u2 ? "into" : u2, i2 = r2.columns, c2 = r2.conflict, l2 = r2.values, f2 = r2.where, p2 = r2.on_duplicate_update, v2 = r2.partition, b2 = r2.returning, y2 = r2.set, d2 = p2 || {}, L2 = d2.keyword, C2 = d2.set, A2 = [h(e2), o2.map(w).join(" "), h(a2), Cr(t2), sr(v2)];
        return Array.isArray(i2) && A2.push("(".concat(i2.map(w).join(", "), ")")), A2.push(s(l2 && "values" === l2.type ? "VALUES" : "", ar, l2)), A2.push(s("ON CONFLICT", lr, c2)), A2.push(s("SET", X, y2)), A2.push(s("WHERE", lt, f2)), A2.push(s(L2, X, C2)), A2.push(T(b2)), A2.filter(m).join(" ");
      }
      function pr(r2) {
        var t2 = r2.expr, e2 = r2.unit, n2 = r2.suffix;
        return ["INTERVAL", lt(t2), h(e2), lt(n2)].filter(m).join(" ");
      }
      function vr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return br(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return br(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? br(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function br(r2, t2) {
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
        var t2, e2, n2, o2, u2 = r2.table, a2 = r2.db, i2 = r2.as, c2 = r2.expr, l2 = r2.operator, f2 = r2.prefix, p2 = r2.schema, v2 = r2.server, b2 = r2.suffix, y2 = r2.tablesample, C2 = r2.temporal_table, A2 = r2.table_hint, E2 = r2.surround, g2 = void 0 === E2 ? {} : E2, j2 = d(v2, false, g2.server), _2 = d(a2, false, g2.db), T2 = d(p2, false, g2.schema), S2 = u2 && d(u2, false, g2.table);
        if (c2) switch (c2.type) {
          case "values":
            var x2 = c2.parentheses, I2 = c2.values, k2 = c2.prefix, N2 = [x2 && "(", "", x2 && ")"], O2 = ar(I2);
            k2 && (O2 = O2.split("(").slice(1).map((function(r3) {
              return "".concat(h(k2), "(").concat(r3);
            })).join("")), N2[1] = "VALUES ".concat(O2), S2 = N2.filter(m).join("");
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
        var R2 = [[j2, _2, T2, S2 = [h(f2), S2, h(b2)].filter(m).join(" ")].filter(m).join(".")];
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
            var l2 = n2 && n2.length > 0 ? Cr([""].concat(vr(n2))) : "";
            return u2.join("") + o2 + a2.join("") + l2;
          }
          return o2;
        }
        var f2 = r2[0], p2 = [];
        if ("dual" === f2.type) return "DUAL";
        p2.push(Lr(f2));
        for (var v2 = 1; v2 < r2.length; ++v2) {
          var b2 = r2[v2], y2 = b2.on, d2 = b2.using, L2 = b2.join, C2 = [], A2 = Array.isArray(b2) || Object.hasOwnProperty.call(b2, "joins");
          C2.push(L2 ? " ".concat(h(L2)) : ","), C2.push(A2 ? Cr(b2) : Lr(b2)), C2.push(s("ON", lt, y2)), d2 && C2.push("USING (".concat(d2.map(w).join(", "), ")")), p2.push(C2.filter(m).join(" "));
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
      function jr(r2) {
        return Array.isArray(r2) ? (r2.forEach(gr), ur(r2)) : (gr(r2), or(r2));
      }
      function _r(r2) {
        return "go" === r2.go ? (function r3(t2) {
          if (!t2 || 0 === t2.length) return "";
          var e2 = [jr(t2.ast)];
          return t2.go_next && e2.push(t2.go.toUpperCase(), r3(t2.go_next)), e2.filter((function(r4) {
            return r4;
          })).join(" ");
        })(r2) : jr(r2);
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
          if (Array.isArray(r3)) return Ir(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || xr(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function xr(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return Ir(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Ir(r2, t2) : void 0;
        }
      }
      function Ir(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function kr(r2) {
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
      function Nr(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = h(t2), o2 = "string" == typeof e2 ? d(e2) : Lr(e2);
        return "".concat(n2, " ").concat(o2);
      }
      function Or(r2) {
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
          var v2 = h(e2);
          return "sqlite" === f2.toLowerCase() && "UNIQUE KEY" === v2 && (v2 = "UNIQUE"), l2.push(v2), l2.push("sqlite" !== f2.toLowerCase() && d(o2)), l2.push.apply(l2, Mr(M(r2))), l2.push.apply(l2, Mr(jt(a2))), l2.push(h(n2)), l2.push(s("FOR", d, i2)), l2.push(w(c2)), l2.filter(m).join(" ");
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
      function Wr(r2) {
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
      function qr(r2) {
        if (!r2 || !r2.array) return "";
        var t2 = r2.array.keyword;
        if (t2) return h(t2);
        for (var e2 = r2.array, n2 = e2.dimension, o2 = e2.length, u2 = [], a2 = 0; a2 < n2; a2++) u2.push("["), o2 && o2[a2] && u2.push(w(o2[a2])), u2.push("]");
        return u2.join("");
      }
      function Gr(r2) {
        for (var t2 = r2.target, e2 = r2.expr, n2 = r2.keyword, o2 = r2.symbol, u2 = r2.as, a2 = r2.offset, s2 = r2.parentheses, i2 = r2.collate, c2 = Ct({ expr: e2, offset: a2 }), l2 = [], f2 = 0, p2 = t2.length; f2 < p2; ++f2) {
          var v2 = t2[f2], b2 = v2.angle_brackets, y2 = v2.length, L2 = v2.dataType, C2 = v2.parentheses, A2 = v2.quoted, E2 = v2.scale, g2 = v2.suffix, j2 = v2.expr, _2 = j2 ? lt(j2) : "";
          null != y2 && (_2 = E2 ? "".concat(y2, ", ").concat(E2) : y2), C2 && (_2 = "(".concat(_2, ")")), b2 && (_2 = "<".concat(_2, ">")), g2 && g2.length && (_2 += " ".concat(g2.map(w).join(" ")));
          var T2 = "::", S2 = "", x2 = [];
          "as" === o2 && (0 === f2 && (c2 = "".concat(h(n2), "(").concat(c2)), S2 = ")", T2 = " ".concat(o2.toUpperCase(), " ")), 0 === f2 && x2.push(c2);
          var I2 = qr(v2);
          x2.push(T2, A2, L2, A2, I2, _2, S2), l2.push(x2.filter(m).join(""));
        }
        var k2 = vt(i2);
        u2 && l2.push(" AS ".concat(d(u2)));
        var N2 = [l2.filter(m).join(""), k2].filter(m).join(" ");
        return s2 ? "(".concat(N2, ")") : N2;
      }
      function Br(r2) {
        var t2 = r2.args, e2 = r2.array_index, n2 = r2.collate, o2 = r2.name, u2 = r2.args_parentheses, a2 = r2.parentheses, s2 = r2.within_group, i2 = r2.over, c2 = r2.suffix, l2 = Wr(i2), f2 = (function(r3) {
          if (!r3) return "";
          var t3 = r3.type, e3 = r3.keyword, n3 = r3.orderby;
          return [h(t3), h(e3), "(".concat(pt(n3, "order by"), ")")].filter(m).join(" ");
        })(s2), p2 = lt(c2), v2 = vt(n2), b2 = [w(o2.schema), o2.name.map(w).join(".")].filter(m).join(".");
        if (!t2) return [b2, v2, f2, l2].filter(m).join(" ");
        var y2 = r2.separator || ", ", d2 = 0;
        if ("TRIM" === h(b2)) for (var L2 = 0, C2 = t2.value.length; L2 < C2; ++L2) {
          var A2 = t2.value[L2];
          if ("origin" === A2.type && "from" === A2.value) {
            d2 = L2;
            break;
          }
        }
        var E2 = [b2];
        E2.push(false === u2 ? " " : "(");
        var g2 = lt(t2);
        if (Array.isArray(y2)) {
          for (var j2 = g2[0], _2 = 1, T2 = g2.length; _2 < T2; ++_2) j2 = [j2, g2[_2]].join(" ".concat(lt(y2[_2 - 1]), " "));
          E2.push(j2);
        } else "TRIM" === h(b2) && d2 > 0 ? E2.push([g2.slice(0, d2 + 1).join(" "), g2.slice(d2 + 1).join(", ")].join(" ")) : E2.push(g2.join(y2));
        return false !== u2 && E2.push(")"), E2.push(At(e2)), E2 = [E2.join(""), p2, v2].filter(m).join(" "), [a2 ? "(".concat(E2, ")") : E2, f2, l2].filter(m).join(" ");
      }
      function Yr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Qr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || Vr(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function Vr(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return Qr(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Qr(r2, t2) : void 0;
        }
      }
      function Qr(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Xr(r2) {
        if (!r2) return [];
        var t2, e2, n2, o2, u2 = r2.resource;
        switch (u2) {
          case "column":
            return St(r2);
          case "index":
            return e2 = [], n2 = (t2 = r2).keyword, o2 = t2.index, e2.push(h(n2)), e2.push(o2), e2.push.apply(e2, k(M(t2))), e2.filter(m).join(" ");
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
      function Zr(r2) {
        return r2.dataType ? E(r2) : [d(r2.db), d(r2.schema), d(r2.table)].filter(m).join(".");
      }
      function Jr(r2) {
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
            return Nt(t2);
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
            f2 = d(r2[i2]), p2 = [Xr(e2)];
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
        var v2 = [h(t2), h(o2), h(n2), h(u2), a2 && Et(a2), h(s2), f2 && f2.trim(), p2.filter(m).join(" ")];
        return l2 && v2.push(h(l2.keyword), l2.expr && Et(l2.expr)), v2.filter(m).join(" ");
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
            return "(".concat(Nt(t2), ")");
          case "ARRAY":
            return (function(r3) {
              var t3 = r3.array_path, e2 = r3.brackets, n2 = r3.expr_list, o2 = r3.parentheses;
              if (!n2) return "[".concat(Nt(t3), "]");
              var u2 = Array.isArray(n2) ? n2.map((function(r4) {
                return "(".concat(Nt(r4), ")");
              })).filter(m).join(", ") : lt(n2);
              return e2 ? "[".concat(u2, "]") : o2 ? "(".concat(u2, ")") : u2;
            })(r2);
          default:
            return "";
        }
      }
      function at(r2) {
        var t2 = r2.definition, e2 = r2.keyword, n2 = r2.orderby, o2 = r2.limit, u2 = [h(e2)];
        return t2 && "object" === ot(t2) && (u2.length = 0, u2.push(g(t2))), u2.push(ut(r2), pt(n2, "order by"), q(o2)), u2.filter(m).join("");
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
        var a2 = r2.name, s2 = Wr(n2);
        t2.distinct && (u2 = ["DISTINCT", u2].join(" ")), t2.separator && t2.separator.delimiter && (u2 = [u2, w(t2.separator.delimiter)].join("".concat(t2.separator.symbol, " "))), t2.separator && t2.separator.expr && (u2 = [u2, lt(t2.separator.expr)].join(" ")), t2.orderby && (u2 = [u2, pt(t2.orderby, "order by")].join(" ")), t2.separator && t2.separator.value && (u2 = [u2, h(t2.separator.keyword), w(t2.separator.value)].filter(m).join(" "));
        var i2 = o2 ? "WITHIN GROUP (".concat(pt(o2, "order by"), ")") : "", c2 = e2 ? "FILTER (WHERE ".concat(lt(e2.where), ")") : "";
        return ["".concat(a2, "(").concat(u2, ")"), i2, s2, c2].filter(m).join(" ");
      }, any_value: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = r2.over, o2 = t2.expr, u2 = t2.having, a2 = "".concat(h(e2), "(").concat(lt(o2));
        return u2 && (a2 = "".concat(a2, " HAVING ").concat(h(u2.prefix), " ").concat(lt(u2.expr))), [a2 = "".concat(a2, ")"), Wr(n2)].filter(m).join(" ");
      }, window_func: function(r2) {
        var t2 = r2.over;
        return [(function(r3) {
          var t3 = r3.args, e2 = r3.name, n2 = r3.consider_nulls, o2 = void 0 === n2 ? "" : n2, u2 = r3.separator, a2 = void 0 === u2 ? ", " : u2;
          return [e2, "(", t3 ? lt(t3).join(a2) : "", ")", o2 && " ", o2].filter(m).join("");
        })(r2), Wr(t2)].filter(m).join(" ");
      }, array: at, assign: tr, binary_expr: D, case: function(r2) {
        var t2 = ["CASE"], e2 = r2.args, n2 = r2.expr, o2 = r2.parentheses;
        n2 && t2.push(lt(n2));
        for (var u2 = 0, a2 = e2.length; u2 < a2; ++u2) t2.push(e2[u2].type.toUpperCase()), e2[u2].cond && (t2.push(lt(e2[u2].cond)), t2.push("THEN")), t2.push(lt(e2[u2].result));
        return t2.push("END"), o2 ? "(".concat(t2.join(" "), ")") : t2.join(" ");
      }, cast: Gr, collate: vt, column_ref: Et, column_definition: St, datatype: E, extract: function(r2) {
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
      }, function: Br, lambda: function(r2) {
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
        return ["".concat(o2, "(").concat(lt(n2).join(", "), ")"), "AS", Br(t2)].join(" ");
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
      function vt(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.collate, n2 = e2.name, o2 = e2.symbol, u2 = e2.value, a2 = [h(t2)];
          return u2 || a2.push(o2), a2.push(Array.isArray(n2) ? n2.map(w).join(".") : w(n2)), u2 && a2.push(o2), a2.push(lt(u2)), a2.filter(m).join(" ");
        }
      }
      function bt(r2) {
        return (bt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
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
            if ("object" != bt(r4) || !r4) return r4;
            var e3 = r4[Symbol.toPrimitive];
            if (void 0 !== e3) {
              var n2 = e3.call(r4, t4 || "default");
              if ("object" != bt(n2)) return n2;
              throw new TypeError("@@toPrimitive must return a primitive value.");
            }
            return ("string" === t4 ? String : Number)(r4);
          })(r3, "string");
          return "symbol" == bt(t3) ? t3 : t3 + "";
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
        var t2 = r2.array_index, e2 = r2.as, n2 = r2.column, o2 = r2.collate, u2 = r2.db, a2 = r2.isDual, i2 = r2.notations, c2 = void 0 === i2 ? [] : i2, l2 = r2.options, f2 = r2.schema, p2 = r2.table, v2 = r2.parentheses, b2 = r2.suffix, y2 = r2.order_by, w2 = r2.subFields, L2 = void 0 === w2 ? [] : w2, C2 = "*" === n2 ? "*" : Ct(n2, a2), A2 = [u2, f2, p2].filter(m).map((function(r3) {
          return "".concat("string" == typeof r3 ? d(r3) : lt(r3));
        })), E2 = A2[0];
        if (E2) {
          for (var g2 = 1; g2 < A2.length; ++g2) E2 = "".concat(E2).concat(c2[g2] || ".").concat(A2[g2]);
          C2 = "".concat(E2).concat(c2[g2] || ".").concat(C2);
        }
        var j2 = [C2 = ["".concat(C2).concat(At(t2))].concat(mt(L2)).join("."), vt(o2), lt(l2), s("AS", lt, e2)];
        j2.push("string" == typeof b2 ? h(b2) : lt(b2)), j2.push(h(y2));
        var _2 = j2.filter(m).join(" ");
        return v2 ? "(".concat(_2, ")") : _2;
      }
      function gt(r2) {
        if (r2) {
          var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.suffix, u2 = r2.scale, a2 = r2.expr, s2 = E({ schema: t2, dataType: e2, length: n2, suffix: o2, scale: u2, parentheses: null != n2 });
          if (a2 && (s2 += lt(a2)), r2.array) {
            var i2 = qr(r2);
            s2 += [/^\[.*\]$/.test(i2) ? "" : " ", i2].join("");
          }
          return s2;
        }
      }
      function jt(r2) {
        var t2 = [];
        if (!r2) return t2;
        var e2 = r2.definition, n2 = r2.keyword, o2 = r2.match, u2 = r2.table, a2 = r2.on_action;
        return t2.push(h(n2)), t2.push(Cr(u2)), t2.push(e2 && "(".concat(e2.map((function(r3) {
          return lt(r3);
        })).join(", "), ")")), t2.push(h(o2)), a2.map((function(r3) {
          return t2.push(h(r3.type), lt(r3.value));
        })), t2.filter(m);
      }
      function _t(r2) {
        var t2 = [], e2 = r2.nullable, n2 = r2.character_set, o2 = r2.check, u2 = r2.comment, a2 = r2.constraint, i2 = r2.collate, c2 = r2.storage, l2 = r2.using, f2 = r2.default_val, v2 = r2.generated, b2 = r2.auto_increment, y2 = r2.unique, d2 = r2.primary_key, C2 = r2.column_format, A2 = r2.reference_definition, E2 = r2.generated_by_default, g2 = [h(e2 && e2.action), h(e2 && e2.value)].filter(m).join(" ");
        if (v2 || t2.push(g2), f2) {
          var _2 = f2.type, T2 = f2.value;
          t2.push(_2.toUpperCase(), lt(T2));
        }
        var S2 = p().database;
        return a2 && t2.push(h(a2.keyword), w(a2.constraint)), t2.push(Pr(o2)), t2.push((function(r3) {
          if (r3) return [h(r3.value), "(".concat(lt(r3.expr), ")"), h(r3.storage_type)].filter(m).join(" ");
        })(v2)), v2 && t2.push(g2), t2.push(x(b2), h(d2), h(y2), w(E2), j(u2)), t2.push.apply(t2, mt(L(n2))), "sqlite" !== S2.toLowerCase() && t2.push(lt(i2)), t2.push.apply(t2, mt(L(C2))), t2.push.apply(t2, mt(L(c2))), t2.push.apply(t2, mt(jt(A2))), t2.push(s("USING", lt, l2)), t2.filter(m).join(" ");
      }
      function Tt(r2) {
        var t2 = r2.order_by, e2 = r2.column, n2 = r2.collate, o2 = r2.nulls, u2 = r2.opclass, a2 = "string" == typeof e2 ? { type: "column_ref", table: r2.table, column: e2 } : dt(dt({}, r2), {}, { order_by: null });
        return a2.collate = null, [lt(a2), lt(n2), u2, h(t2), h(o2)].filter(m).join(" ");
      }
      function St(r2) {
        var t2 = [], e2 = Et(r2.column), n2 = gt(r2.definition);
        return t2.push(e2), t2.push(n2), t2.push(_t(r2)), t2.filter(m).join(" ");
      }
      function xt(r2) {
        return r2 ? "object" === bt(r2) ? ["AS", lt(r2)].join(" ") : ["AS", /^(`?)[a-z_][0-9a-z_]*(`?)$/i.test(r2) ? d(r2) : y(r2)].join(" ") : "";
      }
      function It(r2, t2) {
        var e2 = r2.expr, n2 = r2.type;
        if ("cast" === n2) return Gr(r2);
        t2 && (e2.isDual = t2);
        var o2 = lt(e2), u2 = r2.expr_list;
        if (u2) {
          var a2 = [o2], s2 = u2.map((function(r3) {
            return It(r3, t2);
          })).join(", ");
          return a2.push([h(n2), n2 && "(", s2, n2 && ")"].filter(m).join("")), a2.filter(m).join(" ");
        }
        return e2.parentheses && Reflect.has(e2, "array_index") && "cast" !== e2.type && (o2 = "(".concat(o2, ")")), e2.array_index && "column_ref" !== e2.type && "function" !== e2.type && (o2 = "".concat(o2).concat(At(e2.array_index))), [o2, xt(r2.as)].filter(m).join(" ");
      }
      function kt(r2) {
        var t2 = Array.isArray(r2) && r2[0];
        return !(!t2 || "dual" !== t2.type);
      }
      function Nt(r2, t2) {
        if (!r2 || "*" === r2) return r2;
        var e2 = kt(t2);
        return r2.map((function(r3) {
          return It(r3, e2);
        })).join(", ");
      }
      it.var = ct, it.expr_list = function(r2) {
        var t2 = ft(r2.value), e2 = r2.parentheses, n2 = r2.separator;
        if (!e2 && !n2) return t2;
        var o2 = n2 || ", ", u2 = t2.join(o2);
        return e2 ? "(".concat(u2, ")") : u2;
      }, it.select = function(r2) {
        var t2 = "object" === st(r2._next) ? or(r2) : Y(r2);
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
      var Ot = e(0);
      function Rt(r2) {
        return (Rt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var Ut, Mt, Dt, Pt = (Ut = {}, Mt = "athena", Dt = Ot.parse, (Mt = (function(r2) {
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
      function Wt(r2, t2) {
        for (var e2 = 0; e2 < t2.length; e2++) {
          var n2 = t2[e2];
          n2.enumerable = n2.enumerable || false, n2.configurable = true, "value" in n2 && (n2.writable = true), Object.defineProperty(r2, qt(n2.key), n2);
        }
      }
      function qt(r2) {
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
      var Gt = (function() {
        return (function(r2, t2, e2) {
          return t2 && Wt(r2.prototype, t2), e2 && Wt(r2, e2), Object.defineProperty(r2, "prototype", { writable: false }), r2;
        })((function r2() {
          !(function(r3, t2) {
            if (!(r3 instanceof t2)) throw new TypeError("Cannot call a class as a function");
          })(this, r2);
        }), [{ key: "astify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u, e2 = this.parse(r2, t2);
          return e2 && e2.ast;
        } }, { key: "sqlify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u;
          return v(t2), _r(r2);
        } }, { key: "exprToSQL", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u;
          return v(t2), lt(r2);
        } }, { key: "columnsToSQL", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : u;
          if (v(e2), !r2 || "*" === r2) return [];
          var n2 = kt(t2);
          return r2.map((function(r3) {
            return It(r3, n2);
          }));
        } }, { key: "parse", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u, e2 = t2.database, n2 = void 0 === e2 ? "athena" : e2;
          v(t2);
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
                var p2, v2 = a2.value, b2 = false, y2 = Ht(t2);
                try {
                  for (y2.s(); !(p2 = y2.n()).done; ) {
                    var d2 = p2.value, h2 = new RegExp("^".concat(d2, "$"), "i");
                    if (h2.test(v2)) {
                      b2 = true;
                      break;
                    }
                  }
                } catch (r3) {
                  y2.e(r3);
                } finally {
                  y2.f();
                }
                if (!b2) {
                  l2 = v2, c2 = false;
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
      function Bt(r2) {
        return (Bt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      "object" === ("undefined" == typeof self ? "undefined" : Bt(self)) && self && (self.NodeSQLParser = { Parser: Gt, util: n }), "undefined" == typeof global && "object" === ("undefined" == typeof window ? "undefined" : Bt(window)) && window && (window.global = window), "object" === ("undefined" == typeof global ? "undefined" : Bt(global)) && global && global.window && (global.window.NodeSQLParser = { Parser: Gt, util: n });
    }]));
  }
});
export default require_athena();
