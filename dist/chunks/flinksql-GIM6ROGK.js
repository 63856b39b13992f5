import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  require_BigInteger
} from "./chunk-HH7QAQAU.js";
import {
  __commonJS
} from "./chunk-AUHH7KO2.js";

// node_modules/node-sql-parser/build/flinksql.js
var require_flinksql = __commonJS({
  "node_modules/node-sql-parser/build/flinksql.js"(exports) {
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
        var e2, u = {}, a = { start: ia }, s = ia, i = ea("IF", true), c = ea("EXTENSION", true), l = ea("SCHEMA", true), f = ea("VERSION", true), p = function(r3, t3) {
          return gl(r3, t3, 1);
        }, b = ea("NULLS", true), v = ea("FIRST", true), y = ea("LAST", true), d = ea("AUTO_INCREMENT", true), h = ea("UNIQUE", true), E = ea("KEY", true), m = ea("PRIMARY", true), C = ea("COLUMN_FORMAT", true), L = ea("FIXED", true), w = ea("DYNAMIC", true), A = ea("DEFAULT", true), T = ea("STORAGE", true), S = ea("DISK", true), R = ea("MEMORY", true), I = ea("ALGORITHM", true), g = ea("INSTANT", true), N = ea("INPLACE", true), _ = ea("COPY", true), j = ea("LOCK", true), O = ea("NONE", true), x = ea("SHARED", true), k = ea("EXCLUSIVE", true), U = ea("PRIMARY KEY", true), M = ea("FOREIGN KEY", true), P = ea("MATCH FULL", true), D = ea("MATCH PARTIAL", true), F = ea("MATCH SIMPLE", true), G = ea("RESTRICT", true), H = ea("CASCADE", true), B = ea("SET NULL", true), Y = ea("NO ACTION", true), $ = ea("SET DEFAULT", true), W = ea("TRIGGER", true), V = ea("BEFORE", true), q = ea("AFTER", true), X = ea("INSTEAD OF", true), Q = ea("ON", true), K = ea("EXECUTE", true), J = ea("PROCEDURE", true), Z = ea("FUNCTION", true), z = ea("OF", true), rr = ea("NOT", true), tr = ea("DEFERRABLE", true), er = ea("INITIALLY IMMEDIATE", true), nr = ea("INITIALLY DEFERRED", true), or = ea("FOR", true), ur = ea("EACH", true), ar = ea("ROW", true), sr = ea("STATEMENT", true), ir = ea("CHARACTER", true), cr = ea("SET", true), lr = ea("CHARSET", true), fr = ea("COLLATE", true), pr = ea("AVG_ROW_LENGTH", true), br = ea("KEY_BLOCK_SIZE", true), vr = ea("MAX_ROWS", true), yr = ea("MIN_ROWS", true), dr = ea("STATS_SAMPLE_PAGES", true), hr = ea("CONNECTION", true), Er = ea("COMPRESSION", true), mr = ea("'", false), Cr = ea("ZLIB", true), Lr = ea("LZ4", true), wr = ea("ENGINE", true), Ar = ea("IN", true), Tr = ea("ACCESS SHARE", true), Sr = ea("ROW SHARE", true), Rr = ea("ROW EXCLUSIVE", true), Ir = ea("SHARE UPDATE EXCLUSIVE", true), gr = ea("SHARE ROW EXCLUSIVE", true), Nr = ea("ACCESS EXCLUSIVE", true), _r = ea("SHARE", true), jr = ea("MODE", true), Or = ea("NOWAIT", true), xr = ea("(", false), kr = ea(")", false), Ur = ea("BTREE", true), Mr = ea("HASH", true), Pr = ea("GIST", true), Dr = ea("GIN", true), Fr = ea("WITH", true), Gr = ea("PARSER", true), Hr = ea("VISIBLE", true), Br = ea("INVISIBLE", true), Yr = function(r3, t3) {
          return t3.unshift(r3), t3.forEach((r4) => {
            const { table: t4, as: e3 } = r4;
            Ml[t4] = t4, e3 && (Ml[e3] = t4), (function(r5) {
              const t5 = jl(r5);
              r5.clear(), t5.forEach((t6) => r5.add(t6));
            })(Ul);
          }), t3;
        }, $r = ea("DATA", true), Wr = ea("TIMECOL", true), Vr = ea("DESCRIPTOR", true), qr = ea("SIZE", true), Xr = ea("OFFSET", true), Qr = ea("=", false), Kr = function(r3, t3) {
          return Nl(r3, t3);
        }, Jr = ea("!", false), Zr = ea(">=", false), zr = ea(">", false), rt = ea("<=", false), tt = ea("<>", false), et = ea("<", false), nt = ea("!=", false), ot = ea("ESCAPE", true), ut = ea("+", false), at = ea("-", false), st = ea("*", false), it = ea("/", false), ct = ea("%", false), lt = ea("$", false), ft = ea("~", false), pt = ea("?|", false), bt = ea("?&", false), vt = ea("?", false), yt = ea("#-", false), dt = ea("#>>", false), ht = ea("#>", false), Et = ea("@>", false), mt = ea("<@", false), Ct = function(r3) {
          return true === Al[r3.toUpperCase()];
        }, Lt = ea('"', false), wt = /^[^"]/, At = na(['"'], true, false), Tt = /^[^']/, St = na(["'"], true, false), Rt = ea("`", false), It = /^[^`]/, gt = na(["`"], true, false), Nt = /^[A-Za-z_\u4E00-\u9FA5\xC0-\u017F]/, _t = na([["A", "Z"], ["a", "z"], "_", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), jt = /^[A-Za-z0-9_\-$\u4E00-\u9FA5\xC0-\u017F]/, Ot = na([["A", "Z"], ["a", "z"], ["0", "9"], "_", "-", "$", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), xt = /^[A-Za-z0-9_]/, kt = na([["A", "Z"], ["a", "z"], ["0", "9"], "_"], false, false), Ut = ea(":", false), Mt = ea("OVER", true), Pt = ea("POSITION", true), Dt = ea("VALUE", true), Ft = ea("NULL", true), Gt = ea("ABSENT", true), Ht = ea("json_object", true), Bt = ea("BOTH", true), Yt = ea("LEADING", true), $t = ea("TRAILING", true), Wt = ea("trim", true), Vt = ea("placing", true), qt = ea("for", true), Xt = ea("overlay", true), Qt = ea("SUBSTRING", true), Kt = ea("CENTURY", true), Jt = ea("DAY", true), Zt = ea("DATE", true), zt = ea("DECADE", true), re = ea("DOW", true), te = ea("DOY", true), ee = ea("EPOCH", true), ne = ea("HOUR", true), oe = ea("ISODOW", true), ue = ea("ISOYEAR", true), ae = ea("MICROSECONDS", true), se = ea("MILLENNIUM", true), ie = ea("MILLISECONDS", true), ce = ea("MINUTE", true), le = ea("MONTH", true), fe = ea("QUARTER", true), pe = ea("SECOND", true), be = ea("TIMEZONE", true), ve = ea("TIMEZONE_HOUR", true), ye = ea("TIMEZONE_MINUTE", true), de = ea("WEEK", true), he = ea("YEAR", true), Ee = /^[^"\\\0-\x1F\x7F]/, me = na(['"', "\\", ["\0", ""], "\x7F"], true, false), Ce = /^[^'\\]/, Le = na(["'", "\\"], true, false), we = ea("\\'", false), Ae = ea('\\"', false), Te = ea("\\\\", false), Se = ea("\\/", false), Re = ea("\\b", false), Ie = ea("\\f", false), ge = ea("\\n", false), Ne = ea("\\r", false), _e = ea("\\t", false), je = ea("\\u", false), Oe = ea("\\", false), xe = ea("''", false), ke = ea('""', false), Ue = ea("``", false), Me = /^[\n\r]/, Pe = na(["\n", "\r"], false, false), De = ea(".", false), Fe = /^[0-9]/, Ge = na([["0", "9"]], false, false), He = /^[0-9a-fA-F]/, Be = na([["0", "9"], ["a", "f"], ["A", "F"]], false, false), Ye = /^[eE]/, $e = na(["e", "E"], false, false), We = /^[+\-]/, Ve = na(["+", "-"], false, false), qe = ea("NOT NULL", true), Xe = ea("TRUE", true), Qe = ea("TO", true), Ke = ea("FALSE", true), Je = (ea("SHOW", true), ea("DROP", true)), Ze = ea("USE", true), ze = ea("ALTER", true), rn = ea("SELECT", true), tn = ea("UPDATE", true), en = ea("CREATE", true), nn = ea("TEMPORARY", true), on = ea("DELETE", true), un = ea("INSERT", true), an = ea("RECURSIVE", true), sn = ea("REPLACE", true), cn = ea("RETURNING", true), ln = ea("RENAME", true), fn = ea("IGNORE", true), pn = (ea("EXPLAIN", true), ea("PARTITION", true)), bn = ea("INTO", true), vn = ea("FROM", true), yn = ea("AS", true), dn = ea("TABLE", true), hn = ea("TABLESPACE", true), En = ea("DATABASE", true), mn = ea("NATURAL", true), Cn = ea("LEFT", true), Ln = ea("RIGHT", true), wn = ea("FULL", true), An = ea("INNER", true), Tn = ea("JOIN", true), Sn = ea("CROSS", true), Rn = ea("APPLY", true), In = ea("OUTER", true), gn = ea("UNION", true), Nn = ea("INTERSECT", true), _n = ea("EXCEPT", true), jn = ea("VALUES", true), On = ea("USING", true), xn = ea("WHERE", true), kn = ea("GROUP", true), Un = ea("BY", true), Mn = ea("ORDER", true), Pn = ea("HAVING", true), Dn = ea("LIMIT", true), Fn = ea("ASC", true), Gn = ea("DESC", true), Hn = ea("ALL", true), Bn = ea("DISTINCT", true), Yn = ea("BETWEEN", true), $n = ea("IS", true), Wn = ea("LIKE", true), Vn = ea("SIMILAR", true), qn = ea("EXISTS", true), Xn = ea("AND", true), Qn = ea("OR", true), Kn = ea("COUNT", true), Jn = ea("MAX", true), Zn = ea("MIN", true), zn = ea("SUM", true), ro = ea("AVG", true), to = ea("COLLECT", true), eo = ea("RANK", true), no = ea("DENSE_RANK", true), oo = ea("LISTAGG", true), uo = ea("ROW_NUMBER", true), ao = ea("TUMBLE", true), so = (ea("TUMBLE_START", true), ea("TUMBLE_END", true), ea("HOP_START", true), ea("HOP_END", true), ea("SESSION_START", true), ea("SESSION_END", true), ea("TUMBLE_ROWTIME", true), ea("HOP_ROWTIME", true), ea("SESSION_ROWTIME", true), ea("TUMBLE_PROCTIME", true), ea("HOP_PROCTIME", true), ea("SESSION_PROCTIME", true), ea("EXTRACT", true)), io = ea("CALL", true), co = ea("CASE", true), lo = ea("WHEN", true), fo = ea("THEN", true), po = ea("ELSE", true), bo = ea("END", true), vo = ea("CAST", true), yo = ea("TRY_CAST", true), ho = ea("BOOL", true), Eo = ea("BOOLEAN", true), mo = ea("CHAR", true), Co = ea("VARCHAR", true), Lo = ea("STRING", true), wo = ea("NUMERIC", true), Ao = ea("DECIMAL", true), To = ea("SIGNED", true), So = ea("UNSIGNED", true), Ro = ea("INT", true), Io = ea("ZEROFILL", true), go = ea("INTEGER", true), No = ea("JSON", true), _o = ea("JSONB", true), jo = ea("GEOMETRY", true), Oo = ea("SMALLINT", true), xo = ea("TINYINT", true), ko = ea("TINYTEXT", true), Uo = ea("TEXT", true), Mo = ea("MEDIUMTEXT", true), Po = ea("LONGTEXT", true), Do = ea("BIGINT", true), Fo = ea("FLOAT", true), Go = ea("DOUBLE", true), Ho = ea("DATETIME", true), Bo = ea("TIME", true), Yo = ea("TIMESTAMP", true), $o = ea("TRUNCATE", true), Wo = ea("USER", true), Vo = ea("UUID", true), qo = ea("ARRAY", true), Xo = ea("MAP", true), Qo = (ea("MULTISET", true), ea("CURRENT_DATE", true)), Ko = (ea("ADDDATE", true), ea("INTERVAL", true)), Jo = (ea("SECONDS", true), ea("CURRENT_TIME", true)), Zo = ea("CURRENT_TIMESTAMP", true), zo = ea("CURRENT_USER", true), ru = ea("SESSION_USER", true), tu = ea("SYSTEM_USER", true), eu = ea("GLOBAL", true), nu = ea("SESSION", true), ou = ea("LOCAL", true), uu = ea("PERSIST", true), au = ea("PERSIST_ONLY", true), su = ea("@", false), iu = ea("@@", false), cu = ea("return", true), lu = ea(":=", false), fu = ea("::", false), pu = ea("DUAL", true), bu = ea("ADD", true), vu = ea("COLUMN", true), yu = ea("INDEX", true), du = ea("FULLTEXT", true), hu = ea("SPATIAL", true), Eu = ea("COMMENT", true), mu = ea("CONSTRAINT", true), Cu = ea("CONCURRENTLY", true), Lu = ea("REFERENCES", true), wu = ea("SQL_CALC_FOUND_ROWS", true), Au = ea("SQL_CACHE", true), Tu = ea("SQL_NO_CACHE", true), Su = ea("SQL_SMALL_RESULT", true), Ru = ea("SQL_BIG_RESULT", true), Iu = ea("SQL_BUFFER_RESULT", true), gu = ea(",", false), Nu = ea("[", false), _u = ea("]", false), ju = ea(";", false), Ou = ea("->", false), xu = ea("->>", false), ku = ea("=>", false), Uu = ea("||", false), Mu = ea("&&", false), Pu = ea("/*", false), Du = ea("*/", false), Fu = ea("--", false), Gu = (ea("#", false), { type: "any" }), Hu = ea("years", true), Bu = ea("months", true), Yu = ea("days", true), $u = ea("hours", true), Wu = ea("minutes", true), Vu = ea("seconds", true), qu = /^[ \t\n\r]/, Xu = na([" ", "	", "\n", "\r"], false, false), Qu = function(r3) {
          return { dataType: r3 };
        }, Ku = 0, Ju = 0, Zu = [{ line: 1, column: 1 }], zu = 0, ra = [], ta = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in a)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          s = a[t2.startRule];
        }
        function ea(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function na(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function oa(t3) {
          var e3, n2 = Zu[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !Zu[e3]; ) e3--;
          for (n2 = { line: (n2 = Zu[e3]).line, column: n2.column }; e3 < t3; ) 10 === r2.charCodeAt(e3) ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return Zu[t3] = n2, n2;
        }
        function ua(r3, t3) {
          var e3 = oa(r3), n2 = oa(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function aa(r3) {
          Ku < zu || (Ku > zu && (zu = Ku, ra = []), ra.push(r3));
        }
        function sa(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function ia() {
          var r3, t3;
          return r3 = Ku, nl() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, a2, s2, i2;
            if (r4 = Ku, (t4 = la()) !== u) {
              for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = Zc()) !== u && (s2 = nl()) !== u && (i2 = la()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = Zc()) !== u && (s2 = nl()) !== u && (i2 = la()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
              e3 !== u ? (Ju = r4, t4 = (function(r5, t5) {
                const e4 = r5 && r5.ast || r5, n3 = t5 && t5.length && t5[0].length >= 4 ? [e4] : e4;
                for (let r6 = 0; r6 < t5.length; r6++) t5[r6][3] && 0 !== t5[r6][3].length && n3.push(t5[r6][3] && t5[r6][3].ast || t5[r6][3]);
                return { tableList: Array.from(kl), columnList: jl(Ul), ast: n3 };
              })(t4, e3), r4 = t4) : (Ku = r4, r4 = u);
            } else Ku = r4, r4 = u;
            return r4;
          })()) !== u ? (Ju = r3, r3 = t3) : (Ku = r3, r3 = u), r3;
        }
        function ca() {
          var t3;
          return (t3 = (function() {
            var r3, t4, e3, n2, o2, a2;
            r3 = Ku, (t4 = Ri()) !== u && nl() !== u && (e3 = Gi()) !== u && nl() !== u && (n2 = Va()) !== u ? (Ju = r3, s2 = t4, i2 = e3, (c2 = n2) && c2.forEach((r4) => kl.add(`${s2}::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t4 = { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: s2.toLowerCase(), keyword: i2.toLowerCase(), name: c2 } }, r3 = t4) : (Ku = r3, r3 = u);
            var s2, i2, c2;
            r3 === u && (r3 = Ku, (t4 = Ri()) !== u && nl() !== u && (e3 = Dc()) !== u && nl() !== u && (n2 = Us()) !== u && nl() !== u && Hi() !== u && nl() !== u && (o2 = Ka()) !== u && nl() !== u ? ((a2 = (function() {
              var r4, t5, e4, n3, o3, a3;
              r4 = Ku, (t5 = wa()) === u && (t5 = Aa());
              if (t5 !== u) {
                for (e4 = [], n3 = Ku, (o3 = nl()) !== u ? ((a3 = wa()) === u && (a3 = Aa()), a3 !== u ? n3 = o3 = [o3, a3] : (Ku = n3, n3 = u)) : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u ? ((a3 = wa()) === u && (a3 = Aa()), a3 !== u ? n3 = o3 = [o3, a3] : (Ku = n3, n3 = u)) : (Ku = n3, n3 = u);
                e4 !== u ? (Ju = r4, t5 = p(t5, e4), r4 = t5) : (Ku = r4, r4 = u);
              } else Ku = r4, r4 = u;
              return r4;
            })()) === u && (a2 = null), a2 !== u && nl() !== u ? (Ju = r3, t4 = (function(r4, t5, e4, n3, o3) {
              return { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: r4.toLowerCase(), keyword: t5.toLowerCase(), name: e4, table: n3, options: o3 } };
            })(t4, e3, n2, o2, a2), r3 = t4) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u));
            return r3;
          })()) === u && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, b2, v2, y2, d2, h2;
              r3 = Ku, (t5 = gi()) !== u && nl() !== u ? ((e3 = Ni()) === u && (e3 = null), e3 !== u && nl() !== u && Gi() !== u && nl() !== u ? ((n2 = ba()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = Va()) !== u && nl() !== u && (a2 = (function() {
                var r4, t6, e4, n3, o3, a3, s3, i3, c3;
                if (r4 = Ku, (t6 = Vc()) !== u) if (nl() !== u) if ((e4 = ha()) !== u) {
                  for (n3 = [], o3 = Ku, (a3 = nl()) !== u && (s3 = $c()) !== u && (i3 = nl()) !== u && (c3 = ha()) !== u ? o3 = a3 = [a3, s3, i3, c3] : (Ku = o3, o3 = u); o3 !== u; ) n3.push(o3), o3 = Ku, (a3 = nl()) !== u && (s3 = $c()) !== u && (i3 = nl()) !== u && (c3 = ha()) !== u ? o3 = a3 = [a3, s3, i3, c3] : (Ku = o3, o3 = u);
                  n3 !== u && (o3 = nl()) !== u && (a3 = qc()) !== u ? (Ju = r4, t6 = gl(e4, n3), r4 = t6) : (Ku = r4, r4 = u);
                } else Ku = r4, r4 = u;
                else Ku = r4, r4 = u;
                else Ku = r4, r4 = u;
                return r4;
              })()) !== u && (s2 = nl()) !== u ? ((i2 = (function() {
                var r4, t6, e4, n3, o3, a3, s3, i3;
                if (r4 = Ku, (t6 = ja()) !== u) {
                  for (e4 = [], n3 = Ku, (o3 = nl()) !== u ? ((a3 = $c()) === u && (a3 = null), a3 !== u && (s3 = nl()) !== u && (i3 = ja()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Ku = n3, n3 = u)) : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u ? ((a3 = $c()) === u && (a3 = null), a3 !== u && (s3 = nl()) !== u && (i3 = ja()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Ku = n3, n3 = u)) : (Ku = n3, n3 = u);
                  e4 !== u ? (Ju = r4, t6 = gl(t6, e4), r4 = t6) : (Ku = r4, r4 = u);
                } else Ku = r4, r4 = u;
                return r4;
              })()) === u && (i2 = null), i2 !== u && (c2 = nl()) !== u ? (l2 = Ku, (f2 = qi()) !== u && (p2 = nl()) !== u && (b2 = Vc()) !== u && (v2 = nl()) !== u && (y2 = ya()) !== u && (d2 = nl()) !== u && (h2 = qc()) !== u ? l2 = f2 = [f2, p2, b2, v2, y2, d2, h2] : (Ku = l2, l2 = u), l2 === u && (l2 = null), l2 !== u && (f2 = nl()) !== u ? ((p2 = ki()) === u && (p2 = Oi()), p2 === u && (p2 = null), p2 !== u && (b2 = nl()) !== u ? ((v2 = Fi()) === u && (v2 = null), v2 !== u && (y2 = nl()) !== u ? ((d2 = pa()) === u && (d2 = null), d2 !== u ? (Ju = r3, E2 = t5, m2 = e3, C2 = n2, w2 = a2, A2 = i2, T2 = l2, S2 = p2, R2 = v2, I2 = d2, (L2 = o2) && L2.forEach((r4) => kl.add(`create::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t5 = { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: E2[0].toLowerCase(), keyword: "table", temporary: m2 && m2[0].toLowerCase(), if_not_exists: C2, table: L2, ignore_replace: S2 && S2[0].toLowerCase(), as: R2 && R2[0].toLowerCase(), query_expr: I2 && I2.ast, create_definitions: w2, table_options: A2, with: T2 && T2[4] } }, r3 = t5) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u);
              var E2, m2, C2, L2, w2, A2, T2, S2, R2, I2;
              r3 === u && (r3 = Ku, (t5 = gi()) !== u && nl() !== u ? ((e3 = Ni()) === u && (e3 = null), e3 !== u && nl() !== u && Gi() !== u && nl() !== u ? ((n2 = ba()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = Va()) !== u && nl() !== u ? (a2 = Ku, (s2 = qi()) !== u && (i2 = nl()) !== u && (c2 = Vc()) !== u && (l2 = nl()) !== u && (f2 = ya()) !== u && (p2 = nl()) !== u && (b2 = qc()) !== u ? a2 = s2 = [s2, i2, c2, l2, f2, p2, b2] : (Ku = a2, a2 = u), a2 === u && (a2 = null), a2 !== u && (s2 = nl()) !== u && (i2 = (function r4() {
                var t6, e4;
                (t6 = (function() {
                  var r5, t7;
                  r5 = Ku, ec() !== u && nl() !== u && (t7 = Va()) !== u ? (Ju = r5, r5 = { type: "like", table: t7 }) : (Ku = r5, r5 = u);
                  return r5;
                })()) === u && (t6 = Ku, Vc() !== u && nl() !== u && (e4 = r4()) !== u && nl() !== u && qc() !== u ? (Ju = t6, (n3 = e4).parentheses = true, t6 = n3) : (Ku = t6, t6 = u));
                var n3;
                return t6;
              })()) !== u ? (Ju = r3, t5 = (function(r4, t6, e4, n3, o3, u2) {
                return n3 && n3.forEach((r5) => kl.add(`create::${[r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`)), { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: r4[0].toLowerCase(), keyword: "table", temporary: t6 && t6[0].toLowerCase(), if_not_exists: e4, table: n3, like: u2, with: o3 && o3[4] } };
              })(t5, e3, n2, o2, a2, i2), r3 = t5) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u));
              return r3;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, b2, v2, y2, d2, h2, E2, m2, C2, L2, w2;
              t5 = Ku, (e3 = gi()) !== u && nl() !== u ? (n2 = Ku, (o2 = sc()) !== u && (a2 = nl()) !== u && (s2 = Oi()) !== u ? n2 = o2 = [o2, a2, s2] : (Ku = n2, n2 = u), n2 === u && (n2 = null), n2 !== u && (o2 = nl()) !== u ? ((a2 = Bc()) === u && (a2 = null), a2 !== u && (s2 = nl()) !== u ? ("trigger" === r2.substr(Ku, 7).toLowerCase() ? (i2 = r2.substr(Ku, 7), Ku += 7) : (i2 = u, 0 === ta && aa(W)), i2 !== u && nl() !== u && (c2 = Vs()) !== u && nl() !== u ? ("before" === r2.substr(Ku, 6).toLowerCase() ? (l2 = r2.substr(Ku, 6), Ku += 6) : (l2 = u, 0 === ta && aa(V)), l2 === u && ("after" === r2.substr(Ku, 5).toLowerCase() ? (l2 = r2.substr(Ku, 5), Ku += 5) : (l2 = u, 0 === ta && aa(q)), l2 === u && ("instead of" === r2.substr(Ku, 10).toLowerCase() ? (l2 = r2.substr(Ku, 10), Ku += 10) : (l2 = u, 0 === ta && aa(X)))), l2 !== u && nl() !== u && (f2 = (function() {
                var r3, t6, e4, n3, o3, a3, s3, i3;
                if (r3 = Ku, (t6 = Na()) !== u) {
                  for (e4 = [], n3 = Ku, (o3 = nl()) !== u && (a3 = sc()) !== u && (s3 = nl()) !== u && (i3 = Na()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u && (a3 = sc()) !== u && (s3 = nl()) !== u && (i3 = Na()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Ku = n3, n3 = u);
                  e4 !== u ? (Ju = r3, t6 = gl(t6, e4), r3 = t6) : (Ku = r3, r3 = u);
                } else Ku = r3, r3 = u;
                return r3;
              })()) !== u && nl() !== u ? ("on" === r2.substr(Ku, 2).toLowerCase() ? (p2 = r2.substr(Ku, 2), Ku += 2) : (p2 = u, 0 === ta && aa(Q)), p2 !== u && nl() !== u && (b2 = Ka()) !== u && nl() !== u ? (v2 = Ku, (y2 = Pi()) !== u && (d2 = nl()) !== u && (h2 = Ka()) !== u ? v2 = y2 = [y2, d2, h2] : (Ku = v2, v2 = u), v2 === u && (v2 = null), v2 !== u && (y2 = nl()) !== u ? ((d2 = (function() {
                var t6, e4, n3, o3, a3;
                t6 = Ku, e4 = Ku, "not" === r2.substr(Ku, 3).toLowerCase() ? (n3 = r2.substr(Ku, 3), Ku += 3) : (n3 = u, 0 === ta && aa(rr));
                n3 === u && (n3 = null);
                n3 !== u && (o3 = nl()) !== u ? ("deferrable" === r2.substr(Ku, 10).toLowerCase() ? (a3 = r2.substr(Ku, 10), Ku += 10) : (a3 = u, 0 === ta && aa(tr)), a3 !== u ? e4 = n3 = [n3, o3, a3] : (Ku = e4, e4 = u)) : (Ku = e4, e4 = u);
                e4 !== u && (n3 = nl()) !== u ? ("initially immediate" === r2.substr(Ku, 19).toLowerCase() ? (o3 = r2.substr(Ku, 19), Ku += 19) : (o3 = u, 0 === ta && aa(er)), o3 === u && ("initially deferred" === r2.substr(Ku, 18).toLowerCase() ? (o3 = r2.substr(Ku, 18), Ku += 18) : (o3 = u, 0 === ta && aa(nr))), o3 !== u ? (Ju = t6, i3 = o3, e4 = { keyword: (s3 = e4) && s3[0] ? s3[0].toLowerCase() + " deferrable" : "deferrable", args: i3 && i3.toLowerCase() }, t6 = e4) : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                var s3, i3;
                return t6;
              })()) === u && (d2 = null), d2 !== u && (h2 = nl()) !== u ? ((E2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "for" === r2.substr(Ku, 3).toLowerCase() ? (e4 = r2.substr(Ku, 3), Ku += 3) : (e4 = u, 0 === ta && aa(or));
                e4 !== u && nl() !== u ? ("each" === r2.substr(Ku, 4).toLowerCase() ? (n3 = r2.substr(Ku, 4), Ku += 4) : (n3 = u, 0 === ta && aa(ur)), n3 === u && (n3 = null), n3 !== u && nl() !== u ? ("row" === r2.substr(Ku, 3).toLowerCase() ? (o3 = r2.substr(Ku, 3), Ku += 3) : (o3 = u, 0 === ta && aa(ar)), o3 === u && ("statement" === r2.substr(Ku, 9).toLowerCase() ? (o3 = r2.substr(Ku, 9), Ku += 9) : (o3 = u, 0 === ta && aa(sr))), o3 !== u ? (Ju = t6, a3 = e4, i3 = o3, e4 = { keyword: (s3 = n3) ? `${a3.toLowerCase()} ${s3.toLowerCase()}` : a3.toLowerCase(), args: i3.toLowerCase() }, t6 = e4) : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                var a3, s3, i3;
                return t6;
              })()) === u && (E2 = null), E2 !== u && nl() !== u ? ((m2 = (function() {
                var r3, t6;
                r3 = Ku, lc() !== u && nl() !== u && Vc() !== u && nl() !== u && (t6 = ds()) !== u && nl() !== u && qc() !== u ? (Ju = r3, r3 = { type: "when", cond: t6, parentheses: true }) : (Ku = r3, r3 = u);
                return r3;
              })()) === u && (m2 = null), m2 !== u && nl() !== u ? ("execute" === r2.substr(Ku, 7).toLowerCase() ? (C2 = r2.substr(Ku, 7), Ku += 7) : (C2 = u, 0 === ta && aa(K)), C2 !== u && nl() !== u ? ("procedure" === r2.substr(Ku, 9).toLowerCase() ? (L2 = r2.substr(Ku, 9), Ku += 9) : (L2 = u, 0 === ta && aa(J)), L2 === u && ("function" === r2.substr(Ku, 8).toLowerCase() ? (L2 = r2.substr(Ku, 8), Ku += 8) : (L2 = u, 0 === ta && aa(Z))), L2 !== u && nl() !== u && (w2 = hl()) !== u ? (Ju = t5, A2 = a2, T2 = i2, R2 = f2, I2 = b2, g2 = v2, N2 = d2, _2 = E2, j2 = m2, O2 = L2, x2 = w2, e3 = { type: "create", replace: n2 && "or replace", constraint: c2, location: (S2 = l2) && S2.toLowerCase(), events: R2, table: I2, from: g2 && g2[2], deferrable: N2, for_each: _2, when: j2, execute: { keyword: "execute " + O2.toLowerCase(), expr: x2 }, constraint_type: T2 && T2.toLowerCase(), keyword: T2 && T2.toLowerCase(), constraint_kw: A2 && A2.toLowerCase(), resource: "constraint" }, t5 = e3) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              var A2, T2, S2, R2, I2, g2, N2, _2, j2, O2, x2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, a2, s2, i2, p2, b2, v2, y2, d2, h2, E2;
              t5 = Ku, (e3 = gi()) !== u && nl() !== u ? ("extension" === r2.substr(Ku, 9).toLowerCase() ? (n2 = r2.substr(Ku, 9), Ku += 9) : (n2 = u, 0 === ta && aa(c)), n2 !== u && nl() !== u ? ((o2 = ba()) === u && (o2 = null), o2 !== u && nl() !== u ? ((a2 = Vs()) === u && (a2 = bi()), a2 !== u && nl() !== u ? ((s2 = qi()) === u && (s2 = null), s2 !== u && nl() !== u ? (i2 = Ku, "schema" === r2.substr(Ku, 6).toLowerCase() ? (p2 = r2.substr(Ku, 6), Ku += 6) : (p2 = u, 0 === ta && aa(l)), p2 !== u && (b2 = nl()) !== u && (v2 = Vs()) !== u ? i2 = p2 = [p2, b2, v2] : (Ku = i2, i2 = u), i2 === u && (i2 = bi()), i2 === u && (i2 = null), i2 !== u && (p2 = nl()) !== u ? (b2 = Ku, "version" === r2.substr(Ku, 7).toLowerCase() ? (v2 = r2.substr(Ku, 7), Ku += 7) : (v2 = u, 0 === ta && aa(f)), v2 !== u && (y2 = nl()) !== u ? ((d2 = Vs()) === u && (d2 = bi()), d2 !== u ? b2 = v2 = [v2, y2, d2] : (Ku = b2, b2 = u)) : (Ku = b2, b2 = u), b2 === u && (b2 = null), b2 !== u && (v2 = nl()) !== u ? (y2 = Ku, (d2 = Pi()) !== u && (h2 = nl()) !== u ? ((E2 = Vs()) === u && (E2 = bi()), E2 !== u ? y2 = d2 = [d2, h2, E2] : (Ku = y2, y2 = u)) : (Ku = y2, y2 = u), y2 === u && (y2 = null), y2 !== u ? (Ju = t5, m2 = o2, C2 = a2, L2 = s2, w2 = i2, A2 = b2, T2 = y2, e3 = { type: "create", keyword: n2.toLowerCase(), if_not_exists: m2, extension: Ol(C2), with: L2 && L2[0].toLowerCase(), schema: Ol(w2 && w2[2].toLowerCase()), version: Ol(A2 && A2[2]), from: Ol(T2 && T2[2]) }, t5 = e3) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              var m2, C2, L2, w2, A2, T2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, b2, v2, y2, d2, h2, E2, m2;
              t5 = Ku, (e3 = gi()) !== u && nl() !== u ? ((n2 = Gc()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = Dc()) !== u && nl() !== u ? ((a2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "concurrently" === r2.substr(Ku, 12).toLowerCase() ? (e4 = r2.substr(Ku, 12), Ku += 12) : (e4 = u, 0 === ta && aa(Cu));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "CONCURRENTLY") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) === u && (a2 = null), a2 !== u && nl() !== u ? ((s2 = Ps()) === u && (s2 = null), s2 !== u && nl() !== u && (i2 = Hi()) !== u && nl() !== u && (c2 = Ka()) !== u && nl() !== u ? ((l2 = Ya()) === u && (l2 = null), l2 !== u && nl() !== u && Vc() !== u && nl() !== u && (f2 = (function() {
                var r3, t6, e4, n3, o3, a3, s3, i3;
                if (r3 = Ku, (t6 = da()) !== u) {
                  for (e4 = [], n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s3 = nl()) !== u && (i3 = da()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s3 = nl()) !== u && (i3 = da()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Ku = n3, n3 = u);
                  e4 !== u ? (Ju = r3, t6 = gl(t6, e4), r3 = t6) : (Ku = r3, r3 = u);
                } else Ku = r3, r3 = u;
                return r3;
              })()) !== u && nl() !== u && qc() !== u && nl() !== u ? (p2 = Ku, (b2 = qi()) !== u && (v2 = nl()) !== u && (y2 = Vc()) !== u && (d2 = nl()) !== u && (h2 = (function() {
                var r3, t6, e4, n3, o3, a3, s3, i3;
                if (r3 = Ku, (t6 = Wa()) !== u) {
                  for (e4 = [], n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s3 = nl()) !== u && (i3 = Wa()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s3 = nl()) !== u && (i3 = Wa()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Ku = n3, n3 = u);
                  e4 !== u ? (Ju = r3, t6 = gl(t6, e4), r3 = t6) : (Ku = r3, r3 = u);
                } else Ku = r3, r3 = u;
                return r3;
              })()) !== u && (E2 = nl()) !== u && (m2 = qc()) !== u ? p2 = b2 = [b2, v2, y2, d2, h2, E2, m2] : (Ku = p2, p2 = u), p2 === u && (p2 = null), p2 !== u && (b2 = nl()) !== u ? (v2 = Ku, (y2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "tablespace" === r2.substr(Ku, 10).toLowerCase() ? (e4 = r2.substr(Ku, 10), Ku += 10) : (e4 = u, 0 === ta && aa(hn));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "TABLESPACE") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) !== u && (d2 = nl()) !== u && (h2 = Vs()) !== u ? v2 = y2 = [y2, d2, h2] : (Ku = v2, v2 = u), v2 === u && (v2 = null), v2 !== u && (y2 = nl()) !== u ? ((d2 = za()) === u && (d2 = null), d2 !== u && (h2 = nl()) !== u ? (Ju = t5, C2 = e3, L2 = n2, w2 = o2, A2 = a2, T2 = s2, S2 = i2, R2 = c2, I2 = l2, g2 = f2, N2 = p2, _2 = v2, j2 = d2, e3 = { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: C2[0].toLowerCase(), index_type: L2 && L2.toLowerCase(), keyword: w2.toLowerCase(), concurrently: A2 && A2.toLowerCase(), index: T2, on_kw: S2[0].toLowerCase(), table: R2, index_using: I2, index_columns: g2, with: N2 && N2[4], with_before_where: true, tablespace: _2 && { type: "origin", value: _2[2] }, where: j2 } }, t5 = e3) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              var C2, L2, w2, A2, T2, S2, R2, I2, g2, N2, _2, j2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, a2, s2;
              t5 = Ku, (e3 = gi()) !== u && nl() !== u ? ((n2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "database" === r2.substr(Ku, 8).toLowerCase() ? (e4 = r2.substr(Ku, 8), Ku += 8) : (e4 = u, 0 === ta && aa(En));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "DATABASE") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) === u && (n2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "schema" === r2.substr(Ku, 6).toLowerCase() ? (e4 = r2.substr(Ku, 6), Ku += 6) : (e4 = u, 0 === ta && aa(l));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "SCHEMA") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()), n2 !== u && nl() !== u ? ((o2 = ba()) === u && (o2 = null), o2 !== u && nl() !== u && (a2 = dl()) !== u && nl() !== u ? ((s2 = (function() {
                var r3, t6, e4, n3, o3, a3;
                if (r3 = Ku, (t6 = _a()) !== u) {
                  for (e4 = [], n3 = Ku, (o3 = nl()) !== u && (a3 = _a()) !== u ? n3 = o3 = [o3, a3] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u && (a3 = _a()) !== u ? n3 = o3 = [o3, a3] : (Ku = n3, n3 = u);
                  e4 !== u ? (Ju = r3, t6 = p(t6, e4), r3 = t6) : (Ku = r3, r3 = u);
                } else Ku = r3, r3 = u;
                return r3;
              })()) === u && (s2 = null), s2 !== u ? (Ju = t5, e3 = (function(r3, t6, e4, n3, o3) {
                const u2 = t6.toLowerCase();
                return { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: r3[0].toLowerCase(), keyword: u2, if_not_exists: e4, [u2]: { db: n3.schema, schema: n3.name }, create_definitions: o3 } };
              })(e3, n2, o2, a2, s2), t5 = e3) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = Ku, (t4 = Nc()) !== u && nl() !== u ? ((e3 = Gi()) === u && (e3 = null), e3 !== u && nl() !== u && (n2 = Va()) !== u ? (Ju = r3, o2 = t4, a2 = e3, (s2 = n2) && s2.forEach((r4) => kl.add(`${o2}::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t4 = { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: o2.toLowerCase(), keyword: a2 && a2.toLowerCase() || "table", name: s2 } }, r3 = t4) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u);
            var o2, a2, s2;
            return r3;
          })()) === u && (t3 = (function() {
            var r3, t4, e3;
            r3 = Ku, (t4 = xi()) !== u && nl() !== u && Gi() !== u && nl() !== u && (e3 = (function() {
              var r4, t5, e4, n3, o2, a2, s2, i2;
              if (r4 = Ku, (t5 = Ba()) !== u) {
                for (e4 = [], n3 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = Ba()) !== u ? n3 = o2 = [o2, a2, s2, i2] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = Ba()) !== u ? n3 = o2 = [o2, a2, s2, i2] : (Ku = n3, n3 = u);
                e4 !== u ? (Ju = r4, t5 = gl(t5, e4), r4 = t5) : (Ku = r4, r4 = u);
              } else Ku = r4, r4 = u;
              return r4;
            })()) !== u ? (Ju = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && kl.add(`rename::${[r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`))), t4 = { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: "rename", table: n2 } }, r3 = t4) : (Ku = r3, r3 = u);
            var n2;
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "call" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(io));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "CALL") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) !== u && nl() !== u && (n2 = hl()) !== u ? (Ju = t4, o2 = n2, e3 = { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: "call", expr: o2 } }, t4 = e3) : (Ku = t4, t4 = u);
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "use" === r2.substr(Ku, 3).toLowerCase() ? (e4 = r2.substr(Ku, 3), Ku += 3) : (e4 = u, 0 === ta && aa(Ze));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) !== u && nl() !== u && (n2 = Ps()) !== u ? (Ju = t4, o2 = n2, kl.add(`use::${o2}::null`), e3 = { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: "use", db: o2 } }, t4 = e3) : (Ku = t4, t4 = u);
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "alter" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(ze));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) !== u && nl() !== u && Gi() !== u && nl() !== u && (n2 = Va()) !== u && nl() !== u && (o2 = (function() {
              var r3, t5, e4, n3, o3, a3, s3, i2;
              if (r3 = Ku, (t5 = La()) !== u) {
                for (e4 = [], n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s3 = nl()) !== u && (i2 = La()) !== u ? n3 = o3 = [o3, a3, s3, i2] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s3 = nl()) !== u && (i2 = La()) !== u ? n3 = o3 = [o3, a3, s3, i2] : (Ku = n3, n3 = u);
                e4 !== u ? (Ju = r3, t5 = gl(t5, e4), r3 = t5) : (Ku = r3, r3 = u);
              } else Ku = r3, r3 = u;
              return r3;
            })()) !== u ? (Ju = t4, s2 = o2, (a2 = n2) && a2.length > 0 && a2.forEach((r3) => kl.add(`alter::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: "alter", table: a2, expr: s2 } }, t4 = e3) : (Ku = t4, t4 = u);
            var a2, s2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ku, (e3 = Di()) !== u && nl() !== u ? ((n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "global" === r2.substr(Ku, 6).toLowerCase() ? (e4 = r2.substr(Ku, 6), Ku += 6) : (e4 = u, 0 === ta && aa(eu));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "GLOBAL") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "session" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(nu));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "SESSION") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "local" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(ou));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "LOCAL") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "persist" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(uu));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "PERSIST") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "persist_only" === r2.substr(Ku, 12).toLowerCase() ? (e4 = r2.substr(Ku, 12), Ku += 12) : (e4 = u, 0 === ta && aa(au));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "PERSIST_ONLY") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()), n2 === u && (n2 = null), n2 !== u && nl() !== u && (o2 = (function() {
              var r3, t5, e4, n3, o3, a3, s3, i2;
              if (r3 = Ku, (t5 = fl()) !== u) {
                for (e4 = [], n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s3 = nl()) !== u && (i2 = fl()) !== u ? n3 = o3 = [o3, a3, s3, i2] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s3 = nl()) !== u && (i2 = fl()) !== u ? n3 = o3 = [o3, a3, s3, i2] : (Ku = n3, n3 = u);
                e4 !== u ? (Ju = r3, t5 = gl(t5, e4), r3 = t5) : (Ku = r3, r3 = u);
              } else Ku = r3, r3 = u;
              return r3;
            })()) !== u ? (Ju = t4, a2 = n2, s2 = o2, e3 = { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: "set", keyword: a2, expr: s2 } }, t4 = e3) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            var a2, s2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "lock" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(j));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) !== u && nl() !== u ? ((n2 = Gi()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = Va()) !== u && nl() !== u ? ((a2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "in" === r2.substr(Ku, 2).toLowerCase() ? (e4 = r2.substr(Ku, 2), Ku += 2) : (e4 = u, 0 === ta && aa(Ar));
              e4 !== u && nl() !== u ? ("access share" === r2.substr(Ku, 12).toLowerCase() ? (n3 = r2.substr(Ku, 12), Ku += 12) : (n3 = u, 0 === ta && aa(Tr)), n3 === u && ("row share" === r2.substr(Ku, 9).toLowerCase() ? (n3 = r2.substr(Ku, 9), Ku += 9) : (n3 = u, 0 === ta && aa(Sr)), n3 === u && ("row exclusive" === r2.substr(Ku, 13).toLowerCase() ? (n3 = r2.substr(Ku, 13), Ku += 13) : (n3 = u, 0 === ta && aa(Rr)), n3 === u && ("share update exclusive" === r2.substr(Ku, 22).toLowerCase() ? (n3 = r2.substr(Ku, 22), Ku += 22) : (n3 = u, 0 === ta && aa(Ir)), n3 === u && ("share row exclusive" === r2.substr(Ku, 19).toLowerCase() ? (n3 = r2.substr(Ku, 19), Ku += 19) : (n3 = u, 0 === ta && aa(gr)), n3 === u && ("exclusive" === r2.substr(Ku, 9).toLowerCase() ? (n3 = r2.substr(Ku, 9), Ku += 9) : (n3 = u, 0 === ta && aa(k)), n3 === u && ("access exclusive" === r2.substr(Ku, 16).toLowerCase() ? (n3 = r2.substr(Ku, 16), Ku += 16) : (n3 = u, 0 === ta && aa(Nr)), n3 === u && ("share" === r2.substr(Ku, 5).toLowerCase() ? (n3 = r2.substr(Ku, 5), Ku += 5) : (n3 = u, 0 === ta && aa(_r))))))))), n3 !== u && nl() !== u ? ("mode" === r2.substr(Ku, 4).toLowerCase() ? (o3 = r2.substr(Ku, 4), Ku += 4) : (o3 = u, 0 === ta && aa(jr)), o3 !== u ? (Ju = t5, e4 = { mode: `in ${n3.toLowerCase()} mode` }, t5 = e4) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (a2 = null), a2 !== u && nl() !== u ? ("nowait" === r2.substr(Ku, 6).toLowerCase() ? (s2 = r2.substr(Ku, 6), Ku += 6) : (s2 = u, 0 === ta && aa(Or)), s2 === u && (s2 = null), s2 !== u ? (Ju = t4, i2 = n2, l2 = a2, f2 = s2, (c2 = o2) && c2.forEach((r3) => kl.add(`lock::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: "lock", keyword: i2 && i2.toLowerCase(), tables: c2.map((r3) => ({ table: r3 })), lock_mode: l2, nowait: f2 } }, t4 = e3) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            var i2, c2, l2, f2;
            return t4;
          })()), t3;
        }
        function la() {
          var r3;
          return (r3 = pa()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2, a2;
            r4 = Ku, (t3 = Ii()) !== u && nl() !== u && (e3 = Va()) !== u && nl() !== u && Di() !== u && nl() !== u && (n2 = (function() {
              var r5, t4, e4, n3, o3, a3, s2, i2;
              if (r5 = Ku, (t4 = us()) !== u) {
                for (e4 = [], n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s2 = nl()) !== u && (i2 = us()) !== u ? n3 = o3 = [o3, a3, s2, i2] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s2 = nl()) !== u && (i2 = us()) !== u ? n3 = o3 = [o3, a3, s2, i2] : (Ku = n3, n3 = u);
                e4 !== u ? (Ju = r5, t4 = gl(t4, e4), r5 = t4) : (Ku = r5, r5 = u);
              } else Ku = r5, r5 = u;
              return r5;
            })()) !== u && nl() !== u ? ((o2 = za()) === u && (o2 = null), o2 !== u && nl() !== u ? ((a2 = as()) === u && (a2 = null), a2 !== u ? (Ju = r4, t3 = (function(r5, t4, e4, n3) {
              const o3 = {};
              return r5 && r5.forEach((r6) => {
                const { db: t5, as: e5, schema: n4, table: u2, join: a3 } = r6, s2 = a3 ? "select" : "update", i2 = [t5, n4].filter(Boolean).join(".") || null;
                t5 && (o3[u2] = i2), u2 && kl.add(`${s2}::${i2}::${u2}`);
              }), t4 && t4.forEach((r6) => {
                if (r6.table) {
                  const t5 = _l(r6.table);
                  kl.add(`update::${o3[t5] || null}::${t5}`);
                }
                Ul.add(`update::${r6.table}::${r6.column}`);
              }), { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: "update", table: r5, set: t4, where: e4, returning: n3 } };
            })(e3, n2, o2, a2), r4 = t3) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u);
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2, a2, s2, i2;
            r4 = Ku, (t3 = cs()) !== u && nl() !== u ? ((e3 = Mi()) === u && (e3 = null), e3 !== u && nl() !== u && (n2 = Ka()) !== u && nl() !== u ? ((o2 = is()) === u && (o2 = null), o2 !== u && nl() !== u && Vc() !== u && nl() !== u && (a2 = (function() {
              var r5, t4, e4, n3, o3, a3, s3, i3;
              if (r5 = Ku, (t4 = $s()) !== u) {
                for (e4 = [], n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s3 = nl()) !== u && (i3 = $s()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u && (a3 = $c()) !== u && (s3 = nl()) !== u && (i3 = $s()) !== u ? n3 = o3 = [o3, a3, s3, i3] : (Ku = n3, n3 = u);
                e4 !== u ? (Ju = r5, t4 = gl(t4, e4), r5 = t4) : (Ku = r5, r5 = u);
              } else Ku = r5, r5 = u;
              return r5;
            })()) !== u && nl() !== u && qc() !== u && nl() !== u && (s2 = ss()) !== u && nl() !== u ? ((i2 = as()) === u && (i2 = null), i2 !== u ? (Ju = r4, t3 = (function(r5, t4, e4, n3, o3, u2) {
              if (t4 && (kl.add(`insert::${[t4.db, t4.schema].filter(Boolean).join(".") || null}::${t4.table}`), t4.as = null), n3) {
                let r6 = t4 && t4.table || null;
                Array.isArray(o3.values) && o3.values.forEach((r7, t5) => {
                  if (r7.value.length != n3.length) throw new Error("Error: column count doesn't match value count at row " + (t5 + 1));
                }), n3.forEach((t5) => Ul.add(`insert::${r6}::${t5}`));
              }
              return { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: r5, table: [t4], columns: n3, values: o3, partition: e4, returning: u2 } };
            })(t3, n2, o2, a2, s2, i2), r4 = t3) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u);
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2, a2, s2, i2;
            r4 = Ku, (t3 = cs()) !== u && nl() !== u ? ((e3 = ki()) === u && (e3 = null), e3 !== u && nl() !== u ? ((n2 = Mi()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = Ka()) !== u && nl() !== u ? ((a2 = is()) === u && (a2 = null), a2 !== u && nl() !== u && (s2 = ss()) !== u && nl() !== u ? ((i2 = as()) === u && (i2 = null), i2 !== u ? (Ju = r4, t3 = (function(r5, t4, e4, n3, o3, u2, a3) {
              n3 && (kl.add(`insert::${[n3.db, n3.schema].filter(Boolean).join(".") || null}::${n3.table}`), Ul.add(`insert::${n3.table}::(.*)`), n3.as = null);
              const s3 = [t4, e4].filter((r6) => r6).map((r6) => r6[0] && r6[0].toLowerCase()).join(" ");
              return { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: r5, table: [n3], columns: null, values: u2, partition: o3, prefix: s3, returning: a3 } };
            })(t3, e3, n2, o2, a2, s2, i2), r4 = t3) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u);
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = Ku, (t3 = _i()) !== u && nl() !== u ? ((e3 = Va()) === u && (e3 = null), e3 !== u && nl() !== u && (n2 = Ha()) !== u && nl() !== u ? ((o2 = za()) === u && (o2 = null), o2 !== u ? (Ju = r4, t3 = (function(r5, t4, e4) {
              if (t4 && t4.forEach((r6) => {
                const { db: t5, schema: e5, as: n3, table: o3, join: u2 } = r6, a2 = u2 ? "select" : "delete", s2 = [t5, e5].filter(Boolean).join(".") || null;
                o3 && kl.add(`${a2}::${s2}::${o3}`), u2 || Ul.add(`delete::${o3}::(.*)`);
              }), null === r5 && 1 === t4.length) {
                const e5 = t4[0];
                r5 = [{ db: e5.db, schema: e5.schema, table: e5.table, as: e5.as, addition: true }];
              }
              return { tableList: Array.from(kl), columnList: jl(Ul), ast: { type: "delete", table: r5, from: t4, where: e4 } };
            })(e3, n2, o2), r4 = t3) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u);
            return r4;
          })()) === u && (r3 = ca()) === u && (r3 = (function() {
            var r4, t3;
            r4 = [], t3 = ll();
            for (; t3 !== u; ) r4.push(t3), t3 = ll();
            return r4;
          })()), r3;
        }
        function fa() {
          var t3, e3, n2, o2, a2;
          return t3 = Ku, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "union" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(gn));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "UNION") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "intersect" === r2.substr(Ku, 9).toLowerCase() ? (e4 = r2.substr(Ku, 9), Ku += 9) : (e4 = u, 0 === ta && aa(Nn));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "INTERSECT") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "except" === r2.substr(Ku, 6).toLowerCase() ? (e4 = r2.substr(Ku, 6), Ku += 6) : (e4 = u, 0 === ta && aa(_n));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "EXCEPT") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()), e3 !== u && nl() !== u ? ((n2 = Ji()) === u && (n2 = Zi()), n2 === u && (n2 = null), n2 !== u ? (Ju = t3, o2 = e3, t3 = e3 = (a2 = n2) ? `${o2.toLowerCase()} ${a2.toLowerCase()}` : "" + o2.toLowerCase()) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function pa() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = Oa()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = fa()) !== u && (s2 = nl()) !== u && (i2 = Oa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = fa()) !== u && (s2 = nl()) !== u && (i2 = Oa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u && (n2 = nl()) !== u ? ((o2 = ts()) === u && (o2 = null), o2 !== u && (a2 = nl()) !== u ? ((s2 = os()) === u && (s2 = null), s2 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return e4 && (r4._orderby = e4), n3 && (r4._limit = n3), { tableList: Array.from(kl), columnList: jl(Ul), ast: r4 };
            })(t3, e3, o2, s2)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function ba() {
          var t3, e3;
          return t3 = Ku, "if" === r2.substr(Ku, 2).toLowerCase() ? (e3 = r2.substr(Ku, 2), Ku += 2) : (e3 = u, 0 === ta && aa(i)), e3 !== u && nl() !== u && uc() !== u && nl() !== u && oc() !== u ? (Ju = t3, t3 = e3 = "IF NOT EXISTS") : (Ku = t3, t3 = u), t3;
        }
        function va() {
          var r3, t3, e3;
          return r3 = Ku, (t3 = Ms()) !== u && nl() !== u && Uc() !== u && nl() !== u && (e3 = Ms()) !== u ? (Ju = r3, r3 = t3 = { keyword: t3, symbol: "=", value: e3 }) : (Ku = r3, r3 = u), r3;
        }
        function ya() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = va()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = va()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = va()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = gl(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function da() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, d2, h2, E2;
          return t3 = Ku, (e3 = ds()) !== u && nl() !== u ? ((n2 = Ca()) === u && (n2 = null), n2 !== u && nl() !== u ? ((o2 = Ps()) === u && (o2 = null), o2 !== u && nl() !== u ? ((a2 = Qi()) === u && (a2 = Ki()), a2 === u && (a2 = null), a2 !== u && nl() !== u ? (s2 = Ku, "nulls" === r2.substr(Ku, 5).toLowerCase() ? (i2 = r2.substr(Ku, 5), Ku += 5) : (i2 = u, 0 === ta && aa(b)), i2 !== u && (c2 = nl()) !== u ? ("first" === r2.substr(Ku, 5).toLowerCase() ? (l2 = r2.substr(Ku, 5), Ku += 5) : (l2 = u, 0 === ta && aa(v)), l2 === u && ("last" === r2.substr(Ku, 4).toLowerCase() ? (l2 = r2.substr(Ku, 4), Ku += 4) : (l2 = u, 0 === ta && aa(y))), l2 !== u ? s2 = i2 = [i2, c2, l2] : (Ku = s2, s2 = u)) : (Ku = s2, s2 = u), s2 === u && (s2 = null), s2 !== u ? (Ju = t3, f2 = e3, p2 = n2, d2 = o2, h2 = a2, E2 = s2, t3 = e3 = { ...f2, collate: p2, opclass: d2, order_by: h2 && h2.toLowerCase(), nulls: E2 && `${E2[0].toLowerCase()} ${E2[2].toLowerCase()}` }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ha() {
          var t3;
          return (t3 = ma()) === u && (t3 = Ta()) === u && (t3 = Sa()) === u && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e3, n2, o2, a2, s2;
              t5 = Ku, (e3 = Ra()) === u && (e3 = null);
              e3 !== u && nl() !== u ? ("primary key" === r2.substr(Ku, 11).toLowerCase() ? (n2 = r2.substr(Ku, 11), Ku += 11) : (n2 = u, 0 === ta && aa(U)), n2 !== u && nl() !== u ? ((o2 = Ya()) === u && (o2 = null), o2 !== u && nl() !== u && (a2 = ka()) !== u && nl() !== u ? ((s2 = $a()) === u && (s2 = null), s2 !== u ? (Ju = t5, c2 = n2, l2 = o2, f2 = a2, p2 = s2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2.toLowerCase(), keyword: i2 && i2.keyword, index_type: l2, resource: "constraint", index_options: p2 }, t5 = e3) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              var i2, c2, l2, f2, p2;
              return t5;
            })()) === u && (t4 = (function() {
              var r3, t5, e3, n2, o2, a2, s2, i2;
              r3 = Ku, (t5 = Ra()) === u && (t5 = null);
              t5 !== u && nl() !== u && (e3 = Gc()) !== u && nl() !== u ? ((n2 = Dc()) === u && (n2 = Fc()), n2 === u && (n2 = null), n2 !== u && nl() !== u ? ((o2 = $s()) === u && (o2 = null), o2 !== u && nl() !== u ? ((a2 = Ya()) === u && (a2 = null), a2 !== u && nl() !== u && (s2 = ka()) !== u && nl() !== u ? ((i2 = $a()) === u && (i2 = null), i2 !== u ? (Ju = r3, l2 = e3, f2 = n2, p2 = o2, b2 = a2, v2 = s2, y2 = i2, t5 = { constraint: (c2 = t5) && c2.constraint, definition: v2, constraint_type: f2 && `${l2.toLowerCase()} ${f2.toLowerCase()}` || l2.toLowerCase(), keyword: c2 && c2.keyword, index_type: b2, index: p2, resource: "constraint", index_options: y2 }, r3 = t5) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u);
              var c2, l2, f2, p2, b2, v2, y2;
              return r3;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, a2, s2;
              t5 = Ku, (e3 = Ra()) === u && (e3 = null);
              e3 !== u && nl() !== u ? ("foreign key" === r2.substr(Ku, 11).toLowerCase() ? (n2 = r2.substr(Ku, 11), Ku += 11) : (n2 = u, 0 === ta && aa(M)), n2 !== u && nl() !== u ? ((o2 = $s()) === u && (o2 = null), o2 !== u && nl() !== u && (a2 = ka()) !== u && nl() !== u ? ((s2 = Ia()) === u && (s2 = null), s2 !== u ? (Ju = t5, c2 = n2, l2 = o2, f2 = a2, p2 = s2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2, keyword: i2 && i2.keyword, index: l2, resource: "constraint", reference_definition: p2 }, t5 = e3) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              var i2, c2, l2, f2, p2;
              return t5;
            })());
            return t4;
          })()), t3;
        }
        function Ea() {
          var t3, e3, n2, o2;
          return t3 = Ku, (e3 = (function() {
            var t4, e4;
            t4 = Ku, (e4 = (function() {
              var t5, e5, n3, o3;
              t5 = Ku, "not null" === r2.substr(Ku, 8).toLowerCase() ? (e5 = r2.substr(Ku, 8), Ku += 8) : (e5 = u, 0 === ta && aa(qe));
              e5 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? t5 = e5 = [e5, n3] : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) !== u && (Ju = t4, e4 = { type: "not null", value: "not null" });
            return t4 = e4;
          })()) === u && (e3 = pi()), e3 !== u && (Ju = t3, (o2 = e3) && !o2.value && (o2.value = "null"), e3 = { nullable: o2 }), (t3 = e3) === u && (t3 = Ku, (e3 = (function() {
            var r3, t4;
            r3 = Ku, Ti() !== u && nl() !== u && (t4 = ds()) !== u ? (Ju = r3, r3 = { type: "default", value: t4 }) : (Ku = r3, r3 = u);
            return r3;
          })()) !== u && (Ju = t3, e3 = { default_val: e3 }), (t3 = e3) === u && (t3 = Ku, "auto_increment" === r2.substr(Ku, 14).toLowerCase() ? (e3 = r2.substr(Ku, 14), Ku += 14) : (e3 = u, 0 === ta && aa(d)), e3 !== u && (Ju = t3, e3 = { auto_increment: e3.toLowerCase() }), (t3 = e3) === u && (t3 = Ku, "unique" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(h)), e3 !== u && nl() !== u ? ("key" === r2.substr(Ku, 3).toLowerCase() ? (n2 = r2.substr(Ku, 3), Ku += 3) : (n2 = u, 0 === ta && aa(E)), n2 === u && (n2 = null), n2 !== u ? (Ju = t3, t3 = e3 = (function(r3) {
            const t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, "primary" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(m)), e3 === u && (e3 = null), e3 !== u && nl() !== u ? ("key" === r2.substr(Ku, 3).toLowerCase() ? (n2 = r2.substr(Ku, 3), Ku += 3) : (n2 = u, 0 === ta && aa(E)), n2 !== u ? (Ju = t3, t3 = e3 = (function(r3) {
            const t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, (e3 = al()) !== u && (Ju = t3, e3 = { comment: e3 }), (t3 = e3) === u && (t3 = Ku, (e3 = Ca()) !== u && (Ju = t3, e3 = { collate: e3 }), (t3 = e3) === u && (t3 = Ku, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ku, "column_format" === r2.substr(Ku, 13).toLowerCase() ? (e4 = r2.substr(Ku, 13), Ku += 13) : (e4 = u, 0 === ta && aa(C));
            e4 !== u && nl() !== u ? ("fixed" === r2.substr(Ku, 5).toLowerCase() ? (n3 = r2.substr(Ku, 5), Ku += 5) : (n3 = u, 0 === ta && aa(L)), n3 === u && ("dynamic" === r2.substr(Ku, 7).toLowerCase() ? (n3 = r2.substr(Ku, 7), Ku += 7) : (n3 = u, 0 === ta && aa(w)), n3 === u && ("default" === r2.substr(Ku, 7).toLowerCase() ? (n3 = r2.substr(Ku, 7), Ku += 7) : (n3 = u, 0 === ta && aa(A)))), n3 !== u ? (Ju = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) !== u && (Ju = t3, e3 = { column_format: e3 }), (t3 = e3) === u && (t3 = Ku, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ku, "storage" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(T));
            e4 !== u && nl() !== u ? ("disk" === r2.substr(Ku, 4).toLowerCase() ? (n3 = r2.substr(Ku, 4), Ku += 4) : (n3 = u, 0 === ta && aa(S)), n3 === u && ("memory" === r2.substr(Ku, 6).toLowerCase() ? (n3 = r2.substr(Ku, 6), Ku += 6) : (n3 = u, 0 === ta && aa(R))), n3 !== u ? (Ju = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) !== u && (Ju = t3, e3 = { storage: e3 }), (t3 = e3) === u && (t3 = Ku, (e3 = Ia()) !== u && (Ju = t3, e3 = { reference_definition: e3 }), t3 = e3))))))))), t3;
        }
        function ma() {
          var r3, t3, e3, n2, o2, a2, s2;
          return r3 = Ku, (t3 = Us()) !== u && nl() !== u && (e3 = Ll()) !== u && nl() !== u ? ((n2 = (function() {
            var r4, t4, e4, n3, o3, a3;
            if (r4 = Ku, (t4 = Ea()) !== u) if (nl() !== u) {
              for (e4 = [], n3 = Ku, (o3 = nl()) !== u && (a3 = Ea()) !== u ? n3 = o3 = [o3, a3] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u && (a3 = Ea()) !== u ? n3 = o3 = [o3, a3] : (Ku = n3, n3 = u);
              e4 !== u ? (Ju = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (Ku = r4, r4 = u);
            } else Ku = r4, r4 = u;
            else Ku = r4, r4 = u;
            return r4;
          })()) === u && (n2 = null), n2 !== u ? (Ju = r3, o2 = t3, a2 = e3, s2 = n2, Ul.add(`create::${o2.table}::${o2.column}`), r3 = t3 = { column: o2, definition: a2, resource: "column", ...s2 || {} }) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
        }
        function Ca() {
          var t3, e3, n2;
          return t3 = Ku, (function() {
            var t4, e4, n3, o2;
            t4 = Ku, "collate" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(fr));
            e4 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "COLLATE") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })() !== u && nl() !== u ? ((e3 = Uc()) === u && (e3 = null), e3 !== u && nl() !== u && (n2 = Ps()) !== u ? (Ju = t3, t3 = { type: "collate", keyword: "collate", collate: { name: n2, symbol: e3 } }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function La() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2;
            r4 = Ku, (t3 = Mc()) !== u && nl() !== u ? ((e3 = Pc()) === u && (e3 = null), e3 !== u && nl() !== u && (n2 = ma()) !== u ? (Ju = r4, o2 = e3, a2 = n2, t3 = { action: "add", ...a2, keyword: o2, resource: "column", type: "alter" }, r4 = t3) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u);
            var o2, a2;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ku, Ri() !== u && nl() !== u ? ((t3 = Pc()) === u && (t3 = null), t3 !== u && nl() !== u && (e3 = Us()) !== u ? (Ju = r4, r4 = { action: "drop", column: e3, keyword: t3, resource: "column", type: "alter" }) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u);
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ku, (t3 = Mc()) !== u && nl() !== u && (e3 = Ta()) !== u ? (Ju = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (Ku = r4, r4 = u);
            var n2;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ku, (t3 = Mc()) !== u && nl() !== u && (e3 = Sa()) !== u ? (Ju = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (Ku = r4, r4 = u);
            var n2;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3, n2;
            r4 = Ku, (t3 = xi()) !== u && nl() !== u ? ((e3 = Si()) === u && (e3 = Fi()), e3 === u && (e3 = null), e3 !== u && nl() !== u && (n2 = Ps()) !== u ? (Ju = r4, a2 = n2, t3 = { action: "rename", type: "alter", resource: "table", keyword: (o2 = e3) && o2[0].toLowerCase(), table: a2 }, r4 = t3) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u);
            var o2, a2;
            return r4;
          })()) === u && (r3 = wa()) === u && (r3 = Aa()), r3;
        }
        function wa() {
          var t3, e3, n2, o2;
          return t3 = Ku, "algorithm" === r2.substr(Ku, 9).toLowerCase() ? (e3 = r2.substr(Ku, 9), Ku += 9) : (e3 = u, 0 === ta && aa(I)), e3 !== u && nl() !== u ? ((n2 = Uc()) === u && (n2 = null), n2 !== u && nl() !== u ? ("default" === r2.substr(Ku, 7).toLowerCase() ? (o2 = r2.substr(Ku, 7), Ku += 7) : (o2 = u, 0 === ta && aa(A)), o2 === u && ("instant" === r2.substr(Ku, 7).toLowerCase() ? (o2 = r2.substr(Ku, 7), Ku += 7) : (o2 = u, 0 === ta && aa(g)), o2 === u && ("inplace" === r2.substr(Ku, 7).toLowerCase() ? (o2 = r2.substr(Ku, 7), Ku += 7) : (o2 = u, 0 === ta && aa(N)), o2 === u && ("copy" === r2.substr(Ku, 4).toLowerCase() ? (o2 = r2.substr(Ku, 4), Ku += 4) : (o2 = u, 0 === ta && aa(_))))), o2 !== u ? (Ju = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Aa() {
          var t3, e3, n2, o2;
          return t3 = Ku, "lock" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(j)), e3 !== u && nl() !== u ? ((n2 = Uc()) === u && (n2 = null), n2 !== u && nl() !== u ? ("default" === r2.substr(Ku, 7).toLowerCase() ? (o2 = r2.substr(Ku, 7), Ku += 7) : (o2 = u, 0 === ta && aa(A)), o2 === u && ("none" === r2.substr(Ku, 4).toLowerCase() ? (o2 = r2.substr(Ku, 4), Ku += 4) : (o2 = u, 0 === ta && aa(O)), o2 === u && ("shared" === r2.substr(Ku, 6).toLowerCase() ? (o2 = r2.substr(Ku, 6), Ku += 6) : (o2 = u, 0 === ta && aa(x)), o2 === u && ("exclusive" === r2.substr(Ku, 9).toLowerCase() ? (o2 = r2.substr(Ku, 9), Ku += 9) : (o2 = u, 0 === ta && aa(k))))), o2 !== u ? (Ju = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ta() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          return r3 = Ku, (t3 = Dc()) === u && (t3 = Fc()), t3 !== u && nl() !== u ? ((e3 = $s()) === u && (e3 = null), e3 !== u && nl() !== u ? ((n2 = Ya()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = ka()) !== u && nl() !== u ? ((a2 = $a()) === u && (a2 = null), a2 !== u && nl() !== u ? (Ju = r3, s2 = n2, i2 = a2, r3 = t3 = { index: e3, definition: o2, keyword: t3.toLowerCase(), index_type: s2, resource: "index", index_options: i2 }) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
        }
        function Sa() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2;
          return t3 = Ku, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "fulltext" === r2.substr(Ku, 8).toLowerCase() ? (e4 = r2.substr(Ku, 8), Ku += 8) : (e4 = u, 0 === ta && aa(du));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "FULLTEXT") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "spatial" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(hu));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "SPATIAL") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()), e3 !== u && nl() !== u ? ((n2 = Dc()) === u && (n2 = Fc()), n2 === u && (n2 = null), n2 !== u && nl() !== u ? ((o2 = $s()) === u && (o2 = null), o2 !== u && nl() !== u && (a2 = ka()) !== u && nl() !== u ? ((s2 = $a()) === u && (s2 = null), s2 !== u && nl() !== u ? (Ju = t3, i2 = e3, l2 = s2, t3 = e3 = { index: o2, definition: a2, keyword: (c2 = n2) && `${i2.toLowerCase()} ${c2.toLowerCase()}` || i2.toLowerCase(), index_options: l2, resource: "index" }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ra() {
          var r3, t3, e3, n2;
          return r3 = Ku, (t3 = Bc()) !== u && nl() !== u ? ((e3 = Ps()) === u && (e3 = null), e3 !== u ? (Ju = r3, n2 = e3, r3 = t3 = { keyword: t3.toLowerCase(), constraint: n2 }) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
        }
        function Ia() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2;
          return t3 = Ku, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "references" === r2.substr(Ku, 10).toLowerCase() ? (e4 = r2.substr(Ku, 10), Ku += 10) : (e4 = u, 0 === ta && aa(Lu));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "REFERENCES") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) !== u && nl() !== u && (n2 = Va()) !== u && nl() !== u && (o2 = ka()) !== u && nl() !== u ? ("match full" === r2.substr(Ku, 10).toLowerCase() ? (a2 = r2.substr(Ku, 10), Ku += 10) : (a2 = u, 0 === ta && aa(P)), a2 === u && ("match partial" === r2.substr(Ku, 13).toLowerCase() ? (a2 = r2.substr(Ku, 13), Ku += 13) : (a2 = u, 0 === ta && aa(D)), a2 === u && ("match simple" === r2.substr(Ku, 12).toLowerCase() ? (a2 = r2.substr(Ku, 12), Ku += 12) : (a2 = u, 0 === ta && aa(F)))), a2 === u && (a2 = null), a2 !== u && nl() !== u ? ((s2 = ga()) === u && (s2 = null), s2 !== u && nl() !== u ? ((i2 = ga()) === u && (i2 = null), i2 !== u ? (Ju = t3, c2 = a2, l2 = s2, f2 = i2, t3 = e3 = { definition: o2, table: n2, keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ga() {
          var t3, e3, n2, o2;
          return t3 = Ku, Hi() !== u && nl() !== u ? ((e3 = _i()) === u && (e3 = Ii()), e3 !== u && nl() !== u && (n2 = (function() {
            var t4, e4, n3;
            t4 = Ku, (e4 = Oc()) !== u && nl() !== u && Vc() !== u && nl() !== u ? ((n3 = fs()) === u && (n3 = null), n3 !== u && nl() !== u && qc() !== u ? (Ju = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            t4 === u && (t4 = Ku, "restrict" === r2.substr(Ku, 8).toLowerCase() ? (e4 = r2.substr(Ku, 8), Ku += 8) : (e4 = u, 0 === ta && aa(G)), e4 === u && ("cascade" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(H)), e4 === u && ("set null" === r2.substr(Ku, 8).toLowerCase() ? (e4 = r2.substr(Ku, 8), Ku += 8) : (e4 = u, 0 === ta && aa(B)), e4 === u && ("no action" === r2.substr(Ku, 9).toLowerCase() ? (e4 = r2.substr(Ku, 9), Ku += 9) : (e4 = u, 0 === ta && aa(Y)), e4 === u && ("set default" === r2.substr(Ku, 11).toLowerCase() ? (e4 = r2.substr(Ku, 11), Ku += 11) : (e4 = u, 0 === ta && aa($)), e4 === u && (e4 = Oc()))))), e4 !== u && (Ju = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4);
            return t4;
          })()) !== u ? (Ju = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Na() {
          var t3, e3, n2, o2, a2, s2, i2;
          return t3 = Ku, (e3 = ji()) === u && (e3 = _i()) === u && (e3 = Nc()), e3 !== u && (Ju = t3, i2 = e3, e3 = { keyword: Array.isArray(i2) ? i2[0].toLowerCase() : i2.toLowerCase() }), (t3 = e3) === u && (t3 = Ku, (e3 = Ii()) !== u && nl() !== u ? (n2 = Ku, "of" === r2.substr(Ku, 2).toLowerCase() ? (o2 = r2.substr(Ku, 2), Ku += 2) : (o2 = u, 0 === ta && aa(z)), o2 !== u && (a2 = nl()) !== u && (s2 = rs()) !== u ? n2 = o2 = [o2, a2, s2] : (Ku = n2, n2 = u), n2 === u && (n2 = null), n2 !== u ? (Ju = t3, t3 = e3 = (function(r3, t4) {
            return { keyword: r3 && r3[0] && r3[0].toLowerCase(), args: t4 && { keyword: t4[0], columns: t4[2] } || null };
          })(e3, n2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)), t3;
        }
        function _a() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2;
          return t3 = Ku, (e3 = Ti()) === u && (e3 = null), e3 !== u && nl() !== u ? ((n2 = (function() {
            var t4, e4, n3;
            return t4 = Ku, "character" === r2.substr(Ku, 9).toLowerCase() ? (e4 = r2.substr(Ku, 9), Ku += 9) : (e4 = u, 0 === ta && aa(ir)), e4 !== u && nl() !== u ? ("set" === r2.substr(Ku, 3).toLowerCase() ? (n3 = r2.substr(Ku, 3), Ku += 3) : (n3 = u, 0 === ta && aa(cr)), n3 !== u ? (Ju = t4, t4 = e4 = "CHARACTER SET") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u), t4;
          })()) === u && ("charset" === r2.substr(Ku, 7).toLowerCase() ? (n2 = r2.substr(Ku, 7), Ku += 7) : (n2 = u, 0 === ta && aa(lr)), n2 === u && ("collate" === r2.substr(Ku, 7).toLowerCase() ? (n2 = r2.substr(Ku, 7), Ku += 7) : (n2 = u, 0 === ta && aa(fr)))), n2 !== u && nl() !== u ? ((o2 = Uc()) === u && (o2 = null), o2 !== u && nl() !== u && (a2 = Ms()) !== u ? (Ju = t3, i2 = n2, c2 = o2, l2 = a2, t3 = e3 = { keyword: (s2 = e3) && `${s2[0].toLowerCase()} ${i2.toLowerCase()}` || i2.toLowerCase(), symbol: c2, value: l2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ja() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2;
          return t3 = Ku, "auto_increment" === r2.substr(Ku, 14).toLowerCase() ? (e3 = r2.substr(Ku, 14), Ku += 14) : (e3 = u, 0 === ta && aa(d)), e3 === u && ("avg_row_length" === r2.substr(Ku, 14).toLowerCase() ? (e3 = r2.substr(Ku, 14), Ku += 14) : (e3 = u, 0 === ta && aa(pr)), e3 === u && ("key_block_size" === r2.substr(Ku, 14).toLowerCase() ? (e3 = r2.substr(Ku, 14), Ku += 14) : (e3 = u, 0 === ta && aa(br)), e3 === u && ("max_rows" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa(vr)), e3 === u && ("min_rows" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa(yr)), e3 === u && ("stats_sample_pages" === r2.substr(Ku, 18).toLowerCase() ? (e3 = r2.substr(Ku, 18), Ku += 18) : (e3 = u, 0 === ta && aa(dr))))))), e3 !== u && nl() !== u ? ((n2 = Uc()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = hi()) !== u ? (Ju = t3, c2 = n2, l2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: c2, value: l2.value }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = _a()) === u && (t3 = Ku, (e3 = Hc()) === u && ("connection" === r2.substr(Ku, 10).toLowerCase() ? (e3 = r2.substr(Ku, 10), Ku += 10) : (e3 = u, 0 === ta && aa(hr))), e3 !== u && nl() !== u ? ((n2 = Uc()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = bi()) !== u ? (Ju = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, "compression" === r2.substr(Ku, 11).toLowerCase() ? (e3 = r2.substr(Ku, 11), Ku += 11) : (e3 = u, 0 === ta && aa(Er)), e3 !== u && nl() !== u ? ((n2 = Uc()) === u && (n2 = null), n2 !== u && nl() !== u ? (o2 = Ku, 39 === r2.charCodeAt(Ku) ? (a2 = "'", Ku++) : (a2 = u, 0 === ta && aa(mr)), a2 !== u ? ("zlib" === r2.substr(Ku, 4).toLowerCase() ? (s2 = r2.substr(Ku, 4), Ku += 4) : (s2 = u, 0 === ta && aa(Cr)), s2 === u && ("lz4" === r2.substr(Ku, 3).toLowerCase() ? (s2 = r2.substr(Ku, 3), Ku += 3) : (s2 = u, 0 === ta && aa(Lr)), s2 === u && ("none" === r2.substr(Ku, 4).toLowerCase() ? (s2 = r2.substr(Ku, 4), Ku += 4) : (s2 = u, 0 === ta && aa(O)))), s2 !== u ? (39 === r2.charCodeAt(Ku) ? (i2 = "'", Ku++) : (i2 = u, 0 === ta && aa(mr)), i2 !== u ? o2 = a2 = [a2, s2, i2] : (Ku = o2, o2 = u)) : (Ku = o2, o2 = u)) : (Ku = o2, o2 = u), o2 !== u ? (Ju = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, "engine" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(wr)), e3 !== u && nl() !== u ? ((n2 = Uc()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = Vs()) !== u ? (Ju = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.toUpperCase() };
          })(e3, n2, o2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)))), t3;
        }
        function Oa() {
          var t3, e3, n2, o2, a2, s2, i2;
          return (t3 = (function() {
            var t4, e4, n3, o3, a3, s3, i3, c2, l2, f2, p2;
            t4 = Ku, nl() !== u ? ((e4 = (function() {
              var t5, e5, n4, o4, a4, s4, i4, c3, l3, f3, p3, b3;
              if (t5 = Ku, (e5 = qi()) !== u) if (nl() !== u) if ((n4 = xa()) !== u) {
                for (o4 = [], a4 = Ku, (s4 = nl()) !== u && (i4 = $c()) !== u && (c3 = nl()) !== u && (l3 = xa()) !== u ? a4 = s4 = [s4, i4, c3, l3] : (Ku = a4, a4 = u); a4 !== u; ) o4.push(a4), a4 = Ku, (s4 = nl()) !== u && (i4 = $c()) !== u && (c3 = nl()) !== u && (l3 = xa()) !== u ? a4 = s4 = [s4, i4, c3, l3] : (Ku = a4, a4 = u);
                o4 !== u ? (Ju = t5, e5 = gl(n4, o4), t5 = e5) : (Ku = t5, t5 = u);
              } else Ku = t5, t5 = u;
              else Ku = t5, t5 = u;
              else Ku = t5, t5 = u;
              if (t5 === u) if (t5 = Ku, (e5 = nl()) !== u) if (qi() !== u) if ((n4 = nl()) !== u) if ((o4 = (function() {
                var t6, e6, n5, o5;
                t6 = Ku, "recursive" === r2.substr(Ku, 9).toLowerCase() ? (e6 = r2.substr(Ku, 9), Ku += 9) : (e6 = u, 0 === ta && aa(an));
                e6 !== u ? (n5 = Ku, ta++, o5 = qs(), ta--, o5 === u ? n5 = void 0 : (Ku = n5, n5 = u), n5 !== u ? t6 = e6 = [e6, n5] : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) !== u) if ((a4 = nl()) !== u) if ((s4 = xa()) !== u) {
                for (i4 = [], c3 = Ku, (l3 = nl()) !== u && (f3 = $c()) !== u && (p3 = nl()) !== u && (b3 = xa()) !== u ? c3 = l3 = [l3, f3, p3, b3] : (Ku = c3, c3 = u); c3 !== u; ) i4.push(c3), c3 = Ku, (l3 = nl()) !== u && (f3 = $c()) !== u && (p3 = nl()) !== u && (b3 = xa()) !== u ? c3 = l3 = [l3, f3, p3, b3] : (Ku = c3, c3 = u);
                i4 !== u ? (Ju = t5, e5 = (function(r3, t6) {
                  return r3.recursive = true, gl(r3, t6);
                })(s4, i4), t5 = e5) : (Ku = t5, t5 = u);
              } else Ku = t5, t5 = u;
              else Ku = t5, t5 = u;
              else Ku = t5, t5 = u;
              else Ku = t5, t5 = u;
              else Ku = t5, t5 = u;
              else Ku = t5, t5 = u;
              return t5;
            })()) === u && (e4 = null), e4 !== u && nl() !== u && (function() {
              var t5, e5, n4, o4;
              t5 = Ku, "select" === r2.substr(Ku, 6).toLowerCase() ? (e5 = r2.substr(Ku, 6), Ku += 6) : (e5 = u, 0 === ta && aa(rn));
              e5 !== u ? (n4 = Ku, ta++, o4 = qs(), ta--, o4 === u ? n4 = void 0 : (Ku = n4, n4 = u), n4 !== u ? t5 = e5 = [e5, n4] : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })() !== u && ol() !== u ? ((n3 = (function() {
              var r3, t5, e5, n4, o4, a4;
              if (r3 = Ku, (t5 = Ua()) !== u) {
                for (e5 = [], n4 = Ku, (o4 = nl()) !== u && (a4 = Ua()) !== u ? n4 = o4 = [o4, a4] : (Ku = n4, n4 = u); n4 !== u; ) e5.push(n4), n4 = Ku, (o4 = nl()) !== u && (a4 = Ua()) !== u ? n4 = o4 = [o4, a4] : (Ku = n4, n4 = u);
                e5 !== u ? (Ju = r3, t5 = (function(r4, t6) {
                  const e6 = [r4];
                  for (let r5 = 0, n5 = t6.length; r5 < n5; ++r5) e6.push(t6[r5][1]);
                  return e6;
                })(t5, e5), r3 = t5) : (Ku = r3, r3 = u);
              } else Ku = r3, r3 = u;
              return r3;
            })()) === u && (n3 = null), n3 !== u && nl() !== u ? ((o3 = Zi()) === u && (o3 = null), o3 !== u && nl() !== u && (a3 = Ma()) !== u && nl() !== u ? ((s3 = Ha()) === u && (s3 = null), s3 !== u && nl() !== u ? ((i3 = za()) === u && (i3 = null), i3 !== u && nl() !== u ? ((c2 = (function() {
              var t5, e5, n4;
              t5 = Ku, (e5 = (function() {
                var t6, e6, n5, o4;
                t6 = Ku, "group" === r2.substr(Ku, 5).toLowerCase() ? (e6 = r2.substr(Ku, 5), Ku += 5) : (e6 = u, 0 === ta && aa(kn));
                e6 !== u ? (n5 = Ku, ta++, o4 = qs(), ta--, o4 === u ? n5 = void 0 : (Ku = n5, n5 = u), n5 !== u ? t6 = e6 = [e6, n5] : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) !== u && nl() !== u && Xi() !== u && nl() !== u && (n4 = fs()) !== u ? (Ju = t5, e5 = { columns: n4.value }, t5 = e5) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (c2 = null), c2 !== u && nl() !== u ? ((l2 = (function() {
              var t5, e5;
              t5 = Ku, (function() {
                var t6, e6, n4, o4;
                t6 = Ku, "having" === r2.substr(Ku, 6).toLowerCase() ? (e6 = r2.substr(Ku, 6), Ku += 6) : (e6 = u, 0 === ta && aa(Pn));
                e6 !== u ? (n4 = Ku, ta++, o4 = qs(), ta--, o4 === u ? n4 = void 0 : (Ku = n4, n4 = u), n4 !== u ? t6 = e6 = [e6, n4] : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })() !== u && nl() !== u && (e5 = Es()) !== u ? (Ju = t5, t5 = e5) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (l2 = null), l2 !== u && nl() !== u ? ((f2 = ts()) === u && (f2 = null), f2 !== u && nl() !== u ? ((p2 = os()) === u && (p2 = null), p2 !== u ? (Ju = t4, b2 = e4, v2 = n3, y2 = o3, d2 = a3, E2 = i3, m2 = c2, C2 = l2, L2 = f2, w2 = p2, (h2 = s3) && h2.forEach((r3) => r3.table && kl.add(`select::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), t4 = { with: b2, type: "select", options: v2, distinct: y2, columns: d2, from: h2, where: E2, groupby: m2, having: C2, orderby: L2, limit: w2 }) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            var b2, v2, y2, d2, h2, E2, m2, C2, L2, w2;
            return t4;
          })()) === u && (t3 = Ku, e3 = Ku, 40 === r2.charCodeAt(Ku) ? (n2 = "(", Ku++) : (n2 = u, 0 === ta && aa(xr)), n2 !== u && (o2 = nl()) !== u && (a2 = Oa()) !== u && (s2 = nl()) !== u ? (41 === r2.charCodeAt(Ku) ? (i2 = ")", Ku++) : (i2 = u, 0 === ta && aa(kr)), i2 !== u ? e3 = n2 = [n2, o2, a2, s2, i2] : (Ku = e3, e3 = u)) : (Ku = e3, e3 = u), e3 !== u && (Ju = t3, e3 = { ...e3[2], parentheses_symbol: true }), t3 = e3), t3;
        }
        function xa() {
          var r3, t3, e3, n2, o2;
          return r3 = Ku, (t3 = bi()) === u && (t3 = Vs()), t3 !== u && nl() !== u ? ((e3 = ka()) === u && (e3 = null), e3 !== u && nl() !== u && Fi() !== u && nl() !== u && Vc() !== u && nl() !== u && (n2 = pa()) !== u && nl() !== u && qc() !== u ? (Ju = r3, "string" == typeof (o2 = t3) && (o2 = { type: "default", value: o2 }), r3 = t3 = { name: o2, stmt: n2, columns: e3 }) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
        }
        function ka() {
          var r3, t3;
          return r3 = Ku, Vc() !== u && nl() !== u && (t3 = rs()) !== u && nl() !== u && qc() !== u ? (Ju = r3, r3 = t3) : (Ku = r3, r3 = u), r3;
        }
        function Ua() {
          var t3, e3;
          return t3 = Ku, (e3 = (function() {
            var t4;
            "sql_calc_found_rows" === r2.substr(Ku, 19).toLowerCase() ? (t4 = r2.substr(Ku, 19), Ku += 19) : (t4 = u, 0 === ta && aa(wu));
            return t4;
          })()) === u && ((e3 = (function() {
            var t4;
            "sql_cache" === r2.substr(Ku, 9).toLowerCase() ? (t4 = r2.substr(Ku, 9), Ku += 9) : (t4 = u, 0 === ta && aa(Au));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_no_cache" === r2.substr(Ku, 12).toLowerCase() ? (t4 = r2.substr(Ku, 12), Ku += 12) : (t4 = u, 0 === ta && aa(Tu));
            return t4;
          })()), e3 === u && (e3 = (function() {
            var t4;
            "sql_big_result" === r2.substr(Ku, 14).toLowerCase() ? (t4 = r2.substr(Ku, 14), Ku += 14) : (t4 = u, 0 === ta && aa(Ru));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_small_result" === r2.substr(Ku, 16).toLowerCase() ? (t4 = r2.substr(Ku, 16), Ku += 16) : (t4 = u, 0 === ta && aa(Su));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_buffer_result" === r2.substr(Ku, 17).toLowerCase() ? (t4 = r2.substr(Ku, 17), Ku += 17) : (t4 = u, 0 === ta && aa(Iu));
            return t4;
          })())), e3 !== u && (Ju = t3, e3 = e3), t3 = e3;
        }
        function Ma() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = Ji()) === u && (t3 = Ku, (e3 = Wc()) !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Wc())), t3 !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = Fa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = Fa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
              Ul.add("select::null::(.*)");
              const e4 = { expr: { type: "column_ref", table: null, column: "*" }, as: null };
              return t4 && t4.length > 0 ? gl(e4, t4) : [e4];
            })(0, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          if (r3 === u) if (r3 = Ku, (t3 = Fa()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = Fa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = Fa()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = gl(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function Pa() {
          var r3, t3;
          return r3 = Ku, Xc() !== u && nl() !== u ? ((t3 = hi()) === u && (t3 = bi()), t3 !== u && nl() !== u && Qc() !== u ? (Ju = r3, r3 = { brackets: true, index: t3 }) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
        }
        function Da() {
          var r3, t3, e3, n2, o2, a2;
          if (r3 = Ku, (t3 = Pa()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = Pa()) !== u ? n2 = o2 = [o2, a2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = Pa()) !== u ? n2 = o2 = [o2, a2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = gl(t3, e3, 1)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function Fa() {
          var r3, t3, e3, n2, o2;
          return r3 = Ku, (t3 = hs()) !== u && (e3 = kc()) !== u && (n2 = Ll()) !== u ? (Ju = r3, r3 = t3 = { type: "cast", expr: t3, symbol: "::", target: [n2] }) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, t3 = Ku, (e3 = Ps()) !== u && (n2 = nl()) !== u && (o2 = Yc()) !== u ? t3 = e3 = [e3, n2, o2] : (Ku = t3, t3 = u), t3 === u && (t3 = null), t3 !== u && (e3 = nl()) !== u && (n2 = Wc()) !== u ? (Ju = r3, r3 = t3 = (function(r4) {
            const t4 = r4 && r4[0] || null;
            return Ul.add(`select::${t4}::(.*)`), { expr: { type: "column_ref", table: t4, column: "*" }, as: null };
          })(t3)) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, (t3 = hs()) !== u && (e3 = nl()) !== u ? ((n2 = Ga()) === u && (n2 = null), n2 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
            return "double_quote_string" !== r4.type && "single_quote_string" !== r4.type || Ul.add("select::null::" + r4.value), { type: "expr", expr: r4, as: t4 };
          })(t3, n2)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u))), r3;
        }
        function Ga() {
          var r3, t3, e3;
          return r3 = Ku, (t3 = Fi()) !== u && nl() !== u && (e3 = (function() {
            var r4, t4;
            r4 = Ku, (t4 = Vs()) !== u ? (Ju = Ku, ((function(r5) {
              if (true === Al[r5.toUpperCase()]) throw new Error("Error: " + JSON.stringify(r5) + " is a reserved word, can not as alias clause");
              return false;
            })(t4) ? u : void 0) !== u ? (Ju = r4, r4 = t4 = t4) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u);
            r4 === u && (r4 = Ku, (t4 = Fs()) !== u && (Ju = r4, t4 = t4), r4 = t4);
            return r4;
          })()) !== u ? (Ju = r3, r3 = t3 = e3) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, (t3 = Fi()) === u && (t3 = null), t3 !== u && nl() !== u && (e3 = Ps()) !== u ? (Ju = r3, r3 = t3 = e3) : (Ku = r3, r3 = u)), r3;
        }
        function Ha() {
          var r3, t3;
          return r3 = Ku, Pi() !== u && nl() !== u && (t3 = Va()) !== u ? (Ju = r3, r3 = t3) : (Ku = r3, r3 = u), r3;
        }
        function Ba() {
          var r3, t3, e3;
          return r3 = Ku, (t3 = Ka()) !== u && nl() !== u && Si() !== u && nl() !== u && (e3 = Ka()) !== u ? (Ju = r3, r3 = t3 = [t3, e3]) : (Ku = r3, r3 = u), r3;
        }
        function Ya() {
          var t3, e3;
          return t3 = Ku, Vi() !== u && nl() !== u ? ("btree" === r2.substr(Ku, 5).toLowerCase() ? (e3 = r2.substr(Ku, 5), Ku += 5) : (e3 = u, 0 === ta && aa(Ur)), e3 === u && ("hash" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Mr)), e3 === u && ("gist" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Pr)), e3 === u && ("gin" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(Dr))))), e3 !== u ? (Ju = t3, t3 = { keyword: "using", type: e3.toLowerCase() }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function $a() {
          var r3, t3, e3, n2, o2, a2;
          if (r3 = Ku, (t3 = Wa()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = Wa()) !== u ? n2 = o2 = [o2, a2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = Wa()) !== u ? n2 = o2 = [o2, a2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
              const e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function Wa() {
          var t3, e3, n2, o2, a2, s2;
          return t3 = Ku, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "key_block_size" === r2.substr(Ku, 14).toLowerCase() ? (e4 = r2.substr(Ku, 14), Ku += 14) : (e4 = u, 0 === ta && aa(br));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "KEY_BLOCK_SIZE") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) !== u && nl() !== u ? ((n2 = Uc()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = hi()) !== u ? (Ju = t3, a2 = n2, s2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: a2, expr: s2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, (e3 = Vs()) !== u && nl() !== u && (n2 = Uc()) !== u && nl() !== u ? ((o2 = hi()) === u && (o2 = Ps()), o2 !== u ? (Ju = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: r3.toLowerCase(), symbol: t4, expr: "string" == typeof e4 && { type: "origin", value: e4 } || e4 };
          })(e3, n2, o2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ya()) === u && (t3 = Ku, "with" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Fr)), e3 !== u && nl() !== u ? ("parser" === r2.substr(Ku, 6).toLowerCase() ? (n2 = r2.substr(Ku, 6), Ku += 6) : (n2 = u, 0 === ta && aa(Gr)), n2 !== u && nl() !== u && (o2 = Vs()) !== u ? (Ju = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, "visible" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(Hr)), e3 === u && ("invisible" === r2.substr(Ku, 9).toLowerCase() ? (e3 = r2.substr(Ku, 9), Ku += 9) : (e3 = u, 0 === ta && aa(Br))), e3 !== u && (Ju = t3, e3 = (function(r3) {
            return { type: r3.toLowerCase(), expr: r3.toLowerCase() };
          })(e3)), (t3 = e3) === u && (t3 = al())))), t3;
        }
        function Va() {
          var r3, t3, e3, n2;
          if (r3 = Ku, (t3 = Xa()) !== u) {
            for (e3 = [], n2 = qa(); n2 !== u; ) e3.push(n2), n2 = qa();
            e3 !== u ? (Ju = r3, r3 = t3 = Yr(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function qa() {
          var r3, t3, e3;
          return r3 = Ku, nl() !== u && (t3 = $c()) !== u && nl() !== u && (e3 = Xa()) !== u ? (Ju = r3, r3 = e3) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, nl() !== u && (t3 = (function() {
            var r4, t4, e4, n2, o2, a2, s2, i2, c2, l2, f2;
            if (r4 = Ku, (t4 = Qa()) !== u) if (nl() !== u) if ((e4 = Xa()) !== u) if (nl() !== u) if ((n2 = Vi()) !== u) if (nl() !== u) if (Vc() !== u) if (nl() !== u) if ((o2 = Ms()) !== u) {
              for (a2 = [], s2 = Ku, (i2 = nl()) !== u && (c2 = $c()) !== u && (l2 = nl()) !== u && (f2 = Ms()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (Ku = s2, s2 = u); s2 !== u; ) a2.push(s2), s2 = Ku, (i2 = nl()) !== u && (c2 = $c()) !== u && (l2 = nl()) !== u && (f2 = Ms()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (Ku = s2, s2 = u);
              a2 !== u && (s2 = nl()) !== u && (i2 = qc()) !== u ? (Ju = r4, p2 = t4, v2 = o2, y2 = a2, (b2 = e4).join = p2, b2.using = gl(v2, y2), r4 = t4 = b2) : (Ku = r4, r4 = u);
            } else Ku = r4, r4 = u;
            else Ku = r4, r4 = u;
            else Ku = r4, r4 = u;
            else Ku = r4, r4 = u;
            else Ku = r4, r4 = u;
            else Ku = r4, r4 = u;
            else Ku = r4, r4 = u;
            else Ku = r4, r4 = u;
            else Ku = r4, r4 = u;
            var p2, b2, v2, y2;
            r4 === u && (r4 = Ku, (t4 = Qa()) !== u && nl() !== u && (e4 = Xa()) !== u && nl() !== u ? ((n2 = Za()) === u && (n2 = null), n2 !== u ? (Ju = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u), r4 === u && (r4 = Ku, (t4 = Qa()) === u && (t4 = fa()), t4 !== u && nl() !== u && (e4 = Vc()) !== u && nl() !== u && (n2 = pa()) !== u && nl() !== u && qc() !== u && nl() !== u ? ((o2 = Ga()) === u && (o2 = null), o2 !== u && (a2 = nl()) !== u ? ((s2 = Za()) === u && (s2 = null), s2 !== u ? (Ju = r4, t4 = (function(r5, t5, e5, n3) {
              return t5.parentheses = true, { expr: t5, as: e5, join: r5, on: n3 };
            })(t4, n2, o2, s2), r4 = t4) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u)) : (Ku = r4, r4 = u)));
            return r4;
          })()) !== u ? (Ju = r3, r3 = t3) : (Ku = r3, r3 = u)), r3;
        }
        function Xa() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, b2, v2, y2, d2, h2, E2, m2, C2, L2, w2, A2, T2, S2, R2, I2, g2;
          return t3 = Ku, (e3 = (function() {
            var t4;
            "dual" === r2.substr(Ku, 4).toLowerCase() ? (t4 = r2.substr(Ku, 4), Ku += 4) : (t4 = u, 0 === ta && aa(pu));
            return t4;
          })()) !== u && (Ju = t3, e3 = { type: "dual" }), (t3 = e3) === u && (t3 = Ku, (e3 = Ka()) !== u && nl() !== u ? ((n2 = Ga()) === u && (n2 = null), n2 !== u ? (Ju = t3, g2 = n2, t3 = e3 = "var" === (I2 = e3).type ? (I2.as = g2, I2) : { db: I2.db, table: I2.table, as: g2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, (e3 = Vc()) !== u && nl() !== u && (n2 = pa()) !== u && nl() !== u && qc() !== u && nl() !== u ? ((o2 = Ga()) === u && (o2 = null), o2 !== u ? (Ju = t3, t3 = e3 = (function(r3, t4) {
            return r3.parentheses = true, { expr: r3, as: t4 };
          })(n2, o2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, (e3 = Gi()) !== u && nl() !== u && (n2 = Vc()) !== u && nl() !== u && (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "tumble" === r2.substr(Ku, 6).toLowerCase() ? (e4 = r2.substr(Ku, 6), Ku += 6) : (e4 = u, 0 === ta && aa(ao));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "TUMBLE") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })() !== u && nl() !== u && (o2 = Vc()) !== u && nl() !== u ? (a2 = Ku, "data" === r2.substr(Ku, 4).toLowerCase() ? (s2 = r2.substr(Ku, 4), Ku += 4) : (s2 = u, 0 === ta && aa($r)), s2 !== u && (i2 = nl()) !== u && (c2 = tl()) !== u ? a2 = s2 = [s2, i2, c2] : (Ku = a2, a2 = u), a2 === u && (a2 = null), a2 !== u && (s2 = nl()) !== u && (i2 = Gi()) !== u && (c2 = nl()) !== u && (l2 = Ka()) !== u && nl() !== u && $c() !== u && nl() !== u ? (f2 = Ku, "timecol" === r2.substr(Ku, 7).toLowerCase() ? (p2 = r2.substr(Ku, 7), Ku += 7) : (p2 = u, 0 === ta && aa(Wr)), p2 !== u && (b2 = nl()) !== u && (v2 = tl()) !== u ? f2 = p2 = [p2, b2, v2] : (Ku = f2, f2 = u), f2 === u && (f2 = null), f2 !== u && (p2 = nl()) !== u ? ("descriptor" === r2.substr(Ku, 10).toLowerCase() ? (b2 = r2.substr(Ku, 10), Ku += 10) : (b2 = u, 0 === ta && aa(Vr)), b2 !== u && (v2 = nl()) !== u && Vc() !== u && nl() !== u && (y2 = Us()) !== u && nl() !== u && qc() !== u && nl() !== u && $c() !== u && nl() !== u ? (d2 = Ku, "size" === r2.substr(Ku, 4).toLowerCase() ? (h2 = r2.substr(Ku, 4), Ku += 4) : (h2 = u, 0 === ta && aa(qr)), h2 !== u && (E2 = nl()) !== u && (m2 = tl()) !== u ? d2 = h2 = [h2, E2, m2] : (Ku = d2, d2 = u), d2 === u && (d2 = null), d2 !== u && (h2 = nl()) !== u && (E2 = ps()) !== u ? (m2 = Ku, (C2 = nl()) !== u && (L2 = $c()) !== u && (w2 = nl()) !== u ? (A2 = Ku, "offset" === r2.substr(Ku, 6).toLowerCase() ? (T2 = r2.substr(Ku, 6), Ku += 6) : (T2 = u, 0 === ta && aa(Xr)), T2 !== u && (S2 = nl()) !== u && (R2 = tl()) !== u ? A2 = T2 = [T2, S2, R2] : (Ku = A2, A2 = u), A2 === u && (A2 = null), A2 !== u && (T2 = nl()) !== u && (S2 = ps()) !== u ? m2 = C2 = [C2, L2, w2, A2, T2, S2] : (Ku = m2, m2 = u)) : (Ku = m2, m2 = u), m2 === u && (m2 = null), m2 !== u && (C2 = nl()) !== u && (L2 = qc()) !== u && (w2 = nl()) !== u && (A2 = qc()) !== u && (T2 = nl()) !== u ? ((S2 = Ga()) === u && (S2 = null), S2 !== u ? (Ju = t3, t3 = e3 = (function(r3, t4, e4, n3, o3, u2, a3, s3) {
            const i3 = { expr: { type: "tumble", data: { name: r3 && r3[0], symbol: r3 && r3[2], expr: t4 }, timecol: { name: e4 && e4[0], symbol: e4 && e4[2], expr: n3 }, size: { name: o3 && o3[0], symbol: o3 && o3[2], expr: u2 } }, as: s3 };
            return a3 && (i3.expr.offset = { name: a3[3] && a3[3][0], symbol: a3[3] && a3[3][2], expr: a3[5] }), i3;
          })(a2, l2, f2, y2, d2, E2, m2, S2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)))), t3;
        }
        function Qa() {
          var t3, e3, n2, o2, a2, s2;
          return t3 = Ku, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "natural" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(mn));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "NATURAL") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (e3 = null), e3 !== u && (n2 = nl()) !== u ? ((o2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "left" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(Cn));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "LEFT") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (o2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "right" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(Ln));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "RIGHT") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (o2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "full" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(wn));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "FULL") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()), o2 === u && (o2 = null), o2 !== u && nl() !== u ? ((a2 = $i()) === u && (a2 = null), a2 !== u && nl() !== u && Bi() !== u ? (Ju = t3, t3 = e3 = `${e3 ? "NATURAL " : ""}${(s2 = o2) ? s2 + " " : ""}${a2 ? "OUTER " : ""}JOIN`) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, e3 = Ku, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "inner" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(An));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "INNER") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) !== u && (o2 = nl()) !== u ? e3 = n2 = [n2, o2] : (Ku = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = Bi()) !== u ? (Ju = t3, t3 = e3 = e3 ? "INNER JOIN" : "JOIN") : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, (e3 = Yi()) !== u && (n2 = nl()) !== u && (o2 = Bi()) !== u ? (Ju = t3, t3 = e3 = "CROSS JOIN") : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, (e3 = Yi()) === u && (e3 = $i()), e3 !== u && (n2 = nl()) !== u && (o2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "apply" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(Rn));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) !== u ? (Ju = t3, t3 = e3 = e3[0].toUpperCase() + " APPLY") : (Ku = t3, t3 = u)))), t3;
        }
        function Ka() {
          var r3, t3, e3, n2, o2, a2, s2, i2, c2;
          return r3 = Ku, (t3 = Ps()) !== u ? (e3 = Ku, (n2 = nl()) !== u && (o2 = Yc()) !== u && (a2 = nl()) !== u && (s2 = Ps()) !== u ? e3 = n2 = [n2, o2, a2, s2] : (Ku = e3, e3 = u), e3 !== u ? (n2 = Ku, (o2 = nl()) !== u && (a2 = Yc()) !== u && (s2 = nl()) !== u && (i2 = Ps()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u), n2 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4, e4) {
            const n3 = { db: null, table: r4 };
            return null !== e4 && (n3.db = `${r4}.${t4[3]}`, n3.table = e4[3]), n3;
          })(t3, e3, n2)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, (t3 = Ps()) !== u && (e3 = nl()) !== u && (n2 = Yc()) !== u && (o2 = nl()) !== u && (a2 = Wc()) !== u ? (Ju = r3, r3 = t3 = { db: t3, table: "*" }) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, (t3 = Ps()) !== u ? (e3 = Ku, (n2 = nl()) !== u && (o2 = Yc()) !== u && (a2 = nl()) !== u && (s2 = Ps()) !== u ? e3 = n2 = [n2, o2, a2, s2] : (Ku = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { db: null, table: r4 };
            return null !== t4 && (e4.db = r4, e4.table = t4[3]), e4;
          })(t3, e3)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, (t3 = ml()) !== u && (Ju = r3, (c2 = t3).db = null, c2.table = c2.name, t3 = c2), r3 = t3))), r3;
        }
        function Ja() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = ds()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u ? ((a2 = ac()) === u && (a2 = sc()), a2 !== u && (s2 = nl()) !== u && (i2 = ds()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u)) : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u ? ((a2 = ac()) === u && (a2 = sc()), a2 !== u && (s2 = nl()) !== u && (i2 = ds()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u)) : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = Rl(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function Za() {
          var r3, t3;
          return r3 = Ku, Hi() !== u && nl() !== u && (t3 = Es()) !== u ? (Ju = r3, r3 = t3) : (Ku = r3, r3 = u), r3;
        }
        function za() {
          var t3, e3;
          return t3 = Ku, (function() {
            var t4, e4, n2, o2;
            t4 = Ku, "where" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(xn));
            e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })() !== u && nl() !== u ? ((e3 = Es()) === u && (e3 = ds()), e3 !== u ? (Ju = t3, t3 = e3) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function rs() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = Us()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = Us()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = Us()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = gl(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function ts() {
          var t3, e3;
          return t3 = Ku, (function() {
            var t4, e4, n2, o2;
            t4 = Ku, "order" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(Mn));
            e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })() !== u && nl() !== u && Xi() !== u && nl() !== u && (e3 = (function() {
            var r3, t4, e4, n2, o2, a2, s2, i2;
            if (r3 = Ku, (t4 = es()) !== u) {
              for (e4 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = es()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e4.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = es()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
              e4 !== u ? (Ju = r3, t4 = gl(t4, e4), r3 = t4) : (Ku = r3, r3 = u);
            } else Ku = r3, r3 = u;
            return r3;
          })()) !== u ? (Ju = t3, t3 = e3) : (Ku = t3, t3 = u), t3;
        }
        function es() {
          var r3, t3, e3;
          return r3 = Ku, (t3 = ds()) !== u && nl() !== u ? ((e3 = Ki()) === u && (e3 = Qi()), e3 === u && (e3 = null), e3 !== u ? (Ju = r3, r3 = t3 = { expr: t3, type: e3 }) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
        }
        function ns() {
          var r3;
          return (r3 = hi()) === u && (r3 = Ks()), r3;
        }
        function os() {
          var t3, e3, n2, o2, a2, s2;
          return t3 = Ku, (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "limit" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(Dn));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })() !== u && nl() !== u ? ((e3 = ns()) === u && (e3 = Ji()), e3 !== u && nl() !== u ? (n2 = Ku, (o2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "offset" === r2.substr(Ku, 6).toLowerCase() ? (e4 = r2.substr(Ku, 6), Ku += 6) : (e4 = u, 0 === ta && aa(Xr));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "OFFSET") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) !== u && (a2 = nl()) !== u && (s2 = ns()) !== u ? n2 = o2 = [o2, a2, s2] : (Ku = n2, n2 = u), n2 === u && (n2 = null), n2 !== u ? (Ju = t3, t3 = (function(r3, t4) {
            const e4 = [];
            return "string" == typeof r3 ? e4.push({ type: "origin", value: "all" }) : e4.push(r3), t4 && e4.push(t4[2]), { seperator: t4 && t4[0] && t4[0].toLowerCase() || "", value: e4 };
          })(e3, n2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function us() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2;
          return t3 = Ku, e3 = Ku, (n2 = Ps()) !== u && (o2 = nl()) !== u && (a2 = Yc()) !== u ? e3 = n2 = [n2, o2, a2] : (Ku = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = nl()) !== u && (o2 = Ys()) !== u && (a2 = nl()) !== u ? (61 === r2.charCodeAt(Ku) ? (s2 = "=", Ku++) : (s2 = u, 0 === ta && aa(Qr)), s2 !== u && nl() !== u && (i2 = ds()) !== u ? (Ju = t3, t3 = e3 = { column: o2, value: i2, table: (l2 = e3) && l2[0] }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, e3 = Ku, (n2 = Ps()) !== u && (o2 = nl()) !== u && (a2 = Yc()) !== u ? e3 = n2 = [n2, o2, a2] : (Ku = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = nl()) !== u && (o2 = Ys()) !== u && (a2 = nl()) !== u ? (61 === r2.charCodeAt(Ku) ? (s2 = "=", Ku++) : (s2 = u, 0 === ta && aa(Qr)), s2 !== u && nl() !== u && (i2 = Wi()) !== u && nl() !== u && Vc() !== u && nl() !== u && (c2 = Us()) !== u && nl() !== u && qc() !== u ? (Ju = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: t4, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)), t3;
        }
        function as() {
          var t3, e3, n2, o2, a2;
          return t3 = Ku, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "returning" === r2.substr(Ku, 9).toLowerCase() ? (e4 = r2.substr(Ku, 9), Ku += 9) : (e4 = u, 0 === ta && aa(cn));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "RETURNING") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) !== u && nl() !== u ? ((n2 = Ma()) === u && (n2 = Oa()), n2 !== u ? (Ju = t3, a2 = n2, t3 = e3 = { type: (o2 = e3) && o2.toLowerCase() || "returning", columns: "*" === a2 && [{ type: "expr", expr: { type: "column_ref", table: null, column: "*" }, as: null }] || a2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ss() {
          var r3, t3;
          return (r3 = (function() {
            var r4, t4;
            r4 = Ku, Wi() !== u && nl() !== u && (t4 = (function() {
              var r5, t5, e3, n2, o2, a2, s2, i2;
              if (r5 = Ku, (t5 = ls()) !== u) {
                for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = ls()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = ls()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
                e3 !== u ? (Ju = r5, t5 = gl(t5, e3), r5 = t5) : (Ku = r5, r5 = u);
              } else Ku = r5, r5 = u;
              return r5;
            })()) !== u ? (Ju = r4, r4 = { type: "values", values: t4 }) : (Ku = r4, r4 = u);
            return r4;
          })()) === u && (r3 = Ku, (t3 = pa()) !== u && (Ju = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function is() {
          var r3, t3, e3, n2, o2, a2, s2, i2, c2;
          if (r3 = Ku, Ui() !== u) if (nl() !== u) if ((t3 = Vc()) !== u) if (nl() !== u) if ((e3 = Vs()) !== u) {
            for (n2 = [], o2 = Ku, (a2 = nl()) !== u && (s2 = $c()) !== u && (i2 = nl()) !== u && (c2 = Vs()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (Ku = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = Ku, (a2 = nl()) !== u && (s2 = $c()) !== u && (i2 = nl()) !== u && (c2 = Vs()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (Ku = o2, o2 = u);
            n2 !== u && (o2 = nl()) !== u && (a2 = qc()) !== u ? (Ju = r3, r3 = gl(e3, n2)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          else Ku = r3, r3 = u;
          else Ku = r3, r3 = u;
          else Ku = r3, r3 = u;
          else Ku = r3, r3 = u;
          return r3 === u && (r3 = Ku, Ui() !== u && nl() !== u && (t3 = ls()) !== u ? (Ju = r3, r3 = t3) : (Ku = r3, r3 = u)), r3;
        }
        function cs() {
          var r3, t3;
          return r3 = Ku, (t3 = ji()) !== u && (Ju = r3, t3 = "insert"), (r3 = t3) === u && (r3 = Ku, (t3 = Oi()) !== u && (Ju = r3, t3 = "replace"), r3 = t3), r3;
        }
        function ls() {
          var r3, t3;
          return r3 = Ku, Vc() !== u && nl() !== u && (t3 = fs()) !== u && nl() !== u && qc() !== u ? (Ju = r3, r3 = t3) : (Ku = r3, r3 = u), r3;
        }
        function fs() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = ds()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = ds()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = ds()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { type: "expr_list" };
              return e4.value = gl(r4, t4), e4;
            })(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function ps() {
          var t3, e3, n2;
          return t3 = Ku, jc() !== u && nl() !== u && (e3 = ds()) !== u && nl() !== u && (n2 = (function() {
            var t4, e4;
            (t4 = (function() {
              var t5, e5, n3, o2;
              t5 = Ku, "year" === r2.substr(Ku, 4).toLowerCase() ? (e5 = r2.substr(Ku, 4), Ku += 4) : (e5 = u, 0 === ta && aa(he));
              e5 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e5 = "YEAR") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e5, n3, o2;
              t5 = Ku, "month" === r2.substr(Ku, 5).toLowerCase() ? (e5 = r2.substr(Ku, 5), Ku += 5) : (e5 = u, 0 === ta && aa(le));
              e5 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e5 = "MONTH") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e5, n3, o2;
              t5 = Ku, "day" === r2.substr(Ku, 3).toLowerCase() ? (e5 = r2.substr(Ku, 3), Ku += 3) : (e5 = u, 0 === ta && aa(Jt));
              e5 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e5 = "DAY") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e5, n3, o2;
              t5 = Ku, "hour" === r2.substr(Ku, 4).toLowerCase() ? (e5 = r2.substr(Ku, 4), Ku += 4) : (e5 = u, 0 === ta && aa(ne));
              e5 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e5 = "HOUR") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e5, n3, o2;
              t5 = Ku, "minute" === r2.substr(Ku, 6).toLowerCase() ? (e5 = r2.substr(Ku, 6), Ku += 6) : (e5 = u, 0 === ta && aa(ce));
              e5 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e5 = "MINUTE") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e5, n3, o2;
              t5 = Ku, "second" === r2.substr(Ku, 6).toLowerCase() ? (e5 = r2.substr(Ku, 6), Ku += 6) : (e5 = u, 0 === ta && aa(pe));
              e5 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e5 = "SECOND") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (t4 = Ku, "years" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(Hu)), e4 === u && ("months" === r2.substr(Ku, 6).toLowerCase() ? (e4 = r2.substr(Ku, 6), Ku += 6) : (e4 = u, 0 === ta && aa(Bu)), e4 === u && ("days" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(Yu)), e4 === u && ("hours" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa($u)), e4 === u && ("minutes" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(Wu)), e4 === u && ("seconds" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(Vu))))))), e4 !== u && (Ju = t4, e4 = e4.toUpperCase()), t4 = e4);
            return t4;
          })()) !== u ? (Ju = t3, t3 = { type: "interval", expr: e3, unit: n2.toLowerCase() }) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, jc() !== u && nl() !== u && (e3 = bi()) !== u ? (Ju = t3, t3 = /* @__PURE__ */ (function(r3) {
            return { type: "interval", expr: r3, unit: "" };
          })(e3)) : (Ku = t3, t3 = u)), t3;
        }
        function bs() {
          var t3, e3, n2, o2, a2, s2, i2, c2;
          return t3 = Ku, cc() !== u && nl() !== u ? ((e3 = ds()) === u && (e3 = null), e3 !== u && nl() !== u && (n2 = (function() {
            var r3, t4, e4, n3, o3, a3;
            if (r3 = Ku, (t4 = vs()) !== u) if (nl() !== u) {
              for (e4 = [], n3 = Ku, (o3 = nl()) !== u && (a3 = vs()) !== u ? n3 = o3 = [o3, a3] : (Ku = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ku, (o3 = nl()) !== u && (a3 = vs()) !== u ? n3 = o3 = [o3, a3] : (Ku = n3, n3 = u);
              e4 !== u ? (Ju = r3, t4 = p(t4, e4), r3 = t4) : (Ku = r3, r3 = u);
            } else Ku = r3, r3 = u;
            else Ku = r3, r3 = u;
            return r3;
          })()) !== u && nl() !== u ? ((o2 = (function() {
            var t4, e4;
            t4 = Ku, (function() {
              var t5, e5, n3, o3;
              t5 = Ku, "else" === r2.substr(Ku, 4).toLowerCase() ? (e5 = r2.substr(Ku, 4), Ku += 4) : (e5 = u, 0 === ta && aa(po));
              e5 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? t5 = e5 = [e5, n3] : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })() !== u && nl() !== u && (e4 = ds()) !== u ? (Ju = t4, t4 = { type: "else", result: e4 }) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (o2 = null), o2 !== u && nl() !== u && (function() {
            var t4, e4, n3, o3;
            t4 = Ku, "end" === r2.substr(Ku, 3).toLowerCase() ? (e4 = r2.substr(Ku, 3), Ku += 3) : (e4 = u, 0 === ta && aa(bo));
            e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })() !== u && nl() !== u ? ((a2 = cc()) === u && (a2 = null), a2 !== u ? (Ju = t3, s2 = e3, i2 = n2, (c2 = o2) && i2.push(c2), t3 = { type: "case", expr: s2 || null, args: i2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function vs() {
          var t3, e3, n2;
          return t3 = Ku, lc() !== u && nl() !== u && (e3 = Es()) !== u && nl() !== u && (function() {
            var t4, e4, n3, o2;
            t4 = Ku, "then" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(fo));
            e4 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })() !== u && nl() !== u && (n2 = (function() {
            var r3, t4, e4, n3, o2;
            return r3 = Ku, (t4 = hs()) !== u && nl() !== u ? ((e4 = Da()) === u && (e4 = null), e4 !== u ? (Ju = r3, n3 = t4, (o2 = e4) && (n3.array_index = o2), r3 = t4 = n3) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
          })()) !== u ? (Ju = t3, t3 = { type: "when", cond: e3, result: n2 }) : (Ku = t3, t3 = u), t3;
        }
        function ys() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2, o2, a2, s2, i2;
            if (r4 = Ku, (t3 = ms()) !== u) {
              for (e3 = [], n2 = Ku, (o2 = ol()) !== u && (a2 = sc()) !== u && (s2 = nl()) !== u && (i2 = ms()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = ol()) !== u && (a2 = sc()) !== u && (s2 = nl()) !== u && (i2 = ms()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
              e3 !== u ? (Ju = r4, t3 = Kr(t3, e3), r4 = t3) : (Ku = r4, r4 = u);
            } else Ku = r4, r4 = u;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2, a2;
            if (r4 = Ku, (t3 = Is()) !== u) {
              if (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = _s()) !== u ? n2 = o2 = [o2, a2] : (Ku = n2, n2 = u), n2 !== u) for (; n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = _s()) !== u ? n2 = o2 = [o2, a2] : (Ku = n2, n2 = u);
              else e3 = u;
              e3 !== u ? (Ju = r4, t3 = Sl(t3, e3[0][1]), r4 = t3) : (Ku = r4, r4 = u);
            } else Ku = r4, r4 = u;
            return r4;
          })()), r3;
        }
        function ds() {
          var r3;
          return (r3 = ys()) === u && (r3 = pa()), r3;
        }
        function hs() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = ds()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u ? ((a2 = ac()) === u && (a2 = sc()) === u && (a2 = el()), a2 !== u && (s2 = nl()) !== u && (i2 = ds()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u)) : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u ? ((a2 = ac()) === u && (a2 = sc()) === u && (a2 = el()), a2 !== u && (s2 = nl()) !== u && (i2 = ds()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u)) : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
              const e4 = r4.ast;
              if (e4 && "select" === e4.type && (!(r4.parentheses_symbol || r4.parentheses || r4.ast.parentheses || r4.ast.parentheses_symbol) || 1 !== e4.columns.length || "*" === e4.columns[0].expr.column)) throw new Error("invalid column clause with select statement");
              if (!t4 || 0 === t4.length) return r4;
              const n3 = t4.length;
              let o3 = t4[n3 - 1][3];
              for (let e5 = n3 - 1; e5 >= 0; e5--) {
                const n4 = 0 === e5 ? r4 : t4[e5 - 1][3];
                o3 = Rl(t4[e5][1], n4, o3);
              }
              return o3;
            })(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function Es() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = ds()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u ? ((a2 = ac()) === u && (a2 = sc()) === u && (a2 = $c()), a2 !== u && (s2 = nl()) !== u && (i2 = ds()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u)) : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u ? ((a2 = ac()) === u && (a2 = sc()) === u && (a2 = $c()), a2 !== u && (s2 = nl()) !== u && (i2 = ds()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u)) : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) "," === t4[r5][1] ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = Rl(t4[r5][1], n3, t4[r5][3]);
              if ("," === o3) {
                const r5 = { type: "expr_list" };
                return r5.value = n3, r5;
              }
              return n3;
            })(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function ms() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = Cs()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = ol()) !== u && (a2 = ac()) !== u && (s2 = nl()) !== u && (i2 = Cs()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = ol()) !== u && (a2 = ac()) !== u && (s2 = nl()) !== u && (i2 = Cs()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = Kr(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function Cs() {
          var t3, e3, n2, o2, a2;
          return (t3 = Ls()) === u && (t3 = (function() {
            var r3, t4, e4;
            r3 = Ku, (t4 = ws()) !== u && nl() !== u && Vc() !== u && nl() !== u && (e4 = pa()) !== u && nl() !== u && qc() !== u ? (Ju = r3, n3 = t4, (o3 = e4).parentheses = true, t4 = Sl(n3, o3), r3 = t4) : (Ku = r3, r3 = u);
            var n3, o3;
            return r3;
          })()) === u && (t3 = Ku, (e3 = uc()) === u && (e3 = Ku, 33 === r2.charCodeAt(Ku) ? (n2 = "!", Ku++) : (n2 = u, 0 === ta && aa(Jr)), n2 !== u ? (o2 = Ku, ta++, 61 === r2.charCodeAt(Ku) ? (a2 = "=", Ku++) : (a2 = u, 0 === ta && aa(Qr)), ta--, a2 === u ? o2 = void 0 : (Ku = o2, o2 = u), o2 !== u ? e3 = n2 = [n2, o2] : (Ku = e3, e3 = u)) : (Ku = e3, e3 = u)), e3 !== u && (n2 = nl()) !== u && (o2 = Cs()) !== u ? (Ju = t3, t3 = e3 = Sl("NOT", o2)) : (Ku = t3, t3 = u)), t3;
        }
        function Ls() {
          var r3, t3, e3, n2, o2;
          return r3 = Ku, (t3 = Rs()) !== u && nl() !== u ? ((e3 = (function() {
            var r4;
            (r4 = (function() {
              var r5, t4, e4, n3, o3, a2, s2;
              r5 = Ku, t4 = [], e4 = Ku, (n3 = nl()) !== u && (o3 = As()) !== u && (a2 = nl()) !== u && (s2 = Rs()) !== u ? e4 = n3 = [n3, o3, a2, s2] : (Ku = e4, e4 = u);
              if (e4 !== u) for (; e4 !== u; ) t4.push(e4), e4 = Ku, (n3 = nl()) !== u && (o3 = As()) !== u && (a2 = nl()) !== u && (s2 = Rs()) !== u ? e4 = n3 = [n3, o3, a2, s2] : (Ku = e4, e4 = u);
              else t4 = u;
              t4 !== u && (Ju = r5, t4 = { type: "arithmetic", tail: t4 });
              return r5 = t4;
            })()) === u && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = Ku, (t4 = Ss()) !== u && nl() !== u && (e4 = Vc()) !== u && nl() !== u && (n3 = fs()) !== u && nl() !== u && qc() !== u ? (Ju = r5, r5 = t4 = { op: t4, right: n3 }) : (Ku = r5, r5 = u);
              r5 === u && (r5 = Ku, (t4 = Ss()) !== u && nl() !== u ? ((e4 = ml()) === u && (e4 = bi()) === u && (e4 = ii()), e4 !== u ? (Ju = r5, t4 = /* @__PURE__ */ (function(r6, t5) {
                return { op: r6, right: t5 };
              })(t4, e4), r5 = t4) : (Ku = r5, r5 = u)) : (Ku = r5, r5 = u));
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4;
              r5 = Ku, (t4 = ws()) !== u && nl() !== u && Vc() !== u && nl() !== u && (e4 = fs()) !== u && nl() !== u && qc() !== u ? (Ju = r5, r5 = t4 = { op: t4, right: e4 }) : (Ku = r5, r5 = u);
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = Ku, (t4 = (function() {
                var r6, t5, e5, n4, o3;
                r6 = Ku, t5 = Ku, (e5 = uc()) !== u && (n4 = nl()) !== u && (o3 = zi()) !== u ? t5 = e5 = [e5, n4, o3] : (Ku = t5, t5 = u);
                t5 !== u && (Ju = r6, t5 = (a2 = t5)[0] + " " + a2[2]);
                var a2;
                (r6 = t5) === u && (r6 = zi());
                return r6;
              })()) !== u && nl() !== u && (e4 = Rs()) !== u && nl() !== u && ac() !== u && nl() !== u && (n3 = Rs()) !== u ? (Ju = r5, r5 = t4 = { op: t4, right: { type: "expr_list", value: [e4, n3] } }) : (Ku = r5, r5 = u);
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4;
              r5 = Ku, (t4 = (function() {
                var r6;
                r6 = Ku, tc() !== u && nl() !== u && uc() !== u && nl() !== u && Zi() !== u && nl() !== u && Pi() !== u ? (Ju = r6, r6 = "IS NOT DISTINCT FROM") : (Ku = r6, r6 = u);
                r6 === u && (r6 = Ku, tc() !== u && nl() !== u && Zi() !== u && nl() !== u && Pi() !== u ? (Ju = r6, r6 = "IS DISTINCT FROM") : (Ku = r6, r6 = u));
                return r6;
              })()) !== u && nl() !== u && (e4 = ds()) !== u ? (Ju = r5, r5 = t4 = { op: t4, right: e4 }) : (Ku = r5, r5 = u);
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4, n3, o3, a2, s2, i2, c2;
              r5 = Ku, (t4 = tc()) !== u && (e4 = nl()) !== u && (n3 = Rs()) !== u ? (Ju = r5, r5 = t4 = { op: "IS", right: n3 }) : (Ku = r5, r5 = u);
              r5 === u && (r5 = Ku, (t4 = tc()) !== u && (e4 = nl()) !== u ? (n3 = Ku, (o3 = Zi()) !== u && (a2 = nl()) !== u && (s2 = Pi()) !== u && (i2 = nl()) !== u && (c2 = Ka()) !== u ? n3 = o3 = [o3, a2, s2, i2, c2] : (Ku = n3, n3 = u), n3 !== u ? (Ju = r5, t4 = (function(r6) {
                const { db: t5, table: e5 } = r6.pop(), n4 = "*" === e5 ? "*" : `"${e5}"`;
                return { op: "IS", right: { type: "origin", value: "DISTINCT FROM " + (t5 ? `"${t5}".${n4}` : n4) } };
              })(n3), r5 = t4) : (Ku = r5, r5 = u)) : (Ku = r5, r5 = u), r5 === u && (r5 = Ku, t4 = Ku, (e4 = tc()) !== u && (n3 = nl()) !== u && (o3 = uc()) !== u ? t4 = e4 = [e4, n3, o3] : (Ku = t4, t4 = u), t4 !== u && (e4 = nl()) !== u && (n3 = Rs()) !== u ? (Ju = r5, t4 = /* @__PURE__ */ (function(r6) {
                return { op: "IS NOT", right: r6 };
              })(n3), r5 = t4) : (Ku = r5, r5 = u)));
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = Ku, (t4 = (function() {
                var r6, t5, e5, n4, o4;
                r6 = Ku, t5 = Ku, (e5 = uc()) !== u && (n4 = nl()) !== u && (o4 = ec()) !== u ? t5 = e5 = [e5, n4, o4] : (Ku = t5, t5 = u);
                t5 !== u && (Ju = r6, t5 = (a3 = t5)[0] + " " + a3[2]);
                var a3;
                (r6 = t5) === u && (r6 = ec());
                return r6;
              })()) !== u && nl() !== u ? ((e4 = fi()) === u && (e4 = Ls()), e4 !== u && nl() !== u ? ((n3 = Ts()) === u && (n3 = null), n3 !== u ? (Ju = r5, o3 = t4, a2 = e4, (s2 = n3) && (a2.escape = s2), r5 = t4 = { op: o3, right: a2 }) : (Ku = r5, r5 = u)) : (Ku = r5, r5 = u)) : (Ku = r5, r5 = u);
              var o3, a2, s2;
              return r5;
            })()) === u && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = Ku, (t4 = (function() {
                var r6, t5, e5, n4, o4, a3, s3;
                r6 = Ku, t5 = Ku, (e5 = uc()) !== u && (n4 = nl()) !== u && (o4 = nc()) !== u && (a3 = nl()) !== u && (s3 = Si()) !== u ? t5 = e5 = [e5, n4, o4, a3, s3] : (Ku = t5, t5 = u);
                t5 !== u && (Ju = r6, t5 = "NOT SIMILAR TO");
                (r6 = t5) === u && (r6 = Ku, (t5 = nc()) !== u && (e5 = nl()) !== u && (n4 = Si()) !== u ? (Ju = r6, r6 = t5 = "SIMILAR TO") : (Ku = r6, r6 = u));
                return r6;
              })()) !== u && nl() !== u ? ((e4 = fi()) === u && (e4 = Ls()), e4 !== u && nl() !== u ? ((n3 = Ts()) === u && (n3 = null), n3 !== u ? (Ju = r5, o3 = t4, a2 = e4, (s2 = n3) && (a2.escape = s2), r5 = t4 = { op: o3, right: a2 }) : (Ku = r5, r5 = u)) : (Ku = r5, r5 = u)) : (Ku = r5, r5 = u);
              var o3, a2, s2;
              return r5;
            })());
            return r4;
          })()) === u && (e3 = null), e3 !== u ? (Ju = r3, n2 = t3, r3 = t3 = null === (o2 = e3) ? n2 : "arithmetic" === o2.type ? Nl(n2, o2.tail) : Rl(o2.op, n2, o2.right)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3 === u && (r3 = bi()) === u && (r3 = Us()), r3;
        }
        function ws() {
          var r3, t3, e3, n2, o2, a2;
          return r3 = Ku, t3 = Ku, (e3 = uc()) !== u && (n2 = nl()) !== u && (o2 = oc()) !== u ? t3 = e3 = [e3, n2, o2] : (Ku = t3, t3 = u), t3 !== u && (Ju = r3, t3 = (a2 = t3)[0] + " " + a2[2]), (r3 = t3) === u && (r3 = oc()), r3;
        }
        function As() {
          var t3;
          return ">=" === r2.substr(Ku, 2) ? (t3 = ">=", Ku += 2) : (t3 = u, 0 === ta && aa(Zr)), t3 === u && (62 === r2.charCodeAt(Ku) ? (t3 = ">", Ku++) : (t3 = u, 0 === ta && aa(zr)), t3 === u && ("<=" === r2.substr(Ku, 2) ? (t3 = "<=", Ku += 2) : (t3 = u, 0 === ta && aa(rt)), t3 === u && ("<>" === r2.substr(Ku, 2) ? (t3 = "<>", Ku += 2) : (t3 = u, 0 === ta && aa(tt)), t3 === u && (60 === r2.charCodeAt(Ku) ? (t3 = "<", Ku++) : (t3 = u, 0 === ta && aa(et)), t3 === u && (61 === r2.charCodeAt(Ku) ? (t3 = "=", Ku++) : (t3 = u, 0 === ta && aa(Qr)), t3 === u && ("!=" === r2.substr(Ku, 2) ? (t3 = "!=", Ku += 2) : (t3 = u, 0 === ta && aa(nt)))))))), t3;
        }
        function Ts() {
          var t3, e3, n2;
          return t3 = Ku, "escape" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(ot)), e3 !== u && nl() !== u && (n2 = bi()) !== u ? (Ju = t3, t3 = e3 = { type: "ESCAPE", value: n2 }) : (Ku = t3, t3 = u), t3;
        }
        function Ss() {
          var r3, t3, e3, n2, o2, a2;
          return r3 = Ku, t3 = Ku, (e3 = uc()) !== u && (n2 = nl()) !== u && (o2 = rc()) !== u ? t3 = e3 = [e3, n2, o2] : (Ku = t3, t3 = u), t3 !== u && (Ju = r3, t3 = (a2 = t3)[0] + " " + a2[2]), (r3 = t3) === u && (r3 = rc()), r3;
        }
        function Rs() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = gs()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = Is()) !== u && (s2 = nl()) !== u && (i2 = gs()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = Is()) !== u && (s2 = nl()) !== u && (i2 = gs()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && "column_ref" === r4.type && "*" === r4.column) throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ...Tl() }));
              return Nl(r4, t4);
            })(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function Is() {
          var t3;
          return 43 === r2.charCodeAt(Ku) ? (t3 = "+", Ku++) : (t3 = u, 0 === ta && aa(ut)), t3 === u && (45 === r2.charCodeAt(Ku) ? (t3 = "-", Ku++) : (t3 = u, 0 === ta && aa(at))), t3;
        }
        function gs() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = js()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u ? ((a2 = Ns()) === u && (a2 = el()), a2 !== u && (s2 = nl()) !== u && (i2 = js()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u)) : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u ? ((a2 = Ns()) === u && (a2 = el()), a2 !== u && (s2 = nl()) !== u && (i2 = js()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u)) : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = Nl(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function Ns() {
          var t3;
          return 42 === r2.charCodeAt(Ku) ? (t3 = "*", Ku++) : (t3 = u, 0 === ta && aa(st)), t3 === u && (47 === r2.charCodeAt(Ku) ? (t3 = "/", Ku++) : (t3 = u, 0 === ta && aa(it)), t3 === u && (37 === r2.charCodeAt(Ku) ? (t3 = "%", Ku++) : (t3 = u, 0 === ta && aa(ct)))), t3;
        }
        function _s() {
          var t3, e3, n2, o2;
          return (t3 = (function() {
            var t4, e4, n3, o3, a2, s2, i2, c2;
            t4 = Ku, (e4 = fi()) === u && (e4 = Js()) === u && (e4 = ii()) === u && (e4 = bs()) === u && (e4 = ps()) === u && (e4 = Us()) === u && (e4 = Ks());
            e4 !== u && kc() !== u && (n3 = Ll()) !== u ? (Ju = t4, t4 = e4 = { type: "cast", keyword: "cast", expr: e4, symbol: "::", target: [n3] }) : (Ku = t4, t4 = u);
            t4 === u && (t4 = Ku, (e4 = fc()) === u && (e4 = pc()), e4 !== u && nl() !== u && (n3 = Vc()) !== u && nl() !== u && (o3 = ds()) !== u && nl() !== u && Fi() !== u && nl() !== u && (a2 = Ll()) !== u && nl() !== u && (s2 = qc()) !== u ? (Ju = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [e5] };
            })(e4, o3, a2), t4 = e4) : (Ku = t4, t4 = u), t4 === u && (t4 = Ku, (e4 = fc()) === u && (e4 = pc()), e4 !== u && nl() !== u && (n3 = Vc()) !== u && nl() !== u && (o3 = ds()) !== u && nl() !== u && Fi() !== u && nl() !== u && (a2 = dc()) !== u && nl() !== u && (s2 = Vc()) !== u && nl() !== u && (i2 = Ei()) !== u && nl() !== u && qc() !== u && nl() !== u && (c2 = qc()) !== u ? (Ju = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(e4, o3, i2), t4 = e4) : (Ku = t4, t4 = u), t4 === u && (t4 = Ku, (e4 = fc()) === u && (e4 = pc()), e4 !== u && nl() !== u && (n3 = Vc()) !== u && nl() !== u && (o3 = ds()) !== u && nl() !== u && Fi() !== u && nl() !== u && (a2 = dc()) !== u && nl() !== u && (s2 = Vc()) !== u && nl() !== u && (i2 = Ei()) !== u && nl() !== u && $c() !== u && nl() !== u && (c2 = Ei()) !== u && nl() !== u && qc() !== u && nl() !== u && qc() !== u ? (Ju = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(e4, o3, i2, c2), t4 = e4) : (Ku = t4, t4 = u), t4 === u && (t4 = Ku, (e4 = fc()) === u && (e4 = pc()), e4 !== u && nl() !== u && (n3 = Vc()) !== u && nl() !== u && (o3 = ds()) !== u && nl() !== u && Fi() !== u && nl() !== u && (a2 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = Ku, "signed" === r2.substr(Ku, 6).toLowerCase() ? (e5 = r2.substr(Ku, 6), Ku += 6) : (e5 = u, 0 === ta && aa(To));
                e5 !== u ? (n4 = Ku, ta++, o4 = qs(), ta--, o4 === u ? n4 = void 0 : (Ku = n4, n4 = u), n4 !== u ? (Ju = t6, t6 = e5 = "SIGNED") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) === u && (t5 = hc());
              return t5;
            })()) !== u && nl() !== u ? ((s2 = mc()) === u && (s2 = null), s2 !== u && nl() !== u && (i2 = qc()) !== u ? (Ju = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: e5 + (n4 ? " " + n4 : "") }] };
            })(e4, o3, a2, s2), t4 = e4) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)))));
            return t4;
          })()) === u && (t3 = ps()) === u && (t3 = fi()) === u && (t3 = Js()) === u && (t3 = ii()) === u && (t3 = bs()) === u && (t3 = Us()) === u && (t3 = Ks()) === u && (t3 = Ku, Vc() !== u && (e3 = nl()) !== u && (n2 = Es()) !== u && nl() !== u && qc() !== u ? (Ju = t3, (o2 = n2).parentheses = true, t3 = o2) : (Ku = t3, t3 = u), t3 === u && (t3 = ml()) === u && (t3 = Ku, nl() !== u ? (36 === r2.charCodeAt(Ku) ? (e3 = "$", Ku++) : (e3 = u, 0 === ta && aa(lt)), e3 !== u && (n2 = hi()) !== u ? (Ju = t3, t3 = { type: "origin", value: "$" + n2.value }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u))), t3;
        }
        function js() {
          var t3, e3, n2, o2, a2;
          return (t3 = (function() {
            var t4, e4, n3, o3, a3, s2, i2, c2;
            if (t4 = Ku, (e4 = Os()) !== u) if (nl() !== u) {
              for (n3 = [], o3 = Ku, (a3 = nl()) !== u ? ("?|" === r2.substr(Ku, 2) ? (s2 = "?|", Ku += 2) : (s2 = u, 0 === ta && aa(pt)), s2 === u && ("?&" === r2.substr(Ku, 2) ? (s2 = "?&", Ku += 2) : (s2 = u, 0 === ta && aa(bt)), s2 === u && (63 === r2.charCodeAt(Ku) ? (s2 = "?", Ku++) : (s2 = u, 0 === ta && aa(vt)), s2 === u && ("#-" === r2.substr(Ku, 2) ? (s2 = "#-", Ku += 2) : (s2 = u, 0 === ta && aa(yt)), s2 === u && ("#>>" === r2.substr(Ku, 3) ? (s2 = "#>>", Ku += 3) : (s2 = u, 0 === ta && aa(dt)), s2 === u && ("#>" === r2.substr(Ku, 2) ? (s2 = "#>", Ku += 2) : (s2 = u, 0 === ta && aa(ht)), s2 === u && (s2 = rl()) === u && (s2 = zc()) === u && ("@>" === r2.substr(Ku, 2) ? (s2 = "@>", Ku += 2) : (s2 = u, 0 === ta && aa(Et)), s2 === u && ("<@" === r2.substr(Ku, 2) ? (s2 = "<@", Ku += 2) : (s2 = u, 0 === ta && aa(mt))))))))), s2 !== u && (i2 = nl()) !== u && (c2 = Os()) !== u ? o3 = a3 = [a3, s2, i2, c2] : (Ku = o3, o3 = u)) : (Ku = o3, o3 = u); o3 !== u; ) n3.push(o3), o3 = Ku, (a3 = nl()) !== u ? ("?|" === r2.substr(Ku, 2) ? (s2 = "?|", Ku += 2) : (s2 = u, 0 === ta && aa(pt)), s2 === u && ("?&" === r2.substr(Ku, 2) ? (s2 = "?&", Ku += 2) : (s2 = u, 0 === ta && aa(bt)), s2 === u && (63 === r2.charCodeAt(Ku) ? (s2 = "?", Ku++) : (s2 = u, 0 === ta && aa(vt)), s2 === u && ("#-" === r2.substr(Ku, 2) ? (s2 = "#-", Ku += 2) : (s2 = u, 0 === ta && aa(yt)), s2 === u && ("#>>" === r2.substr(Ku, 3) ? (s2 = "#>>", Ku += 3) : (s2 = u, 0 === ta && aa(dt)), s2 === u && ("#>" === r2.substr(Ku, 2) ? (s2 = "#>", Ku += 2) : (s2 = u, 0 === ta && aa(ht)), s2 === u && (s2 = rl()) === u && (s2 = zc()) === u && ("@>" === r2.substr(Ku, 2) ? (s2 = "@>", Ku += 2) : (s2 = u, 0 === ta && aa(Et)), s2 === u && ("<@" === r2.substr(Ku, 2) ? (s2 = "<@", Ku += 2) : (s2 = u, 0 === ta && aa(mt))))))))), s2 !== u && (i2 = nl()) !== u && (c2 = Os()) !== u ? o3 = a3 = [a3, s2, i2, c2] : (Ku = o3, o3 = u)) : (Ku = o3, o3 = u);
              n3 !== u ? (Ju = t4, l2 = e4, e4 = (f2 = n3) && 0 !== f2.length ? Nl(l2, f2) : l2, t4 = e4) : (Ku = t4, t4 = u);
            } else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            var l2, f2;
            return t4;
          })()) === u && (t3 = Ku, (e3 = (function() {
            var t4;
            33 === r2.charCodeAt(Ku) ? (t4 = "!", Ku++) : (t4 = u, 0 === ta && aa(Jr));
            t4 === u && (45 === r2.charCodeAt(Ku) ? (t4 = "-", Ku++) : (t4 = u, 0 === ta && aa(at)), t4 === u && (43 === r2.charCodeAt(Ku) ? (t4 = "+", Ku++) : (t4 = u, 0 === ta && aa(ut)), t4 === u && (126 === r2.charCodeAt(Ku) ? (t4 = "~", Ku++) : (t4 = u, 0 === ta && aa(ft)))));
            return t4;
          })()) !== u ? (n2 = Ku, (o2 = nl()) !== u && (a2 = js()) !== u ? n2 = o2 = [o2, a2] : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = Sl(e3, n2[1])) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)), t3;
        }
        function Os() {
          var r3, t3, e3, n2, o2;
          return r3 = Ku, (t3 = _s()) !== u && nl() !== u ? ((e3 = Da()) === u && (e3 = null), e3 !== u ? (Ju = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
        }
        function xs() {
          var r3, t3, e3, n2, o2;
          return r3 = Ku, (t3 = bi()) !== u && nl() !== u && $c() !== u && nl() !== u && (e3 = Ms()) !== u ? (Ju = r3, n2 = t3, o2 = e3, Ul.add("select::null::" + o2.value), r3 = t3 = { key: n2, value: o2 }) : (Ku = r3, r3 = u), r3;
        }
        function ks() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = xs()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = xs()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = xs()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = gl(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function Us() {
          var r3, t3, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2;
          return r3 = Ku, (t3 = (function() {
            var r4, t4;
            return r4 = Ku, _c() !== u && nl() !== u && Xc() !== u && nl() !== u && (t4 = ks()) !== u && nl() !== u && Qc() !== u ? (Ju = r4, r4 = { type: "map_object", keyword: "map", expr: t4 }) : (Ku = r4, r4 = u), r4;
          })()) !== u && (Ju = r3, t3 = { type: "column_ref", table: null, column: { expr: t3 } }), (r3 = t3) === u && (r3 = Ku, t3 = Ku, (e3 = Ps()) !== u && (n2 = nl()) !== u && (o2 = Yc()) !== u ? t3 = e3 = [e3, n2, o2] : (Ku = t3, t3 = u), t3 === u && (t3 = null), t3 !== u && (e3 = nl()) !== u && (n2 = Wc()) !== u ? (Ju = r3, r3 = t3 = (function(r4) {
            const t4 = r4 && r4[0] || null;
            return Ul.add(`select::${t4}::(.*)`), { type: "column_ref", table: t4, column: "*" };
          })(t3)) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, (t3 = Ps()) !== u && (e3 = nl()) !== u && (n2 = Yc()) !== u && (o2 = nl()) !== u && (a2 = $s()) !== u ? (s2 = Ku, (i2 = nl()) !== u && (c2 = Ca()) !== u ? s2 = i2 = [i2, c2] : (Ku = s2, s2 = u), s2 === u && (s2 = null), s2 !== u ? (Ju = r3, l2 = t3, f2 = a2, p2 = s2, Ul.add(`select::${l2}::${f2}`), r3 = t3 = { type: "column_ref", table: l2, column: f2, collate: p2 && p2[1] }) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, (t3 = $s()) !== u ? (e3 = Ku, (n2 = nl()) !== u && (o2 = Ca()) !== u ? e3 = n2 = [n2, o2] : (Ku = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
            return Ul.add("select::null::" + r4), { type: "column_ref", table: null, column: r4, collate: t4 && t4[1] };
          })(t3, e3)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u)))), r3;
        }
        function Ms() {
          var r3, t3;
          return r3 = Ku, (t3 = Vs()) !== u && (Ju = r3, t3 = { type: "default", value: t3 }), (r3 = t3) === u && (r3 = Ds()), r3;
        }
        function Ps() {
          var r3, t3;
          return r3 = Ku, (t3 = Vs()) !== u ? (Ju = Ku, (Ct(t3) ? u : void 0) !== u ? (Ju = r3, r3 = t3 = t3) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, (t3 = Fs()) !== u && (Ju = r3, t3 = t3), r3 = t3), r3;
        }
        function Ds() {
          var r3;
          return (r3 = Gs()) === u && (r3 = Hs()) === u && (r3 = Bs()), r3;
        }
        function Fs() {
          var r3, t3;
          return r3 = Ku, (t3 = Gs()) === u && (t3 = Hs()) === u && (t3 = Bs()), t3 !== u && (Ju = r3, t3 = t3.value), r3 = t3;
        }
        function Gs() {
          var t3, e3, n2, o2;
          if (t3 = Ku, 34 === r2.charCodeAt(Ku) ? (e3 = '"', Ku++) : (e3 = u, 0 === ta && aa(Lt)), e3 !== u) {
            if (n2 = [], wt.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(At)), o2 !== u) for (; o2 !== u; ) n2.push(o2), wt.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(At));
            else n2 = u;
            n2 !== u ? (34 === r2.charCodeAt(Ku) ? (o2 = '"', Ku++) : (o2 = u, 0 === ta && aa(Lt)), o2 !== u ? (Ju = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u);
          } else Ku = t3, t3 = u;
          return t3;
        }
        function Hs() {
          var t3, e3, n2, o2;
          if (t3 = Ku, 39 === r2.charCodeAt(Ku) ? (e3 = "'", Ku++) : (e3 = u, 0 === ta && aa(mr)), e3 !== u) {
            if (n2 = [], Tt.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(St)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Tt.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(St));
            else n2 = u;
            n2 !== u ? (39 === r2.charCodeAt(Ku) ? (o2 = "'", Ku++) : (o2 = u, 0 === ta && aa(mr)), o2 !== u ? (Ju = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u);
          } else Ku = t3, t3 = u;
          return t3;
        }
        function Bs() {
          var t3, e3, n2, o2;
          if (t3 = Ku, 96 === r2.charCodeAt(Ku) ? (e3 = "`", Ku++) : (e3 = u, 0 === ta && aa(Rt)), e3 !== u) {
            if (n2 = [], It.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(gt)), o2 !== u) for (; o2 !== u; ) n2.push(o2), It.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(gt));
            else n2 = u;
            n2 !== u ? (96 === r2.charCodeAt(Ku) ? (o2 = "`", Ku++) : (o2 = u, 0 === ta && aa(Rt)), o2 !== u ? (Ju = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u);
          } else Ku = t3, t3 = u;
          return t3;
        }
        function Ys() {
          var r3, t3;
          return r3 = Ku, (t3 = Ws()) !== u && (Ju = r3, t3 = t3), (r3 = t3) === u && (r3 = Fs()), r3;
        }
        function $s() {
          var r3, t3;
          return r3 = Ku, (t3 = Ws()) !== u ? (Ju = Ku, (Ct(t3) ? u : void 0) !== u ? (Ju = r3, r3 = t3 = t3) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3 === u && (r3 = Fs()), r3;
        }
        function Ws() {
          var r3, t3, e3, n2;
          if (r3 = Ku, (t3 = qs()) !== u) {
            for (e3 = [], n2 = Qs(); n2 !== u; ) e3.push(n2), n2 = Qs();
            e3 !== u ? (Ju = r3, r3 = t3 = t3 + e3.join("")) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function Vs() {
          var r3, t3, e3, n2;
          if (r3 = Ku, (t3 = qs()) !== u) {
            for (e3 = [], n2 = Xs(); n2 !== u; ) e3.push(n2), n2 = Xs();
            e3 !== u ? (Ju = r3, r3 = t3 = t3 + e3.join("")) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function qs() {
          var t3;
          return Nt.test(r2.charAt(Ku)) ? (t3 = r2.charAt(Ku), Ku++) : (t3 = u, 0 === ta && aa(_t)), t3;
        }
        function Xs() {
          var t3;
          return jt.test(r2.charAt(Ku)) ? (t3 = r2.charAt(Ku), Ku++) : (t3 = u, 0 === ta && aa(Ot)), t3;
        }
        function Qs() {
          var t3;
          return xt.test(r2.charAt(Ku)) ? (t3 = r2.charAt(Ku), Ku++) : (t3 = u, 0 === ta && aa(kt)), t3;
        }
        function Ks() {
          var t3, e3, n2, o2;
          return t3 = Ku, e3 = Ku, 58 === r2.charCodeAt(Ku) ? (n2 = ":", Ku++) : (n2 = u, 0 === ta && aa(Ut)), n2 !== u && (o2 = Vs()) !== u ? e3 = n2 = [n2, o2] : (Ku = e3, e3 = u), e3 !== u && (Ju = t3, e3 = { type: "param", value: e3[1] }), t3 = e3;
        }
        function Js() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n3, o2;
              t5 = Ku, "count" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(Kn));
              e4 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "COUNT") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) !== u && nl() !== u && Vc() !== u && nl() !== u && (n2 = (function() {
              var t5, e4, n3, o2, a2, s2, i2, c2, l2, f2;
              t5 = Ku, (e4 = (function() {
                var t6, e5;
                t6 = Ku, 42 === r2.charCodeAt(Ku) ? (e5 = "*", Ku++) : (e5 = u, 0 === ta && aa(st));
                e5 !== u && (Ju = t6, e5 = { type: "star", value: "*" });
                return t6 = e5;
              })()) !== u && (Ju = t5, e4 = { expr: e4 });
              if ((t5 = e4) === u) {
                if (t5 = Ku, (e4 = Zi()) === u && (e4 = null), e4 !== u) if (nl() !== u) if ((n3 = Vc()) !== u) if (nl() !== u) if ((o2 = ds()) !== u) if (nl() !== u) if (qc() !== u) {
                  for (a2 = [], s2 = Ku, (i2 = nl()) !== u ? ((c2 = ac()) === u && (c2 = sc()), c2 !== u && (l2 = nl()) !== u && (f2 = ds()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (Ku = s2, s2 = u)) : (Ku = s2, s2 = u); s2 !== u; ) a2.push(s2), s2 = Ku, (i2 = nl()) !== u ? ((c2 = ac()) === u && (c2 = sc()), c2 !== u && (l2 = nl()) !== u && (f2 = ds()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (Ku = s2, s2 = u)) : (Ku = s2, s2 = u);
                  a2 !== u && (s2 = nl()) !== u ? ((i2 = ts()) === u && (i2 = null), i2 !== u ? (Ju = t5, e4 = (function(r3, t6, e5, n4) {
                    const o3 = e5.length;
                    let u2 = t6;
                    u2.parentheses = true;
                    for (let r4 = 0; r4 < o3; ++r4) u2 = Rl(e5[r4][1], u2, e5[r4][3]);
                    return { distinct: r3, expr: u2, orderby: n4 };
                  })(e4, o2, a2, i2), t5 = e4) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
                } else Ku = t5, t5 = u;
                else Ku = t5, t5 = u;
                else Ku = t5, t5 = u;
                else Ku = t5, t5 = u;
                else Ku = t5, t5 = u;
                else Ku = t5, t5 = u;
                else Ku = t5, t5 = u;
                t5 === u && (t5 = Ku, (e4 = Zi()) === u && (e4 = null), e4 !== u && nl() !== u && (n3 = Ja()) !== u && nl() !== u ? ((o2 = ts()) === u && (o2 = null), o2 !== u ? (Ju = t5, t5 = e4 = { distinct: e4, expr: n3, orderby: o2 }) : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u));
              }
              return t5;
            })()) !== u && nl() !== u && qc() !== u ? (Ju = t4, t4 = e3 = { type: "aggr_func", name: e3, args: n2 }) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2, i2, c2;
            t4 = Ku, (e3 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "sum" === r2.substr(Ku, 3).toLowerCase() ? (e4 = r2.substr(Ku, 3), Ku += 3) : (e4 = u, 0 === ta && aa(zn));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "SUM") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "max" === r2.substr(Ku, 3).toLowerCase() ? (e4 = r2.substr(Ku, 3), Ku += 3) : (e4 = u, 0 === ta && aa(Jn));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "MAX") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "min" === r2.substr(Ku, 3).toLowerCase() ? (e4 = r2.substr(Ku, 3), Ku += 3) : (e4 = u, 0 === ta && aa(Zn));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "MIN") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "avg" === r2.substr(Ku, 3).toLowerCase() ? (e4 = r2.substr(Ku, 3), Ku += 3) : (e4 = u, 0 === ta && aa(ro));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "AVG") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "collect" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(to));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "COLLECT") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })());
              return t5;
            })()) !== u && nl() !== u && Vc() !== u && nl() !== u ? ((n2 = Zi()) === u && (n2 = null), n2 !== u && (o2 = nl()) !== u && (a2 = Rs()) !== u && (s2 = nl()) !== u && (i2 = qc()) !== u ? (Ju = t4, t4 = e3 = { type: "aggr_func", name: e3, args: { expr: a2, distinct: n2 } }) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            t4 === u && (t4 = Ku, (e3 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "rank" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(eo));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "RANK") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "dense_rank" === r2.substr(Ku, 10).toLowerCase() ? (e4 = r2.substr(Ku, 10), Ku += 10) : (e4 = u, 0 === ta && aa(no));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "DENSE_RANK") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e4, n3, o3;
                t6 = Ku, "row_number" === r2.substr(Ku, 10).toLowerCase() ? (e4 = r2.substr(Ku, 10), Ku += 10) : (e4 = u, 0 === ta && aa(uo));
                e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t6, t6 = e4 = "ROW_NUMBER") : (Ku = t6, t6 = u)) : (Ku = t6, t6 = u);
                return t6;
              })());
              return t5;
            })()) !== u && nl() !== u && Vc() !== u && nl() !== u && (n2 = qc()) !== u ? (Ju = t4, e3 = /* @__PURE__ */ (function(r3) {
              return { type: "aggr_func", name: r3 };
            })(e3), t4 = e3) : (Ku = t4, t4 = u), t4 === u && (t4 = Ku, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "listagg" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(oo));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "LISTAGG") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) !== u && nl() !== u && Vc() !== u && nl() !== u && (n2 = Rs()) !== u ? (o2 = Ku, (a2 = nl()) !== u && (s2 = $c()) !== u && (i2 = nl()) !== u && (c2 = bi()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (Ku = o2, o2 = u), o2 === u && (o2 = null), o2 !== u && (a2 = nl()) !== u && (s2 = qc()) !== u ? (Ju = t4, e3 = /* @__PURE__ */ (function(r3, t5, e4) {
              return { type: "aggr_func", name: r3, args: { expr: t5, separator: e4 } };
            })(e3, n2, o2), t4 = e3) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)));
            return t4;
          })()), t3;
        }
        function Zs() {
          var r3, t3, e3;
          return r3 = Ku, Hi() !== u && nl() !== u && Ii() !== u && nl() !== u && (t3 = Oc()) !== u && nl() !== u && Vc() !== u && nl() !== u ? ((e3 = fs()) === u && (e3 = null), e3 !== u && nl() !== u && qc() !== u ? (Ju = r3, r3 = { type: "on update", keyword: t3, parentheses: true, expr: e3 }) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, Hi() !== u && nl() !== u && Ii() !== u && nl() !== u && (t3 = Oc()) !== u ? (Ju = r3, r3 = /* @__PURE__ */ (function(r4) {
            return { type: "on update", keyword: r4 };
          })(t3)) : (Ku = r3, r3 = u)), r3;
        }
        function zs() {
          var t3, e3, n2, o2;
          return t3 = Ku, "over" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Mt)), e3 !== u && nl() !== u && Vc() !== u && nl() !== u && Ui() !== u && nl() !== u && Xi() !== u && nl() !== u && (n2 = Ma()) !== u && nl() !== u ? ((o2 = ts()) === u && (o2 = null), o2 !== u && nl() !== u && qc() !== u ? (Ju = t3, t3 = e3 = { partitionby: n2, orderby: o2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Zs()), t3;
        }
        function ri() {
          var t3, e3, n2;
          return t3 = Ku, "position" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa(Pt)), e3 !== u && nl() !== u && Vc() !== u && nl() !== u && (n2 = (function() {
            var r3, t4, e4, n3, o2, a2, s2, i2;
            return r3 = Ku, (t4 = bi()) !== u && nl() !== u && rc() !== u && nl() !== u && (e4 = ds()) !== u ? (n3 = Ku, (o2 = nl()) !== u && (a2 = Pi()) !== u && (s2 = nl()) !== u && (i2 = hi()) !== u ? n3 = o2 = [o2, a2, s2, i2] : (Ku = n3, n3 = u), n3 === u && (n3 = null), n3 !== u ? (Ju = r3, r3 = t4 = (function(r4, t5, e5) {
              let n4 = [r4, { type: "origin", value: "in" }, t5];
              return e5 && (n4.push({ type: "origin", value: "from" }), n4.push(e5[3])), { type: "expr_list", value: n4 };
            })(t4, e4, n3)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
          })()) !== u && nl() !== u && qc() !== u ? (Ju = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: "position" }] }, separator: " ", args: n2, ...Tl() }) : (Ku = t3, t3 = u), t3;
        }
        function ti() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2;
          return t3 = Ku, (e3 = bi()) !== u && nl() !== u ? ("value" === r2.substr(Ku, 5).toLowerCase() ? (n2 = r2.substr(Ku, 5), Ku += 5) : (n2 = u, 0 === ta && aa(Dt)), n2 !== u && nl() !== u && (o2 = Ja()) !== u && nl() !== u ? (a2 = Ku, (s2 = Hi()) !== u && (i2 = nl()) !== u ? ("null" === r2.substr(Ku, 4).toLowerCase() ? (c2 = r2.substr(Ku, 4), Ku += 4) : (c2 = u, 0 === ta && aa(Ft)), c2 !== u && (l2 = nl()) !== u ? ("null" === r2.substr(Ku, 4).toLowerCase() ? (f2 = r2.substr(Ku, 4), Ku += 4) : (f2 = u, 0 === ta && aa(Ft)), f2 === u && ("absent" === r2.substr(Ku, 6).toLowerCase() ? (f2 = r2.substr(Ku, 6), Ku += 6) : (f2 = u, 0 === ta && aa(Gt))), f2 !== u ? a2 = s2 = [s2, i2, c2, l2, f2] : (Ku = a2, a2 = u)) : (Ku = a2, a2 = u)) : (Ku = a2, a2 = u), a2 === u && (a2 = null), a2 !== u ? (Ju = t3, t3 = e3 = { type: "json_object_arg", expr: { key: e3, value: o2, on: (p2 = a2) && { type: "origin", value: p2[4] } } }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ei() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = ti()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = ti()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = ti()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = { type: "expr_list", value: gl(t3, e3) }) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function ni() {
          var t3, e3, n2;
          return t3 = Ku, "json_object" === r2.substr(Ku, 11).toLowerCase() ? (e3 = r2.substr(Ku, 11), Ku += 11) : (e3 = u, 0 === ta && aa(Ht)), e3 !== u && nl() !== u && Vc() !== u && nl() !== u && (n2 = ei()) !== u && nl() !== u && qc() !== u ? (Ju = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: "json_object" }] }, args: n2, ...Tl() }) : (Ku = t3, t3 = u), t3;
        }
        function oi() {
          var t3, e3, n2;
          return t3 = Ku, (e3 = (function() {
            var t4;
            return "both" === r2.substr(Ku, 4).toLowerCase() ? (t4 = r2.substr(Ku, 4), Ku += 4) : (t4 = u, 0 === ta && aa(Bt)), t4 === u && ("leading" === r2.substr(Ku, 7).toLowerCase() ? (t4 = r2.substr(Ku, 7), Ku += 7) : (t4 = u, 0 === ta && aa(Yt)), t4 === u && ("trailing" === r2.substr(Ku, 8).toLowerCase() ? (t4 = r2.substr(Ku, 8), Ku += 8) : (t4 = u, 0 === ta && aa($t)))), t4;
          })()) === u && (e3 = null), e3 !== u && nl() !== u ? ((n2 = ds()) === u && (n2 = null), n2 !== u && nl() !== u && Pi() !== u ? (Ju = t3, t3 = e3 = (function(r3, t4, e4) {
            let n3 = [];
            return r3 && n3.push({ type: "origin", value: r3 }), t4 && n3.push(t4), n3.push({ type: "origin", value: "from" }), { type: "expr_list", value: n3 };
          })(e3, n2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ui() {
          var t3, e3, n2, o2;
          return t3 = Ku, "trim" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Wt)), e3 !== u && nl() !== u && Vc() !== u && nl() !== u ? ((n2 = oi()) === u && (n2 = null), n2 !== u && nl() !== u && (o2 = ds()) !== u && nl() !== u && qc() !== u ? (Ju = t3, t3 = e3 = (function(r3, t4) {
            let e4 = r3 || { type: "expr_list", value: [] };
            return e4.value.push(t4), { type: "function", name: { name: [{ type: "origin", value: "trim" }] }, args: e4, ...Tl() };
          })(n2, o2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ai() {
          var t3, e3, n2;
          return t3 = Ku, "overlay" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(Xt)), e3 !== u && nl() !== u && Vc() !== u && nl() !== u && (n2 = (function() {
            var t4, e4, n3, o2, a2, s2, i2, c2, l2, f2;
            return t4 = Ku, (e4 = ds()) !== u && nl() !== u ? ("placing" === r2.substr(Ku, 7).toLowerCase() ? (n3 = r2.substr(Ku, 7), Ku += 7) : (n3 = u, 0 === ta && aa(Vt)), n3 !== u && nl() !== u && (o2 = ds()) !== u && nl() !== u && Pi() !== u && nl() !== u && (a2 = hi()) !== u ? (s2 = Ku, (i2 = nl()) !== u ? ("for" === r2.substr(Ku, 3).toLowerCase() ? (c2 = r2.substr(Ku, 3), Ku += 3) : (c2 = u, 0 === ta && aa(qt)), c2 !== u && (l2 = nl()) !== u && (f2 = hi()) !== u ? s2 = i2 = [i2, c2, l2, f2] : (Ku = s2, s2 = u)) : (Ku = s2, s2 = u), s2 === u && (s2 = null), s2 !== u ? (Ju = t4, t4 = e4 = (function(r3, t5, e5, n4) {
              let o3 = [r3, { type: "origin", value: "placing" }, t5, { type: "origin", value: "from" }, e5];
              return n4 && (o3.push({ type: "origin", value: "for" }), o3.push(n4[3])), { type: "expr_list", value: o3 };
            })(e4, o2, a2, s2)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u), t4;
          })()) !== u && nl() !== u && qc() !== u ? (Ju = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: "overlay" }] }, separator: " ", args: n2, ...Tl() }) : (Ku = t3, t3 = u), t3;
        }
        function si() {
          var t3, e3, n2;
          return t3 = Ku, "substring" === r2.substr(Ku, 9).toLowerCase() ? (e3 = r2.substr(Ku, 9), Ku += 9) : (e3 = u, 0 === ta && aa(Qt)), e3 !== u && nl() !== u && Vc() !== u && nl() !== u && (n2 = (function() {
            var t4, e4, n3, o2, a2, s2, i2, c2;
            return t4 = Ku, (e4 = ds()) !== u && nl() !== u && Pi() !== u && nl() !== u && (n3 = hi()) !== u ? (o2 = Ku, (a2 = nl()) !== u ? ("for" === r2.substr(Ku, 3).toLowerCase() ? (s2 = r2.substr(Ku, 3), Ku += 3) : (s2 = u, 0 === ta && aa(qt)), s2 !== u && (i2 = nl()) !== u && (c2 = hi()) !== u ? o2 = a2 = [a2, s2, i2, c2] : (Ku = o2, o2 = u)) : (Ku = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? (Ju = t4, t4 = e4 = (function(r3, t5, e5) {
              let n4 = [r3, { type: "origin", value: "from" }, t5];
              return e5 && (n4.push({ type: "origin", value: "for" }), n4.push(e5[3])), { type: "expr_list", value: n4 };
            })(e4, n3, o2)) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u), t4;
          })()) !== u && nl() !== u && qc() !== u ? (Ju = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: "substring" }] }, separator: " ", args: n2, ...Tl() }) : (Ku = t3, t3 = u), t3;
        }
        function ii() {
          var t3, e3, n2, o2, a2;
          return (t3 = ri()) === u && (t3 = ni()) === u && (t3 = ui()) === u && (t3 = si()) === u && (t3 = ai()) === u && (t3 = Ku, (e3 = (function() {
            var t4;
            (t4 = li()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "current_user" === r2.substr(Ku, 12).toLowerCase() ? (e4 = r2.substr(Ku, 12), Ku += 12) : (e4 = u, 0 === ta && aa(zo));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "CURRENT_USER") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "user" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(Wo));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "USER") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "session_user" === r2.substr(Ku, 12).toLowerCase() ? (e4 = r2.substr(Ku, 12), Ku += 12) : (e4 = u, 0 === ta && aa(ru));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "SESSION_USER") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ku, "system_user" === r2.substr(Ku, 11).toLowerCase() ? (e4 = r2.substr(Ku, 11), Ku += 11) : (e4 = u, 0 === ta && aa(tu));
              e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "SYSTEM_USER") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) !== u && nl() !== u && (n2 = Vc()) !== u && nl() !== u ? ((o2 = fs()) === u && (o2 = null), o2 !== u && nl() !== u && qc() !== u && nl() !== u ? ((a2 = zs()) === u && (a2 = null), a2 !== u ? (Ju = t3, t3 = e3 = { type: "function", name: { name: [{ type: "default", value: e3 }] }, args: o2 || { type: "expr_list", value: [] }, over: a2, ...Tl() }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = (function() {
            var r3, t4, e4, n3, o3;
            r3 = Ku, (t4 = ic()) !== u && nl() !== u && Vc() !== u && nl() !== u && (e4 = ci()) !== u && nl() !== u && Pi() !== u && nl() !== u ? ((n3 = gc()) === u && (n3 = jc()) === u && (n3 = Ic()) === u && (n3 = Sc()), n3 !== u && nl() !== u && (o3 = ds()) !== u && nl() !== u && qc() !== u ? (Ju = r3, a3 = e4, s2 = n3, i2 = o3, t4 = { type: t4.toLowerCase(), args: { field: a3, cast_type: s2, source: i2 }, ...Tl() }, r3 = t4) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u);
            var a3, s2, i2;
            r3 === u && (r3 = Ku, (t4 = ic()) !== u && nl() !== u && Vc() !== u && nl() !== u && (e4 = ci()) !== u && nl() !== u && Pi() !== u && nl() !== u && (n3 = ds()) !== u && nl() !== u && (o3 = qc()) !== u ? (Ju = r3, t4 = (function(r4, t5, e5) {
              return { type: r4.toLowerCase(), args: { field: t5, source: e5 }, ...Tl() };
            })(t4, e4, n3), r3 = t4) : (Ku = r3, r3 = u));
            return r3;
          })()) === u && (t3 = Ku, (e3 = li()) !== u && nl() !== u ? ((n2 = Zs()) === u && (n2 = null), n2 !== u ? (Ju = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ...Tl() }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, (e3 = dl()) !== u && nl() !== u && (n2 = Vc()) !== u && nl() !== u ? ((o2 = Es()) === u && (o2 = null), o2 !== u && nl() !== u && qc() !== u && nl() !== u ? ((a2 = zs()) === u && (a2 = null), a2 !== u ? (Ju = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, over: e4, ...Tl() };
          })(e3, o2, a2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u)))), t3;
        }
        function ci() {
          var t3, e3;
          return t3 = Ku, "century" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(Kt)), e3 === u && ("day" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(Jt)), e3 === u && ("date" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Zt)), e3 === u && ("decade" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(zt)), e3 === u && ("dow" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(re)), e3 === u && ("doy" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(te)), e3 === u && ("epoch" === r2.substr(Ku, 5).toLowerCase() ? (e3 = r2.substr(Ku, 5), Ku += 5) : (e3 = u, 0 === ta && aa(ee)), e3 === u && ("hour" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(ne)), e3 === u && ("isodow" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(oe)), e3 === u && ("isoyear" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(ue)), e3 === u && ("microseconds" === r2.substr(Ku, 12).toLowerCase() ? (e3 = r2.substr(Ku, 12), Ku += 12) : (e3 = u, 0 === ta && aa(ae)), e3 === u && ("millennium" === r2.substr(Ku, 10).toLowerCase() ? (e3 = r2.substr(Ku, 10), Ku += 10) : (e3 = u, 0 === ta && aa(se)), e3 === u && ("milliseconds" === r2.substr(Ku, 12).toLowerCase() ? (e3 = r2.substr(Ku, 12), Ku += 12) : (e3 = u, 0 === ta && aa(ie)), e3 === u && ("minute" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(ce)), e3 === u && ("month" === r2.substr(Ku, 5).toLowerCase() ? (e3 = r2.substr(Ku, 5), Ku += 5) : (e3 = u, 0 === ta && aa(le)), e3 === u && ("quarter" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(fe)), e3 === u && ("second" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(pe)), e3 === u && ("timezone" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa(be)), e3 === u && ("timezone_hour" === r2.substr(Ku, 13).toLowerCase() ? (e3 = r2.substr(Ku, 13), Ku += 13) : (e3 = u, 0 === ta && aa(ve)), e3 === u && ("timezone_minute" === r2.substr(Ku, 15).toLowerCase() ? (e3 = r2.substr(Ku, 15), Ku += 15) : (e3 = u, 0 === ta && aa(ye)), e3 === u && ("week" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(de)), e3 === u && ("year" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(he))))))))))))))))))))))), e3 !== u && (Ju = t3, e3 = e3), t3 = e3;
        }
        function li() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ku, "current_date" === r2.substr(Ku, 12).toLowerCase() ? (e3 = r2.substr(Ku, 12), Ku += 12) : (e3 = u, 0 === ta && aa(Qo));
            e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t4, t4 = e3 = "CURRENT_DATE") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ku, "current_time" === r2.substr(Ku, 12).toLowerCase() ? (e3 = r2.substr(Ku, 12), Ku += 12) : (e3 = u, 0 === ta && aa(Jo));
            e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t4, t4 = e3 = "CURRENT_TIME") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (t3 = Oc()), t3;
        }
        function fi() {
          var t3;
          return (t3 = bi()) === u && (t3 = hi()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = Ku, "true" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(Xe));
              e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t5 = e4 = [e4, n2] : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) !== u && (Ju = t4, e3 = { type: "bool", value: true });
            (t4 = e3) === u && (t4 = Ku, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = Ku, "false" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(Ke));
              e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t5 = e4 = [e4, n2] : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u);
              return t5;
            })()) !== u && (Ju = t4, e3 = { type: "bool", value: false }), t4 = e3);
            return t4;
          })()) === u && (t3 = pi()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = Ku, (e3 = Ic()) === u && (e3 = Sc()) === u && (e3 = gc()) === u && (e3 = Rc());
            if (e3 !== u) if (nl() !== u) {
              if (n2 = Ku, 39 === r2.charCodeAt(Ku) ? (o2 = "'", Ku++) : (o2 = u, 0 === ta && aa(mr)), o2 !== u) {
                for (a2 = [], s2 = yi(); s2 !== u; ) a2.push(s2), s2 = yi();
                a2 !== u ? (39 === r2.charCodeAt(Ku) ? (s2 = "'", Ku++) : (s2 = u, 0 === ta && aa(mr)), s2 !== u ? n2 = o2 = [o2, a2, s2] : (Ku = n2, n2 = u)) : (Ku = n2, n2 = u);
              } else Ku = n2, n2 = u;
              n2 !== u ? (Ju = t4, i2 = n2, e3 = { type: e3.toLowerCase(), value: i2[1].join("") }, t4 = e3) : (Ku = t4, t4 = u);
            } else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            var i2;
            if (t4 === u) if (t4 = Ku, (e3 = Ic()) === u && (e3 = Sc()) === u && (e3 = gc()) === u && (e3 = Rc()), e3 !== u) if (nl() !== u) {
              if (n2 = Ku, 34 === r2.charCodeAt(Ku) ? (o2 = '"', Ku++) : (o2 = u, 0 === ta && aa(Lt)), o2 !== u) {
                for (a2 = [], s2 = vi(); s2 !== u; ) a2.push(s2), s2 = vi();
                a2 !== u ? (34 === r2.charCodeAt(Ku) ? (s2 = '"', Ku++) : (s2 = u, 0 === ta && aa(Lt)), s2 !== u ? n2 = o2 = [o2, a2, s2] : (Ku = n2, n2 = u)) : (Ku = n2, n2 = u);
              } else Ku = n2, n2 = u;
              n2 !== u ? (Ju = t4, e3 = (function(r3, t5) {
                return { type: r3.toLowerCase(), value: t5[1].join("") };
              })(e3, n2), t4 = e3) : (Ku = t4, t4 = u);
            } else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            return t4;
          })()), t3;
        }
        function pi() {
          var t3, e3;
          return t3 = Ku, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ku, "null" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(Ft));
            e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            return t4;
          })()) !== u && (Ju = t3, e3 = { type: "null", value: null }), t3 = e3;
        }
        function bi() {
          var t3, e3, n2, o2, a2;
          if (t3 = Ku, e3 = Ku, 39 === r2.charCodeAt(Ku) ? (n2 = "'", Ku++) : (n2 = u, 0 === ta && aa(mr)), n2 !== u) {
            for (o2 = [], a2 = yi(); a2 !== u; ) o2.push(a2), a2 = yi();
            o2 !== u ? (39 === r2.charCodeAt(Ku) ? (a2 = "'", Ku++) : (a2 = u, 0 === ta && aa(mr)), a2 !== u ? e3 = n2 = [n2, o2, a2] : (Ku = e3, e3 = u)) : (Ku = e3, e3 = u);
          } else Ku = e3, e3 = u;
          if (e3 !== u && (Ju = t3, e3 = { type: "single_quote_string", value: e3[1].join("") }), (t3 = e3) === u) {
            if (t3 = Ku, e3 = Ku, 34 === r2.charCodeAt(Ku) ? (n2 = '"', Ku++) : (n2 = u, 0 === ta && aa(Lt)), n2 !== u) {
              for (o2 = [], a2 = vi(); a2 !== u; ) o2.push(a2), a2 = vi();
              o2 !== u ? (34 === r2.charCodeAt(Ku) ? (a2 = '"', Ku++) : (a2 = u, 0 === ta && aa(Lt)), a2 !== u ? e3 = n2 = [n2, o2, a2] : (Ku = e3, e3 = u)) : (Ku = e3, e3 = u);
            } else Ku = e3, e3 = u;
            e3 !== u ? (n2 = Ku, ta++, o2 = Yc(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = (function(r3) {
              return { type: "double_quote_string", value: r3[1].join("") };
            })(e3)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u);
          }
          return t3;
        }
        function vi() {
          var t3;
          return Ee.test(r2.charAt(Ku)) ? (t3 = r2.charAt(Ku), Ku++) : (t3 = u, 0 === ta && aa(me)), t3 === u && (t3 = di()), t3;
        }
        function yi() {
          var t3;
          return Ce.test(r2.charAt(Ku)) ? (t3 = r2.charAt(Ku), Ku++) : (t3 = u, 0 === ta && aa(Le)), t3 === u && (t3 = di()), t3;
        }
        function di() {
          var t3, e3, n2, o2, a2, s2, i2, c2, l2, f2;
          return t3 = Ku, "\\'" === r2.substr(Ku, 2) ? (e3 = "\\'", Ku += 2) : (e3 = u, 0 === ta && aa(we)), e3 !== u && (Ju = t3, e3 = "\\'"), (t3 = e3) === u && (t3 = Ku, '\\"' === r2.substr(Ku, 2) ? (e3 = '\\"', Ku += 2) : (e3 = u, 0 === ta && aa(Ae)), e3 !== u && (Ju = t3, e3 = '\\"'), (t3 = e3) === u && (t3 = Ku, "\\\\" === r2.substr(Ku, 2) ? (e3 = "\\\\", Ku += 2) : (e3 = u, 0 === ta && aa(Te)), e3 !== u && (Ju = t3, e3 = "\\\\"), (t3 = e3) === u && (t3 = Ku, "\\/" === r2.substr(Ku, 2) ? (e3 = "\\/", Ku += 2) : (e3 = u, 0 === ta && aa(Se)), e3 !== u && (Ju = t3, e3 = "\\/"), (t3 = e3) === u && (t3 = Ku, "\\b" === r2.substr(Ku, 2) ? (e3 = "\\b", Ku += 2) : (e3 = u, 0 === ta && aa(Re)), e3 !== u && (Ju = t3, e3 = "\b"), (t3 = e3) === u && (t3 = Ku, "\\f" === r2.substr(Ku, 2) ? (e3 = "\\f", Ku += 2) : (e3 = u, 0 === ta && aa(Ie)), e3 !== u && (Ju = t3, e3 = "\f"), (t3 = e3) === u && (t3 = Ku, "\\n" === r2.substr(Ku, 2) ? (e3 = "\\n", Ku += 2) : (e3 = u, 0 === ta && aa(ge)), e3 !== u && (Ju = t3, e3 = "\n"), (t3 = e3) === u && (t3 = Ku, "\\r" === r2.substr(Ku, 2) ? (e3 = "\\r", Ku += 2) : (e3 = u, 0 === ta && aa(Ne)), e3 !== u && (Ju = t3, e3 = "\r"), (t3 = e3) === u && (t3 = Ku, "\\t" === r2.substr(Ku, 2) ? (e3 = "\\t", Ku += 2) : (e3 = u, 0 === ta && aa(_e)), e3 !== u && (Ju = t3, e3 = "	"), (t3 = e3) === u && (t3 = Ku, "\\u" === r2.substr(Ku, 2) ? (e3 = "\\u", Ku += 2) : (e3 = u, 0 === ta && aa(je)), e3 !== u && (n2 = Ai()) !== u && (o2 = Ai()) !== u && (a2 = Ai()) !== u && (s2 = Ai()) !== u ? (Ju = t3, i2 = n2, c2 = o2, l2 = a2, f2 = s2, t3 = e3 = String.fromCharCode(parseInt("0x" + i2 + c2 + l2 + f2))) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, 92 === r2.charCodeAt(Ku) ? (e3 = "\\", Ku++) : (e3 = u, 0 === ta && aa(Oe)), e3 !== u && (Ju = t3, e3 = "\\"), (t3 = e3) === u && (t3 = Ku, "''" === r2.substr(Ku, 2) ? (e3 = "''", Ku += 2) : (e3 = u, 0 === ta && aa(xe)), e3 !== u && (Ju = t3, e3 = "''"), (t3 = e3) === u && (t3 = Ku, '""' === r2.substr(Ku, 2) ? (e3 = '""', Ku += 2) : (e3 = u, 0 === ta && aa(ke)), e3 !== u && (Ju = t3, e3 = '""'), (t3 = e3) === u && (t3 = Ku, "``" === r2.substr(Ku, 2) ? (e3 = "``", Ku += 2) : (e3 = u, 0 === ta && aa(Ue)), e3 !== u && (Ju = t3, e3 = "``"), t3 = e3))))))))))))), t3;
        }
        function hi() {
          var r3, t3, e3;
          return r3 = Ku, (t3 = (function() {
            var r4, t4, e4, n2;
            r4 = Ku, (t4 = Ei()) !== u && (e4 = mi()) !== u && (n2 = Ci()) !== u ? (Ju = r4, r4 = t4 = { type: "bigint", value: t4 + e4 + n2 }) : (Ku = r4, r4 = u);
            r4 === u && (r4 = Ku, (t4 = Ei()) !== u && (e4 = mi()) !== u ? (Ju = r4, t4 = (function(r5, t5) {
              const e5 = r5 + t5;
              return Il(r5) ? { type: "bigint", value: e5 } : parseFloat(e5).toFixed(t5.length - 1);
            })(t4, e4), r4 = t4) : (Ku = r4, r4 = u), r4 === u && (r4 = Ku, (t4 = Ei()) !== u && (e4 = Ci()) !== u ? (Ju = r4, t4 = (function(r5, t5) {
              return { type: "bigint", value: r5 + t5 };
            })(t4, e4), r4 = t4) : (Ku = r4, r4 = u), r4 === u && (r4 = Ku, (t4 = Ei()) !== u && (Ju = r4, t4 = (function(r5) {
              return Il(r5) ? { type: "bigint", value: r5 } : parseFloat(r5);
            })(t4)), r4 = t4)));
            return r4;
          })()) !== u && (Ju = r3, t3 = (e3 = t3) && "bigint" === e3.type ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function Ei() {
          var t3, e3, n2;
          return (t3 = Li()) === u && (t3 = wi()) === u && (t3 = Ku, 45 === r2.charCodeAt(Ku) ? (e3 = "-", Ku++) : (e3 = u, 0 === ta && aa(at)), e3 === u && (43 === r2.charCodeAt(Ku) ? (e3 = "+", Ku++) : (e3 = u, 0 === ta && aa(ut))), e3 !== u && (n2 = Li()) !== u ? (Ju = t3, t3 = e3 = e3 + n2) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, 45 === r2.charCodeAt(Ku) ? (e3 = "-", Ku++) : (e3 = u, 0 === ta && aa(at)), e3 === u && (43 === r2.charCodeAt(Ku) ? (e3 = "+", Ku++) : (e3 = u, 0 === ta && aa(ut))), e3 !== u && (n2 = wi()) !== u ? (Ju = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (Ku = t3, t3 = u))), t3;
        }
        function mi() {
          var t3, e3, n2;
          return t3 = Ku, 46 === r2.charCodeAt(Ku) ? (e3 = ".", Ku++) : (e3 = u, 0 === ta && aa(De)), e3 !== u && (n2 = Li()) !== u ? (Ju = t3, t3 = e3 = "." + n2) : (Ku = t3, t3 = u), t3;
        }
        function Ci() {
          var t3, e3, n2;
          return t3 = Ku, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ku, Ye.test(r2.charAt(Ku)) ? (e4 = r2.charAt(Ku), Ku++) : (e4 = u, 0 === ta && aa($e));
            e4 !== u ? (We.test(r2.charAt(Ku)) ? (n3 = r2.charAt(Ku), Ku++) : (n3 = u, 0 === ta && aa(Ve)), n3 === u && (n3 = null), n3 !== u ? (Ju = t4, t4 = e4 = e4 + (null !== (o2 = n3) ? o2 : "")) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            var o2;
            return t4;
          })()) !== u && (n2 = Li()) !== u ? (Ju = t3, t3 = e3 = e3 + n2) : (Ku = t3, t3 = u), t3;
        }
        function Li() {
          var r3, t3, e3;
          if (r3 = Ku, t3 = [], (e3 = wi()) !== u) for (; e3 !== u; ) t3.push(e3), e3 = wi();
          else t3 = u;
          return t3 !== u && (Ju = r3, t3 = t3.join("")), r3 = t3;
        }
        function wi() {
          var t3;
          return Fe.test(r2.charAt(Ku)) ? (t3 = r2.charAt(Ku), Ku++) : (t3 = u, 0 === ta && aa(Ge)), t3;
        }
        function Ai() {
          var t3;
          return He.test(r2.charAt(Ku)) ? (t3 = r2.charAt(Ku), Ku++) : (t3 = u, 0 === ta && aa(Be)), t3;
        }
        function Ti() {
          var t3, e3, n2, o2;
          return t3 = Ku, "default" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(A)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Si() {
          var t3, e3, n2, o2;
          return t3 = Ku, "to" === r2.substr(Ku, 2).toLowerCase() ? (e3 = r2.substr(Ku, 2), Ku += 2) : (e3 = u, 0 === ta && aa(Qe)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ri() {
          var t3, e3, n2, o2;
          return t3 = Ku, "drop" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Je)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "DROP") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ii() {
          var t3, e3, n2, o2;
          return t3 = Ku, "update" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(tn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function gi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "create" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(en)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ni() {
          var t3, e3, n2, o2;
          return t3 = Ku, "temporary" === r2.substr(Ku, 9).toLowerCase() ? (e3 = r2.substr(Ku, 9), Ku += 9) : (e3 = u, 0 === ta && aa(nn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function _i() {
          var t3, e3, n2, o2;
          return t3 = Ku, "delete" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(on)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ji() {
          var t3, e3, n2, o2;
          return t3 = Ku, "insert" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(un)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Oi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "replace" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(sn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function xi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "rename" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(ln)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ki() {
          var t3, e3, n2, o2;
          return t3 = Ku, "ignore" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(fn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ui() {
          var t3, e3, n2, o2;
          return t3 = Ku, "partition" === r2.substr(Ku, 9).toLowerCase() ? (e3 = r2.substr(Ku, 9), Ku += 9) : (e3 = u, 0 === ta && aa(pn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "PARTITION") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Mi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "into" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(bn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Pi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "from" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(vn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Di() {
          var t3, e3, n2, o2;
          return t3 = Ku, "set" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(cr)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "SET") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Fi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "as" === r2.substr(Ku, 2).toLowerCase() ? (e3 = r2.substr(Ku, 2), Ku += 2) : (e3 = u, 0 === ta && aa(yn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Gi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "table" === r2.substr(Ku, 5).toLowerCase() ? (e3 = r2.substr(Ku, 5), Ku += 5) : (e3 = u, 0 === ta && aa(dn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "TABLE") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Hi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "on" === r2.substr(Ku, 2).toLowerCase() ? (e3 = r2.substr(Ku, 2), Ku += 2) : (e3 = u, 0 === ta && aa(Q)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Bi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "join" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Tn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Yi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "cross" === r2.substr(Ku, 5).toLowerCase() ? (e3 = r2.substr(Ku, 5), Ku += 5) : (e3 = u, 0 === ta && aa(Sn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function $i() {
          var t3, e3, n2, o2;
          return t3 = Ku, "outer" === r2.substr(Ku, 5).toLowerCase() ? (e3 = r2.substr(Ku, 5), Ku += 5) : (e3 = u, 0 === ta && aa(In)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Wi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "values" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(jn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Vi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "using" === r2.substr(Ku, 5).toLowerCase() ? (e3 = r2.substr(Ku, 5), Ku += 5) : (e3 = u, 0 === ta && aa(On)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function qi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "with" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Fr)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Xi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "by" === r2.substr(Ku, 2).toLowerCase() ? (e3 = r2.substr(Ku, 2), Ku += 2) : (e3 = u, 0 === ta && aa(Un)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Qi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "asc" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(Fn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "ASC") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ki() {
          var t3, e3, n2, o2;
          return t3 = Ku, "desc" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Gn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "DESC") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ji() {
          var t3, e3, n2, o2;
          return t3 = Ku, "all" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(Hn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "ALL") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Zi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "distinct" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa(Bn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "DISTINCT") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function zi() {
          var t3, e3, n2, o2;
          return t3 = Ku, "between" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(Yn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "BETWEEN") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function rc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "in" === r2.substr(Ku, 2).toLowerCase() ? (e3 = r2.substr(Ku, 2), Ku += 2) : (e3 = u, 0 === ta && aa(Ar)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "IN") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function tc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "is" === r2.substr(Ku, 2).toLowerCase() ? (e3 = r2.substr(Ku, 2), Ku += 2) : (e3 = u, 0 === ta && aa($n)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "IS") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ec() {
          var t3, e3, n2, o2;
          return t3 = Ku, "like" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Wn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "LIKE") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function nc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "similar" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(Vn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "SIMILAR") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function oc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "exists" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(qn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "EXISTS") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function uc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "not" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(rr)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "NOT") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ac() {
          var t3, e3, n2, o2;
          return t3 = Ku, "and" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(Xn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "AND") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function sc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "or" === r2.substr(Ku, 2).toLowerCase() ? (e3 = r2.substr(Ku, 2), Ku += 2) : (e3 = u, 0 === ta && aa(Qn)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "OR") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function ic() {
          var t3, e3, n2, o2;
          return t3 = Ku, "extract" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(so)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "EXTRACT") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function cc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "case" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(co)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function lc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "when" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(lo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function fc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "cast" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(vo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "CAST") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function pc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "try_cast" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa(yo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "TRY_CAST") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function bc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "char" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(mo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "CHAR") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function vc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "varchar" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(Co)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "VARCHAR") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function yc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "numeric" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(wo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "NUMERIC") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function dc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "decimal" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(Ao)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "DECIMAL") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function hc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "unsigned" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa(So)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "UNSIGNED") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ec() {
          var t3, e3, n2, o2;
          return t3 = Ku, "int" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(Ro)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "INT") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function mc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "integer" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(go)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "INTEGER") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Cc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "smallint" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa(Oo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "SMALLINT") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Lc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "tinyint" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(xo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "TINYINT") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function wc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "bigint" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(Do)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "BIGINT") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ac() {
          var t3, e3, n2, o2;
          return t3 = Ku, "float" === r2.substr(Ku, 5).toLowerCase() ? (e3 = r2.substr(Ku, 5), Ku += 5) : (e3 = u, 0 === ta && aa(Fo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "FLOAT") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Tc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "double" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(Go)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "DOUBLE") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Sc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "date" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Zt)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "DATE") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Rc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "datetime" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa(Ho)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "DATETIME") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Ic() {
          var t3, e3, n2, o2;
          return t3 = Ku, "time" === r2.substr(Ku, 4).toLowerCase() ? (e3 = r2.substr(Ku, 4), Ku += 4) : (e3 = u, 0 === ta && aa(Bo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "TIME") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function gc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "timestamp" === r2.substr(Ku, 9).toLowerCase() ? (e3 = r2.substr(Ku, 9), Ku += 9) : (e3 = u, 0 === ta && aa(Yo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "TIMESTAMP") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Nc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "truncate" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa($o)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "TRUNCATE") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function _c() {
          var t3, e3, n2, o2;
          return t3 = Ku, "map" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(Xo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "MAP") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function jc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "interval" === r2.substr(Ku, 8).toLowerCase() ? (e3 = r2.substr(Ku, 8), Ku += 8) : (e3 = u, 0 === ta && aa(Ko)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "INTERVAL") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Oc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "current_timestamp" === r2.substr(Ku, 17).toLowerCase() ? (e3 = r2.substr(Ku, 17), Ku += 17) : (e3 = u, 0 === ta && aa(Zo)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function xc() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "@@" === r2.substr(Ku, 2) ? (t4 = "@@", Ku += 2) : (t4 = u, 0 === ta && aa(iu)), t4;
          })()) === u && (t3 = (function() {
            var t4;
            return 64 === r2.charCodeAt(Ku) ? (t4 = "@", Ku++) : (t4 = u, 0 === ta && aa(su)), t4;
          })()) === u && (t3 = (function() {
            var t4;
            return 36 === r2.charCodeAt(Ku) ? (t4 = "$", Ku++) : (t4 = u, 0 === ta && aa(lt)), t4;
          })()), t3;
        }
        function kc() {
          var t3;
          return "::" === r2.substr(Ku, 2) ? (t3 = "::", Ku += 2) : (t3 = u, 0 === ta && aa(fu)), t3;
        }
        function Uc() {
          var t3;
          return 61 === r2.charCodeAt(Ku) ? (t3 = "=", Ku++) : (t3 = u, 0 === ta && aa(Qr)), t3;
        }
        function Mc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "add" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(bu)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "ADD") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Pc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "column" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(vu)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "COLUMN") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Dc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "index" === r2.substr(Ku, 5).toLowerCase() ? (e3 = r2.substr(Ku, 5), Ku += 5) : (e3 = u, 0 === ta && aa(yu)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "INDEX") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Fc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "key" === r2.substr(Ku, 3).toLowerCase() ? (e3 = r2.substr(Ku, 3), Ku += 3) : (e3 = u, 0 === ta && aa(E)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "KEY") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Gc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "unique" === r2.substr(Ku, 6).toLowerCase() ? (e3 = r2.substr(Ku, 6), Ku += 6) : (e3 = u, 0 === ta && aa(h)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "UNIQUE") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Hc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "comment" === r2.substr(Ku, 7).toLowerCase() ? (e3 = r2.substr(Ku, 7), Ku += 7) : (e3 = u, 0 === ta && aa(Eu)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "COMMENT") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Bc() {
          var t3, e3, n2, o2;
          return t3 = Ku, "constraint" === r2.substr(Ku, 10).toLowerCase() ? (e3 = r2.substr(Ku, 10), Ku += 10) : (e3 = u, 0 === ta && aa(mu)), e3 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t3, t3 = e3 = "CONSTRAINT") : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function Yc() {
          var t3;
          return 46 === r2.charCodeAt(Ku) ? (t3 = ".", Ku++) : (t3 = u, 0 === ta && aa(De)), t3;
        }
        function $c() {
          var t3;
          return 44 === r2.charCodeAt(Ku) ? (t3 = ",", Ku++) : (t3 = u, 0 === ta && aa(gu)), t3;
        }
        function Wc() {
          var t3;
          return 42 === r2.charCodeAt(Ku) ? (t3 = "*", Ku++) : (t3 = u, 0 === ta && aa(st)), t3;
        }
        function Vc() {
          var t3;
          return 40 === r2.charCodeAt(Ku) ? (t3 = "(", Ku++) : (t3 = u, 0 === ta && aa(xr)), t3;
        }
        function qc() {
          var t3;
          return 41 === r2.charCodeAt(Ku) ? (t3 = ")", Ku++) : (t3 = u, 0 === ta && aa(kr)), t3;
        }
        function Xc() {
          var t3;
          return 91 === r2.charCodeAt(Ku) ? (t3 = "[", Ku++) : (t3 = u, 0 === ta && aa(Nu)), t3;
        }
        function Qc() {
          var t3;
          return 93 === r2.charCodeAt(Ku) ? (t3 = "]", Ku++) : (t3 = u, 0 === ta && aa(_u)), t3;
        }
        function Kc() {
          var t3;
          return 60 === r2.charCodeAt(Ku) ? (t3 = "<", Ku++) : (t3 = u, 0 === ta && aa(et)), t3;
        }
        function Jc() {
          var t3;
          return 62 === r2.charCodeAt(Ku) ? (t3 = ">", Ku++) : (t3 = u, 0 === ta && aa(zr)), t3;
        }
        function Zc() {
          var t3;
          return 59 === r2.charCodeAt(Ku) ? (t3 = ";", Ku++) : (t3 = u, 0 === ta && aa(ju)), t3;
        }
        function zc() {
          var t3;
          return "->" === r2.substr(Ku, 2) ? (t3 = "->", Ku += 2) : (t3 = u, 0 === ta && aa(Ou)), t3;
        }
        function rl() {
          var t3;
          return "->>" === r2.substr(Ku, 3) ? (t3 = "->>", Ku += 3) : (t3 = u, 0 === ta && aa(xu)), t3;
        }
        function tl() {
          var t3;
          return "=>" === r2.substr(Ku, 2) ? (t3 = "=>", Ku += 2) : (t3 = u, 0 === ta && aa(ku)), t3;
        }
        function el() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "||" === r2.substr(Ku, 2) ? (t4 = "||", Ku += 2) : (t4 = u, 0 === ta && aa(Uu)), t4;
          })()) === u && (t3 = (function() {
            var t4;
            return "&&" === r2.substr(Ku, 2) ? (t4 = "&&", Ku += 2) : (t4 = u, 0 === ta && aa(Mu)), t4;
          })()), t3;
        }
        function nl() {
          var r3, t3;
          for (r3 = [], (t3 = il()) === u && (t3 = ul()); t3 !== u; ) r3.push(t3), (t3 = il()) === u && (t3 = ul());
          return r3;
        }
        function ol() {
          var r3, t3;
          if (r3 = [], (t3 = il()) === u && (t3 = ul()), t3 !== u) for (; t3 !== u; ) r3.push(t3), (t3 = il()) === u && (t3 = ul());
          else r3 = u;
          return r3;
        }
        function ul() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = Ku, "/*" === r2.substr(Ku, 2) ? (e3 = "/*", Ku += 2) : (e3 = u, 0 === ta && aa(Pu));
            if (e3 !== u) {
              for (n2 = [], o2 = Ku, a2 = Ku, ta++, "*/" === r2.substr(Ku, 2) ? (s2 = "*/", Ku += 2) : (s2 = u, 0 === ta && aa(Du)), ta--, s2 === u ? a2 = void 0 : (Ku = a2, a2 = u), a2 !== u && (s2 = sl()) !== u ? o2 = a2 = [a2, s2] : (Ku = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = Ku, a2 = Ku, ta++, "*/" === r2.substr(Ku, 2) ? (s2 = "*/", Ku += 2) : (s2 = u, 0 === ta && aa(Du)), ta--, s2 === u ? a2 = void 0 : (Ku = a2, a2 = u), a2 !== u && (s2 = sl()) !== u ? o2 = a2 = [a2, s2] : (Ku = o2, o2 = u);
              n2 !== u ? ("*/" === r2.substr(Ku, 2) ? (o2 = "*/", Ku += 2) : (o2 = u, 0 === ta && aa(Du)), o2 !== u ? t4 = e3 = [e3, n2, o2] : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
            } else Ku = t4, t4 = u;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2;
            t4 = Ku, "--" === r2.substr(Ku, 2) ? (e3 = "--", Ku += 2) : (e3 = u, 0 === ta && aa(Fu));
            if (e3 !== u) {
              for (n2 = [], o2 = Ku, a2 = Ku, ta++, s2 = cl(), ta--, s2 === u ? a2 = void 0 : (Ku = a2, a2 = u), a2 !== u && (s2 = sl()) !== u ? o2 = a2 = [a2, s2] : (Ku = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = Ku, a2 = Ku, ta++, s2 = cl(), ta--, s2 === u ? a2 = void 0 : (Ku = a2, a2 = u), a2 !== u && (s2 = sl()) !== u ? o2 = a2 = [a2, s2] : (Ku = o2, o2 = u);
              n2 !== u ? t4 = e3 = [e3, n2] : (Ku = t4, t4 = u);
            } else Ku = t4, t4 = u;
            return t4;
          })()), t3;
        }
        function al() {
          var r3, t3, e3, n2, o2, a2, s2;
          return r3 = Ku, (t3 = Hc()) !== u && nl() !== u ? ((e3 = Uc()) === u && (e3 = null), e3 !== u && nl() !== u && (n2 = bi()) !== u ? (Ju = r3, a2 = e3, s2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: a2, value: s2 }) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
        }
        function sl() {
          var t3;
          return r2.length > Ku ? (t3 = r2.charAt(Ku), Ku++) : (t3 = u, 0 === ta && aa(Gu)), t3;
        }
        function il() {
          var t3;
          return qu.test(r2.charAt(Ku)) ? (t3 = r2.charAt(Ku), Ku++) : (t3 = u, 0 === ta && aa(Xu)), t3;
        }
        function cl() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            t4 = Ku, ta++, r2.length > Ku ? (e4 = r2.charAt(Ku), Ku++) : (e4 = u, 0 === ta && aa(Gu));
            ta--, e4 === u ? t4 = void 0 : (Ku = t4, t4 = u);
            return t4;
          })()) === u) if (t3 = [], Me.test(r2.charAt(Ku)) ? (e3 = r2.charAt(Ku), Ku++) : (e3 = u, 0 === ta && aa(Pe)), e3 !== u) for (; e3 !== u; ) t3.push(e3), Me.test(r2.charAt(Ku)) ? (e3 = r2.charAt(Ku), Ku++) : (e3 = u, 0 === ta && aa(Pe));
          else t3 = u;
          return t3;
        }
        function ll() {
          var t3, e3;
          return t3 = Ku, Ju = Ku, xl = [], (true ? void 0 : u) !== u && nl() !== u ? ((e3 = fl()) === u && (e3 = (function() {
            var t4, e4;
            t4 = Ku, (function() {
              var t5;
              return "return" === r2.substr(Ku, 6).toLowerCase() ? (t5 = r2.substr(Ku, 6), Ku += 6) : (t5 = u, 0 === ta && aa(cu)), t5;
            })() !== u && nl() !== u && (e4 = pl()) !== u ? (Ju = t4, t4 = { type: "return", expr: e4 }) : (Ku = t4, t4 = u);
            return t4;
          })()), e3 !== u ? (Ju = t3, t3 = { type: "proc", stmt: e3, vars: xl }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function fl() {
          var t3, e3, n2, o2;
          return t3 = Ku, (e3 = ml()) === u && (e3 = Cl()), e3 !== u && nl() !== u ? ((n2 = (function() {
            var t4;
            return ":=" === r2.substr(Ku, 2) ? (t4 = ":=", Ku += 2) : (t4 = u, 0 === ta && aa(lu)), t4;
          })()) === u && (n2 = Uc()), n2 !== u && nl() !== u && (o2 = pl()) !== u ? (Ju = t3, t3 = e3 = { type: "assign", left: e3, symbol: n2, right: o2 }) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        function pl() {
          var r3;
          return (r3 = Oa()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = Ku, (t3 = ml()) !== u && nl() !== u && (e3 = Qa()) !== u && nl() !== u && (n2 = ml()) !== u && nl() !== u && (o2 = Za()) !== u ? (Ju = r4, r4 = t3 = { type: "join", ltable: t3, rtable: n2, op: e3, on: o2 }) : (Ku = r4, r4 = u);
            return r4;
          })()) === u && (r3 = bl()) === u && (r3 = (function() {
            var r4, t3;
            r4 = Ku, Xc() !== u && nl() !== u && (t3 = El()) !== u && nl() !== u && Qc() !== u ? (Ju = r4, r4 = { type: "array", value: t3 }) : (Ku = r4, r4 = u);
            return r4;
          })()), r3;
        }
        function bl() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = vl()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = Is()) !== u && (s2 = nl()) !== u && (i2 = vl()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = Is()) !== u && (s2 = nl()) !== u && (i2 = vl()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = Kr(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function vl() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = yl()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = Ns()) !== u && (s2 = nl()) !== u && (i2 = yl()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = Ns()) !== u && (s2 = nl()) !== u && (i2 = yl()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = Kr(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function yl() {
          var r3, t3, e3;
          return (r3 = fi()) === u && (r3 = ml()) === u && (r3 = hl()) === u && (r3 = Ks()) === u && (r3 = Ku, Vc() !== u && nl() !== u && (t3 = bl()) !== u && nl() !== u && qc() !== u ? (Ju = r3, (e3 = t3).parentheses = true, r3 = e3) : (Ku = r3, r3 = u)), r3;
        }
        function dl() {
          var r3, t3, e3, n2, o2, a2, s2;
          return r3 = Ku, (t3 = Ms()) !== u ? (e3 = Ku, (n2 = nl()) !== u && (o2 = Yc()) !== u && (a2 = nl()) !== u && (s2 = Ms()) !== u ? e3 = n2 = [n2, o2, a2, s2] : (Ku = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? (Ju = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { name: [r4] };
            return null !== t4 && (e4.schema = r4, e4.name = [t4[3]]), e4;
          })(t3, e3)) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3;
        }
        function hl() {
          var r3, t3, e3;
          return r3 = Ku, (t3 = dl()) !== u && nl() !== u && Vc() !== u && nl() !== u ? ((e3 = El()) === u && (e3 = null), e3 !== u && nl() !== u && qc() !== u ? (Ju = r3, r3 = t3 = { type: "function", name: t3, args: { type: "expr_list", value: e3 }, ...Tl() }) : (Ku = r3, r3 = u)) : (Ku = r3, r3 = u), r3 === u && (r3 = Ku, (t3 = dl()) !== u && (Ju = r3, t3 = (function(r4) {
            return { type: "function", name: r4, args: null, ...Tl() };
          })(t3)), r3 = t3), r3;
        }
        function El() {
          var r3, t3, e3, n2, o2, a2, s2, i2;
          if (r3 = Ku, (t3 = yl()) !== u) {
            for (e3 = [], n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = yl()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ku, (o2 = nl()) !== u && (a2 = $c()) !== u && (s2 = nl()) !== u && (i2 = yl()) !== u ? n2 = o2 = [o2, a2, s2, i2] : (Ku = n2, n2 = u);
            e3 !== u ? (Ju = r3, r3 = t3 = gl(t3, e3)) : (Ku = r3, r3 = u);
          } else Ku = r3, r3 = u;
          return r3;
        }
        function ml() {
          var r3, t3, e3, n2, o2;
          return r3 = Ku, (t3 = xc()) !== u && (e3 = Cl()) !== u ? (Ju = r3, n2 = t3, o2 = e3, r3 = t3 = { type: "var", ...o2, prefix: n2 }) : (Ku = r3, r3 = u), r3;
        }
        function Cl() {
          var t3, e3, n2, o2, a2;
          return t3 = Ku, (e3 = Vs()) !== u && (n2 = (function() {
            var t4, e4, n3, o3, a3;
            t4 = Ku, e4 = [], n3 = Ku, 46 === r2.charCodeAt(Ku) ? (o3 = ".", Ku++) : (o3 = u, 0 === ta && aa(De));
            o3 !== u && (a3 = Vs()) !== u ? n3 = o3 = [o3, a3] : (Ku = n3, n3 = u);
            for (; n3 !== u; ) e4.push(n3), n3 = Ku, 46 === r2.charCodeAt(Ku) ? (o3 = ".", Ku++) : (o3 = u, 0 === ta && aa(De)), o3 !== u && (a3 = Vs()) !== u ? n3 = o3 = [o3, a3] : (Ku = n3, n3 = u);
            e4 !== u && (Ju = t4, e4 = (function(r3) {
              const t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4));
            return t4 = e4;
          })()) !== u ? (Ju = t3, o2 = e3, a2 = n2, xl.push(o2), t3 = e3 = { type: "var", name: o2, members: a2, prefix: null }) : (Ku = t3, t3 = u), t3 === u && (t3 = Ku, (e3 = hi()) !== u && (Ju = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function Ll() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ku, (e3 = bc()) === u && (e3 = vc());
            if (e3 !== u) if (nl() !== u) if (Vc() !== u) if (nl() !== u) {
              if (n2 = [], Fe.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(Ge)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Fe.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(Ge));
              else n2 = u;
              n2 !== u && (o2 = nl()) !== u && qc() !== u ? (Ju = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (Ku = t4, t4 = u);
            } else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            t4 === u && (t4 = Ku, (e3 = bc()) !== u && (Ju = t4, e3 = /* @__PURE__ */ (function(r3) {
              return { dataType: r3 };
            })(e3)), (t4 = e3) === u && (t4 = Ku, (e3 = vc()) !== u && (Ju = t4, e3 = Qu(e3)), (t4 = e3) === u && (t4 = Ku, (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = Ku, "string" === r2.substr(Ku, 6).toLowerCase() ? (e4 = r2.substr(Ku, 6), Ku += 6) : (e4 = u, 0 === ta && aa(Lo)), e4 !== u ? (n3 = Ku, ta++, o3 = qs(), ta--, o3 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "STRING") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })()) !== u && (Ju = t4, e3 = /* @__PURE__ */ (function(r3) {
              return { dataType: r3 };
            })(e3)), t4 = e3)));
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, a2, s2, i2, c2, l2, f2, p2, b2;
            t4 = Ku, (e3 = yc()) === u && (e3 = dc()) === u && (e3 = Ec()) === u && (e3 = mc()) === u && (e3 = Cc()) === u && (e3 = Lc()) === u && (e3 = wc()) === u && (e3 = Ac()) === u && (e3 = Tc());
            if (e3 !== u) if ((n2 = nl()) !== u) if ((o2 = Vc()) !== u) if ((a2 = nl()) !== u) {
              if (s2 = [], Fe.test(r2.charAt(Ku)) ? (i2 = r2.charAt(Ku), Ku++) : (i2 = u, 0 === ta && aa(Ge)), i2 !== u) for (; i2 !== u; ) s2.push(i2), Fe.test(r2.charAt(Ku)) ? (i2 = r2.charAt(Ku), Ku++) : (i2 = u, 0 === ta && aa(Ge));
              else s2 = u;
              if (s2 !== u) if ((i2 = nl()) !== u) {
                if (c2 = Ku, (l2 = $c()) !== u) if ((f2 = nl()) !== u) {
                  if (p2 = [], Fe.test(r2.charAt(Ku)) ? (b2 = r2.charAt(Ku), Ku++) : (b2 = u, 0 === ta && aa(Ge)), b2 !== u) for (; b2 !== u; ) p2.push(b2), Fe.test(r2.charAt(Ku)) ? (b2 = r2.charAt(Ku), Ku++) : (b2 = u, 0 === ta && aa(Ge));
                  else p2 = u;
                  p2 !== u ? c2 = l2 = [l2, f2, p2] : (Ku = c2, c2 = u);
                } else Ku = c2, c2 = u;
                else Ku = c2, c2 = u;
                c2 === u && (c2 = null), c2 !== u && (l2 = nl()) !== u && (f2 = qc()) !== u && (p2 = nl()) !== u ? ((b2 = wl()) === u && (b2 = null), b2 !== u ? (Ju = t4, v2 = c2, y2 = b2, e3 = { dataType: e3, length: parseInt(s2.join(""), 10), scale: v2 && parseInt(v2[2].join(""), 10), parentheses: true, suffix: y2 }, t4 = e3) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
              } else Ku = t4, t4 = u;
              else Ku = t4, t4 = u;
            } else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            var v2, y2;
            if (t4 === u) {
              if (t4 = Ku, (e3 = yc()) === u && (e3 = dc()) === u && (e3 = Ec()) === u && (e3 = mc()) === u && (e3 = Cc()) === u && (e3 = Lc()) === u && (e3 = wc()) === u && (e3 = Ac()) === u && (e3 = Tc()), e3 !== u) {
                if (n2 = [], Fe.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(Ge)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Fe.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(Ge));
                else n2 = u;
                n2 !== u && (o2 = nl()) !== u ? ((a2 = wl()) === u && (a2 = null), a2 !== u ? (Ju = t4, e3 = (function(r3, t5, e4) {
                  return { dataType: r3, length: parseInt(t5.join(""), 10), suffix: e4 };
                })(e3, n2, a2), t4 = e3) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u);
              } else Ku = t4, t4 = u;
              t4 === u && (t4 = Ku, (e3 = yc()) === u && (e3 = dc()) === u && (e3 = Ec()) === u && (e3 = mc()) === u && (e3 = Cc()) === u && (e3 = Lc()) === u && (e3 = wc()) === u && (e3 = Ac()) === u && (e3 = Tc()), e3 !== u && (n2 = nl()) !== u ? ((o2 = wl()) === u && (o2 = null), o2 !== u && (a2 = nl()) !== u ? (Ju = t4, e3 = /* @__PURE__ */ (function(r3, t5) {
                return { dataType: r3, suffix: t5 };
              })(e3, o2), t4 = e3) : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u));
            }
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ku, (e3 = Sc()) === u && (e3 = Rc()) === u && (e3 = Ic()) === u && (e3 = gc());
            if (e3 !== u) if (nl() !== u) if (Vc() !== u) if (nl() !== u) {
              if (n2 = [], Fe.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(Ge)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Fe.test(r2.charAt(Ku)) ? (o2 = r2.charAt(Ku), Ku++) : (o2 = u, 0 === ta && aa(Ge));
              else n2 = u;
              n2 !== u && (o2 = nl()) !== u && qc() !== u ? (Ju = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (Ku = t4, t4 = u);
            } else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            else Ku = t4, t4 = u;
            t4 === u && (t4 = Ku, (e3 = Sc()) === u && (e3 = Rc()) === u && (e3 = Ic()) === u && (e3 = gc()), e3 !== u && (Ju = t4, e3 = Qu(e3)), t4 = e3);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "json" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(No)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "JSON") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "jsonb" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(_o)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "JSONB") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })());
            e3 !== u && (Ju = t4, e3 = Qu(e3));
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "geometry" === r2.substr(Ku, 8).toLowerCase() ? (e4 = r2.substr(Ku, 8), Ku += 8) : (e4 = u, 0 === ta && aa(jo)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "GEOMETRY") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })()) !== u && (Ju = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "tinytext" === r2.substr(Ku, 8).toLowerCase() ? (e4 = r2.substr(Ku, 8), Ku += 8) : (e4 = u, 0 === ta && aa(ko)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "TINYTEXT") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "text" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(Uo)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "TEXT") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "mediumtext" === r2.substr(Ku, 10).toLowerCase() ? (e4 = r2.substr(Ku, 10), Ku += 10) : (e4 = u, 0 === ta && aa(Mo)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "MEDIUMTEXT") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "longtext" === r2.substr(Ku, 8).toLowerCase() ? (e4 = r2.substr(Ku, 8), Ku += 8) : (e4 = u, 0 === ta && aa(Po)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "LONGTEXT") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })());
            e3 !== u && (Ju = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "uuid" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(Vo)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "UUID") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })()) !== u && (Ju = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "bool" === r2.substr(Ku, 4).toLowerCase() ? (e4 = r2.substr(Ku, 4), Ku += 4) : (e4 = u, 0 === ta && aa(ho)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "BOOL") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "boolean" === r2.substr(Ku, 7).toLowerCase() ? (e4 = r2.substr(Ku, 7), Ku += 7) : (e4 = u, 0 === ta && aa(Eo)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "BOOLEAN") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })());
            e3 !== u && (Ju = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n3, o2;
              return t5 = Ku, "array" === r2.substr(Ku, 5).toLowerCase() ? (e4 = r2.substr(Ku, 5), Ku += 5) : (e4 = u, 0 === ta && aa(qo)), e4 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t5, t5 = e4 = "ARRAY") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })()) !== u && Kc() !== u && (n2 = Ll()) !== u && Jc() !== u ? (Ju = t4, t4 = e3 = { dataType: e3, subType: n2 }) : (Ku = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3;
            r3 = Ku, (t4 = _c()) !== u && Kc() !== u && Ll() !== u && $c() !== u && (e3 = Ll()) !== u && Jc() !== u ? (Ju = r3, r3 = t4 = { dataType: t4, subType: e3 }) : (Ku = r3, r3 = u);
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ku, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ku, "row" === r2.substr(Ku, 3).toLowerCase() ? (e4 = r2.substr(Ku, 3), Ku += 3) : (e4 = u, 0 === ta && aa(ar)), e4 !== u ? (n2 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n2 = void 0 : (Ku = n2, n2 = u), n2 !== u ? (Ju = t5, t5 = e4 = "ROW") : (Ku = t5, t5 = u)) : (Ku = t5, t5 = u), t5;
            })()) !== u && (Ju = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()), t3;
        }
        function wl() {
          var t3, e3, n2;
          return t3 = Ku, (e3 = hc()) === u && (e3 = null), e3 !== u && nl() !== u ? ((n2 = (function() {
            var t4, e4, n3, o2;
            return t4 = Ku, "zerofill" === r2.substr(Ku, 8).toLowerCase() ? (e4 = r2.substr(Ku, 8), Ku += 8) : (e4 = u, 0 === ta && aa(Io)), e4 !== u ? (n3 = Ku, ta++, o2 = qs(), ta--, o2 === u ? n3 = void 0 : (Ku = n3, n3 = u), n3 !== u ? (Ju = t4, t4 = e4 = "ZEROFILL") : (Ku = t4, t4 = u)) : (Ku = t4, t4 = u), t4;
          })()) === u && (n2 = null), n2 !== u ? (Ju = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push(r3), t4 && e4.push(t4), e4;
          })(e3, n2)) : (Ku = t3, t3 = u)) : (Ku = t3, t3 = u), t3;
        }
        const Al = { ABS: true, ALL: true, ALLOCATE: true, ALLOW: true, ALTER: true, AND: true, ANY: true, ARE: true, ARRAY: true, ARRAY_MAX_CARDINALITY: true, AS: true, ASENSITIVE: true, ASYMMETRIC: true, AT: true, ATOMIC: true, AUTHORIZATION: true, AVG: true, BEGIN: true, BEGIN_FRAME: true, BEGIN_PARTITION: true, BETWEEN: true, BIGINT: true, BINARY: true, BIT: true, BLOB: true, BOOLEAN: true, BOTH: true, BY: true, CALL: true, CALLED: true, CARDINALITY: true, CASCADED: true, CASE: true, CAST: true, CEIL: true, CEILING: true, CHAR: true, CHARACTER: true, CHARACTER_LENGTH: true, CHAR_LENGTH: true, CHECK: true, CLASSIFIER: true, CLOB: true, CLOSE: true, COALESCE: true, COLLATE: true, COLLECT: true, COLUMN: true, COMMIT: true, CONDITION: true, CONNECT: true, CONSTRAINT: true, CONTAINS: true, CONVERT: true, CORR: true, CORRESPONDING: true, COUNT: true, COVAR_POP: true, COVAR_SAMP: true, CREATE: true, CROSS: true, CUBE: true, CUME_DIST: true, CURRENT: true, CURRENT_CATALOG: true, CURRENT_DATE: true, CURRENT_DEFAULT_TRANSFORM_GROUP: true, CURRENT_PATH: true, CURRENT_ROLE: true, CURRENT_ROW: true, CURRENT_SCHEMA: true, CURRENT_TIME: true, CURRENT_TIMESTAMP: true, CURRENT_TRANSFORM_GROUP_FOR_TYPE: true, CURRENT_USER: true, CURSOR: true, CYCLE: true, DATE: true, DAY: true, DEALLOCATE: true, DEC: true, DECIMAL: true, DECLARE: true, DEFAULT: true, DEFINE: true, DELETE: true, DENSE_RANK: true, DEREF: true, DESCRIBE: true, DETERMINISTIC: true, DISALLOW: true, DISCONNECT: true, DISTINCT: true, DOUBLE: true, DROP: true, DYNAMIC: true, EACH: true, ELEMENT: true, ELSE: true, EMPTY: true, END: true, "END-EXEC": true, END_FRAME: true, END_PARTITION: true, EQUALS: true, ESCAPE: true, EVERY: true, EXCEPT: true, EXEC: true, EXECUTE: true, EXISTS: true, EXP: true, EXPLAIN: true, EXTEND: true, EXTERNAL: true, EXTRACT: true, FALSE: true, FETCH: true, FILTER: true, FIRST_VALUE: true, FLOAT: true, FLOOR: true, FOR: true, FOREIGN: true, FRAME_ROW: true, FREE: true, FROM: true, FULL: true, FUNCTION: true, FUSION: true, GET: true, GLOBAL: true, GRANT: true, GROUP: true, GROUPING: true, GROUPS: true, HAVING: true, HOLD: true, HOUR: true, IDENTITY: true, IMPORT: true, IN: true, INDICATOR: true, INITIAL: true, INNER: true, INOUT: true, INSENSITIVE: true, INSERT: true, INT: true, INTEGER: true, INTERSECT: true, INTERSECTION: true, INTERVAL: true, INTO: true, IS: true, JOIN: true, JSON_ARRAY: true, JSON_ARRAYAGG: true, JSON_EXISTS: true, JSON_OBJECT: true, JSON_OBJECTAGG: true, JSON_QUERY: true, JSON_VALUE: true, LAG: true, LANGUAGE: true, LARGE: true, LAST_VALUE: true, LATERAL: true, LEAD: true, LEADING: true, LEFT: true, LIKE: true, LIKE_REGEX: true, LIMIT: true, LN: true, LOCAL: true, LOCALTIME: true, LOCALTIMESTAMP: true, LOWER: true, MATCH: true, MATCHES: true, MATCH_NUMBER: true, MATCH_RECOGNIZE: true, MAX: true, MEASURES: true, MEMBER: true, MERGE: true, METHOD: true, MIN: true, MINUS: true, MINUTE: true, MOD: true, MODIFIES: true, MODULE: true, MONTH: true, MULTISET: true, NATIONAL: true, NATURAL: true, NCHAR: true, NCLOB: true, NEW: true, NEXT: true, NO: true, NONE: true, NORMALIZE: true, NOT: true, NTH_VALUE: true, NTILE: true, NULL: true, NULLIF: true, NUMERIC: true, OCCURRENCES_REGEX: true, OCTET_LENGTH: true, OF: true, OFFSET: true, OLD: true, OMIT: true, ON: true, ONE: true, ONLY: true, OPEN: true, OR: true, ORDER: true, OUT: true, OUTER: true, OVER: true, OVERLAPS: true, OVERLAY: true, PARAMETER: true, PARTITION: true, PATTERN: true, PER: true, PERCENT: true, PERCENTILE_CONT: true, PERCENTILE_DISC: true, PERCENT_RANK: true, PERIOD: true, PERMUTE: true, PORTION: true, POSITION: true, POSITION_REGEX: true, POWER: true, PRECEDES: true, PRECISION: true, PREPARE: true, PREV: true, PRIMARY: true, PROCEDURE: true, RANGE: true, RANK: true, READS: true, REAL: true, RECURSIVE: true, REF: true, REFERENCES: true, REFERENCING: true, REGR_AVGX: true, REGR_AVGY: true, REGR_COUNT: true, REGR_INTERCEPT: true, REGR_R2: true, REGR_SLOPE: true, REGR_SXX: true, REGR_SXY: true, REGR_SYY: true, RELEASE: true, RESET: true, RESULT: true, RETURN: true, RETURNS: true, REVOKE: true, RIGHT: true, ROLLBACK: true, ROLLUP: true, ROW: true, ROWS: true, ROW_NUMBER: true, RUNNING: true, SAVEPOINT: true, SCOPE: true, SCROLL: true, SEARCH: true, SECOND: true, SEEK: true, SELECT: true, SENSITIVE: true, SESSION_USER: true, SET: true, SHOW: true, SIMILAR: true, SIMILAR: true, SKIP: true, SMALLINT: true, SOME: true, SPECIFIC: true, SPECIFICTYPE: true, SQL: true, SQLEXCEPTION: true, SQLSTATE: true, SQLWARNING: true, SQRT: true, START: true, STATIC: true, STDDEV_POP: true, STDDEV_SAMP: true, STREAM: true, SUBMULTISET: true, SUBSET: true, SUBSTRING: true, SUBSTRING_REGEX: true, SUCCEEDS: true, SUM: true, SYMMETRIC: true, SYSTEM: true, SYSTEM_TIME: true, SYSTEM_USER: true, TABLE: true, TABLESAMPLE: true, THEN: true, TO: true, TIME: true, TIMESTAMP: true, TIMEZONE_HOUR: true, TIMEZONE_MINUTE: true, TINYINT: true, TO: true, TRAILING: true, TRANSLATE: true, TRANSLATE_REGEX: true, TRANSLATION: true, TREAT: true, TRIGGER: true, TRIM: true, TRIM_ARRAY: true, TRUE: true, TRUNCATE: true, UESCAPE: true, UNION: true, UNIQUE: true, UNKNOWN: true, UNNEST: true, UPDATE: true, UPPER: true, UPSERT: true, USER: true, USING: true, VALUE: true, VALUES: true, VALUE_OF: true, VARBINARY: true, VARCHAR: true, VARYING: true, VAR_POP: true, VAR_SAMP: true, VERSIONING: true, WHEN: true, WHENEVER: true, WHERE: true, WIDTH_BUCKET: true, WINDOW: true, WITH: true, WITHIN: true, WITHOUT: true, YEAR: true };
        function Tl() {
          return t2.includeLocations ? { loc: ua(Ju, Ku) } : {};
        }
        function Sl(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function Rl(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3 };
        }
        function Il(r3) {
          const t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function gl(r3, t3, e3 = 3) {
          const n2 = [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function Nl(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = Rl(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function _l(r3) {
          const t3 = Ml[r3];
          return t3 || (r3 || null);
        }
        function jl(r3) {
          const t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            const r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = _l(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        function Ol(r3) {
          return "string" == typeof r3 ? { type: "same", value: r3 } : r3;
        }
        let xl = [];
        const kl = /* @__PURE__ */ new Set(), Ul = /* @__PURE__ */ new Set(), Ml = {};
        if ((e2 = s()) !== u && Ku === r2.length) return e2;
        throw e2 !== u && Ku < r2.length && aa({ type: "end" }), sa(ra, zu < r2.length ? r2.charAt(zu) : null, zu < r2.length ? ua(zu, zu + 1) : ua(zu, zu));
      } };
    }, function(r, t, e) {
      r.exports = e(3);
    }, function(r, t) {
      r.exports = require_BigInteger();
    }, function(r, t, e) {
      "use strict";
      e.r(t), e.d(t, "Parser", (function() {
        return $t;
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
        return T;
      })), e.d(n, "autoIncrementToSQL", (function() {
        return N;
      })), e.d(n, "columnOrderListToSQL", (function() {
        return _;
      })), e.d(n, "commonKeywordArgsToSQL", (function() {
        return g;
      })), e.d(n, "commonOptionConnector", (function() {
        return s;
      })), e.d(n, "connector", (function() {
        return i;
      })), e.d(n, "commonTypeValue", (function() {
        return C;
      })), e.d(n, "commentToSQL", (function() {
        return S;
      })), e.d(n, "createBinaryExpr", (function() {
        return l;
      })), e.d(n, "createValueExpr", (function() {
        return c;
      })), e.d(n, "dataTypeToSQL", (function() {
        return A;
      })), e.d(n, "DEFAULT_OPT", (function() {
        return u;
      })), e.d(n, "escape", (function() {
        return f;
      })), e.d(n, "literalToSQL", (function() {
        return m;
      })), e.d(n, "columnIdentifierToSql", (function() {
        return y;
      })), e.d(n, "getParserOpt", (function() {
        return p;
      })), e.d(n, "identifierToSql", (function() {
        return d;
      })), e.d(n, "onPartitionsToSQL", (function() {
        return w;
      })), e.d(n, "replaceParams", (function() {
        return L;
      })), e.d(n, "returningToSQL", (function() {
        return I;
      })), e.d(n, "hasVal", (function() {
        return E;
      })), e.d(n, "setParserOpt", (function() {
        return b;
      })), e.d(n, "toUpper", (function() {
        return h;
      })), e.d(n, "topToSQL", (function() {
        return v;
      })), e.d(n, "triggerEventToSQL", (function() {
        return R;
      }));
      var u = { database: "flinksql", type: "table", trimQuery: true, parseOptions: { includeLocations: false } }, a = u;
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
      function E(r2) {
        return r2;
      }
      function m(r2) {
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
          return t2 && i2.push(h(t2)), i2.push(s2), u2 && ("string" == typeof u2 && i2.push(u2), "object" === o(u2) && (u2.collate ? i2.push(bt(u2.collate)) : i2.push(m(u2)))), s2 = i2.join(" "), n2 ? "(".concat(s2, ")") : s2;
        }
      }
      function C(r2) {
        if (!r2) return [];
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value;
        return [t2.toUpperCase(), e2, "string" == typeof n2 ? n2.toUpperCase() : m(n2)].filter(E);
      }
      function L(r2, t2) {
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
      function w(r2) {
        var t2 = r2.type, e2 = r2.partitions;
        return [h(t2), "(".concat(e2.map((function(r3) {
          if ("range" !== r3.type) return m(r3);
          var t3 = r3.start, e3 = r3.end, n2 = r3.symbol;
          return "".concat(m(t3), " ").concat(h(n2), " ").concat(m(e3));
        })).join(", "), ")")].join(" ");
      }
      function A(r2) {
        var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.parentheses, u2 = r2.scale, a2 = r2.suffix, s2 = "";
        null != n2 && (s2 = u2 ? "".concat(n2, ", ").concat(u2) : n2), o2 && (s2 = "(".concat(s2, ")")), a2 && a2.length && (s2 += " ".concat(a2.join(" ")));
        var i2 = t2 ? "".concat(t2, ".") : "";
        return "".concat(i2).concat(e2).concat(s2);
      }
      function T(r2) {
        if (r2) {
          var t2 = r2.dataType, e2 = r2.definition, n2 = r2.anglebracket, o2 = h(t2);
          if ("ARRAY" !== o2 && "STRUCT" !== o2) return o2;
          var u2 = e2 && e2.map((function(r3) {
            return [r3.field_name, T(r3.field_type)].filter(E).join(" ");
          })).join(", ");
          return n2 ? "".concat(o2, "<").concat(u2, ">") : "".concat(o2, " ").concat(u2);
        }
      }
      function S(r2) {
        if (r2) {
          var t2 = [], e2 = r2.keyword, n2 = r2.symbol, o2 = r2.value;
          return t2.push(e2.toUpperCase()), n2 && t2.push(n2), t2.push(m(o2)), t2.join(" ");
        }
      }
      function R(r2) {
        return r2.map((function(r3) {
          var t2 = r3.keyword, e2 = r3.args, n2 = [h(t2)];
          if (e2) {
            var o2 = e2.keyword, u2 = e2.columns;
            n2.push(h(o2), u2.map(At).join(", "));
          }
          return n2.join(" ");
        })).join(" OR ");
      }
      function I(r2) {
        return r2 ? ["RETURNING", r2.columns.map(_t).filter(E).join(", ")].join(" ") : "";
      }
      function g(r2) {
        return r2 ? [h(r2.keyword), h(r2.args)] : [];
      }
      function N(r2) {
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
          return u2 && (a2 += "(".concat(m(n2), ", ").concat(m(o2), ")")), a2;
        }
      }
      function _(r2) {
        if (r2) return r2.map(It).filter(E).join(", ");
      }
      function j(r2) {
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
      function x(r2) {
        if (!r2) return [];
        var t2 = r2.keyword, e2 = r2.type;
        return [t2.toUpperCase(), h(e2)];
      }
      function k(r2) {
        if (r2) {
          var t2 = r2.type, e2 = r2.expr, n2 = r2.symbol, o2 = t2.toUpperCase(), u2 = [];
          switch (u2.push(o2), o2) {
            case "KEY_BLOCK_SIZE":
              n2 && u2.push(n2), u2.push(m(e2));
              break;
            case "BTREE":
            case "HASH":
              u2.length = 0, u2.push.apply(u2, j(x(r2)));
              break;
            case "WITH PARSER":
              u2.push(e2);
              break;
            case "VISIBLE":
            case "INVISIBLE":
              break;
            case "COMMENT":
              u2.shift(), u2.push(S(r2));
              break;
            case "DATA_COMPRESSION":
              u2.push(n2, h(e2.value), w(e2.on));
              break;
            default:
              u2.push(n2, m(e2));
          }
          return u2.filter(E).join(" ");
        }
      }
      function U(r2) {
        return r2 ? r2.map(k) : [];
      }
      function M(r2) {
        var t2 = r2.constraint_type, e2 = r2.index_type, n2 = r2.index_options, o2 = void 0 === n2 ? [] : n2, u2 = r2.definition, a2 = r2.on, s2 = r2.with, i2 = [];
        if (i2.push.apply(i2, j(x(e2))), u2 && u2.length) {
          var c2 = "CHECK" === h(t2) ? "(".concat(lt(u2[0]), ")") : "(".concat(u2.map((function(r3) {
            return lt(r3);
          })).join(", "), ")");
          i2.push(c2);
        }
        return i2.push(U(o2).join(" ")), s2 && i2.push("WITH (".concat(U(s2).join(", "), ")")), a2 && i2.push("ON [".concat(a2, "]")), i2;
      }
      function P(r2) {
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
        var o2 = r2.right.escape || {}, u2 = Array.isArray(r2.left) ? r2.left.map(lt).join(", ") : lt(r2.left), a2 = bt(r2.collate), s2 = [u2, t2, e2, h(o2.type), lt(o2.value)].filter(E).join("." === t2 ? "" : " "), i2 = r2.parentheses ? "(".concat(s2, ")") : s2;
        return a2 && (i2 = "".concat(i2, " ").concat(a2)), i2;
      }
      function D(r2) {
        var t2 = r2.name, e2 = r2.type;
        switch (e2) {
          case "table":
          case "view":
            var n2 = [d(t2.db), d(t2.table)].filter(E).join(".");
            return "".concat(h(e2), " ").concat(n2);
          case "column":
            return "COLUMN ".concat(At(t2));
          default:
            return "".concat(h(e2), " ").concat(m(t2));
        }
      }
      function F(r2) {
        var t2 = r2.keyword, e2 = r2.expr;
        return [h(t2), m(e2)].filter(E).join(" ");
      }
      function G(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return H(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return H(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? H(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function H(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function B(r2) {
        return r2 ? [r2.prefix.map(m).join(" "), lt(r2.value), r2.suffix.map(m).join(" ")] : [];
      }
      function Y(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat(G(B(n2)), G(B(e2))).filter(E).join(" ")) : (function(r3) {
          var t3 = r3.seperator, e3 = r3.value;
          return 1 === e3.length && "offset" === t3 ? i("OFFSET", lt(e3[0])) : i("LIMIT", e3.map(lt).join("".concat("offset" === t3 ? " " : "").concat(h(t3), " ")));
        })(r2) : "";
        var t2, e2, n2;
      }
      function $(r2) {
        if (r2 && 0 !== r2.length) {
          var t2 = r2[0].recursive ? "RECURSIVE " : "", e2 = r2.map((function(r3) {
            var t3 = r3.name, e3 = r3.stmt, n2 = r3.columns, o2 = Array.isArray(n2) ? "(".concat(n2.map(At).join(", "), ")") : "", u2 = s("values" === e3.type ? "VALUES" : "", lt, e3);
            return "".concat("default" === t3.type ? d(t3.value) : m(t3)).concat(o2, " AS (").concat(u2, ")");
          })).join(", ");
          return "WITH ".concat(t2).concat(e2);
        }
      }
      function W(r2) {
        if (r2 && r2.position) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = [], o2 = h(t2);
          switch (o2) {
            case "VAR":
              n2.push(e2.map(ct).join(", "));
              break;
            default:
              n2.push(o2, "string" == typeof e2 ? d(e2) : lt(e2));
          }
          return n2.filter(E).join(" ");
        }
      }
      function V(r2) {
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, u2 = r2.for, a2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = void 0 === c2 ? {} : c2, f2 = r2.locking_read, p2 = r2.groupby, b2 = r2.having, y2 = r2.into, d2 = void 0 === y2 ? {} : y2, C2 = r2.isolation, L2 = r2.limit, w2 = r2.options, A2 = r2.orderby, T2 = r2.parentheses_symbol, S2 = r2.qualify, R2 = r2.top, I2 = r2.window, g2 = r2.with, N2 = r2.where, _2 = [$(g2), "SELECT", h(t2)];
        Array.isArray(w2) && _2.push(w2.join(" ")), _2.push((function(r3) {
          if (r3) {
            if ("string" == typeof r3) return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [h(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(E).join(" ");
          }
        })(o2), v(R2), Ot(e2, a2));
        var j2 = d2.position, O2 = "";
        j2 && (O2 = s("INTO", W, d2)), "column" === j2 && _2.push(O2), _2.push(s("FROM", Lr, a2)), "from" === j2 && _2.push(O2);
        var x2 = l2 || {}, k2 = x2.keyword, U2 = x2.expr;
        _2.push(s(k2, lt, U2)), _2.push(s("WHERE", lt, N2)), p2 && (_2.push(i("GROUP BY", ft(p2.columns).join(", "))), _2.push(ft(p2.modifiers).join(", "))), _2.push(s("HAVING", lt, b2)), _2.push(s("QUALIFY", lt, S2)), _2.push(s("WINDOW", lt, I2)), _2.push(pt(A2, "order by")), _2.push(bt(n2)), _2.push(Y(L2)), C2 && _2.push(s(C2.keyword, m, C2.expr)), _2.push(h(f2)), "end" === j2 && _2.push(O2), _2.push((function(r3) {
          if (r3) {
            var t3 = r3.expr, e3 = r3.keyword, n3 = [h(r3.type), h(e3)];
            return t3 ? "".concat(n3.join(" "), "(").concat(lt(t3), ")") : n3.join(" ");
          }
        })(u2));
        var M2 = _2.filter(E).join(" ");
        return T2 ? "(".concat(M2, ")") : M2;
      }
      function q(r2, t2) {
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
        var t2, e2 = [], n2 = q(r2);
        try {
          for (n2.s(); !(t2 = n2.n()).done; ) {
            var o2 = t2.value, u2 = {}, a2 = o2.value;
            for (var s2 in o2) "value" !== s2 && "keyword" !== s2 && (u2[s2] = o2[s2]);
            var i2 = [At(u2)], c2 = "";
            a2 && (c2 = lt(a2), i2.push("=", c2)), e2.push(i2.filter(E).join(" "));
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
        return ["@".concat(t2), "=", lt(e2)].filter(E).join(" ");
      }
      function J(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.terminated, n2 = r2.enclosed, o2 = r2.escaped;
        return [h(t2), m(e2), m(n2), m(o2)].filter(E).join(" ");
      }
      function Z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.starting, n2 = r2.terminated;
        return [h(t2), m(e2), m(n2)].filter(E).join(" ");
      }
      function z(r2) {
        if (!r2) return "";
        var t2 = r2.count, e2 = r2.suffix;
        return ["IGNORE", m(t2), e2].filter(E).join(" ");
      }
      function rr(r2) {
        if (!r2) return "";
        var t2 = r2.mode, e2 = r2.local, n2 = r2.file, o2 = r2.replace_ignore, u2 = r2.table, a2 = r2.partition, i2 = r2.character_set, c2 = r2.column, l2 = r2.fields, f2 = r2.lines, p2 = r2.set, b2 = r2.ignore;
        return ["LOAD DATA", h(t2), h(e2), "INFILE", m(n2), h(o2), "INTO TABLE", Cr(u2), sr(a2), s("CHARACTER SET", m, i2), J(l2), Z(f2), z(b2), Ot(c2), s("SET", Q, p2)].filter(E).join(" ");
      }
      function tr(r2) {
        var t2 = r2.left, e2 = r2.right, n2 = r2.symbol, o2 = r2.keyword;
        t2.keyword = o2;
        var u2 = lt(t2), a2 = lt(e2);
        return [u2, h(n2), a2].filter(E).join(" ");
      }
      function er(r2) {
        var t2, e2, n2, o2, u2 = r2.keyword, a2 = r2.suffix, i2 = "";
        switch (h(u2)) {
          case "BINLOG":
            e2 = (t2 = r2).in, n2 = t2.from, o2 = t2.limit, i2 = [s("IN", m, e2 && e2.right), s("FROM", Lr, n2), Y(o2)].filter(E).join(" ");
            break;
          case "CHARACTER":
          case "COLLATION":
            i2 = (function(r3) {
              var t3 = r3.expr;
              if (t3) return "LIKE" === h(t3.op) ? s("LIKE", m, t3.right) : s("WHERE", lt, t3);
            })(r2);
            break;
          case "COLUMNS":
          case "INDEXES":
          case "INDEX":
            i2 = s("FROM", Lr, r2.from);
            break;
          case "GRANTS":
            i2 = (function(r3) {
              var t3 = r3.for;
              if (t3) {
                var e3 = t3.user, n3 = t3.host, o3 = t3.role_list, u3 = "'".concat(e3, "'");
                return n3 && (u3 += "@'".concat(n3, "'")), ["FOR", u3, o3 && "USING", o3 && o3.map((function(r4) {
                  return "'".concat(r4, "'");
                })).join(", ")].filter(E).join(" ");
              }
            })(r2);
            break;
          case "CREATE":
            i2 = s("", Cr, r2[a2]);
            break;
          case "VAR":
            i2 = ct(r2.var), u2 = "";
        }
        return ["SHOW", h(u2), h(a2), i2].filter(E).join(" ");
      }
      var nr = { alter: function(r2) {
        var t2 = r2.keyword;
        switch (void 0 === t2 ? "table" : t2) {
          case "aggregate":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name, u2 = r3.type, a2 = t3.expr, s2 = t3.orderby;
              return [h(u2), h(n2), [[d(o2.schema), d(o2.name)].filter(E).join("."), "(".concat(a2.map(nt).join(", ")).concat(s2 ? [" ORDER", "BY", s2.map(nt).join(", ")].join(" ") : "", ")")].filter(E).join(""), et(e2)].filter(E).join(" ");
            })(r2);
          case "table":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.table, n2 = r3.if_exists, o2 = r3.prefix, u2 = r3.expr, a2 = void 0 === u2 ? [] : u2, s2 = h(t3), i2 = Lr(e2), c2 = a2.map(lt);
              return [s2, "TABLE", h(n2), m(o2), i2, c2.join(", ")].filter(E).join(" ");
            })(r2);
          case "schema":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.schema;
              return [h(r3.type), h(e2), d(n2), et(t3)].filter(E).join(" ");
            })(r2);
          case "sequence":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.keyword, n2 = r3.sequence, o2 = r3.if_exists, u2 = r3.expr, a2 = void 0 === u2 ? [] : u2, s2 = h(t3), i2 = Lr(n2), c2 = a2.map(Qr);
              return [s2, h(e2), h(o2), i2, c2.join(", ")].filter(E).join(" ");
            })(r2);
          case "domain":
          case "type":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.name;
              return [h(r3.type), h(e2), [d(n2.schema), d(n2.name)].filter(E).join("."), et(t3)].filter(E).join(" ");
            })(r2);
          case "function":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name;
              return [h(r3.type), h(n2), [[d(o2.schema), d(o2.name)].filter(E).join("."), t3 && "(".concat(t3.expr ? t3.expr.map(nt).join(", ") : "", ")")].filter(E).join(""), et(e2)].filter(E).join(" ");
            })(r2);
          case "view":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.columns, n2 = r3.attributes, o2 = r3.select, u2 = r3.view, a2 = r3.with, s2 = h(t3), i2 = Cr(u2), c2 = [s2, "VIEW", i2];
              e2 && c2.push("(".concat(e2.map(At).join(", "), ")"));
              n2 && c2.push("WITH ".concat(n2.map(h).join(", ")));
              c2.push("AS", V(o2)), a2 && c2.push(h(a2));
              return c2.filter(E).join(" ");
            })(r2);
        }
      }, analyze: function(r2) {
        var t2 = r2.type, e2 = r2.table;
        return [h(t2), Cr(e2)].join(" ");
      }, attach: function(r2) {
        var t2 = r2.type, e2 = r2.database, n2 = r2.expr, o2 = r2.as, u2 = r2.schema;
        return [h(t2), h(e2), lt(n2), h(o2), d(u2)].filter(E).join(" ");
      }, create: function(r2) {
        var t2 = r2.keyword, e2 = "";
        switch (t2.toLowerCase()) {
          case "aggregate":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, u2 = r3.args, a2 = r3.options, s2 = [h(t3), h(e3), h(n2)], i2 = [d(o2.schema), o2.name].filter(E).join("."), c2 = "".concat(u2.expr.map(nt).join(", ")).concat(u2.orderby ? [" ORDER", "BY", u2.orderby.map(nt).join(", ")].join(" ") : "");
              return s2.push("".concat(i2, "(").concat(c2, ")"), "(".concat(a2.map(rt).join(", "), ")")), s2.filter(E).join(" ");
            })(r2);
            break;
          case "table":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.table, o2 = r3.like, u2 = r3.as, a2 = r3.temporary, s2 = r3.if_not_exists, i2 = r3.create_definitions, c2 = r3.table_options, l2 = r3.ignore_replace, f2 = r3.replace, b2 = r3.partition_of, v2 = r3.query_expr, y2 = r3.unlogged, d2 = r3.with, C2 = [h(t3), h(f2), h(a2), h(y2), h(e3), h(s2), Lr(n2)];
              if (o2) {
                var L2 = o2.type, w2 = Lr(o2.table);
                return C2.push(h(L2), w2), C2.filter(E).join(" ");
              }
              if (b2) return C2.concat([Jr(b2)]).filter(E).join(" ");
              i2 && C2.push("(".concat(i2.map(Qr).join(", "), ")"));
              if (c2) {
                var A2 = p().database, T2 = A2 && "sqlite" === A2.toLowerCase() ? ", " : " ";
                C2.push(c2.map(wr).join(T2));
              }
              if (d2) {
                var S2 = d2.map((function(r4) {
                  return [m(r4.keyword), h(r4.symbol), m(r4.value)].join(" ");
                })).join(", ");
                C2.push("WITH (".concat(S2, ")"));
              }
              C2.push(h(l2), h(u2)), v2 && C2.push(or(v2));
              return C2.filter(E).join(" ");
            })(r2);
            break;
          case "trigger":
            e2 = "constraint" === r2.resource ? (function(r3) {
              var t3 = r3.constraint, e3 = r3.constraint_kw, n2 = r3.deferrable, o2 = r3.events, u2 = r3.execute, a2 = r3.for_each, s2 = r3.from, i2 = r3.location, c2 = r3.keyword, l2 = r3.or, f2 = r3.type, p2 = r3.table, b2 = r3.when, v2 = [h(f2), h(l2), h(e3), h(c2), d(t3), h(i2)], y2 = R(o2);
              v2.push(y2, "ON", Cr(p2)), s2 && v2.push("FROM", Cr(s2));
              v2.push.apply(v2, Vr(g(n2)).concat(Vr(g(a2)))), b2 && v2.push(h(b2.type), lt(b2.cond));
              return v2.push(h(u2.keyword), Wr(u2.expr)), v2.filter(E).join(" ");
            })(r2) : (function(r3) {
              var t3 = r3.definer, e3 = r3.for_each, n2 = r3.keyword, o2 = r3.execute, u2 = r3.type, a2 = r3.table, i2 = r3.if_not_exists, c2 = r3.temporary, l2 = r3.trigger, f2 = r3.events, p2 = r3.order, b2 = r3.time, v2 = r3.when, y2 = [h(u2), h(c2), lt(t3), h(n2), h(i2), Cr(l2), h(b2), f2.map((function(r4) {
                var t4 = [h(r4.keyword)], e4 = r4.args;
                return e4 && t4.push(h(e4.keyword), e4.columns.map(At).join(", ")), t4.join(" ");
              })), "ON", Cr(a2), h(e3 && e3.keyword), h(e3 && e3.args), p2 && "".concat(h(p2.keyword), " ").concat(d(p2.trigger)), s("WHEN", lt, v2), h(o2.prefix)];
              switch (o2.type) {
                case "set":
                  y2.push(s("SET", Q, o2.expr));
                  break;
                case "multiple":
                  y2.push(ur(o2.expr.ast));
              }
              return y2.push(h(o2.suffix)), y2.filter(E).join(" ");
            })(r2);
            break;
          case "extension":
            e2 = (function(r3) {
              var t3 = r3.extension, e3 = r3.from, n2 = r3.if_not_exists, o2 = r3.keyword, u2 = r3.schema, a2 = r3.type, i2 = r3.with, c2 = r3.version;
              return [h(a2), h(o2), h(n2), m(t3), h(i2), s("SCHEMA", m, u2), s("VERSION", m, c2), s("FROM", m, e3)].filter(E).join(" ");
            })(r2);
            break;
          case "function":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, u2 = r3.args, a2 = r3.returns, s2 = r3.options, i2 = r3.last, c2 = [h(t3), h(e3), h(n2)], l2 = [m(o2.schema), o2.name.map(m).join(".")].filter(E).join("."), f2 = u2.map(nt).filter(E).join(", ");
              return c2.push("".concat(l2, "(").concat(f2, ")"), (function(r4) {
                var t4 = r4.type, e4 = r4.keyword, n3 = r4.expr;
                return [h(t4), h(e4), Array.isArray(n3) ? "(".concat(n3.map(gt).join(", "), ")") : Zr(n3)].filter(E).join(" ");
              })(a2), s2.map(zr).join(" "), i2), c2.filter(E).join(" ");
            })(r2);
            break;
          case "index":
            e2 = (function(r3) {
              var t3 = r3.concurrently, e3 = r3.filestream_on, n2 = r3.keyword, o2 = r3.if_not_exists, u2 = r3.include, a2 = r3.index_columns, i2 = r3.index_type, c2 = r3.index_using, l2 = r3.index, f2 = r3.on, p2 = r3.index_options, b2 = r3.algorithm_option, v2 = r3.lock_option, y2 = r3.on_kw, C2 = r3.table, L2 = r3.tablespace, w2 = r3.type, A2 = r3.where, T2 = r3.with, S2 = r3.with_before_where, R2 = T2 && "WITH (".concat(U(T2).join(", "), ")"), I2 = u2 && "".concat(h(u2.keyword), " (").concat(u2.columns.map((function(r4) {
                return "string" == typeof r4 ? d(r4) : lt(r4);
              })).join(", "), ")"), g2 = l2;
              l2 && (g2 = "string" == typeof l2 ? d(l2) : [d(l2.schema), d(l2.name)].filter(E).join("."));
              var N2 = [h(w2), h(i2), h(n2), h(o2), h(t3), g2, h(y2), Cr(C2)].concat(Vr(x(c2)), ["(".concat(_(a2), ")"), I2, U(p2).join(" "), et(b2), et(v2), s("TABLESPACE", m, L2)]);
              S2 ? N2.push(R2, s("WHERE", lt, A2)) : N2.push(s("WHERE", lt, A2), R2);
              return N2.push(s("ON", lt, f2), s("FILESTREAM_ON", m, e3)), N2.filter(E).join(" ");
            })(r2);
            break;
          case "sequence":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.sequence, o2 = r3.temporary, u2 = r3.if_not_exists, a2 = r3.create_definitions, s2 = [h(t3), h(o2), h(e3), h(u2), Lr(n2)];
              a2 && s2.push(a2.map(Qr).join(" "));
              return s2.filter(E).join(" ");
            })(r2);
            break;
          case "database":
          case "schema":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.replace, o2 = r3.if_not_exists, u2 = r3.create_definitions, a2 = r3[e3], s2 = a2.db, i2 = a2.schema, c2 = [m(s2), i2.map(m).join(".")].filter(E).join("."), l2 = [h(t3), h(n2), h(e3), h(o2), c2];
              u2 && l2.push(u2.map(wr).join(" "));
              return l2.filter(E).join(" ");
            })(r2);
            break;
          case "view":
            e2 = (function(r3) {
              var t3 = r3.algorithm, e3 = r3.columns, n2 = r3.definer, o2 = r3.if_not_exists, u2 = r3.keyword, a2 = r3.recursive, s2 = r3.replace, i2 = r3.select, c2 = r3.sql_security, l2 = r3.temporary, f2 = r3.type, p2 = r3.view, b2 = r3.with, v2 = r3.with_options, m2 = p2.db, L2 = p2.schema, w2 = p2.view, A2 = [d(m2), d(L2), d(w2)].filter(E).join(".");
              return [h(f2), h(s2), h(l2), h(a2), t3 && "ALGORITHM = ".concat(h(t3)), lt(n2), c2 && "SQL SECURITY ".concat(h(c2)), h(u2), h(o2), A2, e3 && "(".concat(e3.map(y).join(", "), ")"), v2 && ["WITH", "(".concat(v2.map((function(r4) {
                return C(r4).join(" ");
              })).join(", "), ")")].join(" "), "AS", or(i2), h(b2)].filter(E).join(" ");
            })(r2);
            break;
          case "domain":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.domain, n2 = r3.type, o2 = r3.keyword, u2 = r3.target, a2 = r3.create_definitions, s2 = [h(n2), h(o2), [d(e3.schema), d(e3.name)].filter(E).join("."), h(t3), A(u2)];
              if (a2 && a2.length > 0) {
                var i2, c2 = [], l2 = (function(r4, t4) {
                  var e4 = "undefined" != typeof Symbol && r4[Symbol.iterator] || r4["@@iterator"];
                  if (!e4) {
                    if (Array.isArray(r4) || (e4 = qr(r4)) || t4 && r4 && "number" == typeof r4.length) {
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
                        c2.push(Dr(f2));
                    }
                  }
                } catch (r4) {
                  l2.e(r4);
                } finally {
                  l2.f();
                }
                s2.push(c2.filter(E).join(" "));
              }
              return s2.filter(E).join(" ");
            })(r2);
            break;
          case "type":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.create_definitions, n2 = r3.keyword, o2 = r3.name, u2 = r3.resource, a2 = [h(r3.type), h(n2), [d(o2.schema), d(o2.name)].filter(E).join("."), h(t3), h(u2)];
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
                a2.push(s2.filter(E).join(" "));
              }
              return a2.filter(E).join(" ");
            })(r2);
            break;
          case "user":
            e2 = (function(r3) {
              var t3 = r3.attribute, e3 = r3.comment, n2 = r3.default_role, o2 = r3.if_not_exists, u2 = r3.keyword, a2 = r3.lock_option, i2 = r3.password_options, c2 = r3.require, l2 = r3.resource_options, f2 = r3.type, p2 = r3.user.map((function(r4) {
                var t4 = r4.user, e4 = r4.auth_option, n3 = [kr(t4)];
                return e4 && n3.push(h(e4.keyword), e4.auth_plugin, m(e4.value)), n3.filter(E).join(" ");
              })).join(", "), b2 = [h(f2), h(u2), h(o2), p2];
              n2 && b2.push(h(n2.keyword), n2.value.map(kr).join(", "));
              b2.push(s(c2 && c2.keyword, lt, c2 && c2.value)), l2 && b2.push(h(l2.keyword), l2.value.map((function(r4) {
                return lt(r4);
              })).join(" "));
              i2 && i2.forEach((function(r4) {
                return b2.push(s(r4.keyword, lt, r4.value));
              }));
              return b2.push(m(a2), S(e3), m(t3)), b2.filter(E).join(" ");
            })(r2);
            break;
          default:
            throw new Error("unknown create resource ".concat(t2));
        }
        return e2;
      }, comment: function(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = r2.target;
        return [h(r2.type), h(e2), D(n2), F(t2)].filter(E).join(" ");
      }, select: V, deallocate: function(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.expr;
        return [h(t2), h(e2), lt(n2)].filter(E).join(" ");
      }, delete: function(r2) {
        var t2 = r2.columns, e2 = r2.from, n2 = r2.table, o2 = r2.where, u2 = r2.orderby, a2 = r2.with, i2 = r2.limit, c2 = r2.returning, l2 = [$(a2), "DELETE"], f2 = Ot(t2, e2);
        return l2.push(f2), Array.isArray(n2) && (1 === n2.length && true === n2[0].addition || l2.push(Lr(n2))), l2.push(s("FROM", Lr, e2)), l2.push(s("WHERE", lt, o2)), l2.push(pt(u2, "order by")), l2.push(Y(i2)), l2.push(I(c2)), l2.filter(E).join(" ");
      }, exec: function(r2) {
        var t2 = r2.keyword, e2 = r2.module, n2 = r2.parameters;
        return [h(t2), Cr(e2), (n2 || []).map(K).filter(E).join(", ")].filter(E).join(" ");
      }, execute: function(r2) {
        var t2 = r2.type, e2 = r2.name, n2 = r2.args, o2 = [h(t2)], u2 = [e2];
        n2 && u2.push("(".concat(lt(n2).join(", "), ")"));
        return o2.push(u2.join("")), o2.filter(E).join(" ");
      }, explain: function(r2) {
        var t2 = r2.type, e2 = r2.expr;
        return [h(t2), V(e2)].join(" ");
      }, for: function(r2) {
        var t2 = r2.type, e2 = r2.label, n2 = r2.target, o2 = r2.query, u2 = r2.stmts;
        return [e2, h(t2), n2, "IN", ur([o2]), "LOOP", ur(u2), "END LOOP", e2].filter(E).join(" ");
      }, update: function(r2) {
        var t2 = r2.from, e2 = r2.table, n2 = r2.set, o2 = r2.where, u2 = r2.orderby, a2 = r2.with, i2 = r2.limit, c2 = r2.returning;
        return [$(a2), "UPDATE", Lr(e2), s("SET", Q, n2), s("FROM", Lr, t2), s("WHERE", lt, o2), pt(u2, "order by"), Y(i2), I(c2)].filter(E).join(" ");
      }, if: function(r2) {
        var t2 = r2.boolean_expr, e2 = r2.else_expr, n2 = r2.elseif_expr, o2 = r2.if_expr, u2 = r2.prefix, a2 = r2.go, s2 = r2.semicolons, i2 = r2.suffix, c2 = [h(r2.type), lt(t2), m(u2), "".concat(Rr(o2.ast || o2)).concat(s2[0]), h(a2)];
        n2 && c2.push(n2.map((function(r3) {
          return [h(r3.type), lt(r3.boolean_expr), "THEN", Rr(r3.then.ast || r3.then), r3.semicolon].filter(E).join(" ");
        })).join(" "));
        e2 && c2.push("ELSE", "".concat(Rr(e2.ast || e2)).concat(s2[1]));
        return c2.push(m(i2)), c2.filter(E).join(" ");
      }, insert: fr, load_data: rr, drop: jr, truncate: jr, replace: fr, declare: function(r2) {
        var t2 = r2.type, e2 = r2.declare, n2 = r2.symbol, o2 = [h(t2)], u2 = e2.map((function(r3) {
          var t3 = r3.at, e3 = r3.name, n3 = r3.as, o3 = r3.constant, u3 = r3.datatype, a2 = r3.not_null, s2 = r3.prefix, i2 = r3.definition, c2 = r3.keyword, l2 = [[t3, e3].filter(E).join(""), h(n3), h(o3)];
          switch (c2) {
            case "variable":
              l2.push(Tt(u3), lt(r3.collate), h(a2)), i2 && l2.push(h(i2.keyword), lt(i2.value));
              break;
            case "cursor":
              l2.push(h(s2));
              break;
            case "table":
              l2.push(h(s2), "(".concat(i2.map(Qr).join(", "), ")"));
          }
          return l2.filter(E).join(" ");
        })).join("".concat(n2, " "));
        return o2.push(u2), o2.join(" ");
      }, use: function(r2) {
        var t2 = r2.type, e2 = r2.db, n2 = h(t2), o2 = d(e2);
        return "".concat(n2, " ").concat(o2);
      }, rename: function(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = [], o2 = "".concat(t2 && t2.toUpperCase(), " TABLE");
        if (e2) {
          var u2, a2 = Ir(e2);
          try {
            for (a2.s(); !(u2 = a2.n()).done; ) {
              var s2 = u2.value.map(Cr);
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
        return [o2, h(n2), u2].filter(E).join(" ");
      }, lock: xr, unlock: xr, show: er, grant: Ur, revoke: Ur, proc: function(r2) {
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
        n2 && u2.push([m(n2.keyword), "format" === n2.type && n2.expr.length > 0 && ","].filter(E).join(""), n2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        o2 && u2.push(h(o2.type), h(o2.option), o2.symbol, o2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        return u2.filter(E).join(" ");
      }, transaction: function(r2) {
        var t2 = r2.expr, e2 = t2.action, n2 = t2.keyword, o2 = t2.modes, u2 = [m(e2), h(n2)];
        return o2 && u2.push(o2.map(m).join(", ")), u2.filter(E).join(" ");
      } };
      function or(r2) {
        if (!r2) return "";
        for (var t2 = nr[r2.type], e2 = r2, n2 = e2._parentheses, o2 = e2._orderby, u2 = e2._limit, a2 = [n2 && "(", t2(r2)]; r2._next; ) {
          var s2 = nr[r2._next.type], i2 = h(r2.set_op);
          a2.push(i2, s2(r2._next)), r2 = r2._next;
        }
        return a2.push(n2 && ")", pt(o2, "order by"), Y(u2)), a2.filter(E).join(" ");
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
          return [h(r3.prefix), "(".concat(t3, ")")].filter(E).join("");
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
        return t2.push(")"), t2.filter(E).join("");
      }
      function ir(r2) {
        if (!r2) return "";
        switch (r2.type) {
          case "column":
            return "(".concat(r2.expr.map(At).join(", "), ")");
        }
      }
      function cr(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = t2.type, o2 = [h(e2)];
        switch (n2) {
          case "origin":
            o2.push(m(t2));
            break;
          case "update":
            o2.push("UPDATE", s("SET", Q, t2.set), s("WHERE", lt, t2.where));
        }
        return o2.filter(E).join(" ");
      }
      function lr(r2) {
        if (!r2) return "";
        var t2 = r2.action;
        return [ir(r2.target), cr(t2)].filter(E).join(" ");
      }
      function fr(r2) {
        var t2 = r2.table, e2 = r2.type, n2 = r2.or, o2 = void 0 === n2 ? [] : n2, u2 = r2.prefix, a2 = void 0 === u2 ? "into" : u2, i2 = r2.columns, c2 = r2.conflict, l2 = r2.values, f2 = r2.where, p2 = r2.on_duplicate_update, b2 = r2.partition, v2 = r2.returning, y2 = r2.set, d2 = p2 || {}, C2 = d2.keyword, L2 = d2.set, w2 = [h(e2), o2.map(m).join(" "), h(a2), Lr(t2), sr(b2)];
        return Array.isArray(i2) && w2.push("(".concat(i2.map(m).join(", "), ")")), w2.push(s(l2 && "values" === l2.type ? "VALUES" : "", ar, l2)), w2.push(s("ON CONFLICT", lr, c2)), w2.push(s("SET", Q, y2)), w2.push(s("WHERE", lt, f2)), w2.push(s(C2, Q, L2)), w2.push(I(v2)), w2.filter(E).join(" ");
      }
      function pr(r2) {
        var t2 = r2.expr, e2 = r2.unit, n2 = r2.suffix;
        return ["INTERVAL", lt(t2), h(e2), lt(n2)].filter(E).join(" ");
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
        return ["".concat(h(t2), "(").concat(n2 && lt(n2) || "", ")"), s("AS", "string" == typeof e2 ? d : lt, e2), s(h(o2 && o2.keyword), d, o2 && o2.as)].filter(E).join(" ");
      }
      function dr(r2) {
        if (r2) switch (r2.type) {
          case "pivot":
          case "unpivot":
            return (function(r3) {
              var t2 = r3.as, e2 = r3.column, n2 = r3.expr, o2 = r3.in_expr, u2 = r3.type, a2 = [lt(n2), "FOR", At(e2), P(o2)], s2 = ["".concat(h(u2), "(").concat(a2.join(" "), ")")];
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
              s2.push(h(t2), "(".concat(d(n2)), "(".concat(o2.map(lt).filter(E).join(", "), "))"));
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
          return s2.filter(E).join(" ");
        }
      }
      function Er(r2, t2) {
        var e2 = r2.name, n2 = r2.symbol;
        return [h(e2), n2, t2].filter(E).join(" ");
      }
      function mr(r2) {
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
        return t2.filter(E).join(" ");
      }
      function Cr(r2) {
        if ("UNNEST" === h(r2.type)) return yr(r2);
        var t2, e2, n2, o2, u2 = r2.table, a2 = r2.db, i2 = r2.as, c2 = r2.expr, l2 = r2.operator, f2 = r2.prefix, p2 = r2.schema, b2 = r2.server, v2 = r2.suffix, y2 = r2.tablesample, L2 = r2.temporal_table, w2 = r2.table_hint, A2 = r2.surround, T2 = void 0 === A2 ? {} : A2, S2 = d(b2, false, T2.server), R2 = d(a2, false, T2.db), I2 = d(p2, false, T2.schema), g2 = u2 && d(u2, false, T2.table);
        if (c2) switch (c2.type) {
          case "values":
            var N2 = c2.parentheses, _2 = c2.values, j2 = c2.prefix, O2 = [N2 && "(", "", N2 && ")"], x2 = ar(_2);
            j2 && (x2 = x2.split("(").slice(1).map((function(r3) {
              return "".concat(h(j2), "(").concat(r3);
            })).join("")), O2[1] = "VALUES ".concat(x2), g2 = O2.filter(E).join("");
            break;
          case "tumble":
            g2 = (function(r3) {
              if (!r3) return "";
              var t3 = r3.data, e3 = r3.timecol, n3 = r3.offset, o3 = r3.size, u3 = [d(t3.expr.db), d(t3.expr.schema), d(t3.expr.table)].filter(E).join("."), a3 = "DESCRIPTOR(".concat(At(e3.expr), ")"), s2 = ["TABLE(TUMBLE(TABLE ".concat(Er(t3, u3)), Er(e3, a3)], i3 = Er(o3, pr(o3.expr));
              return n3 && n3.expr ? s2.push(i3, "".concat(Er(n3, pr(n3.expr)), "))")) : s2.push("".concat(i3, "))")), s2.filter(E).join(", ");
            })(c2);
            break;
          case "generator":
            e2 = (t2 = c2).keyword, n2 = t2.type, o2 = t2.generators.map((function(r3) {
              return C(r3).join(" ");
            })).join(", "), g2 = "".concat(h(e2), "(").concat(h(n2), "(").concat(o2, "))");
            break;
          default:
            g2 = lt(c2);
        }
        var k2 = [[S2, R2, I2, g2 = [h(f2), g2, h(v2)].filter(E).join(" ")].filter(E).join(".")];
        if (y2) {
          var U2 = ["TABLESAMPLE", lt(y2.expr), m(y2.repeatable)].filter(E).join(" ");
          k2.push(U2);
        }
        k2.push((function(r3) {
          if (r3) {
            var t3 = r3.keyword, e3 = r3.expr;
            return [h(t3), mr(e3)].filter(E).join(" ");
          }
        })(L2), s("AS", "string" == typeof i2 ? d : lt, i2), dr(l2)), w2 && k2.push(h(w2.keyword), "(".concat(w2.expr.map(hr).filter(E).join(", "), ")"));
        var M2 = k2.filter(E).join(" ");
        return r2.parentheses ? "(".concat(M2, ")") : M2;
      }
      function Lr(r2) {
        if (!r2) return "";
        if (!Array.isArray(r2)) {
          var t2 = r2.expr, e2 = r2.parentheses, n2 = r2.joins, o2 = Lr(t2);
          if (e2) {
            for (var u2 = [], a2 = [], i2 = true === e2 ? 1 : e2.length, c2 = 0; c2++ < i2; ) u2.push("("), a2.push(")");
            var l2 = n2 && n2.length > 0 ? Lr([""].concat(br(n2))) : "";
            return u2.join("") + o2 + a2.join("") + l2;
          }
          return o2;
        }
        var f2 = r2[0], p2 = [];
        if ("dual" === f2.type) return "DUAL";
        p2.push(Cr(f2));
        for (var b2 = 1; b2 < r2.length; ++b2) {
          var v2 = r2[b2], y2 = v2.on, d2 = v2.using, C2 = v2.join, L2 = [], w2 = Array.isArray(v2) || Object.hasOwnProperty.call(v2, "joins");
          L2.push(C2 ? " ".concat(h(C2)) : ","), L2.push(w2 ? Lr(v2) : Cr(v2)), L2.push(s("ON", lt, y2)), d2 && L2.push("USING (".concat(d2.map(m).join(", "), ")")), p2.push(L2.filter(E).join(" "));
        }
        return p2.filter(E).join("");
      }
      function wr(r2) {
        var t2 = r2.keyword, e2 = r2.symbol, n2 = r2.value, o2 = [t2.toUpperCase()];
        e2 && o2.push(e2);
        var u2 = m(n2);
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
        return o2.push(u2), o2.filter(E).join(" ");
      }
      var Ar = ["analyze", "attach", "select", "deallocate", "delete", "exec", "update", "insert", "drop", "rename", "truncate", "call", "desc", "describe", "use", "alter", "set", "create", "lock", "unlock", "declare", "show", "replace", "if", "grant", "revoke", "proc", "raise", "execute", "transaction", "explain", "comment", "load_data"];
      function Tr(r2) {
        var t2 = r2 && r2.ast ? r2.ast : r2;
        if (!Ar.includes(t2.type)) throw new Error("".concat(t2.type, " statements not supported at the moment"));
      }
      function Sr(r2) {
        return Array.isArray(r2) ? (r2.forEach(Tr), ur(r2)) : (Tr(r2), or(r2));
      }
      function Rr(r2) {
        return "go" === r2.go ? (function r3(t2) {
          if (!t2 || 0 === t2.length) return "";
          var e2 = [Sr(t2.ast)];
          return t2.go_next && e2.push(t2.go.toUpperCase(), r3(t2.go_next)), e2.filter((function(r4) {
            return r4;
          })).join(" ");
        })(r2) : Sr(r2);
      }
      function Ir(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = Nr(r2)) || t2 && r2 && "number" == typeof r2.length) {
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
      function gr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return _r(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || Nr(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function Nr(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return _r(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? _r(r2, t2) : void 0;
        }
      }
      function _r(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function jr(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.name, o2 = r2.prefix, u2 = r2.suffix, a2 = [h(t2), h(e2), h(o2)];
        switch (e2) {
          case "table":
            a2.push(Lr(n2));
            break;
          case "trigger":
            a2.push([n2[0].schema ? "".concat(d(n2[0].schema), ".") : "", d(n2[0].trigger)].filter(E).join(""));
            break;
          case "database":
          case "schema":
          case "procedure":
            a2.push(d(n2));
            break;
          case "view":
            a2.push(Lr(n2), r2.options && r2.options.map(lt).filter(E).join(" "));
            break;
          case "index":
            a2.push.apply(a2, [At(n2)].concat(gr(r2.table ? ["ON", Cr(r2.table)] : []), [r2.options && r2.options.map(lt).filter(E).join(" ")]));
            break;
          case "type":
            a2.push(n2.map(At).join(", "), r2.options && r2.options.map(lt).filter(E).join(" "));
        }
        return u2 && a2.push(u2.map(lt).filter(E).join(" ")), a2.filter(E).join(" ");
      }
      function Or(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = h(t2), o2 = "string" == typeof e2 ? d(e2) : Cr(e2);
        return "".concat(n2, " ").concat(o2);
      }
      function xr(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.tables, o2 = [t2.toUpperCase(), h(e2)];
        if ("UNLOCK" === t2.toUpperCase()) return o2.join(" ");
        var u2, a2 = [], s2 = Ir(n2);
        try {
          var i2 = function() {
            var r3 = u2.value, t3 = r3.table, e3 = r3.lock_type, n3 = [Cr(t3)];
            if (e3) {
              n3.push(["prefix", "type", "suffix"].map((function(r4) {
                return h(e3[r4]);
              })).filter(E).join(" "));
            }
            a2.push(n3.join(" "));
          };
          for (s2.s(); !(u2 = s2.n()).done; ) i2();
        } catch (r3) {
          s2.e(r3);
        } finally {
          s2.f();
        }
        return o2.push.apply(o2, [a2.join(", ")].concat(gr((function(r3) {
          var t3 = r3.lock_mode, e3 = r3.nowait, n3 = [];
          if (t3) {
            var o3 = t3.mode;
            n3.push(o3.toUpperCase());
          }
          return e3 && n3.push(e3.toUpperCase()), n3;
        })(r2)))), o2.filter(E).join(" ");
      }
      function kr(r2) {
        var t2 = r2.name, e2 = r2.host, n2 = [m(t2)];
        return e2 && n2.push("@", m(e2)), n2.join("");
      }
      function Ur(r2) {
        var t2 = r2.type, e2 = r2.grant_option_for, n2 = r2.keyword, o2 = r2.objects, u2 = r2.on, a2 = r2.to_from, s2 = r2.user_or_roles, i2 = r2.with, c2 = [h(t2), m(e2)], l2 = o2.map((function(r3) {
          var t3 = r3.priv, e3 = r3.columns, n3 = [lt(t3)];
          return e3 && n3.push("(".concat(e3.map(At).join(", "), ")")), n3.join(" ");
        })).join(", ");
        if (c2.push(l2), u2) switch (c2.push("ON"), n2) {
          case "priv":
            c2.push(m(u2.object_type), u2.priv_level.map((function(r3) {
              return [d(r3.prefix), d(r3.name)].filter(E).join(".");
            })).join(", "));
            break;
          case "proxy":
            c2.push(kr(u2));
        }
        return c2.push(h(a2), s2.map(kr).join(", ")), c2.push(m(i2)), c2.filter(E).join(" ");
      }
      function Mr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Pr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return Pr(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Pr(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function Pr(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Dr(r2) {
        if (r2) {
          var t2 = r2.constraint, e2 = r2.constraint_type, n2 = r2.enforced, o2 = r2.index, u2 = r2.keyword, a2 = r2.reference_definition, i2 = r2.for, c2 = r2.with_values, l2 = [], f2 = p().database;
          l2.push(h(u2)), l2.push(d(t2));
          var b2 = h(e2);
          return "sqlite" === f2.toLowerCase() && "UNIQUE KEY" === b2 && (b2 = "UNIQUE"), l2.push(b2), l2.push("sqlite" !== f2.toLowerCase() && d(o2)), l2.push.apply(l2, Mr(M(r2))), l2.push.apply(l2, Mr(St(a2))), l2.push(h(n2)), l2.push(s("FOR", d, i2)), l2.push(m(c2)), l2.filter(E).join(" ");
        }
      }
      function Fr(r2) {
        if (r2) {
          var t2 = r2.type;
          return "rows" === t2 ? [h(t2), lt(r2.expr)].filter(E).join(" ") : lt(r2);
        }
      }
      function Gr(r2) {
        if ("string" == typeof r2) return r2;
        var t2 = r2.window_specification;
        return "(".concat((function(r3) {
          var t3 = r3.name, e2 = r3.partitionby, n2 = r3.orderby, o2 = r3.window_frame_clause;
          return [t3, pt(e2, "partition by"), pt(n2, "order by"), Fr(o2)].filter(E).join(" ");
        })(t2), ")");
      }
      function Hr(r2) {
        var t2 = r2.name, e2 = r2.as_window_specification;
        return "".concat(t2, " AS ").concat(Gr(e2));
      }
      function Br(r2) {
        if (r2) {
          var t2 = r2.as_window_specification, e2 = r2.expr, n2 = r2.keyword, o2 = r2.type, u2 = r2.parentheses, a2 = h(o2);
          if ("WINDOW" === a2) return "OVER ".concat(Gr(t2));
          if ("ON UPDATE" === a2) {
            var s2 = "".concat(h(o2), " ").concat(h(n2)), i2 = lt(e2) || [];
            return u2 && (s2 = "".concat(s2, "(").concat(i2.join(", "), ")")), s2;
          }
          if (r2.partitionby) return ["OVER", "(".concat(pt(r2.partitionby, "partition by")), "".concat(pt(r2.orderby, "order by"), ")")].filter(E).join(" ");
          throw new Error("unknown over type");
        }
      }
      function Yr(r2) {
        if (!r2 || !r2.array) return "";
        var t2 = r2.array.keyword;
        if (t2) return h(t2);
        for (var e2 = r2.array, n2 = e2.dimension, o2 = e2.length, u2 = [], a2 = 0; a2 < n2; a2++) u2.push("["), o2 && o2[a2] && u2.push(m(o2[a2])), u2.push("]");
        return u2.join("");
      }
      function $r(r2) {
        for (var t2 = r2.target, e2 = r2.expr, n2 = r2.keyword, o2 = r2.symbol, u2 = r2.as, a2 = r2.offset, s2 = r2.parentheses, i2 = r2.collate, c2 = Lt({ expr: e2, offset: a2 }), l2 = [], f2 = 0, p2 = t2.length; f2 < p2; ++f2) {
          var b2 = t2[f2], v2 = b2.angle_brackets, y2 = b2.length, C2 = b2.dataType, L2 = b2.parentheses, w2 = b2.quoted, A2 = b2.scale, T2 = b2.suffix, S2 = b2.expr, R2 = S2 ? lt(S2) : "";
          null != y2 && (R2 = A2 ? "".concat(y2, ", ").concat(A2) : y2), L2 && (R2 = "(".concat(R2, ")")), v2 && (R2 = "<".concat(R2, ">")), T2 && T2.length && (R2 += " ".concat(T2.map(m).join(" ")));
          var I2 = "::", g2 = "", N2 = [];
          "as" === o2 && (0 === f2 && (c2 = "".concat(h(n2), "(").concat(c2)), g2 = ")", I2 = " ".concat(o2.toUpperCase(), " ")), 0 === f2 && N2.push(c2);
          var _2 = Yr(b2);
          N2.push(I2, w2, C2, w2, _2, R2, g2), l2.push(N2.filter(E).join(""));
        }
        var j2 = bt(i2);
        u2 && l2.push(" AS ".concat(d(u2)));
        var O2 = [l2.filter(E).join(""), j2].filter(E).join(" ");
        return s2 ? "(".concat(O2, ")") : O2;
      }
      function Wr(r2) {
        var t2 = r2.args, e2 = r2.array_index, n2 = r2.collate, o2 = r2.name, u2 = r2.args_parentheses, a2 = r2.parentheses, s2 = r2.within_group, i2 = r2.over, c2 = r2.suffix, l2 = Br(i2), f2 = (function(r3) {
          if (!r3) return "";
          var t3 = r3.type, e3 = r3.keyword, n3 = r3.orderby;
          return [h(t3), h(e3), "(".concat(pt(n3, "order by"), ")")].filter(E).join(" ");
        })(s2), p2 = lt(c2), b2 = bt(n2), v2 = [m(o2.schema), o2.name.map(m).join(".")].filter(E).join(".");
        if (!t2) return [v2, b2, f2, l2].filter(E).join(" ");
        var y2 = r2.separator || ", ", d2 = 0;
        if ("TRIM" === h(v2)) for (var C2 = 0, L2 = t2.value.length; C2 < L2; ++C2) {
          var w2 = t2.value[C2];
          if ("origin" === w2.type && "from" === w2.value) {
            d2 = C2;
            break;
          }
        }
        var A2 = [v2];
        A2.push(false === u2 ? " " : "(");
        var T2 = lt(t2);
        if (Array.isArray(y2)) {
          for (var S2 = T2[0], R2 = 1, I2 = T2.length; R2 < I2; ++R2) S2 = [S2, T2[R2]].join(" ".concat(lt(y2[R2 - 1]), " "));
          A2.push(S2);
        } else "TRIM" === h(v2) && d2 > 0 ? A2.push([T2.slice(0, d2 + 1).join(" "), T2.slice(d2 + 1).join(", ")].join(" ")) : A2.push(T2.join(y2));
        return false !== u2 && A2.push(")"), A2.push(wt(e2)), A2 = [A2.join(""), p2, b2].filter(E).join(" "), [a2 ? "(".concat(A2, ")") : A2, f2, l2].filter(E).join(" ");
      }
      function Vr(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Xr(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || qr(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function qr(r2, t2) {
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
            return gt(r2);
          case "index":
            return e2 = [], n2 = (t2 = r2).keyword, o2 = t2.index, e2.push(h(n2)), e2.push(o2), e2.push.apply(e2, j(M(t2))), e2.filter(E).join(" ");
          case "constraint":
            return Dr(r2);
          case "sequence":
            return [h(r2.prefix), lt(r2.value)].filter(E).join(" ");
          default:
            throw new Error("unknown resource = ".concat(u2, " type"));
        }
      }
      function Kr(r2) {
        var t2 = [];
        switch (r2.keyword) {
          case "from":
            t2.push("FROM", "(".concat(m(r2.from), ")"), "TO", "(".concat(m(r2.to), ")"));
            break;
          case "in":
            t2.push("IN", "(".concat(lt(r2.in), ")"));
            break;
          case "with":
            t2.push("WITH", "(MODULUS ".concat(m(r2.modulus), ", REMAINDER ").concat(m(r2.remainder), ")"));
        }
        return t2.filter(E).join(" ");
      }
      function Jr(r2) {
        var t2 = r2.keyword, e2 = r2.table, n2 = r2.for_values, o2 = r2.tablespace, u2 = [h(t2), Cr(e2), h(n2.keyword), Kr(n2.expr)];
        return o2 && u2.push("TABLESPACE", m(o2)), u2.filter(E).join(" ");
      }
      function Zr(r2) {
        return r2.dataType ? A(r2) : [d(r2.db), d(r2.schema), d(r2.table)].filter(E).join(".");
      }
      function zr(r2) {
        var t2 = r2.type;
        switch (t2) {
          case "as":
            return [h(t2), r2.symbol, or(r2.declare), h(r2.begin), ur(r2.expr), h(r2.end), r2.symbol].filter(E).join(" ");
          case "set":
            return [h(t2), r2.parameter, h(r2.value && r2.value.prefix), r2.value && r2.value.expr.map(lt).join(", ")].filter(E).join(" ");
          case "return":
            return [h(t2), lt(r2.expr)].filter(E).join(" ");
          default:
            return lt(r2);
        }
      }
      function rt(r2) {
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value, o2 = [h(t2), e2];
        switch (h(t2)) {
          case "SFUNC":
            o2.push([d(n2.schema), n2.name].filter(E).join("."));
            break;
          case "STYPE":
          case "MSTYPE":
            o2.push(A(n2));
            break;
          default:
            o2.push(lt(n2));
        }
        return o2.filter(E).join(" ");
      }
      function tt(r2, t2) {
        switch (r2) {
          case "add":
            var e2 = t2.map((function(r3) {
              var t3 = r3.name, e3 = r3.value;
              return ["PARTITION", m(t3), "VALUES", h(e3.type), "(".concat(m(e3.expr), ")")].join(" ");
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
            p2 = [gt(r2)];
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
            f2 = [c2, h(r2[i2])].filter(E).join(" ");
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
        var b2 = [h(t2), h(o2), h(n2), h(u2), a2 && At(a2), h(s2), f2 && f2.trim(), p2.filter(E).join(" ")];
        return l2 && b2.push(h(l2.keyword), l2.expr && At(l2.expr)), b2.filter(E).join(" ");
      }
      function nt(r2) {
        var t2 = r2.default && [h(r2.default.keyword), lt(r2.default.value)].join(" ");
        return [h(r2.mode), r2.name, A(r2.type), t2].filter(E).join(" ");
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
              })).filter(E).join(", ") : lt(n2);
              return e2 ? "[".concat(u2, "]") : o2 ? "(".concat(u2, ")") : u2;
            })(r2);
          default:
            return "";
        }
      }
      function at(r2) {
        var t2 = r2.definition, e2 = r2.keyword, n2 = r2.orderby, o2 = r2.limit, u2 = [h(e2)];
        return t2 && "object" === ot(t2) && (u2.length = 0, u2.push(T(t2))), u2.push(ut(r2), pt(n2, "order by"), Y(o2)), u2.filter(E).join("");
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
        var a2 = r2.name, s2 = Br(n2);
        t2.distinct && (u2 = ["DISTINCT", u2].join(" ")), t2.separator && t2.separator.delimiter && (u2 = [u2, m(t2.separator.delimiter)].join("".concat(t2.separator.symbol, " "))), t2.separator && t2.separator.expr && (u2 = [u2, lt(t2.separator.expr)].join(" ")), t2.orderby && (u2 = [u2, pt(t2.orderby, "order by")].join(" ")), t2.separator && t2.separator.value && (u2 = [u2, h(t2.separator.keyword), m(t2.separator.value)].filter(E).join(" "));
        var i2 = o2 ? "WITHIN GROUP (".concat(pt(o2, "order by"), ")") : "", c2 = e2 ? "FILTER (WHERE ".concat(lt(e2.where), ")") : "";
        return ["".concat(a2, "(").concat(u2, ")"), i2, s2, c2].filter(E).join(" ");
      }, any_value: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = r2.over, o2 = t2.expr, u2 = t2.having, a2 = "".concat(h(e2), "(").concat(lt(o2));
        return u2 && (a2 = "".concat(a2, " HAVING ").concat(h(u2.prefix), " ").concat(lt(u2.expr))), [a2 = "".concat(a2, ")"), Br(n2)].filter(E).join(" ");
      }, window_func: function(r2) {
        var t2 = r2.over;
        return [(function(r3) {
          var t3 = r3.args, e2 = r3.name, n2 = r3.consider_nulls, o2 = void 0 === n2 ? "" : n2, u2 = r3.separator, a2 = void 0 === u2 ? ", " : u2;
          return [e2, "(", t3 ? lt(t3).join(a2) : "", ")", o2 && " ", o2].filter(E).join("");
        })(r2), Br(t2)].filter(E).join(" ");
      }, array: at, assign: tr, binary_expr: P, case: function(r2) {
        var t2 = ["CASE"], e2 = r2.args, n2 = r2.expr, o2 = r2.parentheses;
        n2 && t2.push(lt(n2));
        for (var u2 = 0, a2 = e2.length; u2 < a2; ++u2) t2.push(e2[u2].type.toUpperCase()), e2[u2].cond && (t2.push(lt(e2[u2].cond)), t2.push("THEN")), t2.push(lt(e2[u2].result));
        return t2.push("END"), o2 ? "(".concat(t2.join(" "), ")") : t2.join(" ");
      }, cast: $r, collate: bt, column_ref: At, column_definition: gt, datatype: A, extract: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = t2.field, o2 = t2.cast_type, u2 = t2.source, a2 = ["".concat(h(e2), "(").concat(h(n2)), "FROM", h(o2), lt(u2)];
        return "".concat(a2.filter(E).join(" "), ")");
      }, flatten: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = ["input", "path", "outer", "recursive", "mode"].map((function(r3) {
          return (function(r4) {
            if (!r4) return "";
            var t3 = r4.type, e3 = r4.symbol, n3 = r4.value;
            return [h(t3), e3, lt(n3)].filter(E).join(" ");
          })(t2[r3]);
        })).filter(E).join(", ");
        return "".concat(h(e2), "(").concat(n2, ")");
      }, fulltext_search: function(r2) {
        var t2 = r2.against, e2 = r2.as, n2 = r2.columns, o2 = r2.match, u2 = r2.mode, a2 = [h(o2), "(".concat(n2.map((function(r3) {
          return At(r3);
        })).join(", "), ")")].join(" "), s2 = [h(t2), ["(", lt(r2.expr), u2 && " ".concat(m(u2)), ")"].filter(E).join("")].join(" ");
        return [a2, s2, Nt(e2)].filter(E).join(" ");
      }, function: Wr, lambda: function(r2) {
        var t2 = r2.args, e2 = r2.expr, n2 = t2.value, o2 = t2.parentheses, u2 = n2.map(lt).join(", ");
        return [o2 ? "(".concat(u2, ")") : u2, "->", lt(e2)].join(" ");
      }, load_data: rr, insert: or, interval: pr, json: function(r2) {
        var t2 = r2.keyword, e2 = r2.expr_list;
        return [h(t2), e2.map((function(r3) {
          return lt(r3);
        })).join(", ")].join(" ");
      }, json_object_arg: function(r2) {
        var t2 = r2.expr, e2 = t2.key, n2 = t2.value, o2 = t2.on, u2 = [lt(e2), "VALUE", lt(n2)];
        return o2 && u2.push("ON", "NULL", lt(o2)), u2.filter(E).join(" ");
      }, json_visitor: function(r2) {
        return [r2.symbol, lt(r2.expr)].join("");
      }, func_arg: function(r2) {
        var t2 = r2.value;
        return [t2.name, t2.symbol, lt(t2.expr)].filter(E).join(" ");
      }, show: er, struct: at, tablefunc: function(r2) {
        var t2 = r2.as, e2 = r2.name, n2 = r2.args, o2 = [m(e2.schema), e2.name.map(m).join(".")].filter(E).join(".");
        return ["".concat(o2, "(").concat(lt(n2).join(", "), ")"), "AS", Wr(t2)].join(" ");
      }, tables: Lr, unnest: yr, values: ar, window: function(r2) {
        return r2.expr.map(Hr).join(", ");
      } };
      function ct(r2) {
        var t2 = r2.prefix, e2 = void 0 === t2 ? "@" : t2, n2 = r2.name, o2 = r2.members, u2 = r2.quoted, a2 = r2.suffix, s2 = [], i2 = o2 && o2.length > 0 ? "".concat(n2, ".").concat(o2.join(".")) : n2, c2 = "".concat(e2 || "").concat(i2);
        return a2 && (c2 += a2), s2.push(c2), [u2, s2.join(" "), u2].filter(E).join("");
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
          return "expr" === a2 ? lt(t2.expr) : it[a2] ? it[a2](t2) : m(t2);
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
              return [lt(r3.expr), r3.type || "ASC", h(r3.nulls)].filter(E).join(" ");
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
          return u2 || a2.push(o2), a2.push(Array.isArray(n2) ? n2.map(m).join(".") : m(n2)), u2 && a2.push(o2), a2.push(lt(u2)), a2.filter(E).join(" ");
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
      function Et(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Ct(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || mt(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function mt(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return Ct(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? Ct(r2, t2) : void 0;
        }
      }
      function Ct(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Lt(r2, t2) {
        if ("string" == typeof r2) return d(r2, t2);
        var e2 = r2.expr, n2 = r2.offset, o2 = r2.suffix, u2 = n2 && n2.map((function(r3) {
          return ["[", r3.name, "".concat(r3.name ? "(" : ""), m(r3.value), "".concat(r3.name ? ")" : ""), "]"].filter(E).join("");
        })).join("");
        return [lt(e2), u2, o2].filter(E).join("");
      }
      function wt(r2) {
        if (!r2 || 0 === r2.length) return "";
        var t2, e2 = [], n2 = (function(r3, t3) {
          var e3 = "undefined" != typeof Symbol && r3[Symbol.iterator] || r3["@@iterator"];
          if (!e3) {
            if (Array.isArray(r3) || (e3 = mt(r3)) || t3 && r3 && "number" == typeof r3.length) {
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
            o2.property && (u2 = "".concat(u2, ".").concat(m(o2.property))), e2.push(u2);
          }
        } catch (r3) {
          n2.e(r3);
        } finally {
          n2.f();
        }
        return e2.join("");
      }
      function At(r2) {
        var t2 = r2.array_index, e2 = r2.as, n2 = r2.column, o2 = r2.collate, u2 = r2.db, a2 = r2.isDual, i2 = r2.notations, c2 = void 0 === i2 ? [] : i2, l2 = r2.options, f2 = r2.schema, p2 = r2.table, b2 = r2.parentheses, v2 = r2.suffix, y2 = r2.order_by, m2 = r2.subFields, C2 = void 0 === m2 ? [] : m2, L2 = "*" === n2 ? "*" : Lt(n2, a2), w2 = [u2, f2, p2].filter(E).map((function(r3) {
          return "".concat("string" == typeof r3 ? d(r3) : lt(r3));
        })), A2 = w2[0];
        if (A2) {
          for (var T2 = 1; T2 < w2.length; ++T2) A2 = "".concat(A2).concat(c2[T2] || ".").concat(w2[T2]);
          L2 = "".concat(A2).concat(c2[T2] || ".").concat(L2);
        }
        var S2 = [L2 = ["".concat(L2).concat(wt(t2))].concat(Et(C2)).join("."), bt(o2), lt(l2), s("AS", lt, e2)];
        S2.push("string" == typeof v2 ? h(v2) : lt(v2)), S2.push(h(y2));
        var R2 = S2.filter(E).join(" ");
        return b2 ? "(".concat(R2, ")") : R2;
      }
      function Tt(r2) {
        if (r2) {
          var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.suffix, u2 = r2.scale, a2 = r2.expr, s2 = A({ schema: t2, dataType: e2, length: n2, suffix: o2, scale: u2, parentheses: null != n2 });
          if (a2 && (s2 += lt(a2)), r2.array) {
            var i2 = Yr(r2);
            s2 += [/^\[.*\]$/.test(i2) ? "" : " ", i2].join("");
          }
          return s2;
        }
      }
      function St(r2) {
        var t2 = [];
        if (!r2) return t2;
        var e2 = r2.definition, n2 = r2.keyword, o2 = r2.match, u2 = r2.table, a2 = r2.on_action;
        return t2.push(h(n2)), t2.push(Lr(u2)), t2.push(e2 && "(".concat(e2.map((function(r3) {
          return lt(r3);
        })).join(", "), ")")), t2.push(h(o2)), a2.map((function(r3) {
          return t2.push(h(r3.type), lt(r3.value));
        })), t2.filter(E);
      }
      function Rt(r2) {
        var t2 = [], e2 = r2.nullable, n2 = r2.character_set, o2 = r2.check, u2 = r2.comment, a2 = r2.constraint, i2 = r2.collate, c2 = r2.storage, l2 = r2.using, f2 = r2.default_val, b2 = r2.generated, v2 = r2.auto_increment, y2 = r2.unique, d2 = r2.primary_key, L2 = r2.column_format, w2 = r2.reference_definition, A2 = r2.generated_by_default, T2 = [h(e2 && e2.action), h(e2 && e2.value)].filter(E).join(" ");
        if (b2 || t2.push(T2), f2) {
          var R2 = f2.type, I2 = f2.value;
          t2.push(R2.toUpperCase(), lt(I2));
        }
        var g2 = p().database;
        return a2 && t2.push(h(a2.keyword), m(a2.constraint)), t2.push(Dr(o2)), t2.push((function(r3) {
          if (r3) return [h(r3.value), "(".concat(lt(r3.expr), ")"), h(r3.storage_type)].filter(E).join(" ");
        })(b2)), b2 && t2.push(T2), t2.push(N(v2), h(d2), h(y2), m(A2), S(u2)), t2.push.apply(t2, Et(C(n2))), "sqlite" !== g2.toLowerCase() && t2.push(lt(i2)), t2.push.apply(t2, Et(C(L2))), t2.push.apply(t2, Et(C(c2))), t2.push.apply(t2, Et(St(w2))), t2.push(s("USING", lt, l2)), t2.filter(E).join(" ");
      }
      function It(r2) {
        var t2 = r2.order_by, e2 = r2.column, n2 = r2.collate, o2 = r2.nulls, u2 = r2.opclass, a2 = "string" == typeof e2 ? { type: "column_ref", table: r2.table, column: e2 } : dt(dt({}, r2), {}, { order_by: null });
        return a2.collate = null, [lt(a2), lt(n2), u2, h(t2), h(o2)].filter(E).join(" ");
      }
      function gt(r2) {
        var t2 = [], e2 = At(r2.column), n2 = Tt(r2.definition);
        return t2.push(e2), t2.push(n2), t2.push(Rt(r2)), t2.filter(E).join(" ");
      }
      function Nt(r2) {
        return r2 ? "object" === vt(r2) ? ["AS", lt(r2)].join(" ") : ["AS", /^(`?)[a-z_][0-9a-z_]*(`?)$/i.test(r2) ? d(r2) : y(r2)].join(" ") : "";
      }
      function _t(r2, t2) {
        var e2 = r2.expr, n2 = r2.type;
        if ("cast" === n2) return $r(r2);
        t2 && (e2.isDual = t2);
        var o2 = lt(e2), u2 = r2.expr_list;
        if (u2) {
          var a2 = [o2], s2 = u2.map((function(r3) {
            return _t(r3, t2);
          })).join(", ");
          return a2.push([h(n2), n2 && "(", s2, n2 && ")"].filter(E).join("")), a2.filter(E).join(" ");
        }
        return e2.parentheses && Reflect.has(e2, "array_index") && "cast" !== e2.type && (o2 = "(".concat(o2, ")")), e2.array_index && "column_ref" !== e2.type && "function" !== e2.type && (o2 = "".concat(o2).concat(wt(e2.array_index))), [o2, Nt(r2.as)].filter(E).join(" ");
      }
      function jt(r2) {
        var t2 = Array.isArray(r2) && r2[0];
        return !(!t2 || "dual" !== t2.type);
      }
      function Ot(r2, t2) {
        if (!r2 || "*" === r2) return r2;
        var e2 = jt(t2);
        return r2.map((function(r3) {
          return _t(r3, e2);
        })).join(", ");
      }
      it.var = ct, it.expr_list = function(r2) {
        var t2 = ft(r2.value), e2 = r2.parentheses, n2 = r2.separator;
        if (!e2 && !n2) return t2;
        var o2 = n2 || ", ", u2 = t2.join(o2);
        return e2 ? "(".concat(u2, ")") : u2;
      }, it.select = function(r2) {
        var t2 = "object" === st(r2._next) ? or(r2) : V(r2);
        return r2.parentheses ? "(".concat(t2, ")") : t2;
      }, it.unary_expr = function(r2) {
        var t2 = r2.operator, e2 = r2.parentheses, n2 = r2.expr, o2 = "-" === t2 || "+" === t2 || "~" === t2 || "!" === t2 ? "" : " ", u2 = "".concat(t2).concat(o2).concat(lt(n2));
        return e2 ? "(".concat(u2, ")") : u2;
      }, it.map_object = function(r2) {
        var t2 = r2.keyword, e2 = r2.expr.map((function(r3) {
          return [m(r3.key), m(r3.value)].join(", ");
        })).join(", ");
        return [h(t2), "[".concat(e2, "]")].join("");
      };
      var xt = e(0);
      function kt(r2) {
        return (kt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var Ut, Mt, Pt, Dt = (Ut = {}, Mt = "flinksql", Pt = xt.parse, (Mt = (function(r2) {
        var t2 = (function(r3, t3) {
          if ("object" != kt(r3) || !r3) return r3;
          var e2 = r3[Symbol.toPrimitive];
          if (void 0 !== e2) {
            var n2 = e2.call(r3, t3 || "default");
            if ("object" != kt(n2)) return n2;
            throw new TypeError("@@toPrimitive must return a primitive value.");
          }
          return ("string" === t3 ? String : Number)(r3);
        })(r2, "string");
        return "symbol" == kt(t2) ? t2 : t2 + "";
      })(Mt)) in Ut ? Object.defineProperty(Ut, Mt, { value: Pt, enumerable: true, configurable: true, writable: true }) : Ut[Mt] = Pt, Ut);
      function Ft(r2) {
        return (Ft = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function Gt(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = (function(r3, t3) {
            if (r3) {
              if ("string" == typeof r3) return Ht(r3, t3);
              var e3 = {}.toString.call(r3).slice(8, -1);
              return "Object" === e3 && r3.constructor && (e3 = r3.constructor.name), "Map" === e3 || "Set" === e3 ? Array.from(r3) : "Arguments" === e3 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e3) ? Ht(r3, t3) : void 0;
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
      function Ht(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Bt(r2, t2) {
        for (var e2 = 0; e2 < t2.length; e2++) {
          var n2 = t2[e2];
          n2.enumerable = n2.enumerable || false, n2.configurable = true, "value" in n2 && (n2.writable = true), Object.defineProperty(r2, Yt(n2.key), n2);
        }
      }
      function Yt(r2) {
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
      var $t = (function() {
        return (function(r2, t2, e2) {
          return t2 && Bt(r2.prototype, t2), e2 && Bt(r2, e2), Object.defineProperty(r2, "prototype", { writable: false }), r2;
        })((function r2() {
          !(function(r3, t2) {
            if (!(r3 instanceof t2)) throw new TypeError("Cannot call a class as a function");
          })(this, r2);
        }), [{ key: "astify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u, e2 = this.parse(r2, t2);
          return e2 && e2.ast;
        } }, { key: "sqlify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u;
          return b(t2), Rr(r2);
        } }, { key: "exprToSQL", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u;
          return b(t2), lt(r2);
        } }, { key: "columnsToSQL", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : u;
          if (b(e2), !r2 || "*" === r2) return [];
          var n2 = jt(t2);
          return r2.map((function(r3) {
            return _t(r3, n2);
          }));
        } }, { key: "parse", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u, e2 = t2.database, n2 = void 0 === e2 ? "flinksql" : e2;
          b(t2);
          var o2 = n2.toLowerCase();
          if (Dt[o2]) return Dt[o2](false === t2.trimQuery ? r2 : r2.trim(), t2.parseOptions || u.parseOptions);
          throw new Error("".concat(n2, " is not supported currently"));
        } }, { key: "whiteListCheck", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : u;
          if (t2 && 0 !== t2.length) {
            var n2 = e2.type, o2 = void 0 === n2 ? "table" : n2;
            if (!this["".concat(o2, "List")] || "function" != typeof this["".concat(o2, "List")]) throw new Error("".concat(o2, " is not valid check mode"));
            var a2, s2 = this["".concat(o2, "List")].bind(this), i2 = s2(r2, e2), c2 = true, l2 = "", f2 = Gt(i2);
            try {
              for (f2.s(); !(a2 = f2.n()).done; ) {
                var p2, b2 = a2.value, v2 = false, y2 = Gt(t2);
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
      function Wt(r2) {
        return (Wt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      "object" === ("undefined" == typeof self ? "undefined" : Wt(self)) && self && (self.NodeSQLParser = { Parser: $t, util: n }), "undefined" == typeof global && "object" === ("undefined" == typeof window ? "undefined" : Wt(window)) && window && (window.global = window), "object" === ("undefined" == typeof global ? "undefined" : Wt(global)) && global && global.window && (global.window.NodeSQLParser = { Parser: $t, util: n });
    }]));
  }
});
export default require_flinksql();
