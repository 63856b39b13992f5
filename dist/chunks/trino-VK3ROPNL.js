import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  require_BigInteger
} from "./chunk-HH7QAQAU.js";
import {
  __commonJS
} from "./chunk-AUHH7KO2.js";

// node_modules/node-sql-parser/build/trino.js
var require_trino = __commonJS({
  "node_modules/node-sql-parser/build/trino.js"(exports) {
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
        var e2, u = {}, s = { start: ga }, a = ga, i = wa("IF", true), c = wa("EXTENSION", true), l = wa("SCHEMA", true), f = wa("VERSION", true), p = wa("CASCADED", true), b = wa("LOCAL", true), v = wa("CHECK", true), d = wa("OPTION", false), y = wa("check_option", true), h = wa("security_barrier", true), w = wa("security_invoker", true), m = wa("TYPE", true), L = wa("DOMAIN", true), C = wa("INCREMENT", true), E = wa("MINVALUE", true), A = function(r3, t3) {
          return { resource: "sequence", prefix: r3.toLowerCase(), value: t3 };
        }, g = wa("NO", true), _ = wa("MAXVALUE", true), T = wa("START", true), j = wa("CACHE", true), S = wa("CYCLE", true), x = wa("OWNED", true), I = wa("NONE", true), R = wa("NULLS", true), O = wa("FIRST", true), N = wa("LAST", true), k = wa("AUTO_INCREMENT", true), U = wa("UNIQUE", true), M = wa("KEY", true), D = wa("PRIMARY", true), P = wa("COLUMN_FORMAT", true), $ = wa("FIXED", true), F = wa("DYNAMIC", true), G = wa("DEFAULT", true), B = wa("STORAGE", true), H = wa("DISK", true), q = wa("MEMORY", true), W = wa("CASCADE", true), Y = wa("RESTRICT", true), V = wa("OUT", true), X = wa("VARIADIC", true), Q = wa("INOUT", true), K = wa("AGGREGATE", true), z = wa("FUNCTION", true), Z = wa("OWNER", true), J = wa("CURRENT_ROLE", true), rr = wa("CURRENT_USER", true), tr = wa("SESSION_USER", true), er = wa("ALGORITHM", true), nr = wa("INSTANT", true), or = wa("INPLACE", true), ur = wa("COPY", true), sr = wa("LOCK", true), ar = wa("SHARED", true), ir = wa("EXCLUSIVE", true), cr = wa("PRIMARY KEY", true), lr = wa("FOREIGN KEY", true), fr = wa("MATCH FULL", true), pr = wa("MATCH PARTIAL", true), br = wa("MATCH SIMPLE", true), vr = wa("SET NULL", true), dr = wa("NO ACTION", true), yr = wa("SET DEFAULT", true), hr = wa("TRIGGER", true), wr = wa("BEFORE", true), mr = wa("AFTER", true), Lr = wa("INSTEAD OF", true), Cr = wa("ON", true), Er = wa("EXECUTE", true), Ar = wa("PROCEDURE", true), gr = wa("OF", true), _r = wa("NOT", true), Tr = wa("DEFERRABLE", true), jr = wa("INITIALLY IMMEDIATE", true), Sr = wa("INITIALLY DEFERRED", true), xr = wa("FOR", true), Ir = wa("EACH", true), Rr = wa("ROW", true), Or = wa("STATEMENT", true), Nr = wa("CHARACTER", true), kr = wa("SET", true), Ur = wa("CHARSET", true), Mr = wa("COLLATE", true), Dr = wa("AVG_ROW_LENGTH", true), Pr = wa("KEY_BLOCK_SIZE", true), $r = wa("MAX_ROWS", true), Fr = wa("MIN_ROWS", true), Gr = wa("STATS_SAMPLE_PAGES", true), Br = wa("CONNECTION", true), Hr = wa("COMPRESSION", true), qr = wa("'", false), Wr = wa("ZLIB", true), Yr = wa("LZ4", true), Vr = wa("ENGINE", true), Xr = wa("IN", true), Qr = wa("ACCESS SHARE", true), Kr = wa("ROW SHARE", true), zr = wa("ROW EXCLUSIVE", true), Zr = wa("SHARE UPDATE EXCLUSIVE", true), Jr = wa("SHARE ROW EXCLUSIVE", true), rt = wa("ACCESS EXCLUSIVE", true), tt = wa("SHARE", true), et = wa("MODE", true), nt = wa("NOWAIT", true), ot = wa("TABLES", true), ut = wa("PREPARE", true), st = wa(";", false), at = wa("(", false), it = wa(")", false), ct = function(r3, t3) {
          return { with: r3, ...t3 };
        }, lt = wa("OUTFILE", true), ft = wa("DUMPFILE", true), pt = wa("BTREE", true), bt = wa("HASH", true), vt = wa("GIST", true), dt = wa("GIN", true), yt = wa("WITH", true), ht = wa("PARSER", true), wt = wa("VISIBLE", true), mt = wa("INVISIBLE", true), Lt = function(r3, t3) {
          return t3.unshift(r3), t3.forEach((r4) => {
            const { table: t4, as: e3 } = r4;
            ub[t4] = t4, e3 && (ub[e3] = t4), (function(r5) {
              const t5 = Jp(r5);
              r5.clear(), t5.forEach((t6) => r5.add(t6));
            })(ob);
          }), t3;
        }, Ct = wa("LATERAL", true), Et = wa("TABLESAMPLE", true), At = wa("REPEATABLE", true), gt = wa("CROSS", true), _t = wa("FOLLOWING", true), Tt = wa("PRECEDING", true), jt = wa("CURRENT", true), St = wa("UNBOUNDED", true), xt = wa("=", false), It = wa("DO", true), Rt = wa("NOTHING", true), Ot = wa("CONFLICT", true), Nt = wa("->", false), kt = function(r3, t3) {
          return zp(r3, t3);
        }, Ut = wa("!", false), Mt = wa(">=", false), Dt = wa(">", false), Pt = wa("<=", false), $t = wa("<>", false), Ft = wa("<", false), Gt = wa("!=", false), Bt = wa("SIMILAR", true), Ht = wa("!~*", false), qt = wa("~*", false), Wt = wa("~", false), Yt = wa("!~", false), Vt = wa("ESCAPE", true), Xt = wa("+", false), Qt = wa("-", false), Kt = wa("*", false), zt = wa("/", false), Zt = wa("%", false), Jt = wa("||", false), re = wa("$", false), te = wa("?", false), ee = wa("?|", false), ne = wa("?&", false), oe = wa("#-", false), ue = wa("#>>", false), se = wa("#>", false), ae = wa("@>", false), ie = wa("<@", false), ce = wa("E", true), le = function(r3) {
          return true === qp[r3.toUpperCase()];
        }, fe = wa('"', false), pe = /^[^"]/, be = ma(['"'], true, false), ve = /^[^']/, de = ma(["'"], true, false), ye = wa("`", false), he = /^[^`]/, we = ma(["`"], true, false), me = function(r3) {
          return { type: "default", value: r3 };
        }, Le = /^[A-Za-z_\u4E00-\u9FA5\xC0-\u017F]/, Ce = ma([["A", "Z"], ["a", "z"], "_", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), Ee = /^[A-Za-z0-9_$\x80-\uFFFF]/, Ae = ma([["A", "Z"], ["a", "z"], ["0", "9"], "_", "$", ["\x80", "\uFFFF"]], false, false), ge = /^[A-Za-z0-9_\u4E00-\u9FA5\xC0-\u017F]/, _e = ma([["A", "Z"], ["a", "z"], ["0", "9"], "_", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), Te = wa(":", false), je = wa("OVER", true), Se = wa("FILTER", true), xe = wa("FIRST_VALUE", true), Ie = wa("LAST_VALUE", true), Re = wa("ROW_NUMBER", true), Oe = wa("DENSE_RANK", true), Ne = wa("RANK", true), Ue = wa("LAG", true), Me = wa("LEAD", true), De = wa("NTH_VALUE", true), Pe = wa("IGNORE", true), $e = wa("RESPECT", true), Fe = wa("percentile_cont", true), Ge = wa("percentile_disc", true), Be = wa("within", true), He = wa("mode", true), qe = wa("BOTH", true), We = wa("LEADING", true), Ye = wa("TRAILING", true), Ve = wa("trim", true), Xe = wa("INPUT", true), Qe = wa("=>", false), Ke = wa("PATH", true), ze = wa("OUTER", true), Ze = wa("RECURSIVE", true), Je = wa("now", true), rn = wa("at", true), tn = wa("zone", true), en = wa("FLATTEN", true), nn = wa("CENTURY", true), on = wa("DAY", true), un = wa("DATE", true), sn = wa("DECADE", true), an = wa("DOW", true), cn = wa("DOY", true), ln = wa("EPOCH", true), fn = wa("HOUR", true), pn = wa("ISODOW", true), bn = wa("ISOYEAR", true), vn = wa("MICROSECONDS", true), dn = wa("MILLENNIUM", true), yn = wa("MILLISECONDS", true), hn = wa("MINUTE", true), wn = wa("MONTH", true), mn = wa("QUARTER", true), Ln = wa("SECOND", true), Cn = wa("TIMEZONE", true), En = wa("TIMEZONE_HOUR", true), An = wa("TIMEZONE_MINUTE", true), gn = wa("WEEK", true), _n = wa("YEAR", true), Tn = wa("NTILE", true), jn = /^[\n]/, Sn = ma(["\n"], false, false), xn = /^[^"\\\0-\x1F\x7F]/, In = ma(['"', "\\", ["\0", ""], "\x7F"], true, false), Rn = /^[^'\\]/, On = ma(["'", "\\"], true, false), Nn = wa("\\'", false), kn = wa('\\"', false), Un = wa("\\\\", false), Mn = wa("\\/", false), Dn = wa("\\b", false), Pn = wa("\\f", false), $n = wa("\\n", false), Fn = wa("\\r", false), Gn = wa("\\t", false), Bn = wa("\\u", false), Hn = wa("\\", false), qn = wa("''", false), Wn = /^[\n\r]/, Yn = ma(["\n", "\r"], false, false), Vn = wa(".", false), Xn = /^[0-9]/, Qn = ma([["0", "9"]], false, false), Kn = /^[0-9a-fA-F]/, zn = ma([["0", "9"], ["a", "f"], ["A", "F"]], false, false), Zn = /^[eE]/, Jn = ma(["e", "E"], false, false), ro = /^[+\-]/, to = ma(["+", "-"], false, false), eo = wa("NULL", true), no = wa("NOT NULL", true), oo = wa("TRUE", true), uo = wa("TO", true), so = wa("FALSE", true), ao = wa("SHOW", true), io = wa("DROP", true), co = wa("USE", true), lo = wa("ALTER", true), fo = wa("SELECT", true), po = wa("UPDATE", true), bo = wa("CREATE", true), vo = wa("TEMPORARY", true), yo = wa("TEMP", true), ho = wa("DELETE", true), wo = wa("INSERT", true), mo = wa("REPLACE", true), Lo = wa("RETURNING", true), Co = wa("RENAME", true), Eo = (wa("EXPLAIN", true), wa("PARTITION", true)), Ao = wa("INTO", true), go = wa("FROM", true), _o = wa("AS", true), To = wa("TABLE", true), jo = wa("DATABASE", true), So = wa("SEQUENCE", true), xo = wa("TABLESPACE", true), Io = wa("DEALLOCATE", true), Ro = wa("LEFT", true), Oo = wa("RIGHT", true), No = wa("FULL", true), ko = wa("INNER", true), Uo = wa("JOIN", true), Mo = wa("UNION", true), Do = wa("VALUES", true), Po = wa("USING", true), $o = wa("WHERE", true), Fo = wa("GROUP", true), Go = wa("BY", true), Bo = wa("ORDER", true), Ho = wa("HAVING", true), qo = wa("WINDOW", true), Wo = wa("LIMIT", true), Yo = wa("OFFSET", true), Vo = wa("ASC", true), Xo = wa("DESC", true), Qo = wa("DESCRIBE", true), Ko = wa("ALL", true), zo = wa("DISTINCT", true), Zo = wa("BETWEEN", true), Jo = wa("IS", true), ru = wa("LIKE", true), tu = wa("ILIKE", true), eu = wa("EXISTS", true), nu = wa("AND", true), ou = wa("OR", true), uu = wa("ARRAY", true), su = wa("ARRAY_AGG", true), au = wa("STRING_AGG", true), iu = wa("COUNT", true), cu = wa("GROUP_CONCAT", true), lu = wa("MAX", true), fu = wa("MIN", true), pu = wa("SUM", true), bu = wa("AVG", true), vu = wa("EXTRACT", true), du = wa("CALL", true), yu = wa("CASE", true), hu = wa("WHEN", true), wu = wa("THEN", true), mu = wa("ELSE", true), Lu = wa("END", true), Cu = wa("CAST", true), Eu = wa("TRY_CAST", true), Au = wa("BOOL", true), gu = wa("BOOLEAN", true), _u = wa("CHAR", true), Tu = wa("VARCHAR", true), ju = wa("NUMBER", true), Su = wa("DECIMAL", true), xu = wa("SIGNED", true), Iu = wa("UNSIGNED", true), Ru = wa("INT", true), Ou = wa("ZEROFILL", true), Nu = wa("INTEGER", true), ku = wa("JSON", true), Uu = wa("JSONB", true), Mu = wa("GEOMETRY", true), Du = wa("SMALLINT", true), Pu = wa("SERIAL", true), $u = wa("TINYINT", true), Fu = wa("TINYTEXT", true), Gu = wa("TEXT", true), Bu = wa("MEDIUMTEXT", true), Hu = wa("LONGTEXT", true), qu = wa("BIGINT", true), Wu = wa("ENUM", true), Yu = wa("FLOAT", true), Vu = wa("DOUBLE", true), Xu = wa("BIGSERIAL", true), Qu = wa("REAL", true), Ku = wa("DATETIME", true), zu = wa("ROWS", true), Zu = wa("TIME", true), Ju = wa("TIMESTAMP", true), rs = wa("TRUNCATE", true), ts = wa("USER", true), es = wa("UUID", true), ns = wa("OID", true), os = wa("REGCLASS", true), us = wa("REGCOLLATION", true), ss = wa("REGCONFIG", true), as = wa("REGDICTIONARY", true), is = wa("REGNAMESPACE", true), cs = wa("REGOPER", true), ls = wa("REGOPERATOR", true), fs = wa("REGPROC", true), ps = wa("REGPROCEDURE", true), bs = wa("REGROLE", true), vs = wa("REGTYPE", true), ds = wa("CURRENT_DATE", true), ys = (wa("ADDDATE", true), wa("INTERVAL", true)), hs = wa("CURRENT_TIME", true), ws = wa("CURRENT_TIMESTAMP", true), ms = wa("SYSTEM_USER", true), Ls = wa("GLOBAL", true), Cs = wa("SESSION", true), Es = wa("PERSIST", true), As = wa("PERSIST_ONLY", true), gs = wa("VIEW", true), _s = wa("@", false), Ts = wa("@@", false), js = wa("$$", false), Ss = wa("return", true), xs = wa(":=", false), Is = wa("::", false), Rs = wa("DUAL", true), Os = wa("ADD", true), Ns = wa("COLUMN", true), ks = wa("INDEX", true), Us = wa("FULLTEXT", true), Ms = wa("SPATIAL", true), Ds = wa("COMMENT", true), Ps = wa("CONSTRAINT", true), $s = wa("CONCURRENTLY", true), Fs = wa("REFERENCES", true), Gs = wa("SQL_CALC_FOUND_ROWS", true), Bs = wa("SQL_CACHE", true), Hs = wa("SQL_NO_CACHE", true), qs = wa("SQL_SMALL_RESULT", true), Ws = wa("SQL_BIG_RESULT", true), Ys = wa("SQL_BUFFER_RESULT", true), Vs = wa(",", false), Xs = wa("[", false), Qs = wa("]", false), Ks = wa("->>", false), zs = wa("&&", false), Zs = wa("/*", false), Js = wa("*/", false), ra = wa("--", false), ta = wa("//", false), ea = (wa("#", false), { type: "any" }), na = /^[ \t\n\r]/, oa = ma([" ", "	", "\n", "\r"], false, false), ua = /^[^$]/, sa = ma(["$"], true, false), aa = function(r3) {
          return { dataType: r3 };
        }, ia = wa("bytea", true), ca = function(r3) {
          return { dataType: r3 };
        }, la = wa("WITHOUT", true), fa = wa("ZONE", true), pa = 0, ba = 0, va = [{ line: 1, column: 1 }], da = 0, ya = [], ha = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in s)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          a = s[t2.startRule];
        }
        function wa(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function ma(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function La(t3) {
          var e3, n2 = va[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !va[e3]; ) e3--;
          for (n2 = { line: (n2 = va[e3]).line, column: n2.column }; e3 < t3; ) 10 === r2.charCodeAt(e3) ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return va[t3] = n2, n2;
        }
        function Ca(r3, t3) {
          var e3 = La(r3), n2 = La(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function Ea(r3) {
          pa < da || (pa > da && (da = pa, ya = []), ya.push(r3));
        }
        function Aa(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function ga() {
          var r3, t3;
          return r3 = pa, Cp() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, s2, a2, i2;
            if (r4 = pa, (t4 = Ta()) !== u) {
              for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = hp()) !== u && (a2 = Cp()) !== u && (i2 = Ta()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = hp()) !== u && (a2 = Cp()) !== u && (i2 = Ta()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
              e3 !== u ? (ba = r4, t4 = (function(r5, t5) {
                const e4 = r5 && r5.ast || r5, n3 = t5 && t5.length && t5[0].length >= 4 ? [e4] : e4;
                for (let r6 = 0; r6 < t5.length; r6++) t5[r6][3] && 0 !== t5[r6][3].length && n3.push(t5[r6][3] && t5[r6][3].ast || t5[r6][3]);
                return { tableList: Array.from(nb), columnList: Jp(ob), ast: n3 };
              })(t4, e3), r4 = t4) : (pa = r4, r4 = u);
            } else pa = r4, r4 = u;
            return r4;
          })()) !== u ? (ba = r3, r3 = t3) : (pa = r3, r3 = u), r3;
        }
        function _a() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, s2, a2, c2, l2, f2;
            t4 = pa, (e3 = Tl()) !== u && Cp() !== u && (n2 = ql()) !== u && Cp() !== u && (o2 = _i()) !== u ? (ba = t4, p2 = e3, b2 = n2, (v2 = o2) && v2.forEach((r3) => nb.add(`${p2}::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: p2.toLowerCase(), keyword: b2.toLowerCase(), name: v2 } }, t4 = e3) : (pa = t4, t4 = u);
            var p2, b2, v2;
            t4 === u && (t4 = pa, (e3 = Tl()) !== u && Cp() !== u && (n2 = op()) !== u && Cp() !== u ? ((o2 = cp()) === u && (o2 = null), o2 !== u && Cp() !== u ? (s2 = pa, "if" === r2.substr(pa, 2).toLowerCase() ? (a2 = r2.substr(pa, 2), pa += 2) : (a2 = u, 0 === ha && Ea(i)), a2 !== u && (c2 = Cp()) !== u && (l2 = ff()) !== u ? s2 = a2 = [a2, c2, l2] : (pa = s2, s2 = u), s2 === u && (s2 = null), s2 !== u && (a2 = Cp()) !== u && (c2 = _c()) !== u && (l2 = Cp()) !== u ? ("cascade" === r2.substr(pa, 7).toLowerCase() ? (f2 = r2.substr(pa, 7), pa += 7) : (f2 = u, 0 === ha && Ea(W)), f2 === u && ("restrict" === r2.substr(pa, 8).toLowerCase() ? (f2 = r2.substr(pa, 8), pa += 8) : (f2 = u, 0 === ha && Ea(Y))), f2 === u && (f2 = null), f2 !== u ? (ba = t4, e3 = (function(r3, t5, e4, n3, o3, u2) {
              return { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: r3.toLowerCase(), keyword: t5.toLowerCase(), prefix: e4, name: o3, options: u2 && [{ type: "origin", value: u2 }] } };
            })(e3, n2, o2, 0, c2, f2), t4 = e3) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u));
            return t4;
          })()) === u && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2, o2, s2, a2, i2, c2, l2;
              r3 = pa, (t5 = Il()) !== u && Cp() !== u ? ((e3 = Rl()) === u && (e3 = null), e3 !== u && Cp() !== u && ql() !== u && Cp() !== u ? ((n2 = xa()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = _i()) !== u && Cp() !== u && (s2 = (function() {
                var r4, t6, e4, n3, o3, s3, a3, i3, c3;
                if (r4 = pa, (t6 = bp()) !== u) if (Cp() !== u) if ((e4 = Na()) !== u) {
                  for (n3 = [], o3 = pa, (s3 = Cp()) !== u && (a3 = fp()) !== u && (i3 = Cp()) !== u && (c3 = Na()) !== u ? o3 = s3 = [s3, a3, i3, c3] : (pa = o3, o3 = u); o3 !== u; ) n3.push(o3), o3 = pa, (s3 = Cp()) !== u && (a3 = fp()) !== u && (i3 = Cp()) !== u && (c3 = Na()) !== u ? o3 = s3 = [s3, a3, i3, c3] : (pa = o3, o3 = u);
                  n3 !== u && (o3 = Cp()) !== u && (s3 = vp()) !== u ? (ba = r4, t6 = Kp(e4, n3), r4 = t6) : (pa = r4, r4 = u);
                } else pa = r4, r4 = u;
                else pa = r4, r4 = u;
                else pa = r4, r4 = u;
                return r4;
              })()) !== u && Cp() !== u ? ((a2 = (function() {
                var r4, t6, e4, n3, o3, s3, a3, i3;
                if (r4 = pa, (t6 = ni()) !== u) {
                  for (e4 = [], n3 = pa, (o3 = Cp()) !== u ? ((s3 = fp()) === u && (s3 = null), s3 !== u && (a3 = Cp()) !== u && (i3 = ni()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u)) : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u ? ((s3 = fp()) === u && (s3 = null), s3 !== u && (a3 = Cp()) !== u && (i3 = ni()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u)) : (pa = n3, n3 = u);
                  e4 !== u ? (ba = r4, t6 = Kp(t6, e4), r4 = t6) : (pa = r4, r4 = u);
                } else pa = r4, r4 = u;
                return r4;
              })()) === u && (a2 = null), a2 !== u && Cp() !== u ? ((i2 = Pl()) === u && (i2 = Ml()), i2 === u && (i2 = null), i2 !== u && Cp() !== u ? ((c2 = Hl()) === u && (c2 = null), c2 !== u && Cp() !== u ? ((l2 = Sa()) === u && (l2 = null), l2 !== u ? (ba = r3, f2 = t5, p2 = e3, b2 = n2, d2 = s2, y2 = a2, h2 = i2, w2 = c2, m2 = l2, (v2 = o2) && v2.forEach((r4) => nb.add(`create::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t5 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: f2[0].toLowerCase(), keyword: "table", temporary: p2 && p2[0].toLowerCase(), if_not_exists: b2, table: v2, ignore_replace: h2 && h2[0].toLowerCase(), as: w2 && w2[0].toLowerCase(), query_expr: m2 && m2.ast, create_definitions: d2, table_options: y2 }, ...Yp() }, r3 = t5) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
              var f2, p2, b2, v2, d2, y2, h2, w2, m2;
              r3 === u && (r3 = pa, (t5 = Il()) !== u && Cp() !== u ? ((e3 = Rl()) === u && (e3 = null), e3 !== u && Cp() !== u && ql() !== u && Cp() !== u ? ((n2 = xa()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = _i()) !== u && Cp() !== u && (s2 = (function r4() {
                var t6, e4;
                (t6 = (function() {
                  var r5, t7;
                  r5 = pa, cf() !== u && Cp() !== u && (t7 = _i()) !== u ? (ba = r5, r5 = { type: "like", table: t7 }) : (pa = r5, r5 = u);
                  return r5;
                })()) === u && (t6 = pa, bp() !== u && Cp() !== u && (e4 = r4()) !== u && Cp() !== u && vp() !== u ? (ba = t6, (n3 = e4).parentheses = true, t6 = n3) : (pa = t6, t6 = u));
                var n3;
                return t6;
              })()) !== u ? (ba = r3, t5 = (function(r4, t6, e4, n3, o3) {
                return n3 && n3.forEach((r5) => nb.add(`create::${[r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`)), { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: r4[0].toLowerCase(), keyword: "table", temporary: t6 && t6[0].toLowerCase(), if_not_exists: e4, table: n3, like: o3 } };
              })(t5, e3, n2, o2, s2), r3 = t5) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u));
              return r3;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2, d2, y2, h2, w2, m2, L2, C2, E2;
              t5 = pa, (e3 = Il()) !== u && Cp() !== u ? (n2 = pa, (o2 = vf()) !== u && (s2 = Cp()) !== u && (a2 = Ml()) !== u ? n2 = o2 = [o2, s2, a2] : (pa = n2, n2 = u), n2 === u && (n2 = null), n2 !== u && (o2 = Cp()) !== u ? ((s2 = ip()) === u && (s2 = null), s2 !== u && (a2 = Cp()) !== u ? ("trigger" === r2.substr(pa, 7).toLowerCase() ? (i2 = r2.substr(pa, 7), pa += 7) : (i2 = u, 0 === ha && Ea(hr)), i2 !== u && Cp() !== u && (c2 = Fc()) !== u && Cp() !== u ? ("before" === r2.substr(pa, 6).toLowerCase() ? (l2 = r2.substr(pa, 6), pa += 6) : (l2 = u, 0 === ha && Ea(wr)), l2 === u && ("after" === r2.substr(pa, 5).toLowerCase() ? (l2 = r2.substr(pa, 5), pa += 5) : (l2 = u, 0 === ha && Ea(mr)), l2 === u && ("instead of" === r2.substr(pa, 10).toLowerCase() ? (l2 = r2.substr(pa, 10), pa += 10) : (l2 = u, 0 === ha && Ea(Lr)))), l2 !== u && Cp() !== u && (f2 = (function() {
                var r3, t6, e4, n3, o3, s3, a3, i3;
                if (r3 = pa, (t6 = ri()) !== u) {
                  for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = vf()) !== u && (a3 = Cp()) !== u && (i3 = ri()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = vf()) !== u && (a3 = Cp()) !== u && (i3 = ri()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u);
                  e4 !== u ? (ba = r3, t6 = Kp(t6, e4), r3 = t6) : (pa = r3, r3 = u);
                } else pa = r3, r3 = u;
                return r3;
              })()) !== u && Cp() !== u ? ("on" === r2.substr(pa, 2).toLowerCase() ? (p2 = r2.substr(pa, 2), pa += 2) : (p2 = u, 0 === ha && Ea(Cr)), p2 !== u && Cp() !== u && (b2 = xi()) !== u && Cp() !== u ? (v2 = pa, (d2 = Gl()) !== u && (y2 = Cp()) !== u && (h2 = xi()) !== u ? v2 = d2 = [d2, y2, h2] : (pa = v2, v2 = u), v2 === u && (v2 = null), v2 !== u && (d2 = Cp()) !== u ? ((y2 = (function() {
                var t6, e4, n3, o3, s3;
                t6 = pa, e4 = pa, "not" === r2.substr(pa, 3).toLowerCase() ? (n3 = r2.substr(pa, 3), pa += 3) : (n3 = u, 0 === ha && Ea(_r));
                n3 === u && (n3 = null);
                n3 !== u && (o3 = Cp()) !== u ? ("deferrable" === r2.substr(pa, 10).toLowerCase() ? (s3 = r2.substr(pa, 10), pa += 10) : (s3 = u, 0 === ha && Ea(Tr)), s3 !== u ? e4 = n3 = [n3, o3, s3] : (pa = e4, e4 = u)) : (pa = e4, e4 = u);
                e4 !== u && (n3 = Cp()) !== u ? ("initially immediate" === r2.substr(pa, 19).toLowerCase() ? (o3 = r2.substr(pa, 19), pa += 19) : (o3 = u, 0 === ha && Ea(jr)), o3 === u && ("initially deferred" === r2.substr(pa, 18).toLowerCase() ? (o3 = r2.substr(pa, 18), pa += 18) : (o3 = u, 0 === ha && Ea(Sr))), o3 !== u ? (ba = t6, i3 = o3, e4 = { keyword: (a3 = e4) && a3[0] ? a3[0].toLowerCase() + " deferrable" : "deferrable", args: i3 && i3.toLowerCase() }, t6 = e4) : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                var a3, i3;
                return t6;
              })()) === u && (y2 = null), y2 !== u && (h2 = Cp()) !== u ? ((w2 = (function() {
                var t6, e4, n3, o3;
                t6 = pa, "for" === r2.substr(pa, 3).toLowerCase() ? (e4 = r2.substr(pa, 3), pa += 3) : (e4 = u, 0 === ha && Ea(xr));
                e4 !== u && Cp() !== u ? ("each" === r2.substr(pa, 4).toLowerCase() ? (n3 = r2.substr(pa, 4), pa += 4) : (n3 = u, 0 === ha && Ea(Ir)), n3 === u && (n3 = null), n3 !== u && Cp() !== u ? ("row" === r2.substr(pa, 3).toLowerCase() ? (o3 = r2.substr(pa, 3), pa += 3) : (o3 = u, 0 === ha && Ea(Rr)), o3 === u && ("statement" === r2.substr(pa, 9).toLowerCase() ? (o3 = r2.substr(pa, 9), pa += 9) : (o3 = u, 0 === ha && Ea(Or))), o3 !== u ? (ba = t6, s3 = e4, i3 = o3, e4 = { keyword: (a3 = n3) ? `${s3.toLowerCase()} ${a3.toLowerCase()}` : s3.toLowerCase(), args: i3.toLowerCase() }, t6 = e4) : (pa = t6, t6 = u)) : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                var s3, a3, i3;
                return t6;
              })()) === u && (w2 = null), w2 !== u && Cp() !== u ? ((m2 = (function() {
                var r3, t6;
                r3 = pa, mf() !== u && Cp() !== u && bp() !== u && Cp() !== u && (t6 = cc()) !== u && Cp() !== u && vp() !== u ? (ba = r3, r3 = { type: "when", cond: t6, parentheses: true }) : (pa = r3, r3 = u);
                return r3;
              })()) === u && (m2 = null), m2 !== u && Cp() !== u ? ("execute" === r2.substr(pa, 7).toLowerCase() ? (L2 = r2.substr(pa, 7), pa += 7) : (L2 = u, 0 === ha && Ea(Er)), L2 !== u && Cp() !== u ? ("procedure" === r2.substr(pa, 9).toLowerCase() ? (C2 = r2.substr(pa, 9), pa += 9) : (C2 = u, 0 === ha && Ea(Ar)), C2 === u && ("function" === r2.substr(pa, 8).toLowerCase() ? (C2 = r2.substr(pa, 8), pa += 8) : (C2 = u, 0 === ha && Ea(z))), C2 !== u && Cp() !== u && (E2 = Up()) !== u ? (ba = t5, A2 = s2, g2 = i2, T2 = f2, j2 = b2, S2 = v2, x2 = y2, I2 = w2, R2 = m2, O2 = C2, N2 = E2, e3 = { type: "create", replace: n2 && "or replace", constraint: c2, location: (_2 = l2) && _2.toLowerCase(), events: T2, table: j2, from: S2 && S2[2], deferrable: x2, for_each: I2, when: R2, execute: { keyword: "execute " + O2.toLowerCase(), expr: N2 }, constraint_type: g2 && g2.toLowerCase(), keyword: g2 && g2.toLowerCase(), constraint_kw: A2 && A2.toLowerCase(), resource: "constraint" }, t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              var A2, g2, _2, T2, j2, S2, x2, I2, R2, O2, N2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, p2, b2, v2, d2, y2, h2, w2;
              t5 = pa, (e3 = Il()) !== u && Cp() !== u ? ("extension" === r2.substr(pa, 9).toLowerCase() ? (n2 = r2.substr(pa, 9), pa += 9) : (n2 = u, 0 === ha && Ea(c)), n2 !== u && Cp() !== u ? ((o2 = xa()) === u && (o2 = null), o2 !== u && Cp() !== u ? ((s2 = Fc()) === u && (s2 = pl()), s2 !== u && Cp() !== u ? ((a2 = zl()) === u && (a2 = null), a2 !== u && Cp() !== u ? (i2 = pa, "schema" === r2.substr(pa, 6).toLowerCase() ? (p2 = r2.substr(pa, 6), pa += 6) : (p2 = u, 0 === ha && Ea(l)), p2 !== u && (b2 = Cp()) !== u && (v2 = Fc()) !== u ? i2 = p2 = [p2, b2, v2] : (pa = i2, i2 = u), i2 === u && (i2 = pl()), i2 === u && (i2 = null), i2 !== u && (p2 = Cp()) !== u ? (b2 = pa, "version" === r2.substr(pa, 7).toLowerCase() ? (v2 = r2.substr(pa, 7), pa += 7) : (v2 = u, 0 === ha && Ea(f)), v2 !== u && (d2 = Cp()) !== u ? ((y2 = Fc()) === u && (y2 = pl()), y2 !== u ? b2 = v2 = [v2, d2, y2] : (pa = b2, b2 = u)) : (pa = b2, b2 = u), b2 === u && (b2 = null), b2 !== u && (v2 = Cp()) !== u ? (d2 = pa, (y2 = Gl()) !== u && (h2 = Cp()) !== u ? ((w2 = Fc()) === u && (w2 = pl()), w2 !== u ? d2 = y2 = [y2, h2, w2] : (pa = d2, d2 = u)) : (pa = d2, d2 = u), d2 === u && (d2 = null), d2 !== u ? (ba = t5, m2 = o2, L2 = s2, C2 = a2, E2 = i2, A2 = b2, g2 = d2, e3 = { type: "create", keyword: n2.toLowerCase(), if_not_exists: m2, extension: rb(L2), with: C2 && C2[0].toLowerCase(), schema: rb(E2 && E2[2].toLowerCase()), version: rb(A2 && A2[2]), from: rb(g2 && g2[2]) }, t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              var m2, L2, C2, E2, A2, g2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2, d2, y2, h2, w2, m2;
              t5 = pa, (e3 = Il()) !== u && Cp() !== u ? ((n2 = sp()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = op()) !== u && Cp() !== u ? ((s2 = cp()) === u && (s2 = null), s2 !== u && Cp() !== u ? ((a2 = jc()) === u && (a2 = null), a2 !== u && Cp() !== u && (i2 = Yl()) !== u && Cp() !== u && (c2 = xi()) !== u && Cp() !== u ? ((l2 = Ei()) === u && (l2 = null), l2 !== u && Cp() !== u && bp() !== u && Cp() !== u && (f2 = (function() {
                var r3, t6, e4, n3, o3, s3, a3, i3;
                if (r3 = pa, (t6 = Oa()) !== u) {
                  for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i3 = Oa()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i3 = Oa()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u);
                  e4 !== u ? (ba = r3, t6 = Kp(t6, e4), r3 = t6) : (pa = r3, r3 = u);
                } else pa = r3, r3 = u;
                return r3;
              })()) !== u && Cp() !== u && vp() !== u && Cp() !== u ? (p2 = pa, (b2 = zl()) !== u && (v2 = Cp()) !== u && (d2 = bp()) !== u && (y2 = Cp()) !== u && (h2 = (function() {
                var r3, t6, e4, n3, o3, s3, a3, i3;
                if (r3 = pa, (t6 = gi()) !== u) {
                  for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i3 = gi()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i3 = gi()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u);
                  e4 !== u ? (ba = r3, t6 = Kp(t6, e4), r3 = t6) : (pa = r3, r3 = u);
                } else pa = r3, r3 = u;
                return r3;
              })()) !== u && (w2 = Cp()) !== u && (m2 = vp()) !== u ? p2 = b2 = [b2, v2, d2, y2, h2, w2, m2] : (pa = p2, p2 = u), p2 === u && (p2 = null), p2 !== u && (b2 = Cp()) !== u ? (v2 = pa, (d2 = (function() {
                var t6, e4, n3, o3;
                t6 = pa, "tablespace" === r2.substr(pa, 10).toLowerCase() ? (e4 = r2.substr(pa, 10), pa += 10) : (e4 = u, 0 === ha && Ea(xo));
                e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t6, t6 = e4 = "TABLESPACE") : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                return t6;
              })()) !== u && (y2 = Cp()) !== u && (h2 = Fc()) !== u ? v2 = d2 = [d2, y2, h2] : (pa = v2, v2 = u), v2 === u && (v2 = null), v2 !== u && (d2 = Cp()) !== u ? ((y2 = Oi()) === u && (y2 = null), y2 !== u && (h2 = Cp()) !== u ? (ba = t5, L2 = e3, C2 = n2, E2 = o2, A2 = s2, g2 = a2, _2 = i2, T2 = c2, j2 = l2, S2 = f2, x2 = p2, I2 = v2, R2 = y2, e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: L2[0].toLowerCase(), index_type: C2 && C2.toLowerCase(), keyword: E2.toLowerCase(), concurrently: A2 && A2.toLowerCase(), index: g2, on_kw: _2[0].toLowerCase(), table: T2, index_using: j2, index_columns: S2, with: x2 && x2[4], with_before_where: true, tablespace: I2 && { type: "origin", value: I2[2] }, where: R2 } }, t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              var L2, C2, E2, A2, g2, _2, T2, j2, S2, x2, I2, R2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2;
              t5 = pa, (e3 = Il()) !== u && Cp() !== u ? ((n2 = Rl()) === u && (n2 = Ol()), n2 === u && (n2 = null), n2 !== u && Cp() !== u && (function() {
                var t6, e4, n3, o3;
                t6 = pa, "sequence" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(So));
                e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t6, t6 = e4 = "SEQUENCE") : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                return t6;
              })() !== u && Cp() !== u ? ((o2 = xa()) === u && (o2 = null), o2 !== u && Cp() !== u && (s2 = xi()) !== u && Cp() !== u ? (a2 = pa, (i2 = Hl()) !== u && (c2 = Cp()) !== u && (l2 = Sc()) !== u ? a2 = i2 = [i2, c2, l2] : (pa = a2, a2 = u), a2 === u && (a2 = null), a2 !== u && (i2 = Cp()) !== u ? ((c2 = (function() {
                var r3, t6, e4, n3, o3, s3;
                if (r3 = pa, (t6 = Ra()) !== u) {
                  for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = Ra()) !== u ? n3 = o3 = [o3, s3] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = Ra()) !== u ? n3 = o3 = [o3, s3] : (pa = n3, n3 = u);
                  e4 !== u ? (ba = r3, t6 = Kp(t6, e4, 1), r3 = t6) : (pa = r3, r3 = u);
                } else pa = r3, r3 = u;
                return r3;
              })()) === u && (c2 = null), c2 !== u ? (ba = t5, f2 = e3, p2 = n2, b2 = o2, d2 = a2, y2 = c2, (v2 = s2).as = d2 && d2[2], e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: f2[0].toLowerCase(), keyword: "sequence", temporary: p2 && p2[0].toLowerCase(), if_not_exists: b2, sequence: [v2], create_definitions: y2 } }, t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              var f2, p2, b2, v2, d2, y2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2;
              t5 = pa, (e3 = Il()) !== u && Cp() !== u ? ((n2 = (function() {
                var t6, e4, n3, o3;
                t6 = pa, "database" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(jo));
                e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t6, t6 = e4 = "DATABASE") : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                return t6;
              })()) === u && (n2 = Wl()), n2 !== u && Cp() !== u ? ((o2 = xa()) === u && (o2 = null), o2 !== u && Cp() !== u && (s2 = kp()) !== u && Cp() !== u ? ((a2 = (function() {
                var r3, t6, e4, n3, o3, s3;
                if (r3 = pa, (t6 = ei()) !== u) {
                  for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = ei()) !== u ? n3 = o3 = [o3, s3] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = ei()) !== u ? n3 = o3 = [o3, s3] : (pa = n3, n3 = u);
                  e4 !== u ? (ba = r3, t6 = Kp(t6, e4, 1), r3 = t6) : (pa = r3, r3 = u);
                } else pa = r3, r3 = u;
                return r3;
              })()) === u && (a2 = null), a2 !== u ? (ba = t5, e3 = (function(r3, t6, e4, n3, o3) {
                const u2 = t6.toLowerCase();
                return { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: r3[0].toLowerCase(), keyword: u2, if_not_exists: e4, [u2]: { db: n3.schema, schema: n3.name }, create_definitions: o3 } };
              })(e3, n2, o2, s2, a2), t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2;
              t5 = pa, (e3 = Il()) !== u && Cp() !== u ? ("domain" === r2.substr(pa, 6).toLowerCase() ? (n2 = r2.substr(pa, 6), pa += 6) : (n2 = u, 0 === ha && Ea(L)), n2 !== u && Cp() !== u && (o2 = xi()) !== u && Cp() !== u ? ((s2 = Hl()) === u && (s2 = null), s2 !== u && Cp() !== u && (a2 = $p()) !== u && Cp() !== u ? ((i2 = Ma()) === u && (i2 = null), i2 !== u && Cp() !== u ? ((c2 = Da()) === u && (c2 = null), c2 !== u && Cp() !== u ? ((l2 = za()) === u && (l2 = null), l2 !== u ? (ba = t5, e3 = (function(r3, t6, e4, n3, o3, u2, s3, a3) {
                a3 && (a3.type = "constraint");
                const i3 = [u2, s3, a3].filter((r4) => r4);
                return { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: r3[0].toLowerCase(), keyword: t6.toLowerCase(), domain: { schema: e4.db, name: e4.table }, as: n3 && n3[0] && n3[0].toLowerCase(), target: o3, create_definitions: i3 }, ...Yp() };
              })(e3, n2, o2, s2, a2, i2, c2, l2), t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2;
              t5 = pa, (e3 = Il()) !== u && Cp() !== u ? ("type" === r2.substr(pa, 4).toLowerCase() ? (n2 = r2.substr(pa, 4), pa += 4) : (n2 = u, 0 === ha && Ea(m)), n2 !== u && Cp() !== u && (o2 = xi()) !== u && Cp() !== u && (s2 = Hl()) !== u && Cp() !== u && (a2 = Pf()) !== u && Cp() !== u && bp() !== u && Cp() !== u ? ((i2 = Ji()) === u && (i2 = null), i2 !== u && Cp() !== u && vp() !== u ? (ba = t5, c2 = e3, l2 = n2, f2 = o2, p2 = s2, b2 = a2, (v2 = i2).parentheses = true, e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: c2[0].toLowerCase(), keyword: l2.toLowerCase(), name: { schema: f2.db, name: f2.table }, as: p2 && p2[0] && p2[0].toLowerCase(), resource: b2.toLowerCase(), create_definitions: v2 }, ...Yp() }, t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              var c2, l2, f2, p2, b2, v2;
              t5 === u && (t5 = pa, (e3 = Il()) !== u && Cp() !== u ? ("type" === r2.substr(pa, 4).toLowerCase() ? (n2 = r2.substr(pa, 4), pa += 4) : (n2 = u, 0 === ha && Ea(m)), n2 !== u && Cp() !== u && (o2 = xi()) !== u ? (ba = t5, e3 = (function(r3, t6, e4) {
                return { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: r3[0].toLowerCase(), keyword: t6.toLowerCase(), name: { schema: e4.db, name: e4.table } } };
              })(e3, n2, o2), t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u));
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2, f2, y2, h2, w2, m2, L2, C2, E2, A2;
              t5 = pa, (e3 = Il()) !== u && Cp() !== u ? (n2 = pa, (o2 = vf()) !== u && (s2 = Cp()) !== u && (a2 = Ml()) !== u ? n2 = o2 = [o2, s2, a2] : (pa = n2, n2 = u), n2 === u && (n2 = null), n2 !== u && (o2 = Cp()) !== u ? ((s2 = Ol()) === u && (s2 = Rl()), s2 === u && (s2 = null), s2 !== u && (a2 = Cp()) !== u ? ((i2 = Ul()) === u && (i2 = null), i2 !== u && Cp() !== u && (function() {
                var t6, e4, n3, o3;
                t6 = pa, "view" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(gs));
                e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t6, t6 = e4 = "VIEW") : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                return t6;
              })() !== u && Cp() !== u && (c2 = xi()) !== u && Cp() !== u ? (l2 = pa, (f2 = bp()) !== u && (y2 = Cp()) !== u && (h2 = Tc()) !== u && (w2 = Cp()) !== u && (m2 = vp()) !== u ? l2 = f2 = [f2, y2, h2, w2, m2] : (pa = l2, l2 = u), l2 === u && (l2 = null), l2 !== u && (f2 = Cp()) !== u ? (y2 = pa, (h2 = zl()) !== u && (w2 = Cp()) !== u && (m2 = bp()) !== u && (L2 = Cp()) !== u && (C2 = (function() {
                var r3, t6, e4, n3, o3, s3, a3, i3;
                if (r3 = pa, (t6 = Ia()) !== u) {
                  for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i3 = Ia()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i3 = Ia()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u);
                  e4 !== u ? (ba = r3, t6 = Kp(t6, e4), r3 = t6) : (pa = r3, r3 = u);
                } else pa = r3, r3 = u;
                return r3;
              })()) !== u && (E2 = Cp()) !== u && (A2 = vp()) !== u ? y2 = h2 = [h2, w2, m2, L2, C2, E2, A2] : (pa = y2, y2 = u), y2 === u && (y2 = null), y2 !== u && (h2 = Cp()) !== u && (w2 = Hl()) !== u && (m2 = Cp()) !== u && (L2 = li()) !== u && (C2 = Cp()) !== u ? ((E2 = (function() {
                var t6, e4, n3, o3, s3;
                t6 = pa, (e4 = zl()) !== u && Cp() !== u ? ("cascaded" === r2.substr(pa, 8).toLowerCase() ? (n3 = r2.substr(pa, 8), pa += 8) : (n3 = u, 0 === ha && Ea(p)), n3 === u && ("local" === r2.substr(pa, 5).toLowerCase() ? (n3 = r2.substr(pa, 5), pa += 5) : (n3 = u, 0 === ha && Ea(b))), n3 !== u && Cp() !== u ? ("check" === r2.substr(pa, 5).toLowerCase() ? (o3 = r2.substr(pa, 5), pa += 5) : (o3 = u, 0 === ha && Ea(v)), o3 !== u && Cp() !== u ? ("OPTION" === r2.substr(pa, 6) ? (s3 = "OPTION", pa += 6) : (s3 = u, 0 === ha && Ea(d)), s3 !== u ? (ba = t6, e4 = `with ${n3.toLowerCase()} check option`, t6 = e4) : (pa = t6, t6 = u)) : (pa = t6, t6 = u)) : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                t6 === u && (t6 = pa, (e4 = zl()) !== u && Cp() !== u ? ("check" === r2.substr(pa, 5).toLowerCase() ? (n3 = r2.substr(pa, 5), pa += 5) : (n3 = u, 0 === ha && Ea(v)), n3 !== u && Cp() !== u ? ("OPTION" === r2.substr(pa, 6) ? (o3 = "OPTION", pa += 6) : (o3 = u, 0 === ha && Ea(d)), o3 !== u ? (ba = t6, t6 = e4 = "with check option") : (pa = t6, t6 = u)) : (pa = t6, t6 = u)) : (pa = t6, t6 = u));
                return t6;
              })()) === u && (E2 = null), E2 !== u ? (ba = t5, g2 = e3, _2 = n2, T2 = s2, j2 = i2, x2 = l2, I2 = y2, R2 = L2, O2 = E2, (S2 = c2).view = S2.table, delete S2.table, e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: g2[0].toLowerCase(), keyword: "view", replace: _2 && "or replace", temporary: T2 && T2[0].toLowerCase(), recursive: j2 && j2.toLowerCase(), columns: x2 && x2[2], select: R2, view: S2, with_options: I2 && I2[4], with: O2 } }, t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              var g2, _2, T2, j2, S2, x2, I2, R2, O2;
              return t5;
            })());
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = pa, (t4 = Xf()) !== u && Cp() !== u ? ((e3 = ql()) === u && (e3 = null), e3 !== u && Cp() !== u && (n2 = _i()) !== u ? (ba = r3, o2 = t4, s2 = e3, (a2 = n2) && a2.forEach((r4) => nb.add(`${o2}::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t4 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: o2.toLowerCase(), keyword: s2 && s2.toLowerCase() || "table", name: a2 } }, r3 = t4) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
            var o2, s2, a2;
            return r3;
          })()) === u && (t3 = (function() {
            var r3, t4, e3;
            r3 = pa, (t4 = Dl()) !== u && Cp() !== u && ql() !== u && Cp() !== u && (e3 = (function() {
              var r4, t5, e4, n3, o2, s2, a2, i2;
              if (r4 = pa, (t5 = Ci()) !== u) {
                for (e4 = [], n3 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Ci()) !== u ? n3 = o2 = [o2, s2, a2, i2] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Ci()) !== u ? n3 = o2 = [o2, s2, a2, i2] : (pa = n3, n3 = u);
                e4 !== u ? (ba = r4, t5 = Kp(t5, e4), r4 = t5) : (pa = r4, r4 = u);
              } else pa = r4, r4 = u;
              return r4;
            })()) !== u ? (ba = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && nb.add(`rename::${[r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`))), t4 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "rename", table: n2 } }, r3 = t4) : (pa = r3, r3 = u);
            var n2;
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = pa, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "call" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(du));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "CALL") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) !== u && Cp() !== u && (n2 = Up()) !== u ? (ba = t4, o2 = n2, e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "call", expr: o2 } }, t4 = e3) : (pa = t4, t4 = u);
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = pa, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "use" === r2.substr(pa, 3).toLowerCase() ? (e4 = r2.substr(pa, 3), pa += 3) : (e4 = u, 0 === ha && Ea(co));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) !== u && Cp() !== u && (n2 = jc()) !== u ? (ba = t4, o2 = n2, nb.add(`use::${o2}::null`), e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "use", db: o2, ...Yp() } }, t4 = e3) : (pa = t4, t4 = u);
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2;
              r3 = pa, (t5 = jl()) !== u && Cp() !== u && ql() !== u && Cp() !== u && (e3 = _i()) !== u && Cp() !== u && (n2 = (function() {
                var r4, t6, e4, n3, o3, s3, a2, i2;
                if (r4 = pa, (t6 = Ga()) !== u) {
                  for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Ga()) !== u ? n3 = o3 = [o3, s3, a2, i2] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Ga()) !== u ? n3 = o3 = [o3, s3, a2, i2] : (pa = n3, n3 = u);
                  e4 !== u ? (ba = r4, t6 = Kp(t6, e4), r4 = t6) : (pa = r4, r4 = u);
                } else pa = r4, r4 = u;
                return r4;
              })()) !== u ? (ba = r3, s2 = n2, (o2 = e3) && o2.length > 0 && o2.forEach((r4) => nb.add(`alter::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t5 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "alter", table: o2, expr: s2 } }, r3 = t5) : (pa = r3, r3 = u);
              var o2, s2;
              return r3;
            })()) === u && (t4 = (function() {
              var r3, t5, e3, n2, o2;
              r3 = pa, (t5 = jl()) !== u && Cp() !== u && (e3 = Wl()) !== u && Cp() !== u && (n2 = Fc()) !== u && Cp() !== u ? ((o2 = Ba()) === u && (o2 = Ha()) === u && (o2 = qa()), o2 !== u ? (ba = r3, t5 = (function(r4, t6, e4) {
                const n3 = r4.toLowerCase();
                return e4.resource = n3, e4[n3] = e4.table, delete e4.table, { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "alter", keyword: n3, schema: t6, expr: e4 } };
              })(e3, n2, o2), r3 = t5) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
              return r3;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2;
              t5 = pa, (e3 = jl()) !== u && Cp() !== u ? ("domain" === r2.substr(pa, 6).toLowerCase() ? (n2 = r2.substr(pa, 6), pa += 6) : (n2 = u, 0 === ha && Ea(L)), n2 === u && ("type" === r2.substr(pa, 4).toLowerCase() ? (n2 = r2.substr(pa, 4), pa += 4) : (n2 = u, 0 === ha && Ea(m))), n2 !== u && Cp() !== u && (o2 = xi()) !== u && Cp() !== u ? ((s2 = Ba()) === u && (s2 = Ha()) === u && (s2 = qa()), s2 !== u ? (ba = t5, e3 = (function(r3, t6, e4) {
                const n3 = r3.toLowerCase();
                return e4.resource = n3, e4[n3] = e4.table, delete e4.table, { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "alter", keyword: n3, name: { schema: t6.db, name: t6.table }, expr: e4 } };
              })(n2, o2, s2), t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2, f2;
              t5 = pa, (e3 = jl()) !== u && Cp() !== u ? ("function" === r2.substr(pa, 8).toLowerCase() ? (n2 = r2.substr(pa, 8), pa += 8) : (n2 = u, 0 === ha && Ea(z)), n2 !== u && Cp() !== u && (o2 = xi()) !== u && Cp() !== u ? (s2 = pa, (a2 = bp()) !== u && (i2 = Cp()) !== u ? ((c2 = Fa()) === u && (c2 = null), c2 !== u && (l2 = Cp()) !== u && (f2 = vp()) !== u ? s2 = a2 = [a2, i2, c2, l2, f2] : (pa = s2, s2 = u)) : (pa = s2, s2 = u), s2 === u && (s2 = null), s2 !== u && (a2 = Cp()) !== u ? ((i2 = Ba()) === u && (i2 = Ha()) === u && (i2 = qa()), i2 !== u ? (ba = t5, e3 = (function(r3, t6, e4, n3) {
                const o3 = r3.toLowerCase();
                n3.resource = o3, n3[o3] = n3.table, delete n3.table;
                const u2 = {};
                return e4 && e4[0] && (u2.parentheses = true), u2.expr = e4 && e4[2], { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "alter", keyword: o3, name: { schema: t6.db, name: t6.table }, args: u2, expr: n3 } };
              })(n2, o2, s2, i2), t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2;
              t5 = pa, (e3 = jl()) !== u && Cp() !== u ? ("aggregate" === r2.substr(pa, 9).toLowerCase() ? (n2 = r2.substr(pa, 9), pa += 9) : (n2 = u, 0 === ha && Ea(K)), n2 !== u && Cp() !== u && (o2 = xi()) !== u && Cp() !== u && bp() !== u && Cp() !== u && (s2 = (function() {
                var r3, t6, e4;
                r3 = pa, (t6 = pp()) !== u && (ba = r3, t6 = [{ name: "*" }]);
                (r3 = t6) === u && (r3 = pa, (t6 = Fa()) === u && (t6 = null), t6 !== u && Cp() !== u && rf() !== u && Cp() !== u && Jl() !== u && Cp() !== u && (e4 = Fa()) !== u ? (ba = r3, t6 = (function(r4, t7) {
                  const e5 = r4 || [];
                  return e5.orderby = t7, e5;
                })(t6, e4), r3 = t6) : (pa = r3, r3 = u), r3 === u && (r3 = Fa()));
                return r3;
              })()) !== u && Cp() !== u && vp() !== u && Cp() !== u ? ((a2 = Ba()) === u && (a2 = Ha()) === u && (a2 = qa()), a2 !== u ? (ba = t5, e3 = (function(r3, t6, e4, n3) {
                const o3 = r3.toLowerCase();
                return n3.resource = o3, n3[o3] = n3.table, delete n3.table, { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "alter", keyword: o3, name: { schema: t6.db, name: t6.table }, args: { parentheses: true, expr: e4, orderby: e4.orderby }, expr: n3 }, ...Yp() };
              })(n2, o2, s2, a2), t5 = e3) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = pa, (e3 = Bl()) !== u && Cp() !== u ? ((n2 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "global" === r2.substr(pa, 6).toLowerCase() ? (e4 = r2.substr(pa, 6), pa += 6) : (e4 = u, 0 === ha && Ea(Ls));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "GLOBAL") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "session" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(Cs));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "SESSION") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "local" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea(b));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "LOCAL") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "persist" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(Es));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "PERSIST") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "persist_only" === r2.substr(pa, 12).toLowerCase() ? (e4 = r2.substr(pa, 12), pa += 12) : (e4 = u, 0 === ha && Ea(As));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "PERSIST_ONLY") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()), n2 === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = (function() {
              var r3, t5, e4, n3, o3, s3, a3, i2;
              if (r3 = pa, (t5 = xp()) !== u) {
                for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i2 = xp()) !== u ? n3 = o3 = [o3, s3, a3, i2] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i2 = xp()) !== u ? n3 = o3 = [o3, s3, a3, i2] : (pa = n3, n3 = u);
                e4 !== u ? (ba = r3, t5 = Kp(t5, e4), r3 = t5) : (pa = r3, r3 = u);
              } else pa = r3, r3 = u;
              return r3;
            })()) !== u ? (ba = t4, s2 = n2, (a2 = o2).keyword = s2, e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "set", keyword: s2, expr: a2 } }, t4 = e3) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            var s2, a2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = pa, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "lock" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(sr));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) !== u && Cp() !== u ? ((n2 = ql()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = _i()) !== u && Cp() !== u ? ((s2 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "in" === r2.substr(pa, 2).toLowerCase() ? (e4 = r2.substr(pa, 2), pa += 2) : (e4 = u, 0 === ha && Ea(Xr));
              e4 !== u && Cp() !== u ? ("access share" === r2.substr(pa, 12).toLowerCase() ? (n3 = r2.substr(pa, 12), pa += 12) : (n3 = u, 0 === ha && Ea(Qr)), n3 === u && ("row share" === r2.substr(pa, 9).toLowerCase() ? (n3 = r2.substr(pa, 9), pa += 9) : (n3 = u, 0 === ha && Ea(Kr)), n3 === u && ("row exclusive" === r2.substr(pa, 13).toLowerCase() ? (n3 = r2.substr(pa, 13), pa += 13) : (n3 = u, 0 === ha && Ea(zr)), n3 === u && ("share update exclusive" === r2.substr(pa, 22).toLowerCase() ? (n3 = r2.substr(pa, 22), pa += 22) : (n3 = u, 0 === ha && Ea(Zr)), n3 === u && ("share row exclusive" === r2.substr(pa, 19).toLowerCase() ? (n3 = r2.substr(pa, 19), pa += 19) : (n3 = u, 0 === ha && Ea(Jr)), n3 === u && ("exclusive" === r2.substr(pa, 9).toLowerCase() ? (n3 = r2.substr(pa, 9), pa += 9) : (n3 = u, 0 === ha && Ea(ir)), n3 === u && ("access exclusive" === r2.substr(pa, 16).toLowerCase() ? (n3 = r2.substr(pa, 16), pa += 16) : (n3 = u, 0 === ha && Ea(rt)), n3 === u && ("share" === r2.substr(pa, 5).toLowerCase() ? (n3 = r2.substr(pa, 5), pa += 5) : (n3 = u, 0 === ha && Ea(tt))))))))), n3 !== u && Cp() !== u ? ("mode" === r2.substr(pa, 4).toLowerCase() ? (o3 = r2.substr(pa, 4), pa += 4) : (o3 = u, 0 === ha && Ea(et)), o3 !== u ? (ba = t5, e4 = { mode: `in ${n3.toLowerCase()} mode` }, t5 = e4) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (s2 = null), s2 !== u && Cp() !== u ? ("nowait" === r2.substr(pa, 6).toLowerCase() ? (a2 = r2.substr(pa, 6), pa += 6) : (a2 = u, 0 === ha && Ea(nt)), a2 === u && (a2 = null), a2 !== u ? (ba = t4, i2 = n2, l2 = s2, f2 = a2, (c2 = o2) && c2.forEach((r3) => nb.add(`lock::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "lock", keyword: i2 && i2.toLowerCase(), tables: c2.map((r3) => ({ table: r3 })), lock_mode: l2, nowait: f2 } }, t4 = e3) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            var i2, c2, l2, f2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = pa, (e3 = _l()) !== u && Cp() !== u ? ("tables" === r2.substr(pa, 6).toLowerCase() ? (n2 = r2.substr(pa, 6), pa += 6) : (n2 = u, 0 === ha && Ea(ot)), n2 !== u ? (ba = t4, e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "show", keyword: "tables" } }, t4 = e3) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            t4 === u && (t4 = pa, (e3 = _l()) !== u && Cp() !== u && (n2 = Pp()) !== u ? (ba = t4, o2 = n2, e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "show", keyword: "var", var: o2 } }, t4 = e3) : (pa = t4, t4 = u));
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = pa, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "describe" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(Qo));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "DESCRIBE") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) !== u && Cp() !== u && (n2 = xi()) !== u ? (ba = t4, o2 = n2, e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "describe", table: o2 } }, t4 = e3) : (pa = t4, t4 = u);
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = pa, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "deallocate" === r2.substr(pa, 10).toLowerCase() ? (e4 = r2.substr(pa, 10), pa += 10) : (e4 = u, 0 === ha && Ea(Io));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "DEALLOCATE") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) !== u && Cp() !== u ? ("prepare" === r2.substr(pa, 7).toLowerCase() ? (n2 = r2.substr(pa, 7), pa += 7) : (n2 = u, 0 === ha && Ea(ut)), n2 === u && (n2 = null), n2 !== u && Cp() !== u ? ((o2 = Fc()) === u && (o2 = nf()), o2 !== u ? (ba = t4, s2 = n2, a2 = o2, e3 = { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "deallocate", keyword: s2, expr: { type: "default", value: a2 } } }, t4 = e3) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            var s2, a2;
            return t4;
          })()), t3;
        }
        function Ta() {
          var t3;
          return (t3 = Sa()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2, s2, a2, i2;
            r3 = pa, (t4 = Cp()) !== u ? ((e3 = ui()) === u && (e3 = null), e3 !== u && Cp() !== u && xl() !== u && Cp() !== u && (n2 = _i()) !== u && Cp() !== u && Bl() !== u && Cp() !== u && (o2 = Wi()) !== u && Cp() !== u ? ((s2 = Li()) === u && (s2 = null), s2 !== u && Cp() !== u ? ((a2 = Oi()) === u && (a2 = null), a2 !== u && Cp() !== u ? ((i2 = Vi()) === u && (i2 = null), i2 !== u ? (ba = r3, t4 = (function(r4, t5, e4, n3, o3, u2) {
              const s3 = {}, a3 = (r5) => {
                const { server: t6, db: e5, schema: n4, as: o4, table: u3, join: a4 } = r5, i3 = a4 ? "select" : "update", c2 = [t6, e5, n4].filter(Boolean).join(".") || null;
                e5 && (s3[u3] = c2), u3 && nb.add(`${i3}::${c2}::${u3}`);
              };
              return t5 && t5.forEach(a3), n3 && n3.forEach(a3), e4 && e4.forEach((r5) => {
                if (r5.table) {
                  const t6 = Zp(r5.table);
                  nb.add(`update::${s3[t6] || null}::${t6}`);
                }
                ob.add(`update::${r5.table}::${r5.column}`);
              }), { tableList: Array.from(nb), columnList: Jp(ob), ast: { with: r4, type: "update", table: t5, set: e4, from: n3, where: o3, returning: u2 } };
            })(e3, n2, o2, s2, a2, i2), r3 = t4) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2, i2, c2, l2;
            t4 = pa, (e3 = Ki()) !== u && Cp() !== u ? ((n2 = Fl()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = xi()) !== u && Cp() !== u ? ((s2 = Qi()) === u && (s2 = null), s2 !== u && Cp() !== u && bp() !== u && Cp() !== u && (a2 = Tc()) !== u && Cp() !== u && vp() !== u && Cp() !== u && (i2 = Xi()) !== u && Cp() !== u ? ((c2 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, Yl() !== u && Cp() !== u ? ("conflict" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(Ot)), e4 !== u && Cp() !== u ? ((n3 = (function() {
                var r3, t6;
                r3 = pa, bp() !== u && Cp() !== u && (t6 = Ni()) !== u && Cp() !== u && vp() !== u ? (ba = r3, r3 = { type: "column", expr: t6, parentheses: true }) : (pa = r3, r3 = u);
                return r3;
              })()) === u && (n3 = null), n3 !== u && Cp() !== u && (o3 = (function() {
                var t6, e5, n4, o4, s3;
                t6 = pa, "do" === r2.substr(pa, 2).toLowerCase() ? (e5 = r2.substr(pa, 2), pa += 2) : (e5 = u, 0 === ha && Ea(It));
                e5 !== u && Cp() !== u ? ("nothing" === r2.substr(pa, 7).toLowerCase() ? (n4 = r2.substr(pa, 7), pa += 7) : (n4 = u, 0 === ha && Ea(Rt)), n4 !== u ? (ba = t6, t6 = e5 = { keyword: "do", expr: { type: "origin", value: "nothing" } }) : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                t6 === u && (t6 = pa, "do" === r2.substr(pa, 2).toLowerCase() ? (e5 = r2.substr(pa, 2), pa += 2) : (e5 = u, 0 === ha && Ea(It)), e5 !== u && Cp() !== u && (n4 = xl()) !== u && Cp() !== u && Bl() !== u && Cp() !== u && (o4 = Wi()) !== u && Cp() !== u ? ((s3 = Oi()) === u && (s3 = null), s3 !== u ? (ba = t6, t6 = e5 = { keyword: "do", expr: { type: "update", set: o4, where: s3 } }) : (pa = t6, t6 = u)) : (pa = t6, t6 = u));
                return t6;
              })()) !== u ? (ba = t5, t5 = { type: "conflict", keyword: "on", target: n3, action: o3 }) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (c2 = null), c2 !== u && Cp() !== u ? ((l2 = Vi()) === u && (l2 = null), l2 !== u ? (ba = t4, e3 = (function(r3, t5, e4, n3, o3, u2, s3) {
              if (t5 && (nb.add(`insert::${[t5.db, t5.schema].filter(Boolean).join(".") || null}::${t5.table}`), t5.as = null), n3) {
                let r4 = t5 && t5.table || null;
                Array.isArray(o3.values) && o3.values.forEach((r5, t6) => {
                  if (r5.value.length != n3.length) throw new Error("Error: column count doesn't match value count at row " + (t6 + 1));
                }), n3.forEach((t6) => ob.add(`insert::${r4}::${t6}`));
              }
              return { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: r3, table: [t5], columns: n3, values: o3, partition: e4, conflict: u2, returning: s3 } };
            })(e3, o2, s2, a2, i2, c2, l2), t4 = e3) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2, s2, a2, i2;
            r3 = pa, (t4 = Ki()) !== u && Cp() !== u ? ((e3 = Pl()) === u && (e3 = null), e3 !== u && Cp() !== u ? ((n2 = Fl()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = xi()) !== u && Cp() !== u ? ((s2 = Qi()) === u && (s2 = null), s2 !== u && Cp() !== u && (a2 = Xi()) !== u && Cp() !== u ? ((i2 = Vi()) === u && (i2 = null), i2 !== u ? (ba = r3, t4 = (function(r4, t5, e4, n3, o3, u2, s3) {
              n3 && (nb.add(`insert::${[n3.db, n3.schema].filter(Boolean).join(".") || null}::${n3.table}`), ob.add(`insert::${n3.table}::(.*)`), n3.as = null);
              const a3 = [t5, e4].filter((r5) => r5).map((r5) => r5[0] && r5[0].toLowerCase()).join(" ");
              return { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: r4, table: [n3], columns: null, values: u2, partition: o3, prefix: a3, returning: s3 } };
            })(t4, e3, n2, o2, s2, a2, i2), r3 = t4) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
            return r3;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2;
            r3 = pa, (t4 = Nl()) !== u && Cp() !== u ? ((e3 = _i()) === u && (e3 = null), e3 !== u && Cp() !== u && (n2 = Li()) !== u && Cp() !== u ? ((o2 = Oi()) === u && (o2 = null), o2 !== u ? (ba = r3, t4 = (function(r4, t5, e4) {
              if (t5 && t5.forEach((r5) => {
                const { db: t6, schema: e5, as: n3, table: o3, join: u2 } = r5, s2 = u2 ? "select" : "delete", a2 = [t6, e5].filter(Boolean).join(".") || null;
                o3 && nb.add(`${s2}::${a2}::${o3}`), u2 || ob.add(`delete::${o3}::(.*)`);
              }), null === r4 && 1 === t5.length) {
                const e5 = t5[0];
                r4 = [{ db: e5.db, schema: e5.schema, table: e5.table, as: e5.as, addition: true, ...Yp() }];
              }
              return { tableList: Array.from(nb), columnList: Jp(ob), ast: { type: "delete", table: r4, from: t5, where: e4 } };
            })(e3, n2, o2), r3 = t4) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
            return r3;
          })()) === u && (t3 = _a()) === u && (t3 = (function() {
            var r3, t4;
            r3 = [], t4 = Sp();
            for (; t4 !== u; ) r3.push(t4), t4 = Sp();
            return r3;
          })()), t3;
        }
        function ja() {
          var t3, e3;
          return t3 = pa, (function() {
            var t4, e4, n2, o2;
            t4 = pa, "union" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea(Mo));
            e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })() !== u && Cp() !== u ? ((e3 = nf()) === u && (e3 = null), e3 !== u ? (ba = t3, t3 = e3 ? "union all" : "union") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Sa() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = oi()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = ja()) !== u && (a2 = Cp()) !== u && (i2 = oi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = ja()) !== u && (a2 = Cp()) !== u && (i2 = oi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u && (n2 = Cp()) !== u ? ((o2 = Gi()) === u && (o2 = null), o2 !== u && (s2 = Cp()) !== u ? ((a2 = qi()) === u && (a2 = null), a2 !== u ? (ba = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return e4 && (r4._orderby = e4), n3 && n3.value && n3.value.length > 0 && (r4._limit = n3), { tableList: Array.from(nb), columnList: Jp(ob), ast: r4 };
            })(t3, e3, o2, a2)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function xa() {
          var t3, e3;
          return t3 = pa, "if" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(i)), e3 !== u && Cp() !== u && pf() !== u && Cp() !== u && ff() !== u ? (ba = t3, t3 = e3 = "IF NOT EXISTS") : (pa = t3, t3 = u), t3;
        }
        function Ia() {
          var t3, e3, n2;
          return t3 = pa, "check_option" === r2.substr(pa, 12).toLowerCase() ? (e3 = r2.substr(pa, 12), pa += 12) : (e3 = u, 0 === ha && Ea(y)), e3 !== u && Cp() !== u && tp() !== u && Cp() !== u ? ("cascaded" === r2.substr(pa, 8).toLowerCase() ? (n2 = r2.substr(pa, 8), pa += 8) : (n2 = u, 0 === ha && Ea(p)), n2 === u && ("local" === r2.substr(pa, 5).toLowerCase() ? (n2 = r2.substr(pa, 5), pa += 5) : (n2 = u, 0 === ha && Ea(b))), n2 !== u ? (ba = t3, t3 = e3 = { type: "check_option", value: n2, symbol: "=" }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "security_barrier" === r2.substr(pa, 16).toLowerCase() ? (e3 = r2.substr(pa, 16), pa += 16) : (e3 = u, 0 === ha && Ea(h)), e3 === u && ("security_invoker" === r2.substr(pa, 16).toLowerCase() ? (e3 = r2.substr(pa, 16), pa += 16) : (e3 = u, 0 === ha && Ea(w))), e3 !== u && Cp() !== u && tp() !== u && Cp() !== u && (n2 = fl()) !== u ? (ba = t3, t3 = e3 = (function(r3, t4) {
            return { type: r3.toLowerCase(), value: t4.value ? "true" : "false", symbol: "=" };
          })(e3, n2)) : (pa = t3, t3 = u)), t3;
        }
        function Ra() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            return t4 = pa, "increment" === r2.substr(pa, 9).toLowerCase() ? (e3 = r2.substr(pa, 9), pa += 9) : (e3 = u, 0 === ha && Ea(C)), e3 !== u && Cp() !== u ? ((n2 = Jl()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = yl()) !== u ? (ba = t4, s2 = e3, a2 = o2, t4 = e3 = { resource: "sequence", prefix: n2 ? s2.toLowerCase() + " by" : s2.toLowerCase(), value: a2 }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            return t4 = pa, "minvalue" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(E)), e3 !== u && Cp() !== u && (n2 = yl()) !== u ? (ba = t4, t4 = e3 = A(e3, n2)) : (pa = t4, t4 = u), t4 === u && (t4 = pa, "no" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(g)), e3 !== u && Cp() !== u ? ("minvalue" === r2.substr(pa, 8).toLowerCase() ? (n2 = r2.substr(pa, 8), pa += 8) : (n2 = u, 0 === ha && Ea(E)), n2 !== u ? (ba = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: "no minvalue" } }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            return t4 = pa, "maxvalue" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(_)), e3 !== u && Cp() !== u && (n2 = yl()) !== u ? (ba = t4, t4 = e3 = A(e3, n2)) : (pa = t4, t4 = u), t4 === u && (t4 = pa, "no" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(g)), e3 !== u && Cp() !== u ? ("maxvalue" === r2.substr(pa, 8).toLowerCase() ? (n2 = r2.substr(pa, 8), pa += 8) : (n2 = u, 0 === ha && Ea(_)), n2 !== u ? (ba = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: "no maxvalue" } }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            return t4 = pa, "start" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(T)), e3 !== u && Cp() !== u ? ((n2 = zl()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = yl()) !== u ? (ba = t4, s2 = e3, a2 = o2, t4 = e3 = { resource: "sequence", prefix: n2 ? s2.toLowerCase() + " with" : s2.toLowerCase(), value: a2 }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            return t4 = pa, "cache" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(j)), e3 !== u && Cp() !== u && (n2 = yl()) !== u ? (ba = t4, t4 = e3 = A(e3, n2)) : (pa = t4, t4 = u), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            return t4 = pa, "no" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(g)), e3 === u && (e3 = null), e3 !== u && Cp() !== u ? ("cycle" === r2.substr(pa, 5).toLowerCase() ? (n2 = r2.substr(pa, 5), pa += 5) : (n2 = u, 0 === ha && Ea(S)), n2 !== u ? (ba = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: e3 ? "no cycle" : "cycle" } }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            return t4 = pa, "owned" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(x)), e3 !== u && Cp() !== u && Jl() !== u && Cp() !== u ? ("none" === r2.substr(pa, 4).toLowerCase() ? (n2 = r2.substr(pa, 4), pa += 4) : (n2 = u, 0 === ha && Ea(I)), n2 !== u ? (ba = t4, t4 = e3 = { resource: "sequence", prefix: "owned by", value: { type: "origin", value: "none" } }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4 === u && (t4 = pa, "owned" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(x)), e3 !== u && Cp() !== u && Jl() !== u && Cp() !== u && (n2 = _c()) !== u ? (ba = t4, t4 = e3 = { resource: "sequence", prefix: "owned by", value: n2 }) : (pa = t4, t4 = u)), t4;
          })()), t3;
        }
        function Oa() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2, d2;
          return t3 = pa, (e3 = cc()) !== u && Cp() !== u ? ((n2 = Ma()) === u && (n2 = null), n2 !== u && Cp() !== u ? ((o2 = jc()) === u && (o2 = null), o2 !== u && Cp() !== u ? ((s2 = tf()) === u && (s2 = ef()), s2 === u && (s2 = null), s2 !== u && Cp() !== u ? (a2 = pa, "nulls" === r2.substr(pa, 5).toLowerCase() ? (i2 = r2.substr(pa, 5), pa += 5) : (i2 = u, 0 === ha && Ea(R)), i2 !== u && (c2 = Cp()) !== u ? ("first" === r2.substr(pa, 5).toLowerCase() ? (l2 = r2.substr(pa, 5), pa += 5) : (l2 = u, 0 === ha && Ea(O)), l2 === u && ("last" === r2.substr(pa, 4).toLowerCase() ? (l2 = r2.substr(pa, 4), pa += 4) : (l2 = u, 0 === ha && Ea(N))), l2 !== u ? a2 = i2 = [i2, c2, l2] : (pa = a2, a2 = u)) : (pa = a2, a2 = u), a2 === u && (a2 = null), a2 !== u ? (ba = t3, f2 = e3, p2 = n2, b2 = o2, v2 = s2, d2 = a2, t3 = e3 = { ...f2, collate: p2, opclass: b2, order_by: v2 && v2.toLowerCase(), nulls: d2 && `${d2[0].toLowerCase()} ${d2[2].toLowerCase()}` }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Na() {
          var r3;
          return (r3 = Ua()) === u && (r3 = Va()) === u && (r3 = Xa()) === u && (r3 = Qa()), r3;
        }
        function ka() {
          var t3, e3, n2, o2;
          return (t3 = (function() {
            var r3, t4, e4;
            r3 = pa, (t4 = ll()) === u && (t4 = cl());
            t4 !== u && Cp() !== u ? ((e4 = Da()) === u && (e4 = null), e4 !== u ? (ba = r3, o3 = e4, (n3 = t4) && !n3.value && (n3.value = "null"), r3 = t4 = { default_val: o3, nullable: n3 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
            var n3, o3;
            r3 === u && (r3 = pa, (t4 = Da()) !== u && Cp() !== u ? ((e4 = ll()) === u && (e4 = cl()), e4 === u && (e4 = null), e4 !== u ? (ba = r3, t4 = (function(r4, t5) {
              return t5 && !t5.value && (t5.value = "null"), { default_val: r4, nullable: t5 };
            })(t4, e4), r3 = t4) : (pa = r3, r3 = u)) : (pa = r3, r3 = u));
            return r3;
          })()) === u && (t3 = pa, "auto_increment" === r2.substr(pa, 14).toLowerCase() ? (e3 = r2.substr(pa, 14), pa += 14) : (e3 = u, 0 === ha && Ea(k)), e3 !== u && (ba = t3, e3 = { auto_increment: e3.toLowerCase() }), (t3 = e3) === u && (t3 = pa, "unique" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(U)), e3 !== u && Cp() !== u ? ("key" === r2.substr(pa, 3).toLowerCase() ? (n2 = r2.substr(pa, 3), pa += 3) : (n2 = u, 0 === ha && Ea(M)), n2 === u && (n2 = null), n2 !== u ? (ba = t3, t3 = e3 = (function(r3) {
            const t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "primary" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(D)), e3 === u && (e3 = null), e3 !== u && Cp() !== u ? ("key" === r2.substr(pa, 3).toLowerCase() ? (n2 = r2.substr(pa, 3), pa += 3) : (n2 = u, 0 === ha && Ea(M)), n2 !== u ? (ba = t3, t3 = e3 = (function(r3) {
            const t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = gp()) !== u && (ba = t3, e3 = { comment: e3 }), (t3 = e3) === u && (t3 = pa, (e3 = Ma()) !== u && (ba = t3, e3 = { collate: e3 }), (t3 = e3) === u && (t3 = pa, (e3 = (function() {
            var t4, e4, n3;
            t4 = pa, "column_format" === r2.substr(pa, 13).toLowerCase() ? (e4 = r2.substr(pa, 13), pa += 13) : (e4 = u, 0 === ha && Ea(P));
            e4 !== u && Cp() !== u ? ("fixed" === r2.substr(pa, 5).toLowerCase() ? (n3 = r2.substr(pa, 5), pa += 5) : (n3 = u, 0 === ha && Ea($)), n3 === u && ("dynamic" === r2.substr(pa, 7).toLowerCase() ? (n3 = r2.substr(pa, 7), pa += 7) : (n3 = u, 0 === ha && Ea(F)), n3 === u && ("default" === r2.substr(pa, 7).toLowerCase() ? (n3 = r2.substr(pa, 7), pa += 7) : (n3 = u, 0 === ha && Ea(G)))), n3 !== u ? (ba = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (ba = t3, e3 = { column_format: e3 }), (t3 = e3) === u && (t3 = pa, (e3 = (function() {
            var t4, e4, n3;
            t4 = pa, "storage" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(B));
            e4 !== u && Cp() !== u ? ("disk" === r2.substr(pa, 4).toLowerCase() ? (n3 = r2.substr(pa, 4), pa += 4) : (n3 = u, 0 === ha && Ea(H)), n3 === u && ("memory" === r2.substr(pa, 6).toLowerCase() ? (n3 = r2.substr(pa, 6), pa += 6) : (n3 = u, 0 === ha && Ea(q))), n3 !== u ? (ba = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (ba = t3, e3 = { storage: e3 }), (t3 = e3) === u && (t3 = pa, (e3 = Za()) !== u && (ba = t3, e3 = { reference_definition: e3 }), (t3 = e3) === u && (t3 = pa, (e3 = ti()) !== u && Cp() !== u ? ((n2 = tp()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = kc()) !== u ? (ba = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { character_set: { type: r3, value: e4, symbol: t4 } };
          })(e3, n2, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)))))))))), t3;
        }
        function Ua() {
          var r3, t3, e3, n2, o2, s2, a2;
          return r3 = pa, (t3 = _c()) !== u && Cp() !== u && (e3 = $p()) !== u && Cp() !== u ? ((n2 = (function() {
            var r4, t4, e4, n3, o3, s3;
            if (r4 = pa, (t4 = ka()) !== u) if (Cp() !== u) {
              for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = ka()) !== u ? n3 = o3 = [o3, s3] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = ka()) !== u ? n3 = o3 = [o3, s3] : (pa = n3, n3 = u);
              e4 !== u ? (ba = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (pa = r4, r4 = u);
            } else pa = r4, r4 = u;
            else pa = r4, r4 = u;
            return r4;
          })()) === u && (n2 = null), n2 !== u ? (ba = r3, o2 = t3, s2 = e3, a2 = n2, ob.add(`create::${o2.table}::${o2.column}`), r3 = t3 = { column: o2, definition: s2, resource: "column", ...a2 || {} }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function Ma() {
          var t3, e3, n2;
          return t3 = pa, (function() {
            var t4, e4, n3, o2;
            t4 = pa, "collate" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(Mr));
            e4 !== u ? (n3 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t4, t4 = e4 = "COLLATE") : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })() !== u && Cp() !== u ? ((e3 = tp()) === u && (e3 = null), e3 !== u && Cp() !== u && (n2 = jc()) !== u ? (ba = t3, t3 = { type: "collate", keyword: "collate", collate: { name: n2, symbol: e3 } }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Da() {
          var r3, t3;
          return r3 = pa, Al() !== u && Cp() !== u && (t3 = cc()) !== u ? (ba = r3, r3 = { type: "default", value: t3 }) : (pa = r3, r3 = u), r3;
        }
        function Pa() {
          var t3, e3;
          return t3 = pa, (e3 = sf()) === u && ("out" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(V)), e3 === u && ("variadic" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(X)), e3 === u && ("inout" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(Q))))), e3 !== u && (ba = t3, e3 = e3.toUpperCase()), t3 = e3;
        }
        function $a() {
          var r3, t3, e3, n2;
          return r3 = pa, (t3 = Pa()) === u && (t3 = null), t3 !== u && Cp() !== u && (e3 = $p()) !== u ? (ba = r3, r3 = t3 = { mode: t3, type: e3 }) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = Pa()) === u && (t3 = null), t3 !== u && Cp() !== u && (e3 = Fc()) !== u && Cp() !== u && (n2 = $p()) !== u ? (ba = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4, e4) {
            return { mode: r4, name: t4, type: e4 };
          })(t3, e3, n2)) : (pa = r3, r3 = u)), r3;
        }
        function Fa() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = $a()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = $a()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = $a()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = Kp(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function Ga() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2;
            r4 = pa, (t3 = ep()) !== u && Cp() !== u ? ((e3 = np()) === u && (e3 = null), e3 !== u && Cp() !== u && (n2 = Ua()) !== u ? (ba = r4, o2 = e3, s2 = n2, t3 = { action: "add", ...s2, keyword: o2, resource: "column", type: "alter" }, r4 = t3) : (pa = r4, r4 = u)) : (pa = r4, r4 = u);
            var o2, s2;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3;
            r4 = pa, ep() !== u && Cp() !== u && (t3 = Qa()) !== u ? (ba = r4, r4 = { action: "add", create_definitions: t3, resource: "constraint", type: "alter" }) : (pa = r4, r4 = u);
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = pa, Tl() !== u && Cp() !== u ? ((t3 = np()) === u && (t3 = null), t3 !== u && Cp() !== u && (e3 = _c()) !== u ? (ba = r4, r4 = { action: "drop", column: e3, keyword: t3, resource: "column", type: "alter" }) : (pa = r4, r4 = u)) : (pa = r4, r4 = u);
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = pa, (t3 = ep()) !== u && Cp() !== u && (e3 = Va()) !== u ? (ba = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (pa = r4, r4 = u);
            var n2;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = pa, (t3 = ep()) !== u && Cp() !== u && (e3 = Xa()) !== u ? (ba = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (pa = r4, r4 = u);
            var n2;
            return r4;
          })()) === u && (r3 = Ba()) === u && (r3 = Wa()) === u && (r3 = Ya()), r3;
        }
        function Ba() {
          var r3, t3, e3, n2, o2;
          return r3 = pa, Dl() !== u && Cp() !== u ? ((t3 = gl()) === u && (t3 = Hl()), t3 === u && (t3 = null), t3 !== u && Cp() !== u && (e3 = jc()) !== u ? (ba = r3, o2 = e3, r3 = { action: "rename", type: "alter", resource: "table", keyword: (n2 = t3) && n2[0].toLowerCase(), table: o2 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function Ha() {
          var t3, e3, n2;
          return t3 = pa, "owner" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(Z)), e3 !== u && Cp() !== u && gl() !== u && Cp() !== u ? ((n2 = jc()) === u && ("current_role" === r2.substr(pa, 12).toLowerCase() ? (n2 = r2.substr(pa, 12), pa += 12) : (n2 = u, 0 === ha && Ea(J)), n2 === u && ("current_user" === r2.substr(pa, 12).toLowerCase() ? (n2 = r2.substr(pa, 12), pa += 12) : (n2 = u, 0 === ha && Ea(rr)), n2 === u && ("session_user" === r2.substr(pa, 12).toLowerCase() ? (n2 = r2.substr(pa, 12), pa += 12) : (n2 = u, 0 === ha && Ea(tr))))), n2 !== u ? (ba = t3, t3 = e3 = { action: "owner", type: "alter", resource: "table", keyword: "to", table: n2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function qa() {
          var r3, t3;
          return r3 = pa, Bl() !== u && Cp() !== u && Wl() !== u && Cp() !== u && (t3 = jc()) !== u ? (ba = r3, r3 = { action: "set", type: "alter", resource: "table", keyword: "schema", table: t3 }) : (pa = r3, r3 = u), r3;
        }
        function Wa() {
          var t3, e3, n2, o2;
          return t3 = pa, "algorithm" === r2.substr(pa, 9).toLowerCase() ? (e3 = r2.substr(pa, 9), pa += 9) : (e3 = u, 0 === ha && Ea(er)), e3 !== u && Cp() !== u ? ((n2 = tp()) === u && (n2 = null), n2 !== u && Cp() !== u ? ("default" === r2.substr(pa, 7).toLowerCase() ? (o2 = r2.substr(pa, 7), pa += 7) : (o2 = u, 0 === ha && Ea(G)), o2 === u && ("instant" === r2.substr(pa, 7).toLowerCase() ? (o2 = r2.substr(pa, 7), pa += 7) : (o2 = u, 0 === ha && Ea(nr)), o2 === u && ("inplace" === r2.substr(pa, 7).toLowerCase() ? (o2 = r2.substr(pa, 7), pa += 7) : (o2 = u, 0 === ha && Ea(or)), o2 === u && ("copy" === r2.substr(pa, 4).toLowerCase() ? (o2 = r2.substr(pa, 4), pa += 4) : (o2 = u, 0 === ha && Ea(ur))))), o2 !== u ? (ba = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Ya() {
          var t3, e3, n2, o2;
          return t3 = pa, "lock" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(sr)), e3 !== u && Cp() !== u ? ((n2 = tp()) === u && (n2 = null), n2 !== u && Cp() !== u ? ("default" === r2.substr(pa, 7).toLowerCase() ? (o2 = r2.substr(pa, 7), pa += 7) : (o2 = u, 0 === ha && Ea(G)), o2 === u && ("none" === r2.substr(pa, 4).toLowerCase() ? (o2 = r2.substr(pa, 4), pa += 4) : (o2 = u, 0 === ha && Ea(I)), o2 === u && ("shared" === r2.substr(pa, 6).toLowerCase() ? (o2 = r2.substr(pa, 6), pa += 6) : (o2 = u, 0 === ha && Ea(ar)), o2 === u && ("exclusive" === r2.substr(pa, 9).toLowerCase() ? (o2 = r2.substr(pa, 9), pa += 9) : (o2 = u, 0 === ha && Ea(ir))))), o2 !== u ? (ba = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Va() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          return r3 = pa, (t3 = op()) === u && (t3 = up()), t3 !== u && Cp() !== u ? ((e3 = Pc()) === u && (e3 = null), e3 !== u && Cp() !== u ? ((n2 = Ei()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = ai()) !== u && Cp() !== u ? ((s2 = Ai()) === u && (s2 = null), s2 !== u && Cp() !== u ? (ba = r3, a2 = n2, i2 = s2, r3 = t3 = { index: e3, definition: o2, keyword: t3.toLowerCase(), index_type: a2, resource: "index", index_options: i2 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function Xa() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "fulltext" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(Us));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t4, t4 = e4 = "FULLTEXT") : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "spatial" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(Ms));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t4, t4 = e4 = "SPATIAL") : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()), e3 !== u && Cp() !== u ? ((n2 = op()) === u && (n2 = up()), n2 === u && (n2 = null), n2 !== u && Cp() !== u ? ((o2 = Pc()) === u && (o2 = null), o2 !== u && Cp() !== u && (s2 = ai()) !== u && Cp() !== u ? ((a2 = Ai()) === u && (a2 = null), a2 !== u && Cp() !== u ? (ba = t3, i2 = e3, l2 = a2, t3 = e3 = { index: o2, definition: s2, keyword: (c2 = n2) && `${i2.toLowerCase()} ${c2.toLowerCase()}` || i2.toLowerCase(), index_options: l2, resource: "index" }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Qa() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = pa, (e3 = Ka()) === u && (e3 = null);
            e3 !== u && Cp() !== u ? ("primary key" === r2.substr(pa, 11).toLowerCase() ? (n2 = r2.substr(pa, 11), pa += 11) : (n2 = u, 0 === ha && Ea(cr)), n2 !== u && Cp() !== u ? ((o2 = Ei()) === u && (o2 = null), o2 !== u && Cp() !== u && (s2 = ai()) !== u && Cp() !== u ? ((a2 = Ai()) === u && (a2 = null), a2 !== u ? (ba = t4, c2 = n2, l2 = o2, f2 = s2, p2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2.toLowerCase(), keyword: i2 && i2.keyword, index_type: l2, resource: "constraint", index_options: p2 }, t4 = e3) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2, s2, a2, i2;
            r3 = pa, (t4 = Ka()) === u && (t4 = null);
            t4 !== u && Cp() !== u && (e3 = sp()) !== u && Cp() !== u ? ((n2 = op()) === u && (n2 = up()), n2 === u && (n2 = null), n2 !== u && Cp() !== u ? ((o2 = Pc()) === u && (o2 = null), o2 !== u && Cp() !== u ? ((s2 = Ei()) === u && (s2 = null), s2 !== u && Cp() !== u && (a2 = ai()) !== u && Cp() !== u ? ((i2 = Ai()) === u && (i2 = null), i2 !== u ? (ba = r3, l2 = e3, f2 = n2, p2 = o2, b2 = s2, v2 = a2, d2 = i2, t4 = { constraint: (c2 = t4) && c2.constraint, definition: v2, constraint_type: f2 && `${l2.toLowerCase()} ${f2.toLowerCase()}` || l2.toLowerCase(), keyword: c2 && c2.keyword, index_type: b2, index: p2, resource: "constraint", index_options: d2 }, r3 = t4) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
            var c2, l2, f2, p2, b2, v2, d2;
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = pa, (e3 = Ka()) === u && (e3 = null);
            e3 !== u && Cp() !== u ? ("foreign key" === r2.substr(pa, 11).toLowerCase() ? (n2 = r2.substr(pa, 11), pa += 11) : (n2 = u, 0 === ha && Ea(lr)), n2 !== u && Cp() !== u ? ((o2 = Pc()) === u && (o2 = null), o2 !== u && Cp() !== u && (s2 = ai()) !== u && Cp() !== u ? ((a2 = Za()) === u && (a2 = null), a2 !== u ? (ba = t4, c2 = n2, l2 = o2, f2 = s2, p2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2, keyword: i2 && i2.keyword, index: l2, resource: "constraint", reference_definition: p2 }, t4 = e3) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === u && (t3 = za()), t3;
        }
        function Ka() {
          var r3, t3, e3, n2;
          return r3 = pa, (t3 = ip()) !== u && Cp() !== u ? ((e3 = jc()) === u && (e3 = null), e3 !== u ? (ba = r3, n2 = e3, r3 = t3 = { keyword: t3.toLowerCase(), constraint: n2 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function za() {
          var t3, e3, n2, o2, s2, a2, i2;
          return t3 = pa, (e3 = Ka()) === u && (e3 = null), e3 !== u && Cp() !== u ? ("check" === r2.substr(pa, 5).toLowerCase() ? (n2 = r2.substr(pa, 5), pa += 5) : (n2 = u, 0 === ha && Ea(v)), n2 !== u && Cp() !== u && bp() !== u && Cp() !== u && (o2 = lc()) !== u && Cp() !== u && vp() !== u ? (ba = t3, a2 = n2, i2 = o2, t3 = e3 = { constraint: (s2 = e3) && s2.constraint, definition: [i2], constraint_type: a2.toLowerCase(), keyword: s2 && s2.keyword, resource: "constraint" }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Za() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "references" === r2.substr(pa, 10).toLowerCase() ? (e4 = r2.substr(pa, 10), pa += 10) : (e4 = u, 0 === ha && Ea(Fs));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t4, t4 = e4 = "REFERENCES") : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && Cp() !== u && (n2 = xi()) !== u && Cp() !== u && (o2 = ai()) !== u && Cp() !== u ? ("match full" === r2.substr(pa, 10).toLowerCase() ? (s2 = r2.substr(pa, 10), pa += 10) : (s2 = u, 0 === ha && Ea(fr)), s2 === u && ("match partial" === r2.substr(pa, 13).toLowerCase() ? (s2 = r2.substr(pa, 13), pa += 13) : (s2 = u, 0 === ha && Ea(pr)), s2 === u && ("match simple" === r2.substr(pa, 12).toLowerCase() ? (s2 = r2.substr(pa, 12), pa += 12) : (s2 = u, 0 === ha && Ea(br)))), s2 === u && (s2 = null), s2 !== u && Cp() !== u ? ((a2 = Ja()) === u && (a2 = null), a2 !== u && Cp() !== u ? ((i2 = Ja()) === u && (i2 = null), i2 !== u ? (ba = t3, c2 = s2, l2 = a2, f2 = i2, t3 = e3 = { definition: o2, table: [n2], keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = Ja()) !== u && (ba = t3, e3 = { on_action: [e3] }), t3 = e3), t3;
        }
        function Ja() {
          var t3, e3, n2, o2;
          return t3 = pa, Yl() !== u && Cp() !== u ? ((e3 = Nl()) === u && (e3 = xl()), e3 !== u && Cp() !== u && (n2 = (function() {
            var t4, e4, n3;
            t4 = pa, (e4 = Kf()) !== u && Cp() !== u && bp() !== u && Cp() !== u ? ((n3 = Ji()) === u && (n3 = null), n3 !== u && Cp() !== u && vp() !== u ? (ba = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            t4 === u && (t4 = pa, "restrict" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(Y)), e4 === u && ("cascade" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(W)), e4 === u && ("set null" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(vr)), e4 === u && ("no action" === r2.substr(pa, 9).toLowerCase() ? (e4 = r2.substr(pa, 9), pa += 9) : (e4 = u, 0 === ha && Ea(dr)), e4 === u && ("set default" === r2.substr(pa, 11).toLowerCase() ? (e4 = r2.substr(pa, 11), pa += 11) : (e4 = u, 0 === ha && Ea(yr)), e4 === u && (e4 = Kf()))))), e4 !== u && (ba = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4);
            return t4;
          })()) !== u ? (ba = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function ri() {
          var t3, e3, n2, o2, s2, a2, i2;
          return t3 = pa, (e3 = kl()) === u && (e3 = Nl()) === u && (e3 = Xf()), e3 !== u && (ba = t3, i2 = e3, e3 = { keyword: Array.isArray(i2) ? i2[0].toLowerCase() : i2.toLowerCase() }), (t3 = e3) === u && (t3 = pa, (e3 = xl()) !== u && Cp() !== u ? (n2 = pa, "of" === r2.substr(pa, 2).toLowerCase() ? (o2 = r2.substr(pa, 2), pa += 2) : (o2 = u, 0 === ha && Ea(gr)), o2 !== u && (s2 = Cp()) !== u && (a2 = Ni()) !== u ? n2 = o2 = [o2, s2, a2] : (pa = n2, n2 = u), n2 === u && (n2 = null), n2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4) {
            return { keyword: r3 && r3[0] && r3[0].toLowerCase(), args: t4 && { keyword: t4[0], columns: t4[2] } || null };
          })(e3, n2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)), t3;
        }
        function ti() {
          var t3, e3, n2;
          return t3 = pa, "character" === r2.substr(pa, 9).toLowerCase() ? (e3 = r2.substr(pa, 9), pa += 9) : (e3 = u, 0 === ha && Ea(Nr)), e3 !== u && Cp() !== u ? ("set" === r2.substr(pa, 3).toLowerCase() ? (n2 = r2.substr(pa, 3), pa += 3) : (n2 = u, 0 === ha && Ea(kr)), n2 !== u ? (ba = t3, t3 = e3 = "CHARACTER SET") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function ei() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2;
          return t3 = pa, (e3 = Al()) === u && (e3 = null), e3 !== u && Cp() !== u ? ((n2 = ti()) === u && ("charset" === r2.substr(pa, 7).toLowerCase() ? (n2 = r2.substr(pa, 7), pa += 7) : (n2 = u, 0 === ha && Ea(Ur)), n2 === u && ("collate" === r2.substr(pa, 7).toLowerCase() ? (n2 = r2.substr(pa, 7), pa += 7) : (n2 = u, 0 === ha && Ea(Mr)))), n2 !== u && Cp() !== u ? ((o2 = tp()) === u && (o2 = null), o2 !== u && Cp() !== u && (s2 = kc()) !== u ? (ba = t3, i2 = n2, c2 = o2, l2 = s2, t3 = e3 = { keyword: (a2 = e3) && `${a2[0].toLowerCase()} ${i2.toLowerCase()}` || i2.toLowerCase(), symbol: c2, value: l2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function ni() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2;
          return t3 = pa, "auto_increment" === r2.substr(pa, 14).toLowerCase() ? (e3 = r2.substr(pa, 14), pa += 14) : (e3 = u, 0 === ha && Ea(k)), e3 === u && ("avg_row_length" === r2.substr(pa, 14).toLowerCase() ? (e3 = r2.substr(pa, 14), pa += 14) : (e3 = u, 0 === ha && Ea(Dr)), e3 === u && ("key_block_size" === r2.substr(pa, 14).toLowerCase() ? (e3 = r2.substr(pa, 14), pa += 14) : (e3 = u, 0 === ha && Ea(Pr)), e3 === u && ("max_rows" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea($r)), e3 === u && ("min_rows" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(Fr)), e3 === u && ("stats_sample_pages" === r2.substr(pa, 18).toLowerCase() ? (e3 = r2.substr(pa, 18), pa += 18) : (e3 = u, 0 === ha && Ea(Gr))))))), e3 !== u && Cp() !== u ? ((n2 = tp()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = yl()) !== u ? (ba = t3, c2 = n2, l2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: c2, value: l2.value }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = ei()) === u && (t3 = pa, (e3 = ap()) === u && ("connection" === r2.substr(pa, 10).toLowerCase() ? (e3 = r2.substr(pa, 10), pa += 10) : (e3 = u, 0 === ha && Ea(Br))), e3 !== u && Cp() !== u ? ((n2 = tp()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = pl()) !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "compression" === r2.substr(pa, 11).toLowerCase() ? (e3 = r2.substr(pa, 11), pa += 11) : (e3 = u, 0 === ha && Ea(Hr)), e3 !== u && Cp() !== u ? ((n2 = tp()) === u && (n2 = null), n2 !== u && Cp() !== u ? (o2 = pa, 39 === r2.charCodeAt(pa) ? (s2 = "'", pa++) : (s2 = u, 0 === ha && Ea(qr)), s2 !== u ? ("zlib" === r2.substr(pa, 4).toLowerCase() ? (a2 = r2.substr(pa, 4), pa += 4) : (a2 = u, 0 === ha && Ea(Wr)), a2 === u && ("lz4" === r2.substr(pa, 3).toLowerCase() ? (a2 = r2.substr(pa, 3), pa += 3) : (a2 = u, 0 === ha && Ea(Yr)), a2 === u && ("none" === r2.substr(pa, 4).toLowerCase() ? (a2 = r2.substr(pa, 4), pa += 4) : (a2 = u, 0 === ha && Ea(I)))), a2 !== u ? (39 === r2.charCodeAt(pa) ? (i2 = "'", pa++) : (i2 = u, 0 === ha && Ea(qr)), i2 !== u ? o2 = s2 = [s2, a2, i2] : (pa = o2, o2 = u)) : (pa = o2, o2 = u)) : (pa = o2, o2 = u), o2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "engine" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(Vr)), e3 !== u && Cp() !== u ? ((n2 = tp()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = Fc()) !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.toUpperCase() };
          })(e3, n2, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)))), t3;
        }
        function oi() {
          var t3, e3, n2, o2, s2, a2, i2;
          return t3 = pa, (e3 = Sl()) !== u && (n2 = Cp()) !== u ? (59 === r2.charCodeAt(pa) ? (o2 = ";", pa++) : (o2 = u, 0 === ha && Ea(st)), o2 !== u ? (ba = t3, t3 = e3 = { type: "select", ...Yp() }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = li()) === u && (t3 = pa, e3 = pa, 40 === r2.charCodeAt(pa) ? (n2 = "(", pa++) : (n2 = u, 0 === ha && Ea(at)), n2 !== u && (o2 = Cp()) !== u && (s2 = oi()) !== u && (a2 = Cp()) !== u ? (41 === r2.charCodeAt(pa) ? (i2 = ")", pa++) : (i2 = u, 0 === ha && Ea(it)), i2 !== u ? e3 = n2 = [n2, o2, s2, a2, i2] : (pa = e3, e3 = u)) : (pa = e3, e3 = u), e3 !== u && (ba = t3, e3 = { ...e3[2], parentheses_symbol: true }), t3 = e3), t3;
        }
        function ui() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          if (r3 = pa, zl() !== u) if (Cp() !== u) if ((t3 = si()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = si()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = si()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = Kp(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          if (r3 === u) if (r3 = pa, Cp() !== u) if (zl() !== u) if ((t3 = Cp()) !== u) if ((e3 = Ul()) !== u) if ((n2 = Cp()) !== u) if ((o2 = si()) !== u) {
            for (s2 = [], a2 = pa, (i2 = Cp()) !== u && (c2 = fp()) !== u && (l2 = Cp()) !== u && (f2 = si()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (pa = a2, a2 = u); a2 !== u; ) s2.push(a2), a2 = pa, (i2 = Cp()) !== u && (c2 = fp()) !== u && (l2 = Cp()) !== u && (f2 = si()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (pa = a2, a2 = u);
            s2 !== u ? (ba = r3, r3 = (function(r4, t4) {
              return r4.recursive = true, Kp(r4, t4);
            })(o2, s2)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          return r3;
        }
        function si() {
          var r3, t3, e3, n2, o2;
          return r3 = pa, (t3 = pl()) === u && (t3 = Fc()), t3 !== u && Cp() !== u ? ((e3 = ai()) === u && (e3 = null), e3 !== u && Cp() !== u && Hl() !== u && Cp() !== u && bp() !== u && Cp() !== u && (n2 = Ta()) !== u && Cp() !== u && vp() !== u ? (ba = r3, "string" == typeof (o2 = t3) && (o2 = { type: "default", value: o2 }), r3 = t3 = { name: o2, stmt: n2, columns: e3, ...Yp() }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function ai() {
          var r3, t3;
          return r3 = pa, bp() !== u && Cp() !== u && (t3 = Ni()) !== u && Cp() !== u && vp() !== u ? (ba = r3, r3 = t3) : (pa = r3, r3 = u), r3;
        }
        function ii() {
          var r3, t3, e3, n2, o2;
          return r3 = pa, (t3 = of()) !== u && Cp() !== u && Yl() !== u && Cp() !== u && bp() !== u && Cp() !== u && (e3 = Ni()) !== u && Cp() !== u && vp() !== u ? (ba = r3, n2 = t3, o2 = e3, console.lo, r3 = t3 = { type: n2 + " ON", columns: o2 }) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = of()) === u && (t3 = null), t3 !== u && (ba = r3, t3 = /* @__PURE__ */ (function(r4) {
            return { type: r4 };
          })(t3)), r3 = t3), r3;
        }
        function ci() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2, d2;
          return t3 = pa, Cp() !== u && Sl() !== u && Ep() !== u ? ((e3 = (function() {
            var r3, t4, e4, n3, o3, s3;
            if (r3 = pa, (t4 = fi()) !== u) {
              for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = fi()) !== u ? n3 = o3 = [o3, s3] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = fi()) !== u ? n3 = o3 = [o3, s3] : (pa = n3, n3 = u);
              e4 !== u ? (ba = r3, t4 = (function(r4, t5) {
                const e5 = [r4];
                for (let r5 = 0, n4 = t5.length; r5 < n4; ++r5) e5.push(t5[r5][1]);
                return e5;
              })(t4, e4), r3 = t4) : (pa = r3, r3 = u);
            } else pa = r3, r3 = u;
            return r3;
          })()) === u && (e3 = null), e3 !== u && Cp() !== u ? ((n2 = ii()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = pi()) !== u && Cp() !== u ? ((s2 = mi()) === u && (s2 = null), s2 !== u && Cp() !== u ? ((a2 = Li()) === u && (a2 = null), a2 !== u && Cp() !== u ? ((i2 = mi()) === u && (i2 = null), i2 !== u && Cp() !== u ? ((c2 = Oi()) === u && (c2 = null), c2 !== u && Cp() !== u ? ((l2 = (function() {
            var r3, t4, e4;
            r3 = pa, (t4 = Zl()) !== u && Cp() !== u && Jl() !== u && Cp() !== u && (e4 = Ji()) !== u ? (ba = r3, t4 = { columns: e4.value }, r3 = t4) : (pa = r3, r3 = u);
            return r3;
          })()) === u && (l2 = null), l2 !== u && Cp() !== u ? ((f2 = (function() {
            var t4, e4;
            t4 = pa, (function() {
              var t5, e5, n3, o3;
              t5 = pa, "having" === r2.substr(pa, 6).toLowerCase() ? (e5 = r2.substr(pa, 6), pa += 6) : (e5 = u, 0 === ha && Ea(Ho));
              e5 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? t5 = e5 = [e5, n3] : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })() !== u && Cp() !== u && (e4 = lc()) !== u ? (ba = t4, t4 = e4) : (pa = t4, t4 = u);
            return t4;
          })()) === u && (f2 = null), f2 !== u && Cp() !== u ? ((p2 = Gi()) === u && (p2 = null), p2 !== u && Cp() !== u ? ((b2 = qi()) === u && (b2 = null), b2 !== u && Cp() !== u ? ((v2 = (function() {
            var t4, e4;
            t4 = pa, (function() {
              var t5, e5, n3, o3;
              t5 = pa, "window" === r2.substr(pa, 6).toLowerCase() ? (e5 = r2.substr(pa, 6), pa += 6) : (e5 = u, 0 === ha && Ea(qo));
              e5 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? t5 = e5 = [e5, n3] : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })() !== u && Cp() !== u && (e4 = (function() {
              var r3, t5, e5, n3, o3, s3, a3, i3;
              if (r3 = pa, (t5 = ki()) !== u) {
                for (e5 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i3 = ki()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u); n3 !== u; ) e5.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i3 = ki()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (pa = n3, n3 = u);
                e5 !== u ? (ba = r3, t5 = Kp(t5, e5), r3 = t5) : (pa = r3, r3 = u);
              } else pa = r3, r3 = u;
              return r3;
            })()) !== u ? (ba = t4, t4 = { keyword: "window", type: "window", expr: e4 }) : (pa = t4, t4 = u);
            return t4;
          })()) === u && (v2 = null), v2 !== u && Cp() !== u ? ((d2 = mi()) === u && (d2 = null), d2 !== u ? (ba = t3, t3 = (function(r3, t4, e4, n3, o3, u2, s3, a3, i3, c3, l3, f3, p3) {
            if (n3 && u2 || n3 && p3 || u2 && p3 || n3 && u2 && p3) throw new Error("A given SQL statement can contain at most one INTO clause");
            return o3 && o3.forEach((r4) => r4.table && nb.add(`select::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), { type: "select", options: r3, distinct: t4, columns: e4, into: { ...n3 || u2 || p3 || {}, position: (n3 ? "column" : u2 && "from") || p3 && "end" }, from: o3, where: s3, groupby: a3, having: i3, orderby: c3, limit: l3, window: f3, ...Yp() };
          })(e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2, d2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function li() {
          var t3, e3, n2, o2, s2, a2;
          return t3 = pa, Cp() !== u ? ((e3 = ui()) === u && (e3 = null), e3 !== u && (n2 = ci()) !== u ? (ba = t3, t3 = ct(e3, n2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, Cp() !== u ? ((e3 = ui()) === u && (e3 = null), e3 !== u && (n2 = Cp()) !== u ? (40 === r2.charCodeAt(pa) ? (o2 = "(", pa++) : (o2 = u, 0 === ha && Ea(at)), o2 === u && (o2 = null), o2 !== u && (s2 = ci()) !== u && Cp() !== u ? (41 === r2.charCodeAt(pa) ? (a2 = ")", pa++) : (a2 = u, 0 === ha && Ea(it)), a2 === u && (a2 = null), a2 !== u ? (ba = t3, t3 = ct(e3, s2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)), t3;
        }
        function fi() {
          var t3, e3;
          return t3 = pa, (e3 = (function() {
            var t4;
            "sql_calc_found_rows" === r2.substr(pa, 19).toLowerCase() ? (t4 = r2.substr(pa, 19), pa += 19) : (t4 = u, 0 === ha && Ea(Gs));
            return t4;
          })()) === u && ((e3 = (function() {
            var t4;
            "sql_cache" === r2.substr(pa, 9).toLowerCase() ? (t4 = r2.substr(pa, 9), pa += 9) : (t4 = u, 0 === ha && Ea(Bs));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_no_cache" === r2.substr(pa, 12).toLowerCase() ? (t4 = r2.substr(pa, 12), pa += 12) : (t4 = u, 0 === ha && Ea(Hs));
            return t4;
          })()), e3 === u && (e3 = (function() {
            var t4;
            "sql_big_result" === r2.substr(pa, 14).toLowerCase() ? (t4 = r2.substr(pa, 14), pa += 14) : (t4 = u, 0 === ha && Ea(Ws));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_small_result" === r2.substr(pa, 16).toLowerCase() ? (t4 = r2.substr(pa, 16), pa += 16) : (t4 = u, 0 === ha && Ea(qs));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_buffer_result" === r2.substr(pa, 17).toLowerCase() ? (t4 = r2.substr(pa, 17), pa += 17) : (t4 = u, 0 === ha && Ea(Ys));
            return t4;
          })())), e3 !== u && (ba = t3, e3 = e3), t3 = e3;
        }
        function pi() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = nf()) === u && (t3 = pa, (e3 = pp()) !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pp())), t3 !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = yi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = yi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
              ob.add("select::null::(.*)");
              const e4 = { expr: { type: "column_ref", table: null, column: "*" }, as: null, ...Yp() };
              return t4 && t4.length > 0 ? Kp(e4, t4) : [e4];
            })(0, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          if (r3 === u) if (r3 = pa, (t3 = yi()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = yi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = yi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = Kp(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function bi() {
          var r3, t3;
          return r3 = pa, dp() !== u && Cp() !== u ? ((t3 = yl()) === u && (t3 = pl()), t3 !== u && Cp() !== u && yp() !== u ? (ba = r3, r3 = { brackets: true, index: t3 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function vi() {
          var r3, t3, e3, n2, o2, s2;
          if (r3 = pa, (t3 = bi()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = bi()) !== u ? n2 = o2 = [o2, s2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = bi()) !== u ? n2 = o2 = [o2, s2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = Kp(t3, e3, 1)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function di() {
          var r3, t3, e3, n2, o2;
          return r3 = pa, (t3 = (function() {
            var r4, t4, e4, n3, o3, s2, a2, i2;
            if (r4 = pa, (t4 = cc()) !== u) {
              for (e4 = [], n3 = pa, (o3 = Cp()) !== u ? ((s2 = bf()) === u && (s2 = vf()) === u && (s2 = Lp()), s2 !== u && (a2 = Cp()) !== u && (i2 = cc()) !== u ? n3 = o3 = [o3, s2, a2, i2] : (pa = n3, n3 = u)) : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u ? ((s2 = bf()) === u && (s2 = vf()) === u && (s2 = Lp()), s2 !== u && (a2 = Cp()) !== u && (i2 = cc()) !== u ? n3 = o3 = [o3, s2, a2, i2] : (pa = n3, n3 = u)) : (pa = n3, n3 = u);
              e4 !== u ? (ba = r4, t4 = (function(r5, t5) {
                const e5 = r5.ast;
                if (e5 && "select" === e5.type && (!(r5.parentheses_symbol || r5.parentheses || r5.ast.parentheses || r5.ast.parentheses_symbol) || 1 !== e5.columns.length || "*" === e5.columns[0].expr.column)) throw new Error("invalid column clause with select statement");
                if (!t5 || 0 === t5.length) return r5;
                const n4 = t5.length;
                let o4 = t5[n4 - 1][3];
                for (let e6 = n4 - 1; e6 >= 0; e6--) {
                  const n5 = 0 === e6 ? r5 : t5[e6 - 1][3];
                  o4 = Xp(t5[e6][1], n5, o4);
                }
                return o4;
              })(t4, e4), r4 = t4) : (pa = r4, r4 = u);
            } else pa = r4, r4 = u;
            return r4;
          })()) !== u && Cp() !== u ? ((e3 = vi()) === u && (e3 = null), e3 !== u ? (ba = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function yi() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2;
          if (r3 = pa, (t3 = gc()) !== u && (ba = r3, t3 = { expr: t3, as: null, ...Yp() }), (r3 = t3) === u) {
            if (r3 = pa, (t3 = di()) !== u) if ((e3 = Cp()) !== u) if ((n2 = sl()) !== u) if ((o2 = Cp()) !== u) {
              for (s2 = [], a2 = pa, (i2 = Cp()) !== u ? ((c2 = hc()) === u && (c2 = mc()), c2 !== u && (l2 = Cp()) !== u && (f2 = di()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (pa = a2, a2 = u)) : (pa = a2, a2 = u); a2 !== u; ) s2.push(a2), a2 = pa, (i2 = Cp()) !== u ? ((c2 = hc()) === u && (c2 = mc()), c2 !== u && (l2 = Cp()) !== u && (f2 = di()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (pa = a2, a2 = u)) : (pa = a2, a2 = u);
              s2 !== u && (a2 = Cp()) !== u ? ((i2 = wi()) === u && (i2 = null), i2 !== u ? (ba = r3, r3 = t3 = (function(r4, t4, e4, n3) {
                return { ...t4, as: n3, type: "cast", expr: r4, tail: e4 && e4[0] && { operator: e4[0][1], expr: e4[0][3] }, ...Yp() };
              })(t3, n2, s2, i2)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
            } else pa = r3, r3 = u;
            else pa = r3, r3 = u;
            else pa = r3, r3 = u;
            else pa = r3, r3 = u;
            r3 === u && (r3 = pa, (t3 = Uc()) !== u && (e3 = Cp()) !== u && (n2 = lp()) !== u ? (o2 = pa, (s2 = Uc()) !== u && (a2 = Cp()) !== u && (i2 = lp()) !== u ? o2 = s2 = [s2, a2, i2] : (pa = o2, o2 = u), o2 === u && (o2 = null), o2 !== u && (s2 = Cp()) !== u && (a2 = pp()) !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4 && t4[0];
              let n3;
              e4 && (n3 = r4, r4 = e4), ob.add(`select::${r4 ? r4.value : null}::(.*)`);
              return { expr: { type: "column_ref", table: r4, schema: n3, column: "*" }, as: null, ...Yp() };
            })(t3, o2)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, t3 = pa, (e3 = Uc()) !== u && (n2 = Cp()) !== u && (o2 = lp()) !== u ? t3 = e3 = [e3, n2, o2] : (pa = t3, t3 = u), t3 === u && (t3 = null), t3 !== u && (e3 = Cp()) !== u && (n2 = pp()) !== u ? (ba = r3, r3 = t3 = (function(r4) {
              const t4 = r4 && r4[0] || null;
              return ob.add(`select::${t4 ? t4.value : null}::(.*)`), { expr: { type: "column_ref", table: t4, column: "*" }, as: null, ...Yp() };
            })(t3)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = Rc()) !== u && (e3 = Cp()) !== u ? ((n2 = lp()) === u && (n2 = null), n2 !== u ? (ba = pa, (o2 = (o2 = (function(r4, t4) {
              if (t4) return true;
            })(0, n2)) ? u : void 0) !== u && (s2 = Cp()) !== u ? ((a2 = wi()) === u && (a2 = null), a2 !== u ? (ba = r3, r3 = t3 = (function(r4, t4, e4) {
              return ob.add("select::null::" + r4.value), { type: "expr", expr: { type: "column_ref", table: null, column: { expr: r4 } }, as: e4, ...Yp() };
            })(t3, 0, a2)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = di()) !== u && (e3 = Cp()) !== u ? ((n2 = wi()) === u && (n2 = null), n2 !== u ? (ba = r3, b2 = n2, "double_quote_string" !== (p2 = t3).type && "single_quote_string" !== p2.type || ob.add("select::null::" + p2.value), r3 = t3 = { type: "expr", expr: p2, as: b2, ...Yp() }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)))));
          }
          return r3;
        }
        function hi() {
          var r3, t3, e3;
          return r3 = pa, (t3 = Hl()) === u && (t3 = null), t3 !== u && Cp() !== u && (e3 = Sc()) !== u ? (ba = r3, r3 = t3 = e3) : (pa = r3, r3 = u), r3;
        }
        function wi() {
          var r3, t3, e3;
          return r3 = pa, (t3 = Hl()) !== u && Cp() !== u && (e3 = Sc()) !== u ? (ba = r3, r3 = t3 = e3) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = Hl()) === u && (t3 = null), t3 !== u && Cp() !== u && (e3 = jc()) !== u ? (ba = r3, r3 = t3 = e3) : (pa = r3, r3 = u)), r3;
        }
        function mi() {
          var t3, e3, n2;
          return t3 = pa, Fl() !== u && Cp() !== u && (e3 = (function() {
            var r3, t4, e4, n3, o2, s2, a2, i2;
            if (r3 = pa, (t4 = Dp()) !== u) {
              for (e4 = [], n3 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Dp()) !== u ? n3 = o2 = [o2, s2, a2, i2] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Dp()) !== u ? n3 = o2 = [o2, s2, a2, i2] : (pa = n3, n3 = u);
              e4 !== u ? (ba = r3, t4 = Kp(t4, e4), r3 = t4) : (pa = r3, r3 = u);
            } else pa = r3, r3 = u;
            return r3;
          })()) !== u ? (ba = t3, t3 = { keyword: "var", type: "into", expr: e3 }) : (pa = t3, t3 = u), t3 === u && (t3 = pa, Fl() !== u && Cp() !== u ? ("outfile" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(lt)), e3 === u && ("dumpfile" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(ft))), e3 === u && (e3 = null), e3 !== u && Cp() !== u ? ((n2 = pl()) === u && (n2 = jc()), n2 !== u ? (ba = t3, t3 = { keyword: e3, type: "into", expr: n2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)), t3;
        }
        function Li() {
          var r3, t3;
          return r3 = pa, Gl() !== u && Cp() !== u && (t3 = _i()) !== u ? (ba = r3, r3 = t3) : (pa = r3, r3 = u), r3;
        }
        function Ci() {
          var r3, t3, e3;
          return r3 = pa, (t3 = xi()) !== u && Cp() !== u && gl() !== u && Cp() !== u && (e3 = xi()) !== u ? (ba = r3, r3 = t3 = [t3, e3]) : (pa = r3, r3 = u), r3;
        }
        function Ei() {
          var t3, e3;
          return t3 = pa, Kl() !== u && Cp() !== u ? ("btree" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(pt)), e3 === u && ("hash" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(bt)), e3 === u && ("gist" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(vt)), e3 === u && ("gin" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(dt))))), e3 !== u ? (ba = t3, t3 = { keyword: "using", type: e3.toLowerCase() }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Ai() {
          var r3, t3, e3, n2, o2, s2;
          if (r3 = pa, (t3 = gi()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = gi()) !== u ? n2 = o2 = [o2, s2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = gi()) !== u ? n2 = o2 = [o2, s2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
              const e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function gi() {
          var t3, e3, n2, o2, s2, a2;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "key_block_size" === r2.substr(pa, 14).toLowerCase() ? (e4 = r2.substr(pa, 14), pa += 14) : (e4 = u, 0 === ha && Ea(Pr));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t4, t4 = e4 = "KEY_BLOCK_SIZE") : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && Cp() !== u ? ((n2 = tp()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = yl()) !== u ? (ba = t3, s2 = n2, a2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: s2, expr: a2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = Fc()) !== u && Cp() !== u && (n2 = tp()) !== u && Cp() !== u ? ((o2 = yl()) === u && (o2 = jc()), o2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: r3.toLowerCase(), symbol: t4, expr: "string" == typeof e4 && { type: "origin", value: e4 } || e4 };
          })(e3, n2, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = Ei()) === u && (t3 = pa, "with" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(yt)), e3 !== u && Cp() !== u ? ("parser" === r2.substr(pa, 6).toLowerCase() ? (n2 = r2.substr(pa, 6), pa += 6) : (n2 = u, 0 === ha && Ea(ht)), n2 !== u && Cp() !== u && (o2 = Fc()) !== u ? (ba = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "visible" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(wt)), e3 === u && ("invisible" === r2.substr(pa, 9).toLowerCase() ? (e3 = r2.substr(pa, 9), pa += 9) : (e3 = u, 0 === ha && Ea(mt))), e3 !== u && (ba = t3, e3 = (function(r3) {
            return { type: r3.toLowerCase(), expr: r3.toLowerCase() };
          })(e3)), (t3 = e3) === u && (t3 = gp())))), t3;
        }
        function _i() {
          var r3, t3, e3, n2;
          if (r3 = pa, (t3 = ji()) !== u) {
            for (e3 = [], n2 = Ti(); n2 !== u; ) e3.push(n2), n2 = Ti();
            e3 !== u ? (ba = r3, r3 = t3 = Lt(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function Ti() {
          var r3, t3, e3;
          return r3 = pa, Cp() !== u && (t3 = fp()) !== u && Cp() !== u && (e3 = ji()) !== u ? (ba = r3, r3 = e3) : (pa = r3, r3 = u), r3 === u && (r3 = pa, Cp() !== u && (t3 = (function() {
            var r4, t4, e4, n2, o2, s2, a2, i2, c2, l2, f2;
            if (r4 = pa, (t4 = Si()) !== u) if (Cp() !== u) if ((e4 = ji()) !== u) if (Cp() !== u) if ((n2 = Kl()) !== u) if (Cp() !== u) if (bp() !== u) if (Cp() !== u) if ((o2 = kc()) !== u) {
              for (s2 = [], a2 = pa, (i2 = Cp()) !== u && (c2 = fp()) !== u && (l2 = Cp()) !== u && (f2 = kc()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (pa = a2, a2 = u); a2 !== u; ) s2.push(a2), a2 = pa, (i2 = Cp()) !== u && (c2 = fp()) !== u && (l2 = Cp()) !== u && (f2 = kc()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (pa = a2, a2 = u);
              s2 !== u && (a2 = Cp()) !== u && (i2 = vp()) !== u ? (ba = r4, p2 = t4, v2 = o2, d2 = s2, (b2 = e4).join = p2, b2.using = Kp(v2, d2), r4 = t4 = b2) : (pa = r4, r4 = u);
            } else pa = r4, r4 = u;
            else pa = r4, r4 = u;
            else pa = r4, r4 = u;
            else pa = r4, r4 = u;
            else pa = r4, r4 = u;
            else pa = r4, r4 = u;
            else pa = r4, r4 = u;
            else pa = r4, r4 = u;
            else pa = r4, r4 = u;
            var p2, b2, v2, d2;
            r4 === u && (r4 = pa, (t4 = Si()) !== u && Cp() !== u && (e4 = ji()) !== u && Cp() !== u ? ((n2 = Ri()) === u && (n2 = null), n2 !== u ? (ba = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (pa = r4, r4 = u)) : (pa = r4, r4 = u), r4 === u && (r4 = pa, (t4 = Si()) === u && (t4 = ja()), t4 !== u && Cp() !== u && (e4 = bp()) !== u && Cp() !== u ? ((n2 = Sa()) === u && (n2 = _i()), n2 !== u && Cp() !== u && vp() !== u && Cp() !== u ? ((o2 = wi()) === u && (o2 = null), o2 !== u && (s2 = Cp()) !== u ? ((a2 = Ri()) === u && (a2 = null), a2 !== u ? (ba = r4, t4 = (function(r5, t5, e5, n3) {
              return Array.isArray(t5) && (t5 = { type: "tables", expr: t5 }), t5.parentheses = true, { expr: t5, as: e5, join: r5, on: n3, ...Yp() };
            })(t4, n2, o2, a2), r4 = t4) : (pa = r4, r4 = u)) : (pa = r4, r4 = u)) : (pa = r4, r4 = u)) : (pa = r4, r4 = u)));
            return r4;
          })()) !== u ? (ba = r3, r3 = t3) : (pa = r3, r3 = u)), r3;
        }
        function ji() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2;
          return t3 = pa, (e3 = (function() {
            var t4;
            "dual" === r2.substr(pa, 4).toLowerCase() ? (t4 = r2.substr(pa, 4), pa += 4) : (t4 = u, 0 === ha && Ea(Rs));
            return t4;
          })()) !== u && (ba = t3, e3 = { type: "dual" }), (t3 = e3) === u && (t3 = pa, (e3 = zi()) !== u && Cp() !== u ? ((n2 = hi()) === u && (n2 = null), n2 !== u ? (ba = t3, t3 = e3 = { expr: e3, as: n2, ...Yp() }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "lateral" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(Ct)), e3 === u && (e3 = null), e3 !== u && Cp() !== u && (n2 = bp()) !== u && Cp() !== u ? ((o2 = Sa()) === u && (o2 = zi()), o2 !== u && Cp() !== u && (s2 = vp()) !== u && (a2 = Cp()) !== u ? ((i2 = hi()) === u && (i2 = null), i2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4.parentheses = true, { prefix: r3, expr: t4, as: e4, ...Yp() };
          })(e3, o2, i2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "lateral" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(Ct)), e3 === u && (e3 = null), e3 !== u && Cp() !== u && (n2 = bp()) !== u && Cp() !== u && (o2 = _i()) !== u && Cp() !== u && (s2 = vp()) !== u && (a2 = Cp()) !== u ? ((i2 = hi()) === u && (i2 = null), i2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            return { prefix: r3, expr: t4 = { type: "tables", expr: t4, parentheses: true }, as: e4, ...Yp() };
          })(e3, o2, i2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "lateral" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(Ct)), e3 === u && (e3 = null), e3 !== u && Cp() !== u && (n2 = el()) !== u && Cp() !== u ? ((o2 = wi()) === u && (o2 = null), o2 !== u ? (ba = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { prefix: r3, type: "expr", expr: t4, as: e4 };
          })(e3, n2, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = xi()) !== u && Cp() !== u ? ("tablesample" === r2.substr(pa, 11).toLowerCase() ? (n2 = r2.substr(pa, 11), pa += 11) : (n2 = u, 0 === ha && Ea(Et)), n2 !== u && Cp() !== u && (o2 = el()) !== u && Cp() !== u ? (s2 = pa, "repeatable" === r2.substr(pa, 10).toLowerCase() ? (a2 = r2.substr(pa, 10), pa += 10) : (a2 = u, 0 === ha && Ea(At)), a2 !== u && (i2 = Cp()) !== u && (c2 = bp()) !== u && (l2 = Cp()) !== u && (f2 = yl()) !== u && (p2 = Cp()) !== u && (b2 = vp()) !== u ? s2 = a2 = [a2, i2, c2, l2, f2, p2, b2] : (pa = s2, s2 = u), s2 === u && (s2 = null), s2 !== u && (a2 = Cp()) !== u ? ((i2 = wi()) === u && (i2 = null), i2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            return { ...r3, as: n3, tablesample: { expr: t4, repeatable: e4 && e4[4] }, ...Yp() };
          })(e3, o2, s2, i2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = xi()) !== u && Cp() !== u ? ((n2 = wi()) === u && (n2 = null), n2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4) {
            return "var" === r3.type ? (r3.as = t4, r3 = { ...r3, ...Yp() }) : { ...r3, as: t4, ...Yp() };
          })(e3, n2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u))))))), t3;
        }
        function Si() {
          var t3, e3, n2, o2;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "left" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(Ro));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (n2 = Cp()) !== u ? ((o2 = Xl()) === u && (o2 = null), o2 !== u && Cp() !== u && Vl() !== u ? (ba = t3, t3 = e3 = "LEFT JOIN") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "right" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea(Oo));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (n2 = Cp()) !== u ? ((o2 = Xl()) === u && (o2 = null), o2 !== u && Cp() !== u && Vl() !== u ? (ba = t3, t3 = e3 = "RIGHT JOIN") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "full" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(No));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (n2 = Cp()) !== u ? ((o2 = Xl()) === u && (o2 = null), o2 !== u && Cp() !== u && Vl() !== u ? (ba = t3, t3 = e3 = "FULL JOIN") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "cross" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(gt)), e3 !== u && (n2 = Cp()) !== u && (o2 = Vl()) !== u ? (ba = t3, t3 = e3 = "CROSS JOIN") : (pa = t3, t3 = u), t3 === u && (t3 = pa, e3 = pa, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "inner" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea(ko));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (o2 = Cp()) !== u ? e3 = n2 = [n2, o2] : (pa = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = Vl()) !== u ? (ba = t3, t3 = e3 = "INNER JOIN") : (pa = t3, t3 = u))))), t3;
        }
        function xi() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2;
          return r3 = pa, (t3 = jc()) !== u ? (e3 = pa, (n2 = Cp()) !== u && (o2 = lp()) !== u && (s2 = Cp()) !== u && (a2 = jc()) !== u ? e3 = n2 = [n2, o2, s2, a2] : (pa = e3, e3 = u), e3 !== u ? (n2 = pa, (o2 = Cp()) !== u && (s2 = lp()) !== u && (a2 = Cp()) !== u && (i2 = jc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u), n2 !== u ? (ba = r3, r3 = t3 = (function(r4, t4, e4) {
            const n3 = { db: null, table: r4, ...Yp() };
            return null !== e4 && (n3.db = r4, n3.schema = t4[3], n3.table = e4[3]), n3;
          })(t3, e3, n2)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = jc()) !== u && (e3 = Cp()) !== u && (n2 = lp()) !== u && (o2 = Cp()) !== u && (s2 = pp()) !== u ? (ba = r3, r3 = t3 = { db: t3, table: "*", ...Yp() }) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = jc()) !== u ? (e3 = pa, (n2 = Cp()) !== u && (o2 = lp()) !== u && (s2 = Cp()) !== u && (a2 = jc()) !== u ? e3 = n2 = [n2, o2, s2, a2] : (pa = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { db: null, table: r4, ...Yp() };
            return null !== t4 && (e4.db = r4, e4.table = t4[3]), e4;
          })(t3, e3)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = Dp()) !== u && (ba = r3, (c2 = t3).db = null, c2.table = c2.name, t3 = c2), r3 = t3))), r3;
        }
        function Ii() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = cc()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u ? ((s2 = bf()) === u && (s2 = vf()), s2 !== u && (a2 = Cp()) !== u && (i2 = cc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u)) : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u ? ((s2 = bf()) === u && (s2 = vf()), s2 !== u && (a2 = Cp()) !== u && (i2 = cc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u)) : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = Xp(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function Ri() {
          var r3, t3;
          return r3 = pa, Yl() !== u && Cp() !== u && (t3 = lc()) !== u ? (ba = r3, r3 = t3) : (pa = r3, r3 = u), r3;
        }
        function Oi() {
          var t3, e3;
          return t3 = pa, (function() {
            var t4, e4, n2, o2;
            t4 = pa, "where" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea($o));
            e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })() !== u && Cp() !== u && (e3 = lc()) !== u ? (ba = t3, t3 = e3) : (pa = t3, t3 = u), t3;
        }
        function Ni() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = _c()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = _c()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = _c()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = Kp(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function ki() {
          var r3, t3, e3;
          return r3 = pa, (t3 = Fc()) !== u && Cp() !== u && Hl() !== u && Cp() !== u && (e3 = Ui()) !== u ? (ba = r3, r3 = t3 = { name: t3, as_window_specification: e3 }) : (pa = r3, r3 = u), r3;
        }
        function Ui() {
          var r3, t3;
          return (r3 = Fc()) === u && (r3 = pa, bp() !== u && Cp() !== u ? ((t3 = (function() {
            var r4, t4, e3, n2;
            r4 = pa, (t4 = Fi()) === u && (t4 = null);
            t4 !== u && Cp() !== u ? ((e3 = Gi()) === u && (e3 = null), e3 !== u && Cp() !== u ? ((n2 = (function() {
              var r5, t5, e4, n3, o2;
              r5 = pa, (t5 = Wf()) !== u && Cp() !== u ? ((e4 = Mi()) === u && (e4 = Di()), e4 !== u ? (ba = r5, r5 = t5 = { type: "rows", expr: e4 }) : (pa = r5, r5 = u)) : (pa = r5, r5 = u);
              r5 === u && (r5 = pa, (t5 = Wf()) !== u && Cp() !== u && (e4 = uf()) !== u && Cp() !== u && (n3 = Di()) !== u && Cp() !== u && bf() !== u && Cp() !== u && (o2 = Mi()) !== u ? (ba = r5, t5 = Xp(e4, { type: "origin", value: "rows" }, { type: "expr_list", value: [n3, o2] }), r5 = t5) : (pa = r5, r5 = u));
              return r5;
            })()) === u && (n2 = null), n2 !== u ? (ba = r4, r4 = t4 = { name: null, partitionby: t4, orderby: e3, window_frame_clause: n2 }) : (pa = r4, r4 = u)) : (pa = r4, r4 = u)) : (pa = r4, r4 = u);
            return r4;
          })()) === u && (t3 = null), t3 !== u && Cp() !== u && vp() !== u ? (ba = r3, r3 = { window_specification: t3 || {}, parentheses: true }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)), r3;
        }
        function Mi() {
          var t3, e3, n2, o2;
          return t3 = pa, (e3 = $i()) !== u && Cp() !== u ? ("following" === r2.substr(pa, 9).toLowerCase() ? (n2 = r2.substr(pa, 9), pa += 9) : (n2 = u, 0 === ha && Ea(_t)), n2 !== u ? (ba = t3, (o2 = e3).value += " FOLLOWING", t3 = e3 = o2) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = Pi()), t3;
        }
        function Di() {
          var t3, e3, n2, o2, s2;
          return t3 = pa, (e3 = $i()) !== u && Cp() !== u ? ("preceding" === r2.substr(pa, 9).toLowerCase() ? (n2 = r2.substr(pa, 9), pa += 9) : (n2 = u, 0 === ha && Ea(Tt)), n2 === u && ("following" === r2.substr(pa, 9).toLowerCase() ? (n2 = r2.substr(pa, 9), pa += 9) : (n2 = u, 0 === ha && Ea(_t))), n2 !== u ? (ba = t3, s2 = n2, (o2 = e3).value += " " + s2.toUpperCase(), t3 = e3 = o2) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = Pi()), t3;
        }
        function Pi() {
          var t3, e3, n2;
          return t3 = pa, "current" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(jt)), e3 !== u && Cp() !== u ? ("row" === r2.substr(pa, 3).toLowerCase() ? (n2 = r2.substr(pa, 3), pa += 3) : (n2 = u, 0 === ha && Ea(Rr)), n2 !== u ? (ba = t3, t3 = e3 = { type: "origin", value: "current row", ...Yp() }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function $i() {
          var t3, e3;
          return t3 = pa, "unbounded" === r2.substr(pa, 9).toLowerCase() ? (e3 = r2.substr(pa, 9), pa += 9) : (e3 = u, 0 === ha && Ea(St)), e3 !== u && (ba = t3, e3 = { type: "origin", value: e3.toUpperCase(), ...Yp() }), (t3 = e3) === u && (t3 = yl()), t3;
        }
        function Fi() {
          var r3, t3;
          return r3 = pa, $l() !== u && Cp() !== u && Jl() !== u && Cp() !== u && (t3 = Ni()) !== u ? (ba = r3, r3 = t3.map((r4) => ({ type: "expr", expr: r4 }))) : (pa = r3, r3 = u), r3;
        }
        function Gi() {
          var r3, t3;
          return r3 = pa, rf() !== u && Cp() !== u && Jl() !== u && Cp() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, s2, a2, i2;
            if (r4 = pa, (t4 = Bi()) !== u) {
              for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Bi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Bi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
              e3 !== u ? (ba = r4, t4 = Kp(t4, e3), r4 = t4) : (pa = r4, r4 = u);
            } else pa = r4, r4 = u;
            return r4;
          })()) !== u ? (ba = r3, r3 = t3) : (pa = r3, r3 = u), r3;
        }
        function Bi() {
          var t3, e3, n2, o2, s2, a2, i2;
          return t3 = pa, (e3 = cc()) !== u && Cp() !== u ? ((n2 = ef()) === u && (n2 = tf()), n2 === u && (n2 = null), n2 !== u && Cp() !== u ? (o2 = pa, "nulls" === r2.substr(pa, 5).toLowerCase() ? (s2 = r2.substr(pa, 5), pa += 5) : (s2 = u, 0 === ha && Ea(R)), s2 !== u && (a2 = Cp()) !== u ? ("first" === r2.substr(pa, 5).toLowerCase() ? (i2 = r2.substr(pa, 5), pa += 5) : (i2 = u, 0 === ha && Ea(O)), i2 === u && ("last" === r2.substr(pa, 4).toLowerCase() ? (i2 = r2.substr(pa, 4), pa += 4) : (i2 = u, 0 === ha && Ea(N))), i2 === u && (i2 = null), i2 !== u ? o2 = s2 = [s2, a2, i2] : (pa = o2, o2 = u)) : (pa = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            const n3 = { expr: r3, type: t4 };
            return n3.nulls = e4 && [e4[0], e4[2]].filter((r4) => r4).join(" "), n3;
          })(e3, n2, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Hi() {
          var r3;
          return (r3 = yl()) === u && (r3 = Dp()) === u && (r3 = qc()), r3;
        }
        function qi() {
          var t3, e3, n2, o2, s2, a2, i2;
          return t3 = pa, e3 = pa, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "limit" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea(Wo));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (o2 = Cp()) !== u ? ((s2 = Hi()) === u && (s2 = nf()), s2 !== u ? e3 = n2 = [n2, o2, s2] : (pa = e3, e3 = u)) : (pa = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = Cp()) !== u ? (o2 = pa, (s2 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "offset" === r2.substr(pa, 6).toLowerCase() ? (e4 = r2.substr(pa, 6), pa += 6) : (e4 = u, 0 === ha && Ea(Yo));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t4, t4 = e4 = "OFFSET") : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (a2 = Cp()) !== u && (i2 = Hi()) !== u ? o2 = s2 = [s2, a2, i2] : (pa = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push("string" == typeof r3[2] ? { type: "origin", value: "all" } : r3[2]), t4 && e4.push(t4[2]), { seperator: t4 && t4[0] && t4[0].toLowerCase() || "", value: e4, ...Yp() };
          })(e3, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Wi() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = Yi()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Yi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Yi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = Kp(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function Yi() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2;
          return t3 = pa, e3 = pa, (n2 = jc()) !== u && (o2 = Cp()) !== u && (s2 = lp()) !== u ? e3 = n2 = [n2, o2, s2] : (pa = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = Cp()) !== u && (o2 = Mc()) !== u && (s2 = Cp()) !== u ? (61 === r2.charCodeAt(pa) ? (a2 = "=", pa++) : (a2 = u, 0 === ha && Ea(xt)), a2 !== u && Cp() !== u && (i2 = cc()) !== u ? (ba = t3, t3 = e3 = { column: { expr: o2 }, value: i2, table: (l2 = e3) && l2[0] }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, e3 = pa, (n2 = jc()) !== u && (o2 = Cp()) !== u && (s2 = lp()) !== u ? e3 = n2 = [n2, o2, s2] : (pa = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = Cp()) !== u && (o2 = Mc()) !== u && (s2 = Cp()) !== u ? (61 === r2.charCodeAt(pa) ? (a2 = "=", pa++) : (a2 = u, 0 === ha && Ea(xt)), a2 !== u && Cp() !== u && (i2 = Ql()) !== u && Cp() !== u && bp() !== u && Cp() !== u && (c2 = _c()) !== u && Cp() !== u && vp() !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: { expr: t4 }, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)), t3;
        }
        function Vi() {
          var t3, e3, n2, o2, s2;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, "returning" === r2.substr(pa, 9).toLowerCase() ? (e4 = r2.substr(pa, 9), pa += 9) : (e4 = u, 0 === ha && Ea(Lo));
            e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t4, t4 = e4 = "RETURNING") : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && Cp() !== u ? ((n2 = pi()) === u && (n2 = oi()), n2 !== u ? (ba = t3, s2 = n2, t3 = e3 = { type: (o2 = e3) && o2.toLowerCase() || "returning", columns: "*" === s2 && [{ type: "expr", expr: { type: "column_ref", table: null, column: "*" }, as: null, ...Yp() }] || s2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Xi() {
          var r3, t3;
          return (r3 = zi()) === u && (r3 = pa, (t3 = Sa()) !== u && (ba = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function Qi() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2;
          if (r3 = pa, $l() !== u) if (Cp() !== u) if ((t3 = bp()) !== u) if (Cp() !== u) if ((e3 = Fc()) !== u) {
            for (n2 = [], o2 = pa, (s2 = Cp()) !== u && (a2 = fp()) !== u && (i2 = Cp()) !== u && (c2 = Fc()) !== u ? o2 = s2 = [s2, a2, i2, c2] : (pa = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = pa, (s2 = Cp()) !== u && (a2 = fp()) !== u && (i2 = Cp()) !== u && (c2 = Fc()) !== u ? o2 = s2 = [s2, a2, i2, c2] : (pa = o2, o2 = u);
            n2 !== u && (o2 = Cp()) !== u && (s2 = vp()) !== u ? (ba = r3, r3 = Kp(e3, n2)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          return r3 === u && (r3 = pa, $l() !== u && Cp() !== u && (t3 = Zi()) !== u ? (ba = r3, r3 = t3) : (pa = r3, r3 = u)), r3;
        }
        function Ki() {
          var r3, t3;
          return r3 = pa, (t3 = kl()) !== u && (ba = r3, t3 = "insert"), (r3 = t3) === u && (r3 = pa, (t3 = Ml()) !== u && (ba = r3, t3 = "replace"), r3 = t3), r3;
        }
        function zi() {
          var r3, t3;
          return r3 = pa, Ql() !== u && Cp() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, s2, a2, i2;
            if (r4 = pa, (t4 = Zi()) !== u) {
              for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Zi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Zi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
              e3 !== u ? (ba = r4, t4 = Kp(t4, e3), r4 = t4) : (pa = r4, r4 = u);
            } else pa = r4, r4 = u;
            return r4;
          })()) !== u ? (ba = r3, r3 = { type: "values", values: t3 }) : (pa = r3, r3 = u), r3;
        }
        function Zi() {
          var r3, t3;
          return r3 = pa, bp() !== u && Cp() !== u && (t3 = Ji()) !== u && Cp() !== u && vp() !== u ? (ba = r3, r3 = t3) : (pa = r3, r3 = u), r3;
        }
        function Ji() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = cc()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = cc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = cc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { type: "expr_list" };
              return e4.value = Kp(r4, t4), e4;
            })(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function rc() {
          var t3, e3, n2;
          return t3 = pa, Qf() !== u && Cp() !== u && (e3 = cc()) !== u && Cp() !== u && (n2 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = pa, "year" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(_n));
              e4 !== u ? (n3 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "YEAR") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = pa, "month" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea(wn));
              e4 !== u ? (n3 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "MONTH") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = pa, "week" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(gn));
              e4 !== u ? (n3 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "WEEK") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = pa, "day" === r2.substr(pa, 3).toLowerCase() ? (e4 = r2.substr(pa, 3), pa += 3) : (e4 = u, 0 === ha && Ea(on));
              e4 !== u ? (n3 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "DAY") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = pa, "hour" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(fn));
              e4 !== u ? (n3 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "HOUR") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = pa, "minute" === r2.substr(pa, 6).toLowerCase() ? (e4 = r2.substr(pa, 6), pa += 6) : (e4 = u, 0 === ha && Ea(hn));
              e4 !== u ? (n3 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "MINUTE") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = pa, "second" === r2.substr(pa, 6).toLowerCase() ? (e4 = r2.substr(pa, 6), pa += 6) : (e4 = u, 0 === ha && Ea(Ln));
              e4 !== u ? (n3 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "SECOND") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) !== u ? (ba = t3, t3 = { type: "interval", expr: e3, unit: n2.toLowerCase() }) : (pa = t3, t3 = u), t3 === u && (t3 = pa, Qf() !== u && Cp() !== u && (e3 = pl()) !== u ? (ba = t3, t3 = /* @__PURE__ */ (function(r3) {
            return { type: "interval", expr: r3, unit: "" };
          })(e3)) : (pa = t3, t3 = u)), t3;
        }
        function tc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          return r3 = pa, wf() !== u && Cp() !== u && (t3 = ec()) !== u && Cp() !== u ? ((e3 = oc()) === u && (e3 = null), e3 !== u && Cp() !== u && (n2 = Lf()) !== u && Cp() !== u ? ((o2 = wf()) === u && (o2 = null), o2 !== u ? (ba = r3, a2 = t3, (i2 = e3) && a2.push(i2), r3 = { type: "case", expr: null, args: a2 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, wf() !== u && Cp() !== u && (t3 = cc()) !== u && Cp() !== u && (e3 = ec()) !== u && Cp() !== u ? ((n2 = oc()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = Lf()) !== u && Cp() !== u ? ((s2 = wf()) === u && (s2 = null), s2 !== u ? (ba = r3, r3 = (function(r4, t4, e4) {
            return e4 && t4.push(e4), { type: "case", expr: r4, args: t4 };
          })(t3, e3, n2)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)), r3;
        }
        function ec() {
          var r3, t3, e3, n2, o2, s2;
          if (r3 = pa, (t3 = nc()) !== u) if (Cp() !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = nc()) !== u ? n2 = o2 = [o2, s2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = nc()) !== u ? n2 = o2 = [o2, s2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = Kp(t3, e3, 1)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          return r3;
        }
        function nc() {
          var t3, e3, n2;
          return t3 = pa, mf() !== u && Cp() !== u && (e3 = lc()) !== u && Cp() !== u && (function() {
            var t4, e4, n3, o2;
            t4 = pa, "then" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(wu));
            e4 !== u ? (n3 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })() !== u && Cp() !== u && (n2 = cc()) !== u ? (ba = t3, t3 = { type: "when", cond: e3, result: n2 }) : (pa = t3, t3 = u), t3;
        }
        function oc() {
          var t3, e3;
          return t3 = pa, (function() {
            var t4, e4, n2, o2;
            t4 = pa, "else" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(mu));
            e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })() !== u && Cp() !== u && (e3 = cc()) !== u ? (ba = t3, t3 = { type: "else", result: e3 }) : (pa = t3, t3 = u), t3;
        }
        function uc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = yi()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = yi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = yi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = Kp(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function sc() {
          var t3, e3;
          return t3 = pa, (function() {
            var t4, e4, n2, o2;
            t4 = pa, "row" === r2.substr(pa, 3).toLowerCase() ? (e4 = r2.substr(pa, 3), pa += 3) : (e4 = u, 0 === ha && Ea(Rr));
            e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t4, t4 = e4 = "ROW") : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })() !== u && Cp() !== u && bp() !== u && Cp() !== u && (e3 = uc()) !== u && Cp() !== u && vp() !== u ? (ba = t3, t3 = { type: "struct", keyword: "row", expr_list: e3 }) : (pa = t3, t3 = u), t3;
        }
        function ac() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2, o2, s2, a2, i2;
            if (r4 = pa, (t3 = fc()) !== u) {
              for (e3 = [], n2 = pa, (o2 = Ep()) !== u && (s2 = vf()) !== u && (a2 = Cp()) !== u && (i2 = fc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Ep()) !== u && (s2 = vf()) !== u && (a2 = Cp()) !== u && (i2 = fc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
              e3 !== u ? (ba = r4, t3 = kt(t3, e3), r4 = t3) : (pa = r4, r4 = u);
            } else pa = r4, r4 = u;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2, s2;
            if (r4 = pa, (t3 = hc()) !== u) {
              if (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = Cc()) !== u ? n2 = o2 = [o2, s2] : (pa = n2, n2 = u), n2 !== u) for (; n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = Cc()) !== u ? n2 = o2 = [o2, s2] : (pa = n2, n2 = u);
              else e3 = u;
              e3 !== u ? (ba = r4, t3 = Vp(t3, e3[0][1]), r4 = t3) : (pa = r4, r4 = u);
            } else pa = r4, r4 = u;
            return r4;
          })()), r3;
        }
        function ic() {
          var t3, e3, n2, o2, s2, a2;
          return t3 = pa, (e3 = Uc()) !== u && Cp() !== u ? ("->" === r2.substr(pa, 2) ? (n2 = "->", pa += 2) : (n2 = u, 0 === ha && Ea(Nt)), n2 !== u && Cp() !== u && (o2 = ac()) !== u ? (ba = pa, (tb(o2) ? void 0 : u) !== u ? (ba = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4) {
            return { type: "lambda", args: { value: [r3] }, expr: t4 };
          })(e3, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = bp()) !== u && Cp() !== u && (n2 = (function() {
            var r3, t4, e4, n3, o3, s3, a3, i2;
            if (r3 = pa, (t4 = kc()) !== u) {
              for (e4 = [], n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i2 = kc()) !== u ? n3 = o3 = [o3, s3, a3, i2] : (pa = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = pa, (o3 = Cp()) !== u && (s3 = fp()) !== u && (a3 = Cp()) !== u && (i2 = kc()) !== u ? n3 = o3 = [o3, s3, a3, i2] : (pa = n3, n3 = u);
              e4 !== u ? (ba = r3, t4 = Kp(t4, e4), r3 = t4) : (pa = r3, r3 = u);
            } else pa = r3, r3 = u;
            return r3;
          })()) !== u && Cp() !== u && (o2 = vp()) !== u && Cp() !== u ? ("->" === r2.substr(pa, 2) ? (s2 = "->", pa += 2) : (s2 = u, 0 === ha && Ea(Nt)), s2 !== u && Cp() !== u && (a2 = ac()) !== u ? (ba = pa, ((function(r3, t4) {
            return tb(t4);
          })(0, a2) ? void 0 : u) !== u ? (ba = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4) {
            return { type: "lambda", args: { value: r3, parentheses: true }, expr: t4 };
          })(n2, a2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)), t3;
        }
        function cc() {
          var r3;
          return (r3 = ic()) === u && (r3 = ac()) === u && (r3 = Sa()), r3;
        }
        function lc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = di()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u ? ((s2 = bf()) === u && (s2 = vf()) === u && (s2 = fp()), s2 !== u && (a2 = Cp()) !== u && (i2 = di()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u)) : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u ? ((s2 = bf()) === u && (s2 = vf()) === u && (s2 = fp()), s2 !== u && (a2 = Cp()) !== u && (i2 = di()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u)) : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) "," === t4[r5][1] ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = Xp(t4[r5][1], n3, t4[r5][3]);
              if ("," === o3) {
                const r5 = { type: "expr_list" };
                return r5.value = n3, r5;
              }
              return n3;
            })(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function fc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = pc()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Ep()) !== u && (s2 = bf()) !== u && (a2 = Cp()) !== u && (i2 = pc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Ep()) !== u && (s2 = bf()) !== u && (a2 = Cp()) !== u && (i2 = pc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = kt(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function pc() {
          var t3, e3, n2, o2, s2;
          return (t3 = bc()) === u && (t3 = (function() {
            var r3, t4, e4;
            r3 = pa, (t4 = (function() {
              var r4, t5, e5, n4, o4;
              r4 = pa, t5 = pa, (e5 = pf()) !== u && (n4 = Cp()) !== u && (o4 = ff()) !== u ? t5 = e5 = [e5, n4, o4] : (pa = t5, t5 = u);
              t5 !== u && (ba = r4, t5 = (s3 = t5)[0] + " " + s3[2]);
              var s3;
              (r4 = t5) === u && (r4 = ff());
              return r4;
            })()) !== u && Cp() !== u && bp() !== u && Cp() !== u && (e4 = Sa()) !== u && Cp() !== u && vp() !== u ? (ba = r3, n3 = t4, (o3 = e4).parentheses = true, t4 = Vp(n3, o3), r3 = t4) : (pa = r3, r3 = u);
            var n3, o3;
            return r3;
          })()) === u && (t3 = pa, (e3 = pf()) === u && (e3 = pa, 33 === r2.charCodeAt(pa) ? (n2 = "!", pa++) : (n2 = u, 0 === ha && Ea(Ut)), n2 !== u ? (o2 = pa, ha++, 61 === r2.charCodeAt(pa) ? (s2 = "=", pa++) : (s2 = u, 0 === ha && Ea(xt)), ha--, s2 === u ? o2 = void 0 : (pa = o2, o2 = u), o2 !== u ? e3 = n2 = [n2, o2] : (pa = e3, e3 = u)) : (pa = e3, e3 = u)), e3 !== u && (n2 = Cp()) !== u && (o2 = pc()) !== u ? (ba = t3, t3 = e3 = Vp("NOT", o2)) : (pa = t3, t3 = u)), t3;
        }
        function bc() {
          var t3, e3, n2, o2, s2;
          return t3 = pa, (e3 = yc()) !== u && Cp() !== u ? ((n2 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e4, n3, o3, s3, a2;
              r3 = pa, t5 = [], e4 = pa, (n3 = Cp()) !== u && (o3 = vc()) !== u && (s3 = Cp()) !== u && (a2 = yc()) !== u ? e4 = n3 = [n3, o3, s3, a2] : (pa = e4, e4 = u);
              if (e4 !== u) for (; e4 !== u; ) t5.push(e4), e4 = pa, (n3 = Cp()) !== u && (o3 = vc()) !== u && (s3 = Cp()) !== u && (a2 = yc()) !== u ? e4 = n3 = [n3, o3, s3, a2] : (pa = e4, e4 = u);
              else t5 = u;
              t5 !== u && (ba = r3, t5 = { type: "arithmetic", tail: t5 });
              return r3 = t5;
            })()) === u && (t4 = (function() {
              var r3, t5, e4, n3;
              r3 = pa, (t5 = dc()) !== u && Cp() !== u && (e4 = bp()) !== u && Cp() !== u && (n3 = Ji()) !== u && Cp() !== u && vp() !== u ? (ba = r3, r3 = t5 = { op: t5, right: n3 }) : (pa = r3, r3 = u);
              r3 === u && (r3 = pa, (t5 = dc()) !== u && Cp() !== u ? ((e4 = Dp()) === u && (e4 = pl()) === u && (e4 = el()), e4 !== u ? (ba = r3, t5 = /* @__PURE__ */ (function(r4, t6) {
                return { op: r4, right: t6 };
              })(t5, e4), r3 = t5) : (pa = r3, r3 = u)) : (pa = r3, r3 = u));
              return r3;
            })()) === u && (t4 = (function() {
              var r3, t5, e4, n3;
              r3 = pa, (t5 = (function() {
                var r4, t6, e5, n4, o3;
                r4 = pa, t6 = pa, (e5 = pf()) !== u && (n4 = Cp()) !== u && (o3 = uf()) !== u ? t6 = e5 = [e5, n4, o3] : (pa = t6, t6 = u);
                t6 !== u && (ba = r4, t6 = (s3 = t6)[0] + " " + s3[2]);
                var s3;
                (r4 = t6) === u && (r4 = uf());
                return r4;
              })()) !== u && Cp() !== u && (e4 = yc()) !== u && Cp() !== u && bf() !== u && Cp() !== u && (n3 = yc()) !== u ? (ba = r3, r3 = t5 = { op: t5, right: { type: "expr_list", value: [e4, n3] } }) : (pa = r3, r3 = u);
              return r3;
            })()) === u && (t4 = (function() {
              var r3, t5, e4, n3, o3, s3, a2, i2, c2;
              r3 = pa, (t5 = af()) !== u && (e4 = Cp()) !== u && (n3 = yc()) !== u ? (ba = r3, r3 = t5 = { op: "IS", right: n3 }) : (pa = r3, r3 = u);
              r3 === u && (r3 = pa, (t5 = af()) !== u && (e4 = Cp()) !== u ? (n3 = pa, (o3 = of()) !== u && (s3 = Cp()) !== u && (a2 = Gl()) !== u && (i2 = Cp()) !== u && (c2 = xi()) !== u ? n3 = o3 = [o3, s3, a2, i2, c2] : (pa = n3, n3 = u), n3 !== u ? (ba = r3, t5 = (function(r4) {
                const { db: t6, table: e5 } = r4.pop(), n4 = "*" === e5 ? "*" : `"${e5}"`;
                return { op: "IS", right: { type: "default", value: "DISTINCT FROM " + (t6 ? `"${t6}".${n4}` : n4) } };
              })(n3), r3 = t5) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, t5 = pa, (e4 = af()) !== u && (n3 = Cp()) !== u && (o3 = pf()) !== u ? t5 = e4 = [e4, n3, o3] : (pa = t5, t5 = u), t5 !== u && (e4 = Cp()) !== u && (n3 = yc()) !== u ? (ba = r3, t5 = /* @__PURE__ */ (function(r4) {
                return { op: "IS NOT", right: r4 };
              })(n3), r3 = t5) : (pa = r3, r3 = u)));
              return r3;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, (e4 = (function() {
                var t6, e5, n4, o4, s4;
                t6 = pa, e5 = pa, (n4 = pf()) !== u && (o4 = Cp()) !== u ? ((s4 = cf()) === u && (s4 = lf()), s4 !== u ? e5 = n4 = [n4, o4, s4] : (pa = e5, e5 = u)) : (pa = e5, e5 = u);
                e5 !== u && (ba = t6, e5 = (a3 = e5)[0] + " " + a3[2]);
                var a3;
                (t6 = e5) === u && (t6 = cf()) === u && (t6 = lf()) === u && (t6 = pa, "similar" === r2.substr(pa, 7).toLowerCase() ? (e5 = r2.substr(pa, 7), pa += 7) : (e5 = u, 0 === ha && Ea(Bt)), e5 !== u && (n4 = Cp()) !== u && (o4 = gl()) !== u ? (ba = t6, t6 = e5 = "SIMILAR TO") : (pa = t6, t6 = u), t6 === u && (t6 = pa, (e5 = pf()) !== u && (n4 = Cp()) !== u ? ("similar" === r2.substr(pa, 7).toLowerCase() ? (o4 = r2.substr(pa, 7), pa += 7) : (o4 = u, 0 === ha && Ea(Bt)), o4 !== u && (s4 = Cp()) !== u && gl() !== u ? (ba = t6, t6 = e5 = "NOT SIMILAR TO") : (pa = t6, t6 = u)) : (pa = t6, t6 = u)));
                return t6;
              })()) !== u && Cp() !== u ? ((n3 = al()) === u && (n3 = bc()), n3 !== u && Cp() !== u ? ((o3 = (function() {
                var t6, e5, n4;
                t6 = pa, "escape" === r2.substr(pa, 6).toLowerCase() ? (e5 = r2.substr(pa, 6), pa += 6) : (e5 = u, 0 === ha && Ea(Vt));
                e5 !== u && Cp() !== u && (n4 = pl()) !== u ? (ba = t6, t6 = e5 = { type: "ESCAPE", value: n4 }) : (pa = t6, t6 = u);
                return t6;
              })()) === u && (o3 = null), o3 !== u ? (ba = t5, s3 = e4, a2 = n3, (i2 = o3) && (a2.escape = i2), t5 = e4 = { op: s3, right: a2 }) : (pa = t5, t5 = u)) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              var s3, a2, i2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3;
              t5 = pa, (e4 = (function() {
                var t6;
                "!~*" === r2.substr(pa, 3) ? (t6 = "!~*", pa += 3) : (t6 = u, 0 === ha && Ea(Ht));
                t6 === u && ("~*" === r2.substr(pa, 2) ? (t6 = "~*", pa += 2) : (t6 = u, 0 === ha && Ea(qt)), t6 === u && (126 === r2.charCodeAt(pa) ? (t6 = "~", pa++) : (t6 = u, 0 === ha && Ea(Wt)), t6 === u && ("!~" === r2.substr(pa, 2) ? (t6 = "!~", pa += 2) : (t6 = u, 0 === ha && Ea(Yt)))));
                return t6;
              })()) !== u && Cp() !== u ? ((n3 = al()) === u && (n3 = bc()), n3 !== u ? (ba = t5, t5 = e4 = { op: e4, right: n3 }) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) === u && (n2 = null), n2 !== u ? (ba = t3, o2 = e3, t3 = e3 = null === (s2 = n2) ? o2 : "arithmetic" === s2.type ? zp(o2, s2.tail) : Xp(s2.op, o2, s2.right)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pl()) === u && (t3 = _c()), t3;
        }
        function vc() {
          var t3;
          return ">=" === r2.substr(pa, 2) ? (t3 = ">=", pa += 2) : (t3 = u, 0 === ha && Ea(Mt)), t3 === u && (62 === r2.charCodeAt(pa) ? (t3 = ">", pa++) : (t3 = u, 0 === ha && Ea(Dt)), t3 === u && ("<=" === r2.substr(pa, 2) ? (t3 = "<=", pa += 2) : (t3 = u, 0 === ha && Ea(Pt)), t3 === u && ("<>" === r2.substr(pa, 2) ? (t3 = "<>", pa += 2) : (t3 = u, 0 === ha && Ea($t)), t3 === u && (60 === r2.charCodeAt(pa) ? (t3 = "<", pa++) : (t3 = u, 0 === ha && Ea(Ft)), t3 === u && (61 === r2.charCodeAt(pa) ? (t3 = "=", pa++) : (t3 = u, 0 === ha && Ea(xt)), t3 === u && ("!=" === r2.substr(pa, 2) ? (t3 = "!=", pa += 2) : (t3 = u, 0 === ha && Ea(Gt)))))))), t3;
        }
        function dc() {
          var r3, t3, e3, n2, o2, s2;
          return r3 = pa, t3 = pa, (e3 = pf()) !== u && (n2 = Cp()) !== u && (o2 = sf()) !== u ? t3 = e3 = [e3, n2, o2] : (pa = t3, t3 = u), t3 !== u && (ba = r3, t3 = (s2 = t3)[0] + " " + s2[2]), (r3 = t3) === u && (r3 = sf()), r3;
        }
        function yc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = wc()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = hc()) !== u && (a2 = Cp()) !== u && (i2 = wc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = hc()) !== u && (a2 = Cp()) !== u && (i2 = wc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && "column_ref" === r4.type && "*" === r4.column) throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ...Yp() }));
              return zp(r4, t4);
            })(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function hc() {
          var t3;
          return 43 === r2.charCodeAt(pa) ? (t3 = "+", pa++) : (t3 = u, 0 === ha && Ea(Xt)), t3 === u && (45 === r2.charCodeAt(pa) ? (t3 = "-", pa++) : (t3 = u, 0 === ha && Ea(Qt))), t3;
        }
        function wc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = Ec()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u ? ((s2 = mc()) === u && (s2 = Lp()), s2 !== u && (a2 = Cp()) !== u && (i2 = Ec()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u)) : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u ? ((s2 = mc()) === u && (s2 = Lp()), s2 !== u && (a2 = Cp()) !== u && (i2 = Ec()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u)) : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = zp(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function mc() {
          var t3;
          return 42 === r2.charCodeAt(pa) ? (t3 = "*", pa++) : (t3 = u, 0 === ha && Ea(Kt)), t3 === u && (47 === r2.charCodeAt(pa) ? (t3 = "/", pa++) : (t3 = u, 0 === ha && Ea(zt)), t3 === u && (37 === r2.charCodeAt(pa) ? (t3 = "%", pa++) : (t3 = u, 0 === ha && Ea(Zt)), t3 === u && ("||" === r2.substr(pa, 2) ? (t3 = "||", pa += 2) : (t3 = u, 0 === ha && Ea(Jt))))), t3;
        }
        function Lc() {
          var r3, t3, e3, n2, o2;
          return r3 = pa, (t3 = _c()) !== u && Cp() !== u ? ((e3 = vi()) === u && (e3 = null), e3 !== u ? (ba = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function Cc() {
          var t3, e3, n2, o2, s2, a2;
          return (t3 = (function() {
            var t4, e4, n3, o3, s3, a3, i2, c2, l2;
            t4 = pa, (e4 = Cf()) === u && (e4 = Ef());
            e4 !== u && Cp() !== u && (n3 = bp()) !== u && Cp() !== u && (o3 = cc()) !== u && Cp() !== u && (s3 = Hl()) !== u && Cp() !== u && (a3 = $p()) !== u && Cp() !== u && (i2 = vp()) !== u ? (ba = t4, f2 = o3, p2 = a3, e4 = { type: "cast", keyword: e4.toLowerCase(), expr: f2, symbol: "as", target: [p2] }, t4 = e4) : (pa = t4, t4 = u);
            var f2, p2;
            t4 === u && (t4 = pa, (e4 = Cf()) === u && (e4 = Ef()), e4 !== u && Cp() !== u && (n3 = bp()) !== u && Cp() !== u && (o3 = cc()) !== u && Cp() !== u && (s3 = Hl()) !== u && Cp() !== u && (a3 = Tf()) !== u && Cp() !== u && (i2 = bp()) !== u && Cp() !== u && (c2 = hl()) !== u && Cp() !== u && vp() !== u && Cp() !== u && (l2 = vp()) !== u ? (ba = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(e4, o3, c2), t4 = e4) : (pa = t4, t4 = u), t4 === u && (t4 = pa, (e4 = Cf()) === u && (e4 = Ef()), e4 !== u && Cp() !== u && (n3 = bp()) !== u && Cp() !== u && (o3 = cc()) !== u && Cp() !== u && (s3 = Hl()) !== u && Cp() !== u && (a3 = Tf()) !== u && Cp() !== u && (i2 = bp()) !== u && Cp() !== u && (c2 = hl()) !== u && Cp() !== u && fp() !== u && Cp() !== u && (l2 = hl()) !== u && Cp() !== u && vp() !== u && Cp() !== u && vp() !== u ? (ba = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(e4, o3, c2, l2), t4 = e4) : (pa = t4, t4 = u), t4 === u && (t4 = pa, (e4 = Cf()) === u && (e4 = Ef()), e4 !== u && Cp() !== u && (n3 = bp()) !== u && Cp() !== u && (o3 = cc()) !== u && Cp() !== u && (s3 = Hl()) !== u && Cp() !== u && (a3 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = pa, "signed" === r2.substr(pa, 6).toLowerCase() ? (e5 = r2.substr(pa, 6), pa += 6) : (e5 = u, 0 === ha && Ea(xu));
                e5 !== u ? (n4 = pa, ha++, o4 = Gc(), ha--, o4 === u ? n4 = void 0 : (pa = n4, n4 = u), n4 !== u ? (ba = t6, t6 = e5 = "SIGNED") : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                return t6;
              })()) === u && (t5 = jf());
              return t5;
            })()) !== u && Cp() !== u ? ((i2 = xf()) === u && (i2 = null), i2 !== u && Cp() !== u && (c2 = vp()) !== u ? (ba = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: e5 + (n4 ? " " + n4 : "") }] };
            })(e4, o3, a3, i2), t4 = e4) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4 === u && (t4 = pa, (e4 = bp()) !== u && Cp() !== u ? ((n3 = rc()) === u && (n3 = el()) === u && (n3 = Vc()) === u && (n3 = Xc()) === u && (n3 = tc()) === u && (n3 = al()) === u && (n3 = Lc()) === u && (n3 = qc()), n3 !== u && Cp() !== u && (o3 = vp()) !== u && Cp() !== u ? ((s3 = sl()) === u && (s3 = null), s3 !== u ? (ba = t4, e4 = (function(r3, t5) {
              return r3.parentheses = true, t5 ? { type: "cast", keyword: "cast", expr: r3, ...t5 } : r3;
            })(n3, s3), t4 = e4) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4 === u && (t4 = pa, (e4 = rc()) === u && (e4 = el()) === u && (e4 = Vc()) === u && (e4 = Xc()) === u && (e4 = tc()) === u && (e4 = al()) === u && (e4 = Lc()) === u && (e4 = qc()), e4 !== u && Cp() !== u ? ((n3 = sl()) === u && (n3 = null), n3 !== u ? (ba = t4, e4 = (function(r3, t5) {
              return t5 ? { type: "cast", keyword: "cast", expr: r3, ...t5 } : r3;
            })(e4, n3), t4 = e4) : (pa = t4, t4 = u)) : (pa = t4, t4 = u))))));
            return t4;
          })()) === u && (t3 = sc()) === u && (t3 = pa, bp() !== u && (e3 = Cp()) !== u && (n2 = lc()) !== u && (o2 = Cp()) !== u && (s2 = vp()) !== u ? (ba = t3, (a2 = n2).parentheses = true, t3 = a2) : (pa = t3, t3 = u), t3 === u && (t3 = Dp()) === u && (t3 = pa, Cp() !== u ? (36 === r2.charCodeAt(pa) ? (e3 = "$", pa++) : (e3 = u, 0 === ha && Ea(re)), e3 !== u ? (60 === r2.charCodeAt(pa) ? (n2 = "<", pa++) : (n2 = u, 0 === ha && Ea(Ft)), n2 !== u && (o2 = yl()) !== u ? (62 === r2.charCodeAt(pa) ? (s2 = ">", pa++) : (s2 = u, 0 === ha && Ea(Dt)), s2 !== u ? (ba = t3, t3 = { type: "origin", value: `$<${o2.value}>` }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, Cp() !== u ? (63 === r2.charCodeAt(pa) ? (e3 = "?", pa++) : (e3 = u, 0 === ha && Ea(te)), e3 !== u ? (ba = t3, t3 = { type: "origin", value: e3 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)))), t3;
        }
        function Ec() {
          var t3, e3, n2, o2, s2;
          return (t3 = (function() {
            var t4, e4, n3, o3, s3, a2, i2, c2;
            if (t4 = pa, (e4 = Ac()) !== u) if (Cp() !== u) {
              for (n3 = [], o3 = pa, (s3 = Cp()) !== u ? ("?|" === r2.substr(pa, 2) ? (a2 = "?|", pa += 2) : (a2 = u, 0 === ha && Ea(ee)), a2 === u && ("?&" === r2.substr(pa, 2) ? (a2 = "?&", pa += 2) : (a2 = u, 0 === ha && Ea(ne)), a2 === u && (63 === r2.charCodeAt(pa) ? (a2 = "?", pa++) : (a2 = u, 0 === ha && Ea(te)), a2 === u && ("#-" === r2.substr(pa, 2) ? (a2 = "#-", pa += 2) : (a2 = u, 0 === ha && Ea(oe)), a2 === u && ("#>>" === r2.substr(pa, 3) ? (a2 = "#>>", pa += 3) : (a2 = u, 0 === ha && Ea(ue)), a2 === u && ("#>" === r2.substr(pa, 2) ? (a2 = "#>", pa += 2) : (a2 = u, 0 === ha && Ea(se)), a2 === u && (a2 = mp()) === u && (a2 = wp()) === u && ("@>" === r2.substr(pa, 2) ? (a2 = "@>", pa += 2) : (a2 = u, 0 === ha && Ea(ae)), a2 === u && ("<@" === r2.substr(pa, 2) ? (a2 = "<@", pa += 2) : (a2 = u, 0 === ha && Ea(ie))))))))), a2 !== u && (i2 = Cp()) !== u && (c2 = Ac()) !== u ? o3 = s3 = [s3, a2, i2, c2] : (pa = o3, o3 = u)) : (pa = o3, o3 = u); o3 !== u; ) n3.push(o3), o3 = pa, (s3 = Cp()) !== u ? ("?|" === r2.substr(pa, 2) ? (a2 = "?|", pa += 2) : (a2 = u, 0 === ha && Ea(ee)), a2 === u && ("?&" === r2.substr(pa, 2) ? (a2 = "?&", pa += 2) : (a2 = u, 0 === ha && Ea(ne)), a2 === u && (63 === r2.charCodeAt(pa) ? (a2 = "?", pa++) : (a2 = u, 0 === ha && Ea(te)), a2 === u && ("#-" === r2.substr(pa, 2) ? (a2 = "#-", pa += 2) : (a2 = u, 0 === ha && Ea(oe)), a2 === u && ("#>>" === r2.substr(pa, 3) ? (a2 = "#>>", pa += 3) : (a2 = u, 0 === ha && Ea(ue)), a2 === u && ("#>" === r2.substr(pa, 2) ? (a2 = "#>", pa += 2) : (a2 = u, 0 === ha && Ea(se)), a2 === u && (a2 = mp()) === u && (a2 = wp()) === u && ("@>" === r2.substr(pa, 2) ? (a2 = "@>", pa += 2) : (a2 = u, 0 === ha && Ea(ae)), a2 === u && ("<@" === r2.substr(pa, 2) ? (a2 = "<@", pa += 2) : (a2 = u, 0 === ha && Ea(ie))))))))), a2 !== u && (i2 = Cp()) !== u && (c2 = Ac()) !== u ? o3 = s3 = [s3, a2, i2, c2] : (pa = o3, o3 = u)) : (pa = o3, o3 = u);
              n3 !== u ? (ba = t4, l2 = e4, e4 = (f2 = n3) && 0 !== f2.length ? zp(l2, f2) : l2, t4 = e4) : (pa = t4, t4 = u);
            } else pa = t4, t4 = u;
            else pa = t4, t4 = u;
            var l2, f2;
            return t4;
          })()) === u && (t3 = pa, (e3 = (function() {
            var t4;
            33 === r2.charCodeAt(pa) ? (t4 = "!", pa++) : (t4 = u, 0 === ha && Ea(Ut));
            t4 === u && (45 === r2.charCodeAt(pa) ? (t4 = "-", pa++) : (t4 = u, 0 === ha && Ea(Qt)), t4 === u && (43 === r2.charCodeAt(pa) ? (t4 = "+", pa++) : (t4 = u, 0 === ha && Ea(Xt)), t4 === u && (126 === r2.charCodeAt(pa) ? (t4 = "~", pa++) : (t4 = u, 0 === ha && Ea(Wt)))));
            return t4;
          })()) !== u ? (n2 = pa, (o2 = Cp()) !== u && (s2 = Ec()) !== u ? n2 = o2 = [o2, s2] : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = Vp(e3, n2[1])) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)), t3;
        }
        function Ac() {
          var r3, t3, e3, n2, o2;
          return r3 = pa, (t3 = Cc()) !== u && Cp() !== u ? ((e3 = vi()) === u && (e3 = null), e3 !== u ? (ba = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function gc() {
          var t3, e3, n2, o2, s2, a2;
          if (t3 = pa, "e" === r2.substr(pa, 1).toLowerCase() ? (e3 = r2.charAt(pa), pa++) : (e3 = u, 0 === ha && Ea(ce)), e3 !== u) if (39 === r2.charCodeAt(pa) ? (n2 = "'", pa++) : (n2 = u, 0 === ha && Ea(qr)), n2 !== u) if (Cp() !== u) {
            for (o2 = [], s2 = vl(); s2 !== u; ) o2.push(s2), s2 = vl();
            o2 !== u && (s2 = Cp()) !== u ? (39 === r2.charCodeAt(pa) ? (a2 = "'", pa++) : (a2 = u, 0 === ha && Ea(qr)), a2 !== u ? (ba = t3, t3 = e3 = { type: "default", value: `E'${o2.join("")}'` }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u);
          } else pa = t3, t3 = u;
          else pa = t3, t3 = u;
          else pa = t3, t3 = u;
          return t3;
        }
        function _c() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2;
          if ((r3 = gc()) === u && (r3 = pa, t3 = pa, (e3 = jc()) !== u && (n2 = Cp()) !== u && (o2 = lp()) !== u ? t3 = e3 = [e3, n2, o2] : (pa = t3, t3 = u), t3 === u && (t3 = null), t3 !== u && (e3 = Cp()) !== u && (n2 = pp()) !== u ? (ba = r3, r3 = t3 = (function(r4) {
            const t4 = r4 && r4[0] || null;
            return ob.add(`select::${t4}::(.*)`), { type: "column_ref", table: t4, column: "*", ...Yp() };
          })(t3)) : (pa = r3, r3 = u), r3 === u)) {
            if (r3 = pa, (t3 = jc()) !== u) if (e3 = pa, (n2 = Cp()) !== u && (o2 = lp()) !== u && (s2 = Cp()) !== u && (a2 = jc()) !== u ? e3 = n2 = [n2, o2, s2, a2] : (pa = e3, e3 = u), e3 !== u) {
              if (n2 = [], o2 = pa, (s2 = Cp()) !== u && (a2 = lp()) !== u && (i2 = Cp()) !== u && (c2 = Dc()) !== u ? o2 = s2 = [s2, a2, i2, c2] : (pa = o2, o2 = u), o2 !== u) for (; o2 !== u; ) n2.push(o2), o2 = pa, (s2 = Cp()) !== u && (a2 = lp()) !== u && (i2 = Cp()) !== u && (c2 = Dc()) !== u ? o2 = s2 = [s2, a2, i2, c2] : (pa = o2, o2 = u);
              else n2 = u;
              n2 !== u ? (o2 = pa, (s2 = Cp()) !== u && (a2 = Ma()) !== u ? o2 = s2 = [s2, a2] : (pa = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? (ba = r3, r3 = t3 = (function(r4, t4, e4, n3) {
                if (1 === e4.length) return ob.add(`select::${r4}.${t4[3]}::${e4[0][3].value}`), { type: "column_ref", schema: r4, table: t4[3], column: e4[0][3], collate: n3 && n3[1] };
                return { type: "column_ref", column: { expr: zp(Xp(".", r4, t4[3]), e4) }, collate: n3 && n3[1] };
              })(t3, e3, n2, o2)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
            } else pa = r3, r3 = u;
            else pa = r3, r3 = u;
            r3 === u && (r3 = pa, (t3 = jc()) !== u && (e3 = Cp()) !== u && (n2 = lp()) !== u && (o2 = Cp()) !== u && (s2 = Dc()) !== u ? (a2 = pa, (i2 = Cp()) !== u && (c2 = Ma()) !== u ? a2 = i2 = [i2, c2] : (pa = a2, a2 = u), a2 === u && (a2 = null), a2 !== u ? (ba = r3, l2 = t3, f2 = s2, p2 = a2, ob.add(`select::${l2}::${f2.value}`), r3 = t3 = { type: "column_ref", table: l2, column: { expr: f2 }, collate: p2 && p2[1], ...Yp() }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = Dc()) !== u ? (e3 = pa, ha++, n2 = bp(), ha--, n2 === u ? e3 = void 0 : (pa = e3, e3 = u), e3 !== u ? (n2 = pa, (o2 = Cp()) !== u && (s2 = Ma()) !== u ? n2 = o2 = [o2, s2] : (pa = n2, n2 = u), n2 === u && (n2 = null), n2 !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
              return ob.add("select::null::" + r4.value), { type: "column_ref", table: null, column: { expr: r4 }, collate: t4 && t4[1], ...Yp() };
            })(t3, n2)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)));
          }
          return r3;
        }
        function Tc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = Dc()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Dc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Dc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = Kp(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function jc() {
          var r3, t3;
          return r3 = pa, (t3 = Fc()) !== u ? (ba = pa, (le(t3) ? u : void 0) !== u ? (ba = r3, r3 = t3 = t3) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = Ic()) !== u && (ba = r3, t3 = t3), r3 = t3), r3;
        }
        function Sc() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2;
          return r3 = pa, (t3 = Fc()) !== u ? (ba = pa, (true === qp[t3.toUpperCase()] ? u : void 0) !== u ? (e3 = pa, (n2 = Cp()) !== u && (o2 = bp()) !== u && (s2 = Cp()) !== u && (a2 = Tc()) !== u && (i2 = Cp()) !== u && (c2 = vp()) !== u ? e3 = n2 = [n2, o2, s2, a2, i2, c2] : (pa = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
            return t4 ? `${r4}(${t4[3].map((r5) => r5.value).join(", ")})` : r4;
          })(t3, e3)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = Ic()) !== u && (ba = r3, t3 = t3), r3 = t3), r3;
        }
        function xc() {
          var r3;
          return (r3 = Rc()) === u && (r3 = Oc()) === u && (r3 = Nc()), r3;
        }
        function Ic() {
          var r3, t3;
          return r3 = pa, (t3 = Rc()) === u && (t3 = Oc()) === u && (t3 = Nc()), t3 !== u && (ba = r3, t3 = t3.value), r3 = t3;
        }
        function Rc() {
          var t3, e3, n2, o2;
          if (t3 = pa, 34 === r2.charCodeAt(pa) ? (e3 = '"', pa++) : (e3 = u, 0 === ha && Ea(fe)), e3 !== u) {
            if (n2 = [], pe.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(be)), o2 !== u) for (; o2 !== u; ) n2.push(o2), pe.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(be));
            else n2 = u;
            n2 !== u ? (34 === r2.charCodeAt(pa) ? (o2 = '"', pa++) : (o2 = u, 0 === ha && Ea(fe)), o2 !== u ? (ba = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u);
          } else pa = t3, t3 = u;
          return t3;
        }
        function Oc() {
          var t3, e3, n2, o2;
          if (t3 = pa, 39 === r2.charCodeAt(pa) ? (e3 = "'", pa++) : (e3 = u, 0 === ha && Ea(qr)), e3 !== u) {
            if (n2 = [], ve.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(de)), o2 !== u) for (; o2 !== u; ) n2.push(o2), ve.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(de));
            else n2 = u;
            n2 !== u ? (39 === r2.charCodeAt(pa) ? (o2 = "'", pa++) : (o2 = u, 0 === ha && Ea(qr)), o2 !== u ? (ba = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u);
          } else pa = t3, t3 = u;
          return t3;
        }
        function Nc() {
          var t3, e3, n2, o2;
          if (t3 = pa, 96 === r2.charCodeAt(pa) ? (e3 = "`", pa++) : (e3 = u, 0 === ha && Ea(ye)), e3 !== u) {
            if (n2 = [], he.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(we)), o2 !== u) for (; o2 !== u; ) n2.push(o2), he.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(we));
            else n2 = u;
            n2 !== u ? (96 === r2.charCodeAt(pa) ? (o2 = "`", pa++) : (o2 = u, 0 === ha && Ea(ye)), o2 !== u ? (ba = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u);
          } else pa = t3, t3 = u;
          return t3;
        }
        function kc() {
          var r3, t3;
          return r3 = pa, (t3 = Fc()) !== u && (ba = r3, t3 = me(t3)), (r3 = t3) === u && (r3 = xc()), r3;
        }
        function Uc() {
          var r3, t3;
          return r3 = pa, (t3 = Fc()) !== u ? (ba = pa, (le(t3) ? u : void 0) !== u ? (ba = r3, r3 = t3 = { type: "default", value: t3 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = xc()), r3;
        }
        function Mc() {
          var r3, t3;
          return r3 = pa, (t3 = $c()) !== u && (ba = r3, t3 = me(t3)), (r3 = t3) === u && (r3 = xc()), r3;
        }
        function Dc() {
          var r3, t3;
          return r3 = pa, (t3 = $c()) !== u ? (ba = pa, (le(t3) ? u : void 0) !== u ? (ba = r3, r3 = t3 = { type: "default", value: t3 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = xc()), r3;
        }
        function Pc() {
          var r3, t3;
          return r3 = pa, (t3 = $c()) !== u ? (ba = pa, (le(t3) ? u : void 0) !== u ? (ba = r3, r3 = t3 = t3) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = Ic()), r3;
        }
        function $c() {
          var r3, t3, e3, n2;
          if (r3 = pa, (t3 = Gc()) !== u) {
            for (e3 = [], n2 = Hc(); n2 !== u; ) e3.push(n2), n2 = Hc();
            e3 !== u ? (ba = r3, r3 = t3 = t3 + e3.join("")) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function Fc() {
          var r3, t3, e3, n2;
          if (r3 = pa, (t3 = Gc()) !== u) {
            for (e3 = [], n2 = Bc(); n2 !== u; ) e3.push(n2), n2 = Bc();
            e3 !== u ? (ba = r3, r3 = t3 = t3 + e3.join("")) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function Gc() {
          var t3;
          return Le.test(r2.charAt(pa)) ? (t3 = r2.charAt(pa), pa++) : (t3 = u, 0 === ha && Ea(Ce)), t3;
        }
        function Bc() {
          var t3;
          return Ee.test(r2.charAt(pa)) ? (t3 = r2.charAt(pa), pa++) : (t3 = u, 0 === ha && Ea(Ae)), t3;
        }
        function Hc() {
          var t3;
          return ge.test(r2.charAt(pa)) ? (t3 = r2.charAt(pa), pa++) : (t3 = u, 0 === ha && Ea(_e)), t3;
        }
        function qc() {
          var t3, e3, n2, o2;
          return t3 = pa, e3 = pa, 58 === r2.charCodeAt(pa) ? (n2 = ":", pa++) : (n2 = u, 0 === ha && Ea(Te)), n2 !== u && (o2 = Fc()) !== u ? e3 = n2 = [n2, o2] : (pa = e3, e3 = u), e3 !== u && (ba = t3, e3 = { type: "param", value: e3[1] }), t3 = e3;
        }
        function Wc() {
          var r3, t3, e3;
          return r3 = pa, Yl() !== u && Cp() !== u && xl() !== u && Cp() !== u && (t3 = Kf()) !== u && Cp() !== u && bp() !== u && Cp() !== u ? ((e3 = Ji()) === u && (e3 = null), e3 !== u && Cp() !== u && vp() !== u ? (ba = r3, r3 = { type: "on update", keyword: t3, parentheses: true, expr: e3 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, Yl() !== u && Cp() !== u && xl() !== u && Cp() !== u && (t3 = Kf()) !== u ? (ba = r3, r3 = /* @__PURE__ */ (function(r4) {
            return { type: "on update", keyword: r4 };
          })(t3)) : (pa = r3, r3 = u)), r3;
        }
        function Yc() {
          var t3, e3, n2, o2, s2;
          return t3 = pa, "over" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(je)), e3 !== u && Cp() !== u && (n2 = Ui()) !== u ? (ba = t3, t3 = e3 = { type: "window", as_window_specification: n2 }) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "over" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(je)), e3 !== u && Cp() !== u && (n2 = bp()) !== u && Cp() !== u ? ((o2 = Fi()) === u && (o2 = null), o2 !== u && Cp() !== u ? ((s2 = Gi()) === u && (s2 = null), s2 !== u && Cp() !== u && vp() !== u ? (ba = t3, t3 = e3 = { partitionby: o2, orderby: s2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = Wc())), t3;
        }
        function Vc() {
          var t3, e3, n2, o2, s2;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n3, o3, s3, a2, i2, c2, l2;
            t4 = pa, (e4 = yf()) === u && (e4 = (function() {
              var t5, e5, n4, o4;
              t5 = pa, "group_concat" === r2.substr(pa, 12).toLowerCase() ? (e5 = r2.substr(pa, 12), pa += 12) : (e5 = u, 0 === ha && Ea(cu));
              e5 !== u ? (n4 = pa, ha++, o4 = Gc(), ha--, o4 === u ? n4 = void 0 : (pa = n4, n4 = u), n4 !== u ? (ba = t5, t5 = e5 = "GROUP_CONCAT") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })());
            e4 !== u && Cp() !== u && bp() !== u && Cp() !== u && (n3 = (function() {
              var t5, e5;
              t5 = pa, (e5 = (function() {
                var t6, e6;
                t6 = pa, 42 === r2.charCodeAt(pa) ? (e6 = "*", pa++) : (e6 = u, 0 === ha && Ea(Kt));
                e6 !== u && (ba = t6, e6 = { type: "star", value: "*" });
                return t6 = e6;
              })()) !== u && (ba = t5, e5 = { expr: e5 });
              (t5 = e5) === u && (t5 = zc());
              return t5;
            })()) !== u && Cp() !== u && (o3 = vp()) !== u && Cp() !== u ? ((s3 = Yc()) === u && (s3 = null), s3 !== u ? (ba = t4, t4 = e4 = { type: "aggr_func", name: e4, args: n3, over: s3 }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            t4 === u && (t4 = pa, (e4 = yf()) !== u && Cp() !== u && bp() !== u && Cp() !== u && (n3 = vp()) !== u && Cp() !== u ? ((o3 = Yc()) === u && (o3 = null), o3 !== u ? (ba = t4, e4 = /* @__PURE__ */ (function(r3, t5) {
              return { type: "aggr_func", name: r3, args: { expr: { type: "star", value: "" } }, over: t5 };
            })(e4, o3), t4 = e4) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4 === u && (t4 = pa, "percentile_cont" === r2.substr(pa, 15).toLowerCase() ? (e4 = r2.substr(pa, 15), pa += 15) : (e4 = u, 0 === ha && Ea(Fe)), e4 === u && ("percentile_disc" === r2.substr(pa, 15).toLowerCase() ? (e4 = r2.substr(pa, 15), pa += 15) : (e4 = u, 0 === ha && Ea(Ge))), e4 !== u && Cp() !== u && bp() !== u && Cp() !== u ? ((n3 = yl()) === u && (n3 = il()), n3 !== u && Cp() !== u && (o3 = vp()) !== u && Cp() !== u ? ("within" === r2.substr(pa, 6).toLowerCase() ? (s3 = r2.substr(pa, 6), pa += 6) : (s3 = u, 0 === ha && Ea(Be)), s3 !== u && Cp() !== u && Zl() !== u && Cp() !== u && (a2 = bp()) !== u && Cp() !== u && (i2 = Gi()) !== u && Cp() !== u && (c2 = vp()) !== u && Cp() !== u ? ((l2 = Yc()) === u && (l2 = null), l2 !== u ? (ba = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "aggr_func", name: r3.toUpperCase(), args: { expr: t5 }, within_group_orderby: e5, over: n4 };
            })(e4, n3, i2, l2), t4 = e4) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4 === u && (t4 = pa, "mode" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(He)), e4 !== u && Cp() !== u && bp() !== u && Cp() !== u && (n3 = vp()) !== u && Cp() !== u ? ("within" === r2.substr(pa, 6).toLowerCase() ? (o3 = r2.substr(pa, 6), pa += 6) : (o3 = u, 0 === ha && Ea(Be)), o3 !== u && Cp() !== u && (s3 = Zl()) !== u && Cp() !== u && bp() !== u && Cp() !== u && (a2 = Gi()) !== u && Cp() !== u && (i2 = vp()) !== u && Cp() !== u ? ((c2 = Yc()) === u && (c2 = null), c2 !== u ? (ba = t4, e4 = (function(r3, t5, e5) {
              return { type: "aggr_func", name: r3.toUpperCase(), args: { expr: {} }, within_group_orderby: t5, over: e5 };
            })(e4, a2, c2), t4 = e4) : (pa = t4, t4 = u)) : (pa = t4, t4 = u)) : (pa = t4, t4 = u))));
            return t4;
          })()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = pa, (e4 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = pa, "sum" === r2.substr(pa, 3).toLowerCase() ? (e5 = r2.substr(pa, 3), pa += 3) : (e5 = u, 0 === ha && Ea(pu));
                e5 !== u ? (n4 = pa, ha++, o4 = Gc(), ha--, o4 === u ? n4 = void 0 : (pa = n4, n4 = u), n4 !== u ? (ba = t6, t6 = e5 = "SUM") : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = pa, "max" === r2.substr(pa, 3).toLowerCase() ? (e5 = r2.substr(pa, 3), pa += 3) : (e5 = u, 0 === ha && Ea(lu));
                e5 !== u ? (n4 = pa, ha++, o4 = Gc(), ha--, o4 === u ? n4 = void 0 : (pa = n4, n4 = u), n4 !== u ? (ba = t6, t6 = e5 = "MAX") : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = pa, "min" === r2.substr(pa, 3).toLowerCase() ? (e5 = r2.substr(pa, 3), pa += 3) : (e5 = u, 0 === ha && Ea(fu));
                e5 !== u ? (n4 = pa, ha++, o4 = Gc(), ha--, o4 === u ? n4 = void 0 : (pa = n4, n4 = u), n4 !== u ? (ba = t6, t6 = e5 = "MIN") : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = pa, "avg" === r2.substr(pa, 3).toLowerCase() ? (e5 = r2.substr(pa, 3), pa += 3) : (e5 = u, 0 === ha && Ea(bu));
                e5 !== u ? (n4 = pa, ha++, o4 = Gc(), ha--, o4 === u ? n4 = void 0 : (pa = n4, n4 = u), n4 !== u ? (ba = t6, t6 = e5 = "AVG") : (pa = t6, t6 = u)) : (pa = t6, t6 = u);
                return t6;
              })());
              return t5;
            })()) !== u && Cp() !== u && bp() !== u && Cp() !== u && (n3 = yc()) !== u && Cp() !== u && vp() !== u && Cp() !== u ? ((o3 = Yc()) === u && (o3 = null), o3 !== u ? (ba = t4, e4 = { type: "aggr_func", name: e4, args: { expr: n3 }, over: o3, ...Yp() }, t4 = e4) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) === u && (e3 = (function() {
            var t4, e4, n3, o3, s3, a2;
            t4 = pa, e4 = pa, (n3 = jc()) !== u && (o3 = Cp()) !== u && (s3 = lp()) !== u ? e4 = n3 = [n3, o3, s3] : (pa = e4, e4 = u);
            e4 === u && (e4 = null);
            e4 !== u && (n3 = Cp()) !== u ? ((o3 = (function() {
              var t5, e5, n4, o4;
              t5 = pa, "array_agg" === r2.substr(pa, 9).toLowerCase() ? (e5 = r2.substr(pa, 9), pa += 9) : (e5 = u, 0 === ha && Ea(su));
              e5 !== u ? (n4 = pa, ha++, o4 = Gc(), ha--, o4 === u ? n4 = void 0 : (pa = n4, n4 = u), n4 !== u ? (ba = t5, t5 = e5 = "ARRAY_AGG") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (o3 = (function() {
              var t5, e5, n4, o4;
              t5 = pa, "string_agg" === r2.substr(pa, 10).toLowerCase() ? (e5 = r2.substr(pa, 10), pa += 10) : (e5 = u, 0 === ha && Ea(au));
              e5 !== u ? (n4 = pa, ha++, o4 = Gc(), ha--, o4 === u ? n4 = void 0 : (pa = n4, n4 = u), n4 !== u ? (ba = t5, t5 = e5 = "STRING_AGG") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()), o3 !== u && (s3 = Cp()) !== u && bp() !== u && Cp() !== u && (a2 = zc()) !== u && Cp() !== u && vp() !== u ? (ba = t4, c2 = o3, l2 = a2, e4 = { type: "aggr_func", name: (i2 = e4) ? `${i2[0]}.${c2}` : c2, args: l2 }, t4 = e4) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            var i2, c2, l2;
            return t4;
          })()), e3 !== u && Cp() !== u ? ((n2 = (function() {
            var t4, e4, n3;
            return t4 = pa, "filter" === r2.substr(pa, 6).toLowerCase() ? (e4 = r2.substr(pa, 6), pa += 6) : (e4 = u, 0 === ha && Ea(Se)), e4 !== u && Cp() !== u && bp() !== u && Cp() !== u && (n3 = Oi()) !== u && Cp() !== u && vp() !== u ? (ba = t4, t4 = e4 = { keyword: "filter", parentheses: true, where: n3 }) : (pa = t4, t4 = u), t4;
          })()) === u && (n2 = null), n2 !== u ? (ba = t3, o2 = e3, (s2 = n2) && (o2.filter = s2), t3 = e3 = o2) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Xc() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2;
            t4 = pa, (e3 = (function() {
              var t5;
              "row_number" === r2.substr(pa, 10).toLowerCase() ? (t5 = r2.substr(pa, 10), pa += 10) : (t5 = u, 0 === ha && Ea(Re));
              t5 === u && ("dense_rank" === r2.substr(pa, 10).toLowerCase() ? (t5 = r2.substr(pa, 10), pa += 10) : (t5 = u, 0 === ha && Ea(Oe)), t5 === u && ("rank" === r2.substr(pa, 4).toLowerCase() ? (t5 = r2.substr(pa, 4), pa += 4) : (t5 = u, 0 === ha && Ea(Ne))));
              return t5;
            })()) !== u && Cp() !== u && bp() !== u && Cp() !== u && vp() !== u && Cp() !== u && (n2 = Yc()) !== u ? (ba = t4, t4 = e3 = { type: "window_func", name: e3, over: n2 }) : (pa = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2;
            t4 = pa, (e3 = (function() {
              var t5;
              "lag" === r2.substr(pa, 3).toLowerCase() ? (t5 = r2.substr(pa, 3), pa += 3) : (t5 = u, 0 === ha && Ea(Ue));
              t5 === u && ("lead" === r2.substr(pa, 4).toLowerCase() ? (t5 = r2.substr(pa, 4), pa += 4) : (t5 = u, 0 === ha && Ea(Me)), t5 === u && ("nth_value" === r2.substr(pa, 9).toLowerCase() ? (t5 = r2.substr(pa, 9), pa += 9) : (t5 = u, 0 === ha && Ea(De))));
              return t5;
            })()) !== u && Cp() !== u && bp() !== u && Cp() !== u && (n2 = Ji()) !== u && Cp() !== u && vp() !== u && Cp() !== u ? ((o2 = Qc()) === u && (o2 = null), o2 !== u && Cp() !== u && (s2 = Yc()) !== u ? (ba = t4, t4 = e3 = { type: "window_func", name: e3, args: n2, over: s2, consider_nulls: o2 }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2;
            t4 = pa, (e3 = (function() {
              var t5;
              "first_value" === r2.substr(pa, 11).toLowerCase() ? (t5 = r2.substr(pa, 11), pa += 11) : (t5 = u, 0 === ha && Ea(xe));
              t5 === u && ("last_value" === r2.substr(pa, 10).toLowerCase() ? (t5 = r2.substr(pa, 10), pa += 10) : (t5 = u, 0 === ha && Ea(Ie)));
              return t5;
            })()) !== u && Cp() !== u && bp() !== u && Cp() !== u && (n2 = cc()) !== u && Cp() !== u && vp() !== u && Cp() !== u ? ((o2 = Qc()) === u && (o2 = null), o2 !== u && Cp() !== u && (s2 = Yc()) !== u ? (ba = t4, t4 = e3 = { type: "window_func", name: e3, args: { type: "expr_list", value: [n2] }, over: s2, consider_nulls: o2 }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()), t3;
        }
        function Qc() {
          var t3, e3, n2;
          return t3 = pa, "ignore" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(Pe)), e3 === u && ("respect" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea($e))), e3 !== u && Cp() !== u ? ("nulls" === r2.substr(pa, 5).toLowerCase() ? (n2 = r2.substr(pa, 5), pa += 5) : (n2 = u, 0 === ha && Ea(R)), n2 !== u ? (ba = t3, t3 = e3 = e3.toUpperCase() + " NULLS") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Kc() {
          var r3, t3;
          return r3 = pa, fp() !== u && Cp() !== u && (t3 = pl()) !== u ? (ba = r3, r3 = { symbol: ke, delimiter: t3 }) : (pa = r3, r3 = u), r3;
        }
        function zc() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          if (r3 = pa, (t3 = of()) === u && (t3 = null), t3 !== u) if (Cp() !== u) if ((e3 = bp()) !== u) if (Cp() !== u) if ((n2 = cc()) !== u) if (Cp() !== u) if ((o2 = vp()) !== u) if (Cp() !== u) {
            for (s2 = [], a2 = pa, (i2 = Cp()) !== u ? ((c2 = bf()) === u && (c2 = vf()), c2 !== u && (l2 = Cp()) !== u && (f2 = cc()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (pa = a2, a2 = u)) : (pa = a2, a2 = u); a2 !== u; ) s2.push(a2), a2 = pa, (i2 = Cp()) !== u ? ((c2 = bf()) === u && (c2 = vf()), c2 !== u && (l2 = Cp()) !== u && (f2 = cc()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (pa = a2, a2 = u)) : (pa = a2, a2 = u);
            s2 !== u && (a2 = Cp()) !== u ? ((i2 = Kc()) === u && (i2 = null), i2 !== u && (c2 = Cp()) !== u ? ((l2 = Gi()) === u && (l2 = null), l2 !== u ? (ba = r3, r3 = t3 = (function(r4, t4, e4, n3, o3) {
              const u2 = e4.length;
              let s3 = t4;
              s3.parentheses = true;
              for (let r5 = 0; r5 < u2; ++r5) s3 = Xp(e4[r5][1], s3, e4[r5][3]);
              return { distinct: r4, expr: s3, orderby: o3, separator: n3 };
            })(t3, n2, s2, i2, l2)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          else pa = r3, r3 = u;
          return r3 === u && (r3 = pa, (t3 = of()) === u && (t3 = null), t3 !== u && Cp() !== u && (e3 = Ii()) !== u && Cp() !== u ? ((n2 = Kc()) === u && (n2 = null), n2 !== u && Cp() !== u ? ((o2 = Gi()) === u && (o2 = null), o2 !== u ? (ba = r3, r3 = t3 = { distinct: t3, expr: e3, orderby: o2, separator: n2 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u)), r3;
        }
        function Zc() {
          var t3, e3, n2;
          return t3 = pa, (e3 = (function() {
            var t4;
            return "both" === r2.substr(pa, 4).toLowerCase() ? (t4 = r2.substr(pa, 4), pa += 4) : (t4 = u, 0 === ha && Ea(qe)), t4 === u && ("leading" === r2.substr(pa, 7).toLowerCase() ? (t4 = r2.substr(pa, 7), pa += 7) : (t4 = u, 0 === ha && Ea(We)), t4 === u && ("trailing" === r2.substr(pa, 8).toLowerCase() ? (t4 = r2.substr(pa, 8), pa += 8) : (t4 = u, 0 === ha && Ea(Ye)))), t4;
          })()) === u && (e3 = null), e3 !== u && Cp() !== u ? ((n2 = cc()) === u && (n2 = null), n2 !== u && Cp() !== u && Gl() !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            let n3 = [];
            return r3 && n3.push({ type: "origin", value: r3 }), t4 && n3.push(t4), n3.push({ type: "origin", value: "from" }), { type: "expr_list", value: n3 };
          })(e3, n2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Jc() {
          var t3, e3, n2, o2;
          return t3 = pa, "trim" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(Ve)), e3 !== u && Cp() !== u && bp() !== u && Cp() !== u ? ((n2 = Zc()) === u && (n2 = null), n2 !== u && Cp() !== u && (o2 = cc()) !== u && Cp() !== u && vp() !== u ? (ba = t3, t3 = e3 = (function(r3, t4) {
            let e4 = r3 || { type: "expr_list", value: [] };
            return e4.value.push(t4), { type: "function", name: { name: [{ type: "origin", value: "trim" }] }, args: e4, ...Yp() };
          })(n2, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function rl() {
          var t3, e3, n2, o2;
          return t3 = pa, "mode" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(et)), e3 !== u && Cp() !== u ? ("=>" === r2.substr(pa, 2) ? (n2 = "=>", pa += 2) : (n2 = u, 0 === ha && Ea(Qe)), n2 !== u && Cp() !== u && (o2 = pl()) !== u ? (ba = t3, t3 = e3 = (function(r3) {
            const t4 = /* @__PURE__ */ new Set(["object", "array", "both"]);
            if (!r3.value || !t4.has(r3.value.toLowerCase())) throw new Error((r3 && r3.value) + " is not valid mode in object, array and both");
            return r3.value = r3.value.toUpperCase(), { type: "mode", symbol: "=>", value: r3 };
          })(o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function tl() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = pa, "input" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea(Xe)), e4 !== u && Cp() !== u ? ("=>" === r2.substr(pa, 2) ? (n3 = "=>", pa += 2) : (n3 = u, 0 === ha && Ea(Qe)), n3 !== u && Cp() !== u && (o3 = cc()) !== u ? (ba = t4, t4 = e4 = { type: "input", symbol: "=>", value: o3 }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4;
          })()) !== u ? (n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = (function() {
            var t4, e4, n3, o3;
            return t4 = pa, "path" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(Ke)), e4 !== u && Cp() !== u ? ("=>" === r2.substr(pa, 2) ? (n3 = "=>", pa += 2) : (n3 = u, 0 === ha && Ea(Qe)), n3 !== u && Cp() !== u && (o3 = pl()) !== u ? (ba = t4, t4 = e4 = { type: "path", symbol: "=>", value: o3 }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4;
          })()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u), n2 === u && (n2 = null), n2 !== u ? (o2 = pa, (s2 = Cp()) !== u && (a2 = fp()) !== u && (i2 = Cp()) !== u && (c2 = (function() {
            var t4, e4, n3, o3;
            return t4 = pa, "outer" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea(ze)), e4 !== u && Cp() !== u ? ("=>" === r2.substr(pa, 2) ? (n3 = "=>", pa += 2) : (n3 = u, 0 === ha && Ea(Qe)), n3 !== u && Cp() !== u && (o3 = fl()) !== u ? (ba = t4, t4 = e4 = { type: "outer", symbol: "=>", value: o3 }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4;
          })()) !== u ? o2 = s2 = [s2, a2, i2, c2] : (pa = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? (s2 = pa, (a2 = Cp()) !== u && (i2 = fp()) !== u && (c2 = Cp()) !== u && (l2 = (function() {
            var t4, e4, n3, o3;
            return t4 = pa, "recursive" === r2.substr(pa, 9).toLowerCase() ? (e4 = r2.substr(pa, 9), pa += 9) : (e4 = u, 0 === ha && Ea(Ze)), e4 !== u && Cp() !== u ? ("=>" === r2.substr(pa, 2) ? (n3 = "=>", pa += 2) : (n3 = u, 0 === ha && Ea(Qe)), n3 !== u && Cp() !== u && (o3 = fl()) !== u ? (ba = t4, t4 = e4 = { type: "recursive", symbol: "=>", value: o3 }) : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4;
          })()) !== u ? s2 = a2 = [a2, i2, c2, l2] : (pa = s2, s2 = u), s2 === u && (s2 = null), s2 !== u ? (a2 = pa, (i2 = Cp()) !== u && (c2 = fp()) !== u && (l2 = Cp()) !== u && (f2 = rl()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (pa = a2, a2 = u), a2 === u && (a2 = null), a2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4, n3, o3) {
            return { type: "flattern", input: r3, path: t4 && t4[3], outer: e4 && e4[3], recursive: n3 && n3[3], mode: o3 && o3[3] };
          })(e3, n2, o2, s2, a2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function el() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2;
          return (t3 = Jc()) === u && (t3 = pa, "now" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(Je)), e3 !== u && Cp() !== u && (n2 = bp()) !== u && Cp() !== u ? ((o2 = Ji()) === u && (o2 = null), o2 !== u && (s2 = Cp()) !== u && vp() !== u && Cp() !== u ? ("at" === r2.substr(pa, 2).toLowerCase() ? (a2 = r2.substr(pa, 2), pa += 2) : (a2 = u, 0 === ha && Ea(rn)), a2 !== u && (i2 = Cp()) !== u && Yf() !== u && Cp() !== u ? ("zone" === r2.substr(pa, 4).toLowerCase() ? (c2 = r2.substr(pa, 4), pa += 4) : (c2 = u, 0 === ha && Ea(tn)), c2 !== u && Cp() !== u && (l2 = pl()) !== u ? (ba = t3, f2 = e3, p2 = o2, (b2 = l2).prefix = "at time zone", t3 = e3 = { type: "function", name: { name: [{ type: "default", value: f2 }] }, args: p2 || { type: "expr_list", value: [] }, suffix: b2, ...Yp() }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, "flatten" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(en)), e3 !== u && Cp() !== u && (n2 = bp()) !== u && Cp() !== u && (o2 = tl()) !== u && (s2 = Cp()) !== u && vp() !== u ? (ba = t3, t3 = e3 = (function(r3, t4) {
            return { type: "flatten", name: { name: [{ type: "default", value: r3 }] }, args: t4, ...Yp() };
          })(e3, o2)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = (function() {
            var t4;
            (t4 = ol()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "current_user" === r2.substr(pa, 12).toLowerCase() ? (e4 = r2.substr(pa, 12), pa += 12) : (e4 = u, 0 === ha && Ea(rr));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "CURRENT_USER") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "user" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(ts));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "USER") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "session_user" === r2.substr(pa, 12).toLowerCase() ? (e4 = r2.substr(pa, 12), pa += 12) : (e4 = u, 0 === ha && Ea(tr));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "SESSION_USER") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = pa, "system_user" === r2.substr(pa, 11).toLowerCase() ? (e4 = r2.substr(pa, 11), pa += 11) : (e4 = u, 0 === ha && Ea(ms));
              e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t5, t5 = e4 = "SYSTEM_USER") : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              return t5;
            })()) === u && ("ntile" === r2.substr(pa, 5).toLowerCase() ? (t4 = r2.substr(pa, 5), pa += 5) : (t4 = u, 0 === ha && Ea(Tn)));
            return t4;
          })()) !== u && Cp() !== u && (n2 = bp()) !== u && Cp() !== u ? ((o2 = Ji()) === u && (o2 = null), o2 !== u && (s2 = Cp()) !== u && vp() !== u && Cp() !== u ? ((a2 = Yc()) === u && (a2 = null), a2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: "function", name: { name: [{ type: "default", value: r3 }] }, args: t4 || { type: "expr_list", value: [] }, over: e4, ...Yp() };
          })(e3, o2, a2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = (function() {
            var r3, t4, e4, n3, o3;
            r3 = pa, (t4 = hf()) !== u && Cp() !== u && bp() !== u && Cp() !== u && (e4 = nl()) !== u && Cp() !== u && Gl() !== u && Cp() !== u ? ((n3 = Vf()) === u && (n3 = Qf()) === u && (n3 = Yf()) === u && (n3 = Hf()), n3 === u && (n3 = null), n3 !== u && Cp() !== u && (o3 = cc()) !== u && Cp() !== u && vp() !== u ? (ba = r3, s3 = e4, a3 = n3, i3 = o3, t4 = { type: t4.toLowerCase(), args: { field: s3, cast_type: a3, source: i3 }, ...Yp() }, r3 = t4) : (pa = r3, r3 = u)) : (pa = r3, r3 = u);
            var s3, a3, i3;
            r3 === u && (r3 = pa, (t4 = hf()) !== u && Cp() !== u && bp() !== u && Cp() !== u && (e4 = nl()) !== u && Cp() !== u && Gl() !== u && Cp() !== u && (n3 = cc()) !== u && Cp() !== u && (o3 = vp()) !== u ? (ba = r3, t4 = (function(r4, t5, e5) {
              return { type: r4.toLowerCase(), args: { field: t5, source: e5 }, ...Yp() };
            })(t4, e4, n3), r3 = t4) : (pa = r3, r3 = u));
            return r3;
          })()) === u && (t3 = pa, (e3 = ol()) !== u && Cp() !== u ? ((n2 = Wc()) === u && (n2 = null), n2 !== u ? (ba = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ...Yp() }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = kp()) !== u ? (ba = pa, ((function(r3) {
            return !Wp[r3.name[0] && r3.name[0].value.toLowerCase()];
          })(e3) ? void 0 : u) !== u && (n2 = Cp()) !== u && bp() !== u && (o2 = Cp()) !== u ? ((s2 = lc()) === u && (s2 = null), s2 !== u && Cp() !== u && vp() !== u && (a2 = Cp()) !== u ? ((i2 = Yc()) === u && (i2 = null), i2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), (r3.name[0] && "TIMESTAMPDIFF" === r3.name[0].value.toUpperCase() || r3.name[0] && "TIMESTAMPADD" === r3.name[0].value.toUpperCase()) && t4.value && t4.value[0] && (t4.value[0] = { type: "origin", value: t4.value[0].column }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, over: e4, ...Yp() };
          })(e3, s2, i2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u)))))), t3;
        }
        function nl() {
          var t3, e3;
          return t3 = pa, "century" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(nn)), e3 === u && ("day" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(on)), e3 === u && ("date" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(un)), e3 === u && ("decade" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(sn)), e3 === u && ("dow" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(an)), e3 === u && ("doy" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(cn)), e3 === u && ("epoch" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(ln)), e3 === u && ("hour" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(fn)), e3 === u && ("isodow" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(pn)), e3 === u && ("isoyear" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(bn)), e3 === u && ("microseconds" === r2.substr(pa, 12).toLowerCase() ? (e3 = r2.substr(pa, 12), pa += 12) : (e3 = u, 0 === ha && Ea(vn)), e3 === u && ("millennium" === r2.substr(pa, 10).toLowerCase() ? (e3 = r2.substr(pa, 10), pa += 10) : (e3 = u, 0 === ha && Ea(dn)), e3 === u && ("milliseconds" === r2.substr(pa, 12).toLowerCase() ? (e3 = r2.substr(pa, 12), pa += 12) : (e3 = u, 0 === ha && Ea(yn)), e3 === u && ("minute" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(hn)), e3 === u && ("month" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(wn)), e3 === u && ("quarter" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(mn)), e3 === u && ("second" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(Ln)), e3 === u && ("timezone" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(Cn)), e3 === u && ("timezone_hour" === r2.substr(pa, 13).toLowerCase() ? (e3 = r2.substr(pa, 13), pa += 13) : (e3 = u, 0 === ha && Ea(En)), e3 === u && ("timezone_minute" === r2.substr(pa, 15).toLowerCase() ? (e3 = r2.substr(pa, 15), pa += 15) : (e3 = u, 0 === ha && Ea(An)), e3 === u && ("week" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(gn)), e3 === u && ("year" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(_n))))))))))))))))))))))), e3 !== u && (ba = t3, e3 = e3), t3 = e3;
        }
        function ol() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = pa, "current_date" === r2.substr(pa, 12).toLowerCase() ? (e3 = r2.substr(pa, 12), pa += 12) : (e3 = u, 0 === ha && Ea(ds));
            e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t4, t4 = e3 = "CURRENT_DATE") : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = pa, "current_time" === r2.substr(pa, 12).toLowerCase() ? (e3 = r2.substr(pa, 12), pa += 12) : (e3 = u, 0 === ha && Ea(hs));
            e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t4, t4 = e3 = "CURRENT_TIME") : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) === u && (t3 = Kf()), t3;
        }
        function ul() {
          var t3, e3, n2, o2;
          return t3 = pa, 34 === r2.charCodeAt(pa) ? (e3 = '"', pa++) : (e3 = u, 0 === ha && Ea(fe)), e3 === u && (e3 = null), e3 !== u && (n2 = $p()) !== u ? (34 === r2.charCodeAt(pa) ? (o2 = '"', pa++) : (o2 = u, 0 === ha && Ea(fe)), o2 === u && (o2 = null), o2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
            if (r3 && !e4 || !r3 && e4) throw new Error("double quoted not match");
            return r3 && e4 && (t4.quoted = '"'), t4;
          })(e3, n2, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function sl() {
          var r3, t3, e3, n2, o2, s2;
          if (r3 = pa, t3 = [], e3 = pa, (n2 = rp()) !== u && (o2 = Cp()) !== u && (s2 = ul()) !== u ? e3 = n2 = [n2, o2, s2] : (pa = e3, e3 = u), e3 !== u) for (; e3 !== u; ) t3.push(e3), e3 = pa, (n2 = rp()) !== u && (o2 = Cp()) !== u && (s2 = ul()) !== u ? e3 = n2 = [n2, o2, s2] : (pa = e3, e3 = u);
          else t3 = u;
          return t3 !== u && (ba = r3, t3 = { symbol: "::", target: t3.map((r4) => r4[2]) }), r3 = t3;
        }
        function al() {
          var t3;
          return (t3 = pl()) === u && (t3 = yl()) === u && (t3 = fl()) === u && (t3 = cl()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = pa, (e3 = Yf()) === u && (e3 = Hf()) === u && (e3 = Vf()) === u && (e3 = qf());
            if (e3 !== u) if (Cp() !== u) {
              if (n2 = pa, 39 === r2.charCodeAt(pa) ? (o2 = "'", pa++) : (o2 = u, 0 === ha && Ea(qr)), o2 !== u) {
                for (s2 = [], a2 = vl(); a2 !== u; ) s2.push(a2), a2 = vl();
                s2 !== u ? (39 === r2.charCodeAt(pa) ? (a2 = "'", pa++) : (a2 = u, 0 === ha && Ea(qr)), a2 !== u ? n2 = o2 = [o2, s2, a2] : (pa = n2, n2 = u)) : (pa = n2, n2 = u);
              } else pa = n2, n2 = u;
              n2 !== u ? (ba = t4, i2 = n2, e3 = { type: e3.toLowerCase(), value: i2[1].join("") }, t4 = e3) : (pa = t4, t4 = u);
            } else pa = t4, t4 = u;
            else pa = t4, t4 = u;
            var i2;
            if (t4 === u) if (t4 = pa, (e3 = Yf()) === u && (e3 = Hf()) === u && (e3 = Vf()) === u && (e3 = qf()), e3 !== u) if (Cp() !== u) {
              if (n2 = pa, 34 === r2.charCodeAt(pa) ? (o2 = '"', pa++) : (o2 = u, 0 === ha && Ea(fe)), o2 !== u) {
                for (s2 = [], a2 = bl(); a2 !== u; ) s2.push(a2), a2 = bl();
                s2 !== u ? (34 === r2.charCodeAt(pa) ? (a2 = '"', pa++) : (a2 = u, 0 === ha && Ea(fe)), a2 !== u ? n2 = o2 = [o2, s2, a2] : (pa = n2, n2 = u)) : (pa = n2, n2 = u);
              } else pa = n2, n2 = u;
              n2 !== u ? (ba = t4, e3 = (function(r3, t5) {
                return { type: r3.toLowerCase(), value: t5[1].join("") };
              })(e3, n2), t4 = e3) : (pa = t4, t4 = u);
            } else pa = t4, t4 = u;
            else pa = t4, t4 = u;
            return t4;
          })()) === u && (t3 = il()), t3;
        }
        function il() {
          var r3, t3;
          return r3 = pa, df() !== u && Cp() !== u && dp() !== u && Cp() !== u ? ((t3 = Ji()) === u && (t3 = null), t3 !== u && Cp() !== u && yp() !== u ? (ba = r3, r3 = { expr_list: t3 || { type: "origin", value: "" }, type: "array", keyword: "array", brackets: true }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function cl() {
          var t3, e3;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = pa, "null" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(eo));
            e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (ba = t3, e3 = { type: "null", value: null }), t3 = e3;
        }
        function ll() {
          var t3, e3;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = pa, "not null" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(no));
            e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (ba = t3, e3 = { type: "not null", value: "not null" }), t3 = e3;
        }
        function fl() {
          var t3, e3;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = pa, "true" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(oo));
            e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (ba = t3, e3 = { type: "bool", value: true }), (t3 = e3) === u && (t3 = pa, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = pa, "false" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea(so));
            e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            return t4;
          })()) !== u && (ba = t3, e3 = { type: "bool", value: false }), t3 = e3), t3;
        }
        function pl() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2;
          if (t3 = pa, e3 = pa, 39 === r2.charCodeAt(pa) ? (n2 = "'", pa++) : (n2 = u, 0 === ha && Ea(qr)), n2 !== u) {
            for (o2 = [], s2 = vl(); s2 !== u; ) o2.push(s2), s2 = vl();
            o2 !== u ? (39 === r2.charCodeAt(pa) ? (s2 = "'", pa++) : (s2 = u, 0 === ha && Ea(qr)), s2 !== u ? e3 = n2 = [n2, o2, s2] : (pa = e3, e3 = u)) : (pa = e3, e3 = u);
          } else pa = e3, e3 = u;
          if (e3 !== u) {
            if (n2 = [], jn.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(Sn)), o2 !== u) for (; o2 !== u; ) n2.push(o2), jn.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(Sn));
            else n2 = u;
            if (n2 !== u) if ((o2 = Cp()) !== u) {
              if (s2 = pa, 39 === r2.charCodeAt(pa) ? (a2 = "'", pa++) : (a2 = u, 0 === ha && Ea(qr)), a2 !== u) {
                for (i2 = [], c2 = vl(); c2 !== u; ) i2.push(c2), c2 = vl();
                i2 !== u ? (39 === r2.charCodeAt(pa) ? (c2 = "'", pa++) : (c2 = u, 0 === ha && Ea(qr)), c2 !== u ? s2 = a2 = [a2, i2, c2] : (pa = s2, s2 = u)) : (pa = s2, s2 = u);
              } else pa = s2, s2 = u;
              s2 !== u ? (ba = t3, l2 = s2, t3 = e3 = { type: "single_quote_string", value: `${e3[1].join("")}${l2[1].join("")}`, ...Yp() }) : (pa = t3, t3 = u);
            } else pa = t3, t3 = u;
            else pa = t3, t3 = u;
          } else pa = t3, t3 = u;
          if (t3 === u) {
            if (t3 = pa, e3 = pa, 39 === r2.charCodeAt(pa) ? (n2 = "'", pa++) : (n2 = u, 0 === ha && Ea(qr)), n2 !== u) {
              for (o2 = [], s2 = vl(); s2 !== u; ) o2.push(s2), s2 = vl();
              o2 !== u ? (39 === r2.charCodeAt(pa) ? (s2 = "'", pa++) : (s2 = u, 0 === ha && Ea(qr)), s2 !== u ? e3 = n2 = [n2, o2, s2] : (pa = e3, e3 = u)) : (pa = e3, e3 = u);
            } else pa = e3, e3 = u;
            if (e3 !== u && (ba = t3, e3 = (function(r3) {
              return { type: "single_quote_string", value: r3[1].join(""), ...Yp() };
            })(e3)), (t3 = e3) === u) {
              if (t3 = pa, e3 = pa, 34 === r2.charCodeAt(pa) ? (n2 = '"', pa++) : (n2 = u, 0 === ha && Ea(fe)), n2 !== u) {
                for (o2 = [], s2 = bl(); s2 !== u; ) o2.push(s2), s2 = bl();
                o2 !== u ? (34 === r2.charCodeAt(pa) ? (s2 = '"', pa++) : (s2 = u, 0 === ha && Ea(fe)), s2 !== u ? e3 = n2 = [n2, o2, s2] : (pa = e3, e3 = u)) : (pa = e3, e3 = u);
              } else pa = e3, e3 = u;
              e3 !== u ? (n2 = pa, ha++, o2 = lp(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = (function(r3) {
                return { type: "double_quote_string", value: r3[1].join("") };
              })(e3)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u);
            }
          }
          return t3;
        }
        function bl() {
          var t3;
          return xn.test(r2.charAt(pa)) ? (t3 = r2.charAt(pa), pa++) : (t3 = u, 0 === ha && Ea(In)), t3 === u && (t3 = dl()), t3;
        }
        function vl() {
          var t3;
          return Rn.test(r2.charAt(pa)) ? (t3 = r2.charAt(pa), pa++) : (t3 = u, 0 === ha && Ea(On)), t3 === u && (t3 = dl()), t3;
        }
        function dl() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          return t3 = pa, "\\'" === r2.substr(pa, 2) ? (e3 = "\\'", pa += 2) : (e3 = u, 0 === ha && Ea(Nn)), e3 !== u && (ba = t3, e3 = "\\'"), (t3 = e3) === u && (t3 = pa, '\\"' === r2.substr(pa, 2) ? (e3 = '\\"', pa += 2) : (e3 = u, 0 === ha && Ea(kn)), e3 !== u && (ba = t3, e3 = '\\"'), (t3 = e3) === u && (t3 = pa, "\\\\" === r2.substr(pa, 2) ? (e3 = "\\\\", pa += 2) : (e3 = u, 0 === ha && Ea(Un)), e3 !== u && (ba = t3, e3 = "\\\\"), (t3 = e3) === u && (t3 = pa, "\\/" === r2.substr(pa, 2) ? (e3 = "\\/", pa += 2) : (e3 = u, 0 === ha && Ea(Mn)), e3 !== u && (ba = t3, e3 = "\\/"), (t3 = e3) === u && (t3 = pa, "\\b" === r2.substr(pa, 2) ? (e3 = "\\b", pa += 2) : (e3 = u, 0 === ha && Ea(Dn)), e3 !== u && (ba = t3, e3 = "\b"), (t3 = e3) === u && (t3 = pa, "\\f" === r2.substr(pa, 2) ? (e3 = "\\f", pa += 2) : (e3 = u, 0 === ha && Ea(Pn)), e3 !== u && (ba = t3, e3 = "\f"), (t3 = e3) === u && (t3 = pa, "\\n" === r2.substr(pa, 2) ? (e3 = "\\n", pa += 2) : (e3 = u, 0 === ha && Ea($n)), e3 !== u && (ba = t3, e3 = "\n"), (t3 = e3) === u && (t3 = pa, "\\r" === r2.substr(pa, 2) ? (e3 = "\\r", pa += 2) : (e3 = u, 0 === ha && Ea(Fn)), e3 !== u && (ba = t3, e3 = "\r"), (t3 = e3) === u && (t3 = pa, "\\t" === r2.substr(pa, 2) ? (e3 = "\\t", pa += 2) : (e3 = u, 0 === ha && Ea(Gn)), e3 !== u && (ba = t3, e3 = "	"), (t3 = e3) === u && (t3 = pa, "\\u" === r2.substr(pa, 2) ? (e3 = "\\u", pa += 2) : (e3 = u, 0 === ha && Ea(Bn)), e3 !== u && (n2 = El()) !== u && (o2 = El()) !== u && (s2 = El()) !== u && (a2 = El()) !== u ? (ba = t3, i2 = n2, c2 = o2, l2 = s2, f2 = a2, t3 = e3 = String.fromCharCode(parseInt("0x" + i2 + c2 + l2 + f2))) : (pa = t3, t3 = u), t3 === u && (t3 = pa, 92 === r2.charCodeAt(pa) ? (e3 = "\\", pa++) : (e3 = u, 0 === ha && Ea(Hn)), e3 !== u && (ba = t3, e3 = "\\"), (t3 = e3) === u && (t3 = pa, "''" === r2.substr(pa, 2) ? (e3 = "''", pa += 2) : (e3 = u, 0 === ha && Ea(qn)), e3 !== u && (ba = t3, e3 = "''"), t3 = e3))))))))))), t3;
        }
        function yl() {
          var r3, t3, e3;
          return r3 = pa, (t3 = (function() {
            var r4, t4, e4, n2;
            r4 = pa, (t4 = hl()) === u && (t4 = null);
            t4 !== u && (e4 = wl()) !== u && (n2 = ml()) !== u ? (ba = r4, r4 = t4 = { type: "bigint", value: (t4 || "") + e4 + n2 }) : (pa = r4, r4 = u);
            r4 === u && (r4 = pa, (t4 = hl()) === u && (t4 = null), t4 !== u && (e4 = wl()) !== u ? (ba = r4, t4 = (function(r5, t5) {
              const e5 = (r5 || "") + t5;
              return r5 && Qp(r5) ? { type: "bigint", value: e5 } : parseFloat(e5).toFixed(t5.length - 1);
            })(t4, e4), r4 = t4) : (pa = r4, r4 = u), r4 === u && (r4 = pa, (t4 = hl()) !== u && (e4 = ml()) !== u ? (ba = r4, t4 = (function(r5, t5) {
              return { type: "bigint", value: r5 + t5 };
            })(t4, e4), r4 = t4) : (pa = r4, r4 = u), r4 === u && (r4 = pa, (t4 = hl()) !== u && (ba = r4, t4 = (function(r5) {
              return Qp(r5) ? { type: "bigint", value: r5 } : parseFloat(r5);
            })(t4)), r4 = t4)));
            return r4;
          })()) !== u && (ba = r3, t3 = (e3 = t3) && "bigint" === e3.type ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function hl() {
          var t3, e3, n2;
          return (t3 = Ll()) === u && (t3 = Cl()) === u && (t3 = pa, 45 === r2.charCodeAt(pa) ? (e3 = "-", pa++) : (e3 = u, 0 === ha && Ea(Qt)), e3 === u && (43 === r2.charCodeAt(pa) ? (e3 = "+", pa++) : (e3 = u, 0 === ha && Ea(Xt))), e3 !== u && (n2 = Ll()) !== u ? (ba = t3, t3 = e3 = e3 + n2) : (pa = t3, t3 = u), t3 === u && (t3 = pa, 45 === r2.charCodeAt(pa) ? (e3 = "-", pa++) : (e3 = u, 0 === ha && Ea(Qt)), e3 === u && (43 === r2.charCodeAt(pa) ? (e3 = "+", pa++) : (e3 = u, 0 === ha && Ea(Xt))), e3 !== u && (n2 = Cl()) !== u ? (ba = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (pa = t3, t3 = u))), t3;
        }
        function wl() {
          var t3, e3, n2;
          return t3 = pa, 46 === r2.charCodeAt(pa) ? (e3 = ".", pa++) : (e3 = u, 0 === ha && Ea(Vn)), e3 !== u && (n2 = Ll()) !== u ? (ba = t3, t3 = e3 = "." + n2) : (pa = t3, t3 = u), t3;
        }
        function ml() {
          var t3, e3, n2;
          return t3 = pa, (e3 = (function() {
            var t4, e4, n3;
            t4 = pa, Zn.test(r2.charAt(pa)) ? (e4 = r2.charAt(pa), pa++) : (e4 = u, 0 === ha && Ea(Jn));
            e4 !== u ? (ro.test(r2.charAt(pa)) ? (n3 = r2.charAt(pa), pa++) : (n3 = u, 0 === ha && Ea(to)), n3 === u && (n3 = null), n3 !== u ? (ba = t4, t4 = e4 = e4 + (null !== (o2 = n3) ? o2 : "")) : (pa = t4, t4 = u)) : (pa = t4, t4 = u);
            var o2;
            return t4;
          })()) !== u && (n2 = Ll()) !== u ? (ba = t3, t3 = e3 = e3 + n2) : (pa = t3, t3 = u), t3;
        }
        function Ll() {
          var r3, t3, e3;
          if (r3 = pa, t3 = [], (e3 = Cl()) !== u) for (; e3 !== u; ) t3.push(e3), e3 = Cl();
          else t3 = u;
          return t3 !== u && (ba = r3, t3 = t3.join("")), r3 = t3;
        }
        function Cl() {
          var t3;
          return Xn.test(r2.charAt(pa)) ? (t3 = r2.charAt(pa), pa++) : (t3 = u, 0 === ha && Ea(Qn)), t3;
        }
        function El() {
          var t3;
          return Kn.test(r2.charAt(pa)) ? (t3 = r2.charAt(pa), pa++) : (t3 = u, 0 === ha && Ea(zn)), t3;
        }
        function Al() {
          var t3, e3, n2, o2;
          return t3 = pa, "default" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(G)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function gl() {
          var t3, e3, n2, o2;
          return t3 = pa, "to" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(uo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function _l() {
          var t3, e3, n2, o2;
          return t3 = pa, "show" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(ao)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Tl() {
          var t3, e3, n2, o2;
          return t3 = pa, "drop" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(io)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "DROP") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function jl() {
          var t3, e3, n2, o2;
          return t3 = pa, "alter" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(lo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Sl() {
          var t3, e3, n2, o2;
          return t3 = pa, "select" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(fo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function xl() {
          var t3, e3, n2, o2;
          return t3 = pa, "update" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(po)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Il() {
          var t3, e3, n2, o2;
          return t3 = pa, "create" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(bo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Rl() {
          var t3, e3, n2, o2;
          return t3 = pa, "temporary" === r2.substr(pa, 9).toLowerCase() ? (e3 = r2.substr(pa, 9), pa += 9) : (e3 = u, 0 === ha && Ea(vo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Ol() {
          var t3, e3, n2, o2;
          return t3 = pa, "temp" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(yo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Nl() {
          var t3, e3, n2, o2;
          return t3 = pa, "delete" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(ho)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function kl() {
          var t3, e3, n2, o2;
          return t3 = pa, "insert" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(wo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Ul() {
          var t3, e3, n2, o2;
          return t3 = pa, "recursive" === r2.substr(pa, 9).toLowerCase() ? (e3 = r2.substr(pa, 9), pa += 9) : (e3 = u, 0 === ha && Ea(Ze)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "RECURSIVE") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Ml() {
          var t3, e3, n2, o2;
          return t3 = pa, "replace" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(mo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Dl() {
          var t3, e3, n2, o2;
          return t3 = pa, "rename" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(Co)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Pl() {
          var t3, e3, n2, o2;
          return t3 = pa, "ignore" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(Pe)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function $l() {
          var t3, e3, n2, o2;
          return t3 = pa, "partition" === r2.substr(pa, 9).toLowerCase() ? (e3 = r2.substr(pa, 9), pa += 9) : (e3 = u, 0 === ha && Ea(Eo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "PARTITION") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Fl() {
          var t3, e3, n2, o2;
          return t3 = pa, "into" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(Ao)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Gl() {
          var t3, e3, n2, o2;
          return t3 = pa, "from" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(go)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Bl() {
          var t3, e3, n2, o2;
          return t3 = pa, "set" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(kr)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "SET") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Hl() {
          var t3, e3, n2, o2;
          return t3 = pa, "as" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(_o)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function ql() {
          var t3, e3, n2, o2;
          return t3 = pa, "table" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(To)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "TABLE") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Wl() {
          var t3, e3, n2, o2;
          return t3 = pa, "schema" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(l)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "SCHEMA") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Yl() {
          var t3, e3, n2, o2;
          return t3 = pa, "on" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(Cr)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Vl() {
          var t3, e3, n2, o2;
          return t3 = pa, "join" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(Uo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Xl() {
          var t3, e3, n2, o2;
          return t3 = pa, "outer" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(ze)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Ql() {
          var t3, e3, n2, o2;
          return t3 = pa, "values" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(Do)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Kl() {
          var t3, e3, n2, o2;
          return t3 = pa, "using" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(Po)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function zl() {
          var t3, e3, n2, o2;
          return t3 = pa, "with" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(yt)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Zl() {
          var t3, e3, n2, o2;
          return t3 = pa, "group" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(Fo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Jl() {
          var t3, e3, n2, o2;
          return t3 = pa, "by" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(Go)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function rf() {
          var t3, e3, n2, o2;
          return t3 = pa, "order" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(Bo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function tf() {
          var t3, e3, n2, o2;
          return t3 = pa, "asc" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(Vo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "ASC") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function ef() {
          var t3, e3, n2, o2;
          return t3 = pa, "desc" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(Xo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "DESC") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function nf() {
          var t3, e3, n2, o2;
          return t3 = pa, "all" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(Ko)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "ALL") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function of() {
          var t3, e3, n2, o2;
          return t3 = pa, "distinct" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(zo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "DISTINCT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function uf() {
          var t3, e3, n2, o2;
          return t3 = pa, "between" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(Zo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "BETWEEN") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function sf() {
          var t3, e3, n2, o2;
          return t3 = pa, "in" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(Xr)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "IN") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function af() {
          var t3, e3, n2, o2;
          return t3 = pa, "is" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(Jo)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "IS") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function cf() {
          var t3, e3, n2, o2;
          return t3 = pa, "like" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(ru)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "LIKE") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function lf() {
          var t3, e3, n2, o2;
          return t3 = pa, "ilike" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(tu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "ILIKE") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function ff() {
          var t3, e3, n2, o2;
          return t3 = pa, "exists" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(eu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "EXISTS") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function pf() {
          var t3, e3, n2, o2;
          return t3 = pa, "not" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(_r)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "NOT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function bf() {
          var t3, e3, n2, o2;
          return t3 = pa, "and" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(nu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "AND") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function vf() {
          var t3, e3, n2, o2;
          return t3 = pa, "or" === r2.substr(pa, 2).toLowerCase() ? (e3 = r2.substr(pa, 2), pa += 2) : (e3 = u, 0 === ha && Ea(ou)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "OR") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function df() {
          var t3, e3, n2, o2;
          return t3 = pa, "array" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(uu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "ARRAY") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function yf() {
          var t3, e3, n2, o2;
          return t3 = pa, "count" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(iu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "COUNT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function hf() {
          var t3, e3, n2, o2;
          return t3 = pa, "extract" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(vu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "EXTRACT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function wf() {
          var t3, e3, n2, o2;
          return t3 = pa, "case" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(yu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function mf() {
          var t3, e3, n2, o2;
          return t3 = pa, "when" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(hu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Lf() {
          var t3, e3, n2, o2;
          return t3 = pa, "end" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(Lu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Cf() {
          var t3, e3, n2, o2;
          return t3 = pa, "cast" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(Cu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "CAST") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Ef() {
          var t3, e3, n2, o2;
          return t3 = pa, "try_cast" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(Eu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "TRY_CAST") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Af() {
          var t3, e3, n2, o2;
          return t3 = pa, "char" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(_u)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "CHAR") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function gf() {
          var t3, e3, n2, o2;
          return t3 = pa, "varchar" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(Tu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "VARCHAR") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function _f() {
          var t3, e3, n2, o2;
          return t3 = pa, "number" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(ju)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "NUMBER") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Tf() {
          var t3, e3, n2, o2;
          return t3 = pa, "decimal" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(Su)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "DECIMAL") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function jf() {
          var t3, e3, n2, o2;
          return t3 = pa, "unsigned" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(Iu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "UNSIGNED") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Sf() {
          var t3, e3, n2, o2;
          return t3 = pa, "int" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(Ru)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "INT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function xf() {
          var t3, e3, n2, o2;
          return t3 = pa, "integer" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(Nu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "INTEGER") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function If() {
          var t3, e3, n2, o2;
          return t3 = pa, "smallint" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(Du)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "SMALLINT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Rf() {
          var t3, e3, n2, o2;
          return t3 = pa, "serial" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(Pu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "SERIAL") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Of() {
          var t3, e3, n2, o2;
          return t3 = pa, "tinyint" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea($u)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "TINYINT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Nf() {
          var t3, e3, n2, o2;
          return t3 = pa, "tinytext" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(Fu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "TINYTEXT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function kf() {
          var t3, e3, n2, o2;
          return t3 = pa, "text" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(Gu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "TEXT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Uf() {
          var t3, e3, n2, o2;
          return t3 = pa, "mediumtext" === r2.substr(pa, 10).toLowerCase() ? (e3 = r2.substr(pa, 10), pa += 10) : (e3 = u, 0 === ha && Ea(Bu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "MEDIUMTEXT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Mf() {
          var t3, e3, n2, o2;
          return t3 = pa, "longtext" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(Hu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "LONGTEXT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Df() {
          var t3, e3, n2, o2;
          return t3 = pa, "bigint" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(qu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "BIGINT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Pf() {
          var t3, e3, n2, o2;
          return t3 = pa, "enum" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(Wu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "ENUM") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function $f() {
          var t3, e3, n2, o2;
          return t3 = pa, "float" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(Yu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "FLOAT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Ff() {
          var t3, e3, n2, o2;
          return t3 = pa, "double" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(Vu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "DOUBLE") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Gf() {
          var t3, e3, n2, o2;
          return t3 = pa, "bigserial" === r2.substr(pa, 9).toLowerCase() ? (e3 = r2.substr(pa, 9), pa += 9) : (e3 = u, 0 === ha && Ea(Xu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "BIGSERIAL") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Bf() {
          var t3, e3, n2, o2;
          return t3 = pa, "real" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(Qu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "REAL") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Hf() {
          var t3, e3, n2, o2;
          return t3 = pa, "date" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(un)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "DATE") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function qf() {
          var t3, e3, n2, o2;
          return t3 = pa, "datetime" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(Ku)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "DATETIME") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Wf() {
          var t3, e3, n2, o2;
          return t3 = pa, "rows" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(zu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "ROWS") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Yf() {
          var t3, e3, n2, o2;
          return t3 = pa, "time" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(Zu)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "TIME") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Vf() {
          var t3, e3, n2, o2;
          return t3 = pa, "timestamp" === r2.substr(pa, 9).toLowerCase() ? (e3 = r2.substr(pa, 9), pa += 9) : (e3 = u, 0 === ha && Ea(Ju)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "TIMESTAMP") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Xf() {
          var t3, e3, n2, o2;
          return t3 = pa, "truncate" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(rs)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "TRUNCATE") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Qf() {
          var t3, e3, n2, o2;
          return t3 = pa, "interval" === r2.substr(pa, 8).toLowerCase() ? (e3 = r2.substr(pa, 8), pa += 8) : (e3 = u, 0 === ha && Ea(ys)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "INTERVAL") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Kf() {
          var t3, e3, n2, o2;
          return t3 = pa, "current_timestamp" === r2.substr(pa, 17).toLowerCase() ? (e3 = r2.substr(pa, 17), pa += 17) : (e3 = u, 0 === ha && Ea(ws)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function zf() {
          var t3;
          return 36 === r2.charCodeAt(pa) ? (t3 = "$", pa++) : (t3 = u, 0 === ha && Ea(re)), t3;
        }
        function Zf() {
          var t3;
          return "$$" === r2.substr(pa, 2) ? (t3 = "$$", pa += 2) : (t3 = u, 0 === ha && Ea(js)), t3;
        }
        function Jf() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "@@" === r2.substr(pa, 2) ? (t4 = "@@", pa += 2) : (t4 = u, 0 === ha && Ea(Ts)), t4;
          })()) === u && (t3 = (function() {
            var t4;
            return 64 === r2.charCodeAt(pa) ? (t4 = "@", pa++) : (t4 = u, 0 === ha && Ea(_s)), t4;
          })()) === u && (t3 = zf()) === u && (t3 = zf()), t3;
        }
        function rp() {
          var t3;
          return "::" === r2.substr(pa, 2) ? (t3 = "::", pa += 2) : (t3 = u, 0 === ha && Ea(Is)), t3;
        }
        function tp() {
          var t3;
          return 61 === r2.charCodeAt(pa) ? (t3 = "=", pa++) : (t3 = u, 0 === ha && Ea(xt)), t3;
        }
        function ep() {
          var t3, e3, n2, o2;
          return t3 = pa, "add" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(Os)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "ADD") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function np() {
          var t3, e3, n2, o2;
          return t3 = pa, "column" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(Ns)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "COLUMN") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function op() {
          var t3, e3, n2, o2;
          return t3 = pa, "index" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(ks)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "INDEX") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function up() {
          var t3, e3, n2, o2;
          return t3 = pa, "key" === r2.substr(pa, 3).toLowerCase() ? (e3 = r2.substr(pa, 3), pa += 3) : (e3 = u, 0 === ha && Ea(M)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "KEY") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function sp() {
          var t3, e3, n2, o2;
          return t3 = pa, "unique" === r2.substr(pa, 6).toLowerCase() ? (e3 = r2.substr(pa, 6), pa += 6) : (e3 = u, 0 === ha && Ea(U)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "UNIQUE") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function ap() {
          var t3, e3, n2, o2;
          return t3 = pa, "comment" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(Ds)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "COMMENT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function ip() {
          var t3, e3, n2, o2;
          return t3 = pa, "constraint" === r2.substr(pa, 10).toLowerCase() ? (e3 = r2.substr(pa, 10), pa += 10) : (e3 = u, 0 === ha && Ea(Ps)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "CONSTRAINT") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function cp() {
          var t3, e3, n2, o2;
          return t3 = pa, "concurrently" === r2.substr(pa, 12).toLowerCase() ? (e3 = r2.substr(pa, 12), pa += 12) : (e3 = u, 0 === ha && Ea($s)), e3 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t3, t3 = e3 = "CONCURRENTLY") : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function lp() {
          var t3;
          return 46 === r2.charCodeAt(pa) ? (t3 = ".", pa++) : (t3 = u, 0 === ha && Ea(Vn)), t3;
        }
        function fp() {
          var t3;
          return 44 === r2.charCodeAt(pa) ? (t3 = ",", pa++) : (t3 = u, 0 === ha && Ea(Vs)), t3;
        }
        function pp() {
          var t3;
          return 42 === r2.charCodeAt(pa) ? (t3 = "*", pa++) : (t3 = u, 0 === ha && Ea(Kt)), t3;
        }
        function bp() {
          var t3;
          return 40 === r2.charCodeAt(pa) ? (t3 = "(", pa++) : (t3 = u, 0 === ha && Ea(at)), t3;
        }
        function vp() {
          var t3;
          return 41 === r2.charCodeAt(pa) ? (t3 = ")", pa++) : (t3 = u, 0 === ha && Ea(it)), t3;
        }
        function dp() {
          var t3;
          return 91 === r2.charCodeAt(pa) ? (t3 = "[", pa++) : (t3 = u, 0 === ha && Ea(Xs)), t3;
        }
        function yp() {
          var t3;
          return 93 === r2.charCodeAt(pa) ? (t3 = "]", pa++) : (t3 = u, 0 === ha && Ea(Qs)), t3;
        }
        function hp() {
          var t3;
          return 59 === r2.charCodeAt(pa) ? (t3 = ";", pa++) : (t3 = u, 0 === ha && Ea(st)), t3;
        }
        function wp() {
          var t3;
          return "->" === r2.substr(pa, 2) ? (t3 = "->", pa += 2) : (t3 = u, 0 === ha && Ea(Nt)), t3;
        }
        function mp() {
          var t3;
          return "->>" === r2.substr(pa, 3) ? (t3 = "->>", pa += 3) : (t3 = u, 0 === ha && Ea(Ks)), t3;
        }
        function Lp() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "||" === r2.substr(pa, 2) ? (t4 = "||", pa += 2) : (t4 = u, 0 === ha && Ea(Jt)), t4;
          })()) === u && (t3 = (function() {
            var t4;
            return "&&" === r2.substr(pa, 2) ? (t4 = "&&", pa += 2) : (t4 = u, 0 === ha && Ea(zs)), t4;
          })()), t3;
        }
        function Cp() {
          var r3, t3;
          for (r3 = [], (t3 = Tp()) === u && (t3 = Ap()); t3 !== u; ) r3.push(t3), (t3 = Tp()) === u && (t3 = Ap());
          return r3;
        }
        function Ep() {
          var r3, t3;
          if (r3 = [], (t3 = Tp()) === u && (t3 = Ap()), t3 !== u) for (; t3 !== u; ) r3.push(t3), (t3 = Tp()) === u && (t3 = Ap());
          else r3 = u;
          return r3;
        }
        function Ap() {
          var t3;
          return (t3 = (function t4() {
            var e3, n2, o2, s2, a2, i2, c2;
            e3 = pa, "/*" === r2.substr(pa, 2) ? (n2 = "/*", pa += 2) : (n2 = u, 0 === ha && Ea(Zs));
            if (n2 !== u) {
              for (o2 = [], s2 = pa, a2 = pa, ha++, "*/" === r2.substr(pa, 2) ? (i2 = "*/", pa += 2) : (i2 = u, 0 === ha && Ea(Js)), ha--, i2 === u ? a2 = void 0 : (pa = a2, a2 = u), a2 !== u ? (i2 = pa, ha++, "/*" === r2.substr(pa, 2) ? (c2 = "/*", pa += 2) : (c2 = u, 0 === ha && Ea(Zs)), ha--, c2 === u ? i2 = void 0 : (pa = i2, i2 = u), i2 !== u && (c2 = _p()) !== u ? s2 = a2 = [a2, i2, c2] : (pa = s2, s2 = u)) : (pa = s2, s2 = u), s2 === u && (s2 = t4()); s2 !== u; ) o2.push(s2), s2 = pa, a2 = pa, ha++, "*/" === r2.substr(pa, 2) ? (i2 = "*/", pa += 2) : (i2 = u, 0 === ha && Ea(Js)), ha--, i2 === u ? a2 = void 0 : (pa = a2, a2 = u), a2 !== u ? (i2 = pa, ha++, "/*" === r2.substr(pa, 2) ? (c2 = "/*", pa += 2) : (c2 = u, 0 === ha && Ea(Zs)), ha--, c2 === u ? i2 = void 0 : (pa = i2, i2 = u), i2 !== u && (c2 = _p()) !== u ? s2 = a2 = [a2, i2, c2] : (pa = s2, s2 = u)) : (pa = s2, s2 = u), s2 === u && (s2 = t4());
              o2 !== u ? ("*/" === r2.substr(pa, 2) ? (s2 = "*/", pa += 2) : (s2 = u, 0 === ha && Ea(Js)), s2 !== u ? e3 = n2 = [n2, o2, s2] : (pa = e3, e3 = u)) : (pa = e3, e3 = u);
            } else pa = e3, e3 = u;
            return e3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = pa, "--" === r2.substr(pa, 2) ? (e3 = "--", pa += 2) : (e3 = u, 0 === ha && Ea(ra));
            if (e3 !== u) {
              for (n2 = [], o2 = pa, s2 = pa, ha++, a2 = jp(), ha--, a2 === u ? s2 = void 0 : (pa = s2, s2 = u), s2 !== u && (a2 = _p()) !== u ? o2 = s2 = [s2, a2] : (pa = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = pa, s2 = pa, ha++, a2 = jp(), ha--, a2 === u ? s2 = void 0 : (pa = s2, s2 = u), s2 !== u && (a2 = _p()) !== u ? o2 = s2 = [s2, a2] : (pa = o2, o2 = u);
              n2 !== u ? t4 = e3 = [e3, n2] : (pa = t4, t4 = u);
            } else pa = t4, t4 = u;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = pa, "//" === r2.substr(pa, 2) ? (e3 = "//", pa += 2) : (e3 = u, 0 === ha && Ea(ta));
            if (e3 !== u) {
              for (n2 = [], o2 = pa, s2 = pa, ha++, a2 = jp(), ha--, a2 === u ? s2 = void 0 : (pa = s2, s2 = u), s2 !== u && (a2 = _p()) !== u ? o2 = s2 = [s2, a2] : (pa = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = pa, s2 = pa, ha++, a2 = jp(), ha--, a2 === u ? s2 = void 0 : (pa = s2, s2 = u), s2 !== u && (a2 = _p()) !== u ? o2 = s2 = [s2, a2] : (pa = o2, o2 = u);
              n2 !== u ? t4 = e3 = [e3, n2] : (pa = t4, t4 = u);
            } else pa = t4, t4 = u;
            return t4;
          })()), t3;
        }
        function gp() {
          var r3, t3, e3, n2, o2, s2, a2;
          return r3 = pa, (t3 = ap()) !== u && Cp() !== u ? ((e3 = tp()) === u && (e3 = null), e3 !== u && Cp() !== u && (n2 = pl()) !== u ? (ba = r3, s2 = e3, a2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: s2, value: a2 }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function _p() {
          var t3;
          return r2.length > pa ? (t3 = r2.charAt(pa), pa++) : (t3 = u, 0 === ha && Ea(ea)), t3;
        }
        function Tp() {
          var t3;
          return na.test(r2.charAt(pa)) ? (t3 = r2.charAt(pa), pa++) : (t3 = u, 0 === ha && Ea(oa)), t3;
        }
        function jp() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            t4 = pa, ha++, r2.length > pa ? (e4 = r2.charAt(pa), pa++) : (e4 = u, 0 === ha && Ea(ea));
            ha--, e4 === u ? t4 = void 0 : (pa = t4, t4 = u);
            return t4;
          })()) === u) if (t3 = [], Wn.test(r2.charAt(pa)) ? (e3 = r2.charAt(pa), pa++) : (e3 = u, 0 === ha && Ea(Yn)), e3 !== u) for (; e3 !== u; ) t3.push(e3), Wn.test(r2.charAt(pa)) ? (e3 = r2.charAt(pa), pa++) : (e3 = u, 0 === ha && Ea(Yn));
          else t3 = u;
          return t3;
        }
        function Sp() {
          var t3, e3;
          return t3 = pa, ba = pa, eb = [], (true ? void 0 : u) !== u && Cp() !== u ? ((e3 = xp()) === u && (e3 = (function() {
            var t4, e4;
            t4 = pa, (function() {
              var t5;
              return "return" === r2.substr(pa, 6).toLowerCase() ? (t5 = r2.substr(pa, 6), pa += 6) : (t5 = u, 0 === ha && Ea(Ss)), t5;
            })() !== u && Cp() !== u && (e4 = Ip()) !== u ? (ba = t4, t4 = { type: "return", expr: e4 }) : (pa = t4, t4 = u);
            return t4;
          })()), e3 !== u ? (ba = t3, t3 = { type: "proc", stmt: e3, vars: eb }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function xp() {
          var t3, e3, n2, o2;
          return t3 = pa, (e3 = Dp()) === u && (e3 = Pp()), e3 !== u && Cp() !== u ? ((n2 = (function() {
            var t4;
            return ":=" === r2.substr(pa, 2) ? (t4 = ":=", pa += 2) : (t4 = u, 0 === ha && Ea(xs)), t4;
          })()) === u && (n2 = tp()), n2 !== u && Cp() !== u && (o2 = Ip()) !== u ? (ba = t3, t3 = e3 = { type: "assign", left: e3, symbol: n2, right: o2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Ip() {
          var r3;
          return (r3 = oi()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = pa, (t3 = Dp()) !== u && Cp() !== u && (e3 = Si()) !== u && Cp() !== u && (n2 = Dp()) !== u && Cp() !== u && (o2 = Ri()) !== u ? (ba = r4, r4 = t3 = { type: "join", ltable: t3, rtable: n2, op: e3, on: o2 }) : (pa = r4, r4 = u);
            return r4;
          })()) === u && (r3 = Rp()) === u && (r3 = (function() {
            var r4, t3;
            r4 = pa, dp() !== u && Cp() !== u && (t3 = Mp()) !== u && Cp() !== u && yp() !== u ? (ba = r4, r4 = { type: "array", value: t3 }) : (pa = r4, r4 = u);
            return r4;
          })()), r3;
        }
        function Rp() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = Op()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = hc()) !== u && (a2 = Cp()) !== u && (i2 = Op()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = hc()) !== u && (a2 = Cp()) !== u && (i2 = Op()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = kt(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function Op() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = Np()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = mc()) !== u && (a2 = Cp()) !== u && (i2 = Np()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = mc()) !== u && (a2 = Cp()) !== u && (i2 = Np()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = kt(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function Np() {
          var r3, t3, e3;
          return (r3 = al()) === u && (r3 = Dp()) === u && (r3 = Up()) === u && (r3 = qc()) === u && (r3 = pa, bp() !== u && Cp() !== u && (t3 = Rp()) !== u && Cp() !== u && vp() !== u ? (ba = r3, (e3 = t3).parentheses = true, r3 = e3) : (pa = r3, r3 = u)), r3;
        }
        function kp() {
          var r3, t3, e3, n2, o2, s2, a2;
          return r3 = pa, (t3 = kc()) !== u ? (e3 = pa, (n2 = Cp()) !== u && (o2 = lp()) !== u && (s2 = Cp()) !== u && (a2 = kc()) !== u ? e3 = n2 = [n2, o2, s2, a2] : (pa = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? (ba = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { name: [r4] };
            return null !== t4 && (e4.schema = r4, e4.name = t4[3]), e4;
          })(t3, e3)) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3;
        }
        function Up() {
          var r3, t3, e3;
          return r3 = pa, (t3 = kp()) !== u && Cp() !== u && bp() !== u && Cp() !== u ? ((e3 = Mp()) === u && (e3 = null), e3 !== u && Cp() !== u && vp() !== u ? (ba = r3, r3 = t3 = { type: "function", name: t3, args: { type: "expr_list", value: e3 }, ...Yp() }) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t3 = kp()) !== u && (ba = r3, t3 = (function(r4) {
            return { type: "function", name: r4, args: null, ...Yp() };
          })(t3)), r3 = t3), r3;
        }
        function Mp() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = pa, (t3 = Np()) !== u) {
            for (e3 = [], n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Np()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = pa, (o2 = Cp()) !== u && (s2 = fp()) !== u && (a2 = Cp()) !== u && (i2 = Np()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (pa = n2, n2 = u);
            e3 !== u ? (ba = r3, r3 = t3 = Kp(t3, e3)) : (pa = r3, r3 = u);
          } else pa = r3, r3 = u;
          return r3;
        }
        function Dp() {
          var t3, e3, n2, o2, s2, a2, i2;
          if (t3 = pa, (e3 = Zf()) !== u) {
            for (n2 = [], ua.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(sa)); o2 !== u; ) n2.push(o2), ua.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(sa));
            n2 !== u && (o2 = Zf()) !== u ? (ba = t3, t3 = e3 = { type: "var", name: n2.join(""), prefix: "$$", suffix: "$$" }) : (pa = t3, t3 = u);
          } else pa = t3, t3 = u;
          if (t3 === u) {
            if (t3 = pa, (e3 = zf()) !== u) if ((n2 = Pc()) !== u) if ((o2 = zf()) !== u) {
              for (s2 = [], ua.test(r2.charAt(pa)) ? (a2 = r2.charAt(pa), pa++) : (a2 = u, 0 === ha && Ea(sa)); a2 !== u; ) s2.push(a2), ua.test(r2.charAt(pa)) ? (a2 = r2.charAt(pa), pa++) : (a2 = u, 0 === ha && Ea(sa));
              s2 !== u && (a2 = zf()) !== u && (i2 = Pc()) !== u ? (ba = pa, ((function(r3, t4, e4) {
                if (r3 !== e4) return true;
              })(n2, 0, i2) ? u : void 0) !== u && zf() !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
                return { type: "var", name: t4.join(""), prefix: `$${r3}$`, suffix: `$${e4}$` };
              })(n2, s2, i2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u);
            } else pa = t3, t3 = u;
            else pa = t3, t3 = u;
            else pa = t3, t3 = u;
            t3 === u && (t3 = pa, (e3 = Jf()) !== u && (n2 = Pp()) !== u ? (ba = t3, t3 = e3 = (function(r3, t4) {
              return { type: "var", ...t4, prefix: r3 };
            })(e3, n2)) : (pa = t3, t3 = u));
          }
          return t3;
        }
        function Pp() {
          var t3, e3, n2, o2, s2;
          return t3 = pa, 34 === r2.charCodeAt(pa) ? (e3 = '"', pa++) : (e3 = u, 0 === ha && Ea(fe)), e3 === u && (e3 = null), e3 !== u && (n2 = Fc()) !== u && (o2 = (function() {
            var t4, e4, n3, o3, s3;
            t4 = pa, e4 = [], n3 = pa, 46 === r2.charCodeAt(pa) ? (o3 = ".", pa++) : (o3 = u, 0 === ha && Ea(Vn));
            o3 !== u && (s3 = Fc()) !== u ? n3 = o3 = [o3, s3] : (pa = n3, n3 = u);
            for (; n3 !== u; ) e4.push(n3), n3 = pa, 46 === r2.charCodeAt(pa) ? (o3 = ".", pa++) : (o3 = u, 0 === ha && Ea(Vn)), o3 !== u && (s3 = Fc()) !== u ? n3 = o3 = [o3, s3] : (pa = n3, n3 = u);
            e4 !== u && (ba = t4, e4 = (function(r3) {
              const t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4));
            return t4 = e4;
          })()) !== u ? (34 === r2.charCodeAt(pa) ? (s2 = '"', pa++) : (s2 = u, 0 === ha && Ea(fe)), s2 === u && (s2 = null), s2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            if (r3 && !n3 || !r3 && n3) throw new Error("double quoted not match");
            return eb.push(t4), { type: "var", name: t4, members: e4, quoted: r3 && n3 ? '"' : null, prefix: null };
          })(e3, n2, o2, s2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3 === u && (t3 = pa, (e3 = yl()) !== u && (ba = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function $p() {
          var t3;
          return (t3 = (function() {
            var r3, t4, e3;
            r3 = pa, (t4 = Bp()) === u && (t4 = Fp());
            t4 !== u && Cp() !== u && dp() !== u && Cp() !== u && (e3 = yp()) !== u && Cp() !== u && dp() !== u && Cp() !== u && yp() !== u ? (ba = r3, n2 = t4, t4 = { ...n2, array: { dimension: 2 } }, r3 = t4) : (pa = r3, r3 = u);
            var n2;
            r3 === u && (r3 = pa, (t4 = Bp()) === u && (t4 = Fp()), t4 !== u && Cp() !== u && dp() !== u && Cp() !== u ? ((e3 = yl()) === u && (e3 = null), e3 !== u && Cp() !== u && yp() !== u ? (ba = r3, t4 = (function(r4, t5) {
              return { ...r4, array: { dimension: 1, length: [t5] } };
            })(t4, e3), r3 = t4) : (pa = r3, r3 = u)) : (pa = r3, r3 = u), r3 === u && (r3 = pa, (t4 = Bp()) === u && (t4 = Fp()), t4 !== u && Cp() !== u && df() !== u ? (ba = r3, t4 = (function(r4) {
              return { ...r4, array: { keyword: "array" } };
            })(t4), r3 = t4) : (pa = r3, r3 = u)));
            return r3;
          })()) === u && (t3 = Fp()) === u && (t3 = Bp()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = pa, (e3 = Hf()) === u && (e3 = qf());
            if (e3 !== u) if (Cp() !== u) if (bp() !== u) if (Cp() !== u) {
              if (n2 = [], Xn.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(Qn)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Xn.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(Qn));
              else n2 = u;
              n2 !== u && (o2 = Cp()) !== u && vp() !== u ? (ba = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (pa = t4, t4 = u);
            } else pa = t4, t4 = u;
            else pa = t4, t4 = u;
            else pa = t4, t4 = u;
            else pa = t4, t4 = u;
            t4 === u && (t4 = pa, (e3 = Hf()) === u && (e3 = qf()), e3 !== u && (ba = t4, e3 = ca(e3)), (t4 = e3) === u && (t4 = (function() {
              var t5, e4, n3, o3, s2, a2;
              t5 = pa, (e4 = Yf()) === u && (e4 = Vf());
              if (e4 !== u) if (Cp() !== u) if ((n3 = bp()) !== u) if (Cp() !== u) {
                if (o3 = [], Xn.test(r2.charAt(pa)) ? (s2 = r2.charAt(pa), pa++) : (s2 = u, 0 === ha && Ea(Qn)), s2 !== u) for (; s2 !== u; ) o3.push(s2), Xn.test(r2.charAt(pa)) ? (s2 = r2.charAt(pa), pa++) : (s2 = u, 0 === ha && Ea(Qn));
                else o3 = u;
                o3 !== u && (s2 = Cp()) !== u && vp() !== u && Cp() !== u ? ((a2 = Hp()) === u && (a2 = null), a2 !== u ? (ba = t5, e4 = (function(r3, t6, e5) {
                  return { dataType: r3, length: parseInt(t6.join(""), 10), parentheses: true, suffix: e5 };
                })(e4, o3, a2), t5 = e4) : (pa = t5, t5 = u)) : (pa = t5, t5 = u);
              } else pa = t5, t5 = u;
              else pa = t5, t5 = u;
              else pa = t5, t5 = u;
              else pa = t5, t5 = u;
              t5 === u && (t5 = pa, (e4 = Yf()) === u && (e4 = Vf()), e4 !== u && Cp() !== u ? ((n3 = Hp()) === u && (n3 = null), n3 !== u ? (ba = t5, e4 = /* @__PURE__ */ (function(r3, t6) {
                return { dataType: r3, suffix: t6 };
              })(e4, n3), t5 = e4) : (pa = t5, t5 = u)) : (pa = t5, t5 = u));
              return t5;
            })()));
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = pa, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "json" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(ku)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "JSON") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "jsonb" === r2.substr(pa, 5).toLowerCase() ? (e4 = r2.substr(pa, 5), pa += 5) : (e4 = u, 0 === ha && Ea(Uu)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "JSONB") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })());
            e3 !== u && (ba = t4, e3 = ca(e3));
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = pa, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "geometry" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(Mu)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "GEOMETRY") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) !== u && (ba = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var r3, t4;
            r3 = pa, (t4 = Nf()) === u && (t4 = kf()) === u && (t4 = Uf()) === u && (t4 = Mf());
            t4 !== u && dp() !== u && Cp() !== u && yp() !== u ? (ba = r3, r3 = t4 = { dataType: t4 + "[]" }) : (pa = r3, r3 = u);
            r3 === u && (r3 = pa, (t4 = Nf()) === u && (t4 = kf()) === u && (t4 = Uf()) === u && (t4 = Mf()), t4 !== u && (ba = r3, t4 = /* @__PURE__ */ (function(r4) {
              return { dataType: r4 };
            })(t4)), r3 = t4);
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = pa, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "uuid" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(es)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "UUID") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) !== u && (ba = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = pa, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "bool" === r2.substr(pa, 4).toLowerCase() ? (e4 = r2.substr(pa, 4), pa += 4) : (e4 = u, 0 === ha && Ea(Au)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "BOOL") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "boolean" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(gu)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "BOOLEAN") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })());
            e3 !== u && (ba = t4, e3 = aa(e3));
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var r3, t4, e3;
            r3 = pa, (t4 = Pf()) !== u && Cp() !== u && (e3 = Zi()) !== u ? (ba = r3, n2 = t4, (o2 = e3).parentheses = true, r3 = t4 = { dataType: n2, expr: o2 }) : (pa = r3, r3 = u);
            var n2, o2;
            return r3;
          })()) === u && (t3 = (function() {
            var r3, t4;
            r3 = pa, (t4 = Rf()) === u && (t4 = Qf());
            t4 !== u && (ba = r3, t4 = ca(t4));
            return r3 = t4;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = pa, "bytea" === r2.substr(pa, 5).toLowerCase() ? (e3 = r2.substr(pa, 5), pa += 5) : (e3 = u, 0 === ha && Ea(ia));
            e3 !== u && (ba = t4, e3 = { dataType: "BYTEA" });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = pa, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "oid" === r2.substr(pa, 3).toLowerCase() ? (e4 = r2.substr(pa, 3), pa += 3) : (e4 = u, 0 === ha && Ea(ns)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "OID") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regclass" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(os)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGCLASS") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regcollation" === r2.substr(pa, 12).toLowerCase() ? (e4 = r2.substr(pa, 12), pa += 12) : (e4 = u, 0 === ha && Ea(us)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGCOLLATION") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regconfig" === r2.substr(pa, 9).toLowerCase() ? (e4 = r2.substr(pa, 9), pa += 9) : (e4 = u, 0 === ha && Ea(ss)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGCONFIG") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regdictionary" === r2.substr(pa, 13).toLowerCase() ? (e4 = r2.substr(pa, 13), pa += 13) : (e4 = u, 0 === ha && Ea(as)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGDICTIONARY") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regnamespace" === r2.substr(pa, 12).toLowerCase() ? (e4 = r2.substr(pa, 12), pa += 12) : (e4 = u, 0 === ha && Ea(is)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGNAMESPACE") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regoper" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(cs)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGOPER") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regoperator" === r2.substr(pa, 11).toLowerCase() ? (e4 = r2.substr(pa, 11), pa += 11) : (e4 = u, 0 === ha && Ea(ls)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGOPERATOR") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regproc" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(fs)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGPROC") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regprocedure" === r2.substr(pa, 12).toLowerCase() ? (e4 = r2.substr(pa, 12), pa += 12) : (e4 = u, 0 === ha && Ea(ps)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGPROCEDURE") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regrole" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(bs)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGROLE") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = pa, "regtype" === r2.substr(pa, 7).toLowerCase() ? (e4 = r2.substr(pa, 7), pa += 7) : (e4 = u, 0 === ha && Ea(vs)), e4 !== u ? (n2 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n2 = void 0 : (pa = n2, n2 = u), n2 !== u ? (ba = t5, t5 = e4 = "REGTYPE") : (pa = t5, t5 = u)) : (pa = t5, t5 = u), t5;
            })());
            e3 !== u && (ba = t4, e3 = aa(e3));
            return t4 = e3;
          })()), t3;
        }
        function Fp() {
          var t3, e3, n2, o2;
          if (t3 = pa, (e3 = Af()) === u && (e3 = gf()), e3 !== u) if (Cp() !== u) if (bp() !== u) if (Cp() !== u) {
            if (n2 = [], Xn.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(Qn)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Xn.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(Qn));
            else n2 = u;
            n2 !== u && (o2 = Cp()) !== u && vp() !== u ? (ba = t3, t3 = e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }) : (pa = t3, t3 = u);
          } else pa = t3, t3 = u;
          else pa = t3, t3 = u;
          else pa = t3, t3 = u;
          else pa = t3, t3 = u;
          return t3 === u && (t3 = pa, (e3 = Af()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = pa, "character" === r2.substr(pa, 9).toLowerCase() ? (e4 = r2.substr(pa, 9), pa += 9) : (e4 = u, 0 === ha && Ea(Nr)), e4 !== u ? (n3 = pa, ha++, o3 = Gc(), ha--, o3 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t4, t4 = e4 = "CHARACTER") : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4;
          })()), e3 !== u && (ba = t3, e3 = /* @__PURE__ */ (function(r3) {
            return { dataType: r3 };
          })(e3)), (t3 = e3) === u && (t3 = pa, (e3 = gf()) !== u && (ba = t3, e3 = ca(e3)), t3 = e3)), t3;
        }
        function Gp() {
          var t3, e3, n2;
          return t3 = pa, (e3 = jf()) === u && (e3 = null), e3 !== u && Cp() !== u ? ((n2 = (function() {
            var t4, e4, n3, o2;
            return t4 = pa, "zerofill" === r2.substr(pa, 8).toLowerCase() ? (e4 = r2.substr(pa, 8), pa += 8) : (e4 = u, 0 === ha && Ea(Ou)), e4 !== u ? (n3 = pa, ha++, o2 = Gc(), ha--, o2 === u ? n3 = void 0 : (pa = n3, n3 = u), n3 !== u ? (ba = t4, t4 = e4 = "ZEROFILL") : (pa = t4, t4 = u)) : (pa = t4, t4 = u), t4;
          })()) === u && (n2 = null), n2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push(r3), t4 && e4.push(t4), e4;
          })(e3, n2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        function Bp() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2, d2;
          if (t3 = pa, (e3 = _f()) === u && (e3 = Tf()) === u && (e3 = Sf()) === u && (e3 = xf()) === u && (e3 = If()) === u && (e3 = Of()) === u && (e3 = Df()) === u && (e3 = $f()) === u && (e3 = Ff()) === u && (e3 = Rf()) === u && (e3 = Gf()) === u && (e3 = Bf()), e3 !== u) if ((n2 = Cp()) !== u) if ((o2 = bp()) !== u) if ((s2 = Cp()) !== u) {
            if (a2 = [], Xn.test(r2.charAt(pa)) ? (i2 = r2.charAt(pa), pa++) : (i2 = u, 0 === ha && Ea(Qn)), i2 !== u) for (; i2 !== u; ) a2.push(i2), Xn.test(r2.charAt(pa)) ? (i2 = r2.charAt(pa), pa++) : (i2 = u, 0 === ha && Ea(Qn));
            else a2 = u;
            if (a2 !== u) if ((i2 = Cp()) !== u) {
              if (c2 = pa, (l2 = fp()) !== u) if ((f2 = Cp()) !== u) {
                if (p2 = [], Xn.test(r2.charAt(pa)) ? (b2 = r2.charAt(pa), pa++) : (b2 = u, 0 === ha && Ea(Qn)), b2 !== u) for (; b2 !== u; ) p2.push(b2), Xn.test(r2.charAt(pa)) ? (b2 = r2.charAt(pa), pa++) : (b2 = u, 0 === ha && Ea(Qn));
                else p2 = u;
                p2 !== u ? c2 = l2 = [l2, f2, p2] : (pa = c2, c2 = u);
              } else pa = c2, c2 = u;
              else pa = c2, c2 = u;
              c2 === u && (c2 = null), c2 !== u && (l2 = Cp()) !== u && (f2 = vp()) !== u && (p2 = Cp()) !== u ? ((b2 = Gp()) === u && (b2 = null), b2 !== u ? (ba = t3, v2 = c2, d2 = b2, t3 = e3 = { dataType: e3, length: parseInt(a2.join(""), 10), scale: v2 && parseInt(v2[2].join(""), 10), parentheses: true, suffix: d2 }) : (pa = t3, t3 = u)) : (pa = t3, t3 = u);
            } else pa = t3, t3 = u;
            else pa = t3, t3 = u;
          } else pa = t3, t3 = u;
          else pa = t3, t3 = u;
          else pa = t3, t3 = u;
          else pa = t3, t3 = u;
          if (t3 === u) {
            if (t3 = pa, (e3 = _f()) === u && (e3 = Tf()) === u && (e3 = Sf()) === u && (e3 = xf()) === u && (e3 = If()) === u && (e3 = Of()) === u && (e3 = Df()) === u && (e3 = $f()) === u && (e3 = Ff()) === u && (e3 = Rf()) === u && (e3 = Gf()) === u && (e3 = Bf()), e3 !== u) {
              if (n2 = [], Xn.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(Qn)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Xn.test(r2.charAt(pa)) ? (o2 = r2.charAt(pa), pa++) : (o2 = u, 0 === ha && Ea(Qn));
              else n2 = u;
              n2 !== u && (o2 = Cp()) !== u ? ((s2 = Gp()) === u && (s2 = null), s2 !== u ? (ba = t3, t3 = e3 = (function(r3, t4, e4) {
                return { dataType: r3, length: parseInt(t4.join(""), 10), suffix: e4 };
              })(e3, n2, s2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u);
            } else pa = t3, t3 = u;
            t3 === u && (t3 = pa, (e3 = _f()) === u && (e3 = Tf()) === u && (e3 = Sf()) === u && (e3 = xf()) === u && (e3 = If()) === u && (e3 = Of()) === u && (e3 = Df()) === u && (e3 = $f()) === u && (e3 = Ff()) === u && (e3 = Rf()) === u && (e3 = Gf()) === u && (e3 = Bf()), e3 !== u && (n2 = Cp()) !== u ? ((o2 = Gp()) === u && (o2 = null), o2 !== u && (s2 = Cp()) !== u ? (ba = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4) {
              return { dataType: r3, suffix: t4 };
            })(e3, o2)) : (pa = t3, t3 = u)) : (pa = t3, t3 = u));
          }
          return t3;
        }
        function Hp() {
          var t3, e3, n2;
          return t3 = pa, "without" === r2.substr(pa, 7).toLowerCase() ? (e3 = r2.substr(pa, 7), pa += 7) : (e3 = u, 0 === ha && Ea(la)), e3 === u && ("with" === r2.substr(pa, 4).toLowerCase() ? (e3 = r2.substr(pa, 4), pa += 4) : (e3 = u, 0 === ha && Ea(yt))), e3 !== u && Cp() !== u && Yf() !== u && Cp() !== u ? ("zone" === r2.substr(pa, 4).toLowerCase() ? (n2 = r2.substr(pa, 4), pa += 4) : (n2 = u, 0 === ha && Ea(fa)), n2 !== u ? (ba = t3, t3 = e3 = [e3.toUpperCase(), "TIME", "ZONE"]) : (pa = t3, t3 = u)) : (pa = t3, t3 = u), t3;
        }
        const qp = { ALTER: true, ALL: true, ADD: true, AND: true, AS: true, ASC: true, BETWEEN: true, BY: true, CALL: true, CASE: true, CREATE: true, CONTAINS: true, CURRENT_DATE: true, CURRENT_TIME: true, CURRENT_TIMESTAMP: true, CURRENT_USER: true, DELETE: true, DESC: true, DESCRIBE: true, DISTINCT: true, DROP: true, ELSE: true, END: true, EXISTS: true, EXPLAIN: true, FALSE: true, FROM: true, FULL: true, GROUP: true, HAVING: true, IN: true, INNER: true, INSERT: true, INTO: true, IS: true, JOIN: true, JSON: true, LEFT: true, LIKE: true, LIMIT: true, NOT: true, NULL: true, NULLS: true, OFFSET: true, ON: true, OR: true, ORDER: true, OUTER: true, RECURSIVE: true, RENAME: true, RIGHT: true, ROW: true, ROWS: true, SELECT: true, SESSION_USER: true, SET: true, SHOW: true, SYSTEM_USER: true, TABLE: true, THEN: true, TRUE: true, TRUNCATE: true, UNION: true, UPDATE: true, USING: true, WITH: true, WHEN: true, WHERE: true, WINDOW: true, GLOBAL: true, SESSION: true, LOCAL: true, PERSIST: true, PERSIST_ONLY: true }, Wp = { avg: true, sum: true, count: true, max: true, min: true, group_concat: true, std: true, variance: true, current_date: true, current_time: true, current_timestamp: true, current_user: true, user: true, session_user: true, system_user: true };
        function Yp() {
          return t2.includeLocations ? { loc: Ca(ba, pa) } : {};
        }
        function Vp(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function Xp(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3, ...Yp() };
        }
        function Qp(r3) {
          const t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function Kp(r3, t3, e3 = 3) {
          const n2 = [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function zp(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = Xp(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function Zp(r3) {
          const t3 = ub[r3];
          return t3 || (r3 || null);
        }
        function Jp(r3) {
          const t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            const r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = Zp(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        function rb(r3) {
          return "string" == typeof r3 ? { type: "same", value: r3 } : r3;
        }
        function tb(r3) {
          const t3 = r3.type || r3.ast && r3.ast.type;
          if ("aggr_func" === t3) throw new Error("Aggregations are not supported in lambda expressions");
          if ("select" === t3) throw new Error("Subqueries are not supported in lambda expressions");
          return "binary_expr" === t3 && (tb(r3.left), tb(r3.right)), true;
        }
        let eb = [];
        const nb = /* @__PURE__ */ new Set(), ob = /* @__PURE__ */ new Set(), ub = {};
        if ((e2 = a()) !== u && pa === r2.length) return e2;
        throw e2 !== u && pa < r2.length && Ea({ type: "end" }), Aa(ya, da < r2.length ? r2.charAt(da) : null, da < r2.length ? Ca(da, da + 1) : Ca(da, da));
      } };
    }, function(r, t, e) {
      r.exports = e(3);
    }, function(r, t) {
      r.exports = require_BigInteger();
    }, function(r, t, e) {
      "use strict";
      e.r(t), e.d(t, "Parser", (function() {
        return qt;
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
        return a;
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
        return A;
      })), e.d(n, "DEFAULT_OPT", (function() {
        return u;
      })), e.d(n, "escape", (function() {
        return f;
      })), e.d(n, "literalToSQL", (function() {
        return m;
      })), e.d(n, "columnIdentifierToSql", (function() {
        return d;
      })), e.d(n, "getParserOpt", (function() {
        return p;
      })), e.d(n, "identifierToSql", (function() {
        return y;
      })), e.d(n, "onPartitionsToSQL", (function() {
        return E;
      })), e.d(n, "replaceParams", (function() {
        return C;
      })), e.d(n, "returningToSQL", (function() {
        return j;
      })), e.d(n, "hasVal", (function() {
        return w;
      })), e.d(n, "setParserOpt", (function() {
        return b;
      })), e.d(n, "toUpper", (function() {
        return h;
      })), e.d(n, "topToSQL", (function() {
        return v;
      })), e.d(n, "triggerEventToSQL", (function() {
        return T;
      }));
      var u = { database: "trino", type: "table", trimQuery: true, parseOptions: { includeLocations: false } }, s = u;
      function a(r2, t2, e2) {
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
        return s;
      }
      function b(r2) {
        s = r2;
      }
      function v(r2) {
        if (r2) {
          var t2 = r2.value, e2 = r2.percent, n2 = r2.parentheses ? "(".concat(t2, ")") : t2, o2 = "TOP ".concat(n2);
          return e2 ? "".concat(o2, " ").concat(e2.toUpperCase()) : o2;
        }
      }
      function d(r2) {
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
      function y(r2, t2, e2) {
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
      function w(r2) {
        return r2;
      }
      function m(r2) {
        if (r2) {
          var t2 = r2.prefix, e2 = r2.type, n2 = r2.parentheses, u2 = r2.suffix, s2 = r2.value, a2 = "object" === o(r2) ? s2 : r2;
          switch (e2) {
            case "backticks_quote_string":
              a2 = "`".concat(s2, "`");
              break;
            case "string":
              a2 = "'".concat(s2, "'");
              break;
            case "regex_string":
              a2 = 'r"'.concat(s2, '"');
              break;
            case "hex_string":
              a2 = "X'".concat(s2, "'");
              break;
            case "full_hex_string":
              a2 = "0x".concat(s2);
              break;
            case "natural_string":
              a2 = "N'".concat(s2, "'");
              break;
            case "bit_string":
              a2 = "b'".concat(s2, "'");
              break;
            case "double_quote_string":
              a2 = '"'.concat(s2, '"');
              break;
            case "single_quote_string":
              a2 = "'".concat(s2, "'");
              break;
            case "boolean":
            case "bool":
              a2 = s2 ? "TRUE" : "FALSE";
              break;
            case "null":
              a2 = "NULL";
              break;
            case "star":
              a2 = "*";
              break;
            case "param":
              a2 = "".concat(t2 || ":").concat(s2), t2 = null;
              break;
            case "origin":
              a2 = s2.toUpperCase();
              break;
            case "date":
            case "datetime":
            case "time":
            case "timestamp":
              a2 = "".concat(e2.toUpperCase(), " '").concat(s2, "'");
              break;
            case "var_string":
              a2 = "N'".concat(s2, "'");
              break;
            case "unicode_string":
              a2 = "U&'".concat(s2, "'");
          }
          var i2 = [];
          return t2 && i2.push(h(t2)), i2.push(a2), u2 && ("string" == typeof u2 && i2.push(u2), "object" === o(u2) && (u2.collate ? i2.push(bt(u2.collate)) : i2.push(m(u2)))), a2 = i2.join(" "), n2 ? "(".concat(a2, ")") : a2;
        }
      }
      function L(r2) {
        if (!r2) return [];
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value;
        return [t2.toUpperCase(), e2, "string" == typeof n2 ? n2.toUpperCase() : m(n2)].filter(w);
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
      function E(r2) {
        var t2 = r2.type, e2 = r2.partitions;
        return [h(t2), "(".concat(e2.map((function(r3) {
          if ("range" !== r3.type) return m(r3);
          var t3 = r3.start, e3 = r3.end, n2 = r3.symbol;
          return "".concat(m(t3), " ").concat(h(n2), " ").concat(m(e3));
        })).join(", "), ")")].join(" ");
      }
      function A(r2) {
        var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.parentheses, u2 = r2.scale, s2 = r2.suffix, a2 = "";
        null != n2 && (a2 = u2 ? "".concat(n2, ", ").concat(u2) : n2), o2 && (a2 = "(".concat(a2, ")")), s2 && s2.length && (a2 += " ".concat(s2.join(" ")));
        var i2 = t2 ? "".concat(t2, ".") : "";
        return "".concat(i2).concat(e2).concat(a2);
      }
      function g(r2) {
        if (r2) {
          var t2 = r2.dataType, e2 = r2.definition, n2 = r2.anglebracket, o2 = h(t2);
          if ("ARRAY" !== o2 && "STRUCT" !== o2) return o2;
          var u2 = e2 && e2.map((function(r3) {
            return [r3.field_name, g(r3.field_type)].filter(w).join(" ");
          })).join(", ");
          return n2 ? "".concat(o2, "<").concat(u2, ">") : "".concat(o2, " ").concat(u2);
        }
      }
      function _(r2) {
        if (r2) {
          var t2 = [], e2 = r2.keyword, n2 = r2.symbol, o2 = r2.value;
          return t2.push(e2.toUpperCase()), n2 && t2.push(n2), t2.push(m(o2)), t2.join(" ");
        }
      }
      function T(r2) {
        return r2.map((function(r3) {
          var t2 = r3.keyword, e2 = r3.args, n2 = [h(t2)];
          if (e2) {
            var o2 = e2.keyword, u2 = e2.columns;
            n2.push(h(o2), u2.map(At).join(", "));
          }
          return n2.join(" ");
        })).join(" OR ");
      }
      function j(r2) {
        return r2 ? ["RETURNING", r2.columns.map(It).filter(w).join(", ")].join(" ") : "";
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
          var e2 = r2.keyword, n2 = r2.seed, o2 = r2.increment, u2 = r2.parentheses, s2 = h(e2);
          return u2 && (s2 += "(".concat(m(n2), ", ").concat(m(o2), ")")), s2;
        }
      }
      function I(r2) {
        if (r2) return r2.map(jt).filter(w).join(", ");
      }
      function R(r2) {
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
      function k(r2) {
        if (r2) {
          var t2 = r2.type, e2 = r2.expr, n2 = r2.symbol, o2 = t2.toUpperCase(), u2 = [];
          switch (u2.push(o2), o2) {
            case "KEY_BLOCK_SIZE":
              n2 && u2.push(n2), u2.push(m(e2));
              break;
            case "BTREE":
            case "HASH":
              u2.length = 0, u2.push.apply(u2, R(N(r2)));
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
              u2.push(n2, h(e2.value), E(e2.on));
              break;
            default:
              u2.push(n2, m(e2));
          }
          return u2.filter(w).join(" ");
        }
      }
      function U(r2) {
        return r2 ? r2.map(k) : [];
      }
      function M(r2) {
        var t2 = r2.constraint_type, e2 = r2.index_type, n2 = r2.index_options, o2 = void 0 === n2 ? [] : n2, u2 = r2.definition, s2 = r2.on, a2 = r2.with, i2 = [];
        if (i2.push.apply(i2, R(N(e2))), u2 && u2.length) {
          var c2 = "CHECK" === h(t2) ? "(".concat(lt(u2[0]), ")") : "(".concat(u2.map((function(r3) {
            return lt(r3);
          })).join(", "), ")");
          i2.push(c2);
        }
        return i2.push(U(o2).join(" ")), a2 && i2.push("WITH (".concat(U(a2).join(", "), ")")), s2 && i2.push("ON [".concat(s2, "]")), i2;
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
        var o2 = r2.right.escape || {}, u2 = Array.isArray(r2.left) ? r2.left.map(lt).join(", ") : lt(r2.left), s2 = bt(r2.collate), a2 = [u2, t2, e2, h(o2.type), lt(o2.value)].filter(w).join("." === t2 ? "" : " "), i2 = r2.parentheses ? "(".concat(a2, ")") : a2;
        return s2 && (i2 = "".concat(i2, " ").concat(s2)), i2;
      }
      function P(r2) {
        var t2 = r2.name, e2 = r2.type;
        switch (e2) {
          case "table":
          case "view":
            var n2 = [y(t2.db), y(t2.table)].filter(w).join(".");
            return "".concat(h(e2), " ").concat(n2);
          case "column":
            return "COLUMN ".concat(At(t2));
          default:
            return "".concat(h(e2), " ").concat(m(t2));
        }
      }
      function $(r2) {
        var t2 = r2.keyword, e2 = r2.expr;
        return [h(t2), m(e2)].filter(w).join(" ");
      }
      function F(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return G(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return G(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? G(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function G(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function B(r2) {
        return r2 ? [r2.prefix.map(m).join(" "), lt(r2.value), r2.suffix.map(m).join(" ")] : [];
      }
      function H(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat(F(B(n2)), F(B(e2))).filter(w).join(" ")) : (function(r3) {
          var t3 = r3.seperator, e3 = r3.value;
          return 1 === e3.length && "offset" === t3 ? i("OFFSET", lt(e3[0])) : i("LIMIT", e3.map(lt).join("".concat("offset" === t3 ? " " : "").concat(h(t3), " ")));
        })(r2) : "";
        var t2, e2, n2;
      }
      function q(r2) {
        if (r2 && 0 !== r2.length) {
          var t2 = r2[0].recursive ? "RECURSIVE " : "", e2 = r2.map((function(r3) {
            var t3 = r3.name, e3 = r3.stmt, n2 = r3.columns, o2 = Array.isArray(n2) ? "(".concat(n2.map(At).join(", "), ")") : "", u2 = a("values" === e3.type ? "VALUES" : "", lt, e3);
            return "".concat("default" === t3.type ? y(t3.value) : m(t3)).concat(o2, " AS (").concat(u2, ")");
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
              n2.push(o2, "string" == typeof e2 ? y(e2) : lt(e2));
          }
          return n2.filter(w).join(" ");
        }
      }
      function Y(r2) {
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, u2 = r2.for, s2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = void 0 === c2 ? {} : c2, f2 = r2.locking_read, p2 = r2.groupby, b2 = r2.having, d2 = r2.into, y2 = void 0 === d2 ? {} : d2, L2 = r2.isolation, C2 = r2.limit, E2 = r2.options, A2 = r2.orderby, g2 = r2.parentheses_symbol, _2 = r2.qualify, T2 = r2.top, j2 = r2.window, S2 = r2.with, x2 = r2.where, I2 = [q(S2), "SELECT", h(t2)];
        Array.isArray(E2) && I2.push(E2.join(" ")), I2.push((function(r3) {
          if (r3) {
            if ("string" == typeof r3) return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [h(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(w).join(" ");
          }
        })(o2), v(T2), Ot(e2, s2));
        var R2 = y2.position, O2 = "";
        R2 && (O2 = a("INTO", W, y2)), "column" === R2 && I2.push(O2), I2.push(a("FROM", Cr, s2)), "from" === R2 && I2.push(O2);
        var N2 = l2 || {}, k2 = N2.keyword, U2 = N2.expr;
        I2.push(a(k2, lt, U2)), I2.push(a("WHERE", lt, x2)), p2 && (I2.push(i("GROUP BY", ft(p2.columns).join(", "))), I2.push(ft(p2.modifiers).join(", "))), I2.push(a("HAVING", lt, b2)), I2.push(a("QUALIFY", lt, _2)), I2.push(a("WINDOW", lt, j2)), I2.push(pt(A2, "order by")), I2.push(bt(n2)), I2.push(H(C2)), L2 && I2.push(a(L2.keyword, m, L2.expr)), I2.push(h(f2)), "end" === R2 && I2.push(O2), I2.push((function(r3) {
          if (r3) {
            var t3 = r3.expr, e3 = r3.keyword, n3 = [h(r3.type), h(e3)];
            return t3 ? "".concat(n3.join(" "), "(").concat(lt(t3), ")") : n3.join(" ");
          }
        })(u2));
        var M2 = I2.filter(w).join(" ");
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
        var u2, s2 = true, a2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return s2 = r3.done, r3;
        }, e: function(r3) {
          a2 = true, u2 = r3;
        }, f: function() {
          try {
            s2 || null == e2.return || e2.return();
          } finally {
            if (a2) throw u2;
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
            var o2 = t2.value, u2 = {}, s2 = o2.value;
            for (var a2 in o2) "value" !== a2 && "keyword" !== a2 && (u2[a2] = o2[a2]);
            var i2 = [At(u2)], c2 = "";
            s2 && (c2 = lt(s2), i2.push("=", c2)), e2.push(i2.filter(w).join(" "));
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
        return ["@".concat(t2), "=", lt(e2)].filter(w).join(" ");
      }
      function z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.terminated, n2 = r2.enclosed, o2 = r2.escaped;
        return [h(t2), m(e2), m(n2), m(o2)].filter(w).join(" ");
      }
      function Z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.starting, n2 = r2.terminated;
        return [h(t2), m(e2), m(n2)].filter(w).join(" ");
      }
      function J(r2) {
        if (!r2) return "";
        var t2 = r2.count, e2 = r2.suffix;
        return ["IGNORE", m(t2), e2].filter(w).join(" ");
      }
      function rr(r2) {
        if (!r2) return "";
        var t2 = r2.mode, e2 = r2.local, n2 = r2.file, o2 = r2.replace_ignore, u2 = r2.table, s2 = r2.partition, i2 = r2.character_set, c2 = r2.column, l2 = r2.fields, f2 = r2.lines, p2 = r2.set, b2 = r2.ignore;
        return ["LOAD DATA", h(t2), h(e2), "INFILE", m(n2), h(o2), "INTO TABLE", Lr(u2), ar(s2), a("CHARACTER SET", m, i2), z(l2), Z(f2), J(b2), Ot(c2), a("SET", Q, p2)].filter(w).join(" ");
      }
      function tr(r2) {
        var t2 = r2.left, e2 = r2.right, n2 = r2.symbol, o2 = r2.keyword;
        t2.keyword = o2;
        var u2 = lt(t2), s2 = lt(e2);
        return [u2, h(n2), s2].filter(w).join(" ");
      }
      function er(r2) {
        var t2, e2, n2, o2, u2 = r2.keyword, s2 = r2.suffix, i2 = "";
        switch (h(u2)) {
          case "BINLOG":
            e2 = (t2 = r2).in, n2 = t2.from, o2 = t2.limit, i2 = [a("IN", m, e2 && e2.right), a("FROM", Cr, n2), H(o2)].filter(w).join(" ");
            break;
          case "CHARACTER":
          case "COLLATION":
            i2 = (function(r3) {
              var t3 = r3.expr;
              if (t3) return "LIKE" === h(t3.op) ? a("LIKE", m, t3.right) : a("WHERE", lt, t3);
            })(r2);
            break;
          case "COLUMNS":
          case "INDEXES":
          case "INDEX":
            i2 = a("FROM", Cr, r2.from);
            break;
          case "GRANTS":
            i2 = (function(r3) {
              var t3 = r3.for;
              if (t3) {
                var e3 = t3.user, n3 = t3.host, o3 = t3.role_list, u3 = "'".concat(e3, "'");
                return n3 && (u3 += "@'".concat(n3, "'")), ["FOR", u3, o3 && "USING", o3 && o3.map((function(r4) {
                  return "'".concat(r4, "'");
                })).join(", ")].filter(w).join(" ");
              }
            })(r2);
            break;
          case "CREATE":
            i2 = a("", Lr, r2[s2]);
            break;
          case "VAR":
            i2 = ct(r2.var), u2 = "";
        }
        return ["SHOW", h(u2), h(s2), i2].filter(w).join(" ");
      }
      var nr = { alter: function(r2) {
        var t2 = r2.keyword;
        switch (void 0 === t2 ? "table" : t2) {
          case "aggregate":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name, u2 = r3.type, s2 = t3.expr, a2 = t3.orderby;
              return [h(u2), h(n2), [[y(o2.schema), y(o2.name)].filter(w).join("."), "(".concat(s2.map(nt).join(", ")).concat(a2 ? [" ORDER", "BY", a2.map(nt).join(", ")].join(" ") : "", ")")].filter(w).join(""), et(e2)].filter(w).join(" ");
            })(r2);
          case "table":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.table, n2 = r3.if_exists, o2 = r3.prefix, u2 = r3.expr, s2 = void 0 === u2 ? [] : u2, a2 = h(t3), i2 = Cr(e2), c2 = s2.map(lt);
              return [a2, "TABLE", h(n2), m(o2), i2, c2.join(", ")].filter(w).join(" ");
            })(r2);
          case "schema":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.schema;
              return [h(r3.type), h(e2), y(n2), et(t3)].filter(w).join(" ");
            })(r2);
          case "sequence":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.keyword, n2 = r3.sequence, o2 = r3.if_exists, u2 = r3.expr, s2 = void 0 === u2 ? [] : u2, a2 = h(t3), i2 = Cr(n2), c2 = s2.map(Qr);
              return [a2, h(e2), h(o2), i2, c2.join(", ")].filter(w).join(" ");
            })(r2);
          case "domain":
          case "type":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.name;
              return [h(r3.type), h(e2), [y(n2.schema), y(n2.name)].filter(w).join("."), et(t3)].filter(w).join(" ");
            })(r2);
          case "function":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name;
              return [h(r3.type), h(n2), [[y(o2.schema), y(o2.name)].filter(w).join("."), t3 && "(".concat(t3.expr ? t3.expr.map(nt).join(", ") : "", ")")].filter(w).join(""), et(e2)].filter(w).join(" ");
            })(r2);
          case "view":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.columns, n2 = r3.attributes, o2 = r3.select, u2 = r3.view, s2 = r3.with, a2 = h(t3), i2 = Lr(u2), c2 = [a2, "VIEW", i2];
              e2 && c2.push("(".concat(e2.map(At).join(", "), ")"));
              n2 && c2.push("WITH ".concat(n2.map(h).join(", ")));
              c2.push("AS", Y(o2)), s2 && c2.push(h(s2));
              return c2.filter(w).join(" ");
            })(r2);
        }
      }, analyze: function(r2) {
        var t2 = r2.type, e2 = r2.table;
        return [h(t2), Lr(e2)].join(" ");
      }, attach: function(r2) {
        var t2 = r2.type, e2 = r2.database, n2 = r2.expr, o2 = r2.as, u2 = r2.schema;
        return [h(t2), h(e2), lt(n2), h(o2), y(u2)].filter(w).join(" ");
      }, create: function(r2) {
        var t2 = r2.keyword, e2 = "";
        switch (t2.toLowerCase()) {
          case "aggregate":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, u2 = r3.args, s2 = r3.options, a2 = [h(t3), h(e3), h(n2)], i2 = [y(o2.schema), o2.name].filter(w).join("."), c2 = "".concat(u2.expr.map(nt).join(", ")).concat(u2.orderby ? [" ORDER", "BY", u2.orderby.map(nt).join(", ")].join(" ") : "");
              return a2.push("".concat(i2, "(").concat(c2, ")"), "(".concat(s2.map(rt).join(", "), ")")), a2.filter(w).join(" ");
            })(r2);
            break;
          case "table":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.table, o2 = r3.like, u2 = r3.as, s2 = r3.temporary, a2 = r3.if_not_exists, i2 = r3.create_definitions, c2 = r3.table_options, l2 = r3.ignore_replace, f2 = r3.replace, b2 = r3.partition_of, v2 = r3.query_expr, d2 = r3.unlogged, y2 = r3.with, L2 = [h(t3), h(f2), h(s2), h(d2), h(e3), h(a2), Cr(n2)];
              if (o2) {
                var C2 = o2.type, E2 = Cr(o2.table);
                return L2.push(h(C2), E2), L2.filter(w).join(" ");
              }
              if (b2) return L2.concat([zr(b2)]).filter(w).join(" ");
              i2 && L2.push("(".concat(i2.map(Qr).join(", "), ")"));
              if (c2) {
                var A2 = p().database, g2 = A2 && "sqlite" === A2.toLowerCase() ? ", " : " ";
                L2.push(c2.map(Er).join(g2));
              }
              if (y2) {
                var _2 = y2.map((function(r4) {
                  return [m(r4.keyword), h(r4.symbol), m(r4.value)].join(" ");
                })).join(", ");
                L2.push("WITH (".concat(_2, ")"));
              }
              L2.push(h(l2), h(u2)), v2 && L2.push(or(v2));
              return L2.filter(w).join(" ");
            })(r2);
            break;
          case "trigger":
            e2 = "constraint" === r2.resource ? (function(r3) {
              var t3 = r3.constraint, e3 = r3.constraint_kw, n2 = r3.deferrable, o2 = r3.events, u2 = r3.execute, s2 = r3.for_each, a2 = r3.from, i2 = r3.location, c2 = r3.keyword, l2 = r3.or, f2 = r3.type, p2 = r3.table, b2 = r3.when, v2 = [h(f2), h(l2), h(e3), h(c2), y(t3), h(i2)], d2 = T(o2);
              v2.push(d2, "ON", Lr(p2)), a2 && v2.push("FROM", Lr(a2));
              v2.push.apply(v2, Yr(S(n2)).concat(Yr(S(s2)))), b2 && v2.push(h(b2.type), lt(b2.cond));
              return v2.push(h(u2.keyword), Wr(u2.expr)), v2.filter(w).join(" ");
            })(r2) : (function(r3) {
              var t3 = r3.definer, e3 = r3.for_each, n2 = r3.keyword, o2 = r3.execute, u2 = r3.type, s2 = r3.table, i2 = r3.if_not_exists, c2 = r3.temporary, l2 = r3.trigger, f2 = r3.events, p2 = r3.order, b2 = r3.time, v2 = r3.when, d2 = [h(u2), h(c2), lt(t3), h(n2), h(i2), Lr(l2), h(b2), f2.map((function(r4) {
                var t4 = [h(r4.keyword)], e4 = r4.args;
                return e4 && t4.push(h(e4.keyword), e4.columns.map(At).join(", ")), t4.join(" ");
              })), "ON", Lr(s2), h(e3 && e3.keyword), h(e3 && e3.args), p2 && "".concat(h(p2.keyword), " ").concat(y(p2.trigger)), a("WHEN", lt, v2), h(o2.prefix)];
              switch (o2.type) {
                case "set":
                  d2.push(a("SET", Q, o2.expr));
                  break;
                case "multiple":
                  d2.push(ur(o2.expr.ast));
              }
              return d2.push(h(o2.suffix)), d2.filter(w).join(" ");
            })(r2);
            break;
          case "extension":
            e2 = (function(r3) {
              var t3 = r3.extension, e3 = r3.from, n2 = r3.if_not_exists, o2 = r3.keyword, u2 = r3.schema, s2 = r3.type, i2 = r3.with, c2 = r3.version;
              return [h(s2), h(o2), h(n2), m(t3), h(i2), a("SCHEMA", m, u2), a("VERSION", m, c2), a("FROM", m, e3)].filter(w).join(" ");
            })(r2);
            break;
          case "function":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, u2 = r3.args, s2 = r3.returns, a2 = r3.options, i2 = r3.last, c2 = [h(t3), h(e3), h(n2)], l2 = [m(o2.schema), o2.name.map(m).join(".")].filter(w).join("."), f2 = u2.map(nt).filter(w).join(", ");
              return c2.push("".concat(l2, "(").concat(f2, ")"), (function(r4) {
                var t4 = r4.type, e4 = r4.keyword, n3 = r4.expr;
                return [h(t4), h(e4), Array.isArray(n3) ? "(".concat(n3.map(St).join(", "), ")") : Zr(n3)].filter(w).join(" ");
              })(s2), a2.map(Jr).join(" "), i2), c2.filter(w).join(" ");
            })(r2);
            break;
          case "index":
            e2 = (function(r3) {
              var t3 = r3.concurrently, e3 = r3.filestream_on, n2 = r3.keyword, o2 = r3.if_not_exists, u2 = r3.include, s2 = r3.index_columns, i2 = r3.index_type, c2 = r3.index_using, l2 = r3.index, f2 = r3.on, p2 = r3.index_options, b2 = r3.algorithm_option, v2 = r3.lock_option, d2 = r3.on_kw, L2 = r3.table, C2 = r3.tablespace, E2 = r3.type, A2 = r3.where, g2 = r3.with, _2 = r3.with_before_where, T2 = g2 && "WITH (".concat(U(g2).join(", "), ")"), j2 = u2 && "".concat(h(u2.keyword), " (").concat(u2.columns.map((function(r4) {
                return "string" == typeof r4 ? y(r4) : lt(r4);
              })).join(", "), ")"), S2 = l2;
              l2 && (S2 = "string" == typeof l2 ? y(l2) : [y(l2.schema), y(l2.name)].filter(w).join("."));
              var x2 = [h(E2), h(i2), h(n2), h(o2), h(t3), S2, h(d2), Lr(L2)].concat(Yr(N(c2)), ["(".concat(I(s2), ")"), j2, U(p2).join(" "), et(b2), et(v2), a("TABLESPACE", m, C2)]);
              _2 ? x2.push(T2, a("WHERE", lt, A2)) : x2.push(a("WHERE", lt, A2), T2);
              return x2.push(a("ON", lt, f2), a("FILESTREAM_ON", m, e3)), x2.filter(w).join(" ");
            })(r2);
            break;
          case "sequence":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.sequence, o2 = r3.temporary, u2 = r3.if_not_exists, s2 = r3.create_definitions, a2 = [h(t3), h(o2), h(e3), h(u2), Cr(n2)];
              s2 && a2.push(s2.map(Qr).join(" "));
              return a2.filter(w).join(" ");
            })(r2);
            break;
          case "database":
          case "schema":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.replace, o2 = r3.if_not_exists, u2 = r3.create_definitions, s2 = r3[e3], a2 = s2.db, i2 = s2.schema, c2 = [m(a2), i2.map(m).join(".")].filter(w).join("."), l2 = [h(t3), h(n2), h(e3), h(o2), c2];
              u2 && l2.push(u2.map(Er).join(" "));
              return l2.filter(w).join(" ");
            })(r2);
            break;
          case "view":
            e2 = (function(r3) {
              var t3 = r3.algorithm, e3 = r3.columns, n2 = r3.definer, o2 = r3.if_not_exists, u2 = r3.keyword, s2 = r3.recursive, a2 = r3.replace, i2 = r3.select, c2 = r3.sql_security, l2 = r3.temporary, f2 = r3.type, p2 = r3.view, b2 = r3.with, v2 = r3.with_options, m2 = p2.db, C2 = p2.schema, E2 = p2.view, A2 = [y(m2), y(C2), y(E2)].filter(w).join(".");
              return [h(f2), h(a2), h(l2), h(s2), t3 && "ALGORITHM = ".concat(h(t3)), lt(n2), c2 && "SQL SECURITY ".concat(h(c2)), h(u2), h(o2), A2, e3 && "(".concat(e3.map(d).join(", "), ")"), v2 && ["WITH", "(".concat(v2.map((function(r4) {
                return L(r4).join(" ");
              })).join(", "), ")")].join(" "), "AS", or(i2), h(b2)].filter(w).join(" ");
            })(r2);
            break;
          case "domain":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.domain, n2 = r3.type, o2 = r3.keyword, u2 = r3.target, s2 = r3.create_definitions, a2 = [h(n2), h(o2), [y(e3.schema), y(e3.name)].filter(w).join("."), h(t3), A(u2)];
              if (s2 && s2.length > 0) {
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
                  var u3, s3 = true, a3 = false;
                  return { s: function() {
                    e4 = e4.call(r4);
                  }, n: function() {
                    var r5 = e4.next();
                    return s3 = r5.done, r5;
                  }, e: function(r5) {
                    a3 = true, u3 = r5;
                  }, f: function() {
                    try {
                      s3 || null == e4.return || e4.return();
                    } finally {
                      if (a3) throw u3;
                    }
                  } };
                })(s2);
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
                a2.push(c2.filter(w).join(" "));
              }
              return a2.filter(w).join(" ");
            })(r2);
            break;
          case "type":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.create_definitions, n2 = r3.keyword, o2 = r3.name, u2 = r3.resource, s2 = [h(r3.type), h(n2), [y(o2.schema), y(o2.name)].filter(w).join("."), h(t3), h(u2)];
              if (e3) {
                var a2 = [];
                switch (u2) {
                  case "enum":
                  case "range":
                    a2.push(lt(e3));
                    break;
                  default:
                    a2.push("(".concat(e3.map(Qr).join(", "), ")"));
                }
                s2.push(a2.filter(w).join(" "));
              }
              return s2.filter(w).join(" ");
            })(r2);
            break;
          case "user":
            e2 = (function(r3) {
              var t3 = r3.attribute, e3 = r3.comment, n2 = r3.default_role, o2 = r3.if_not_exists, u2 = r3.keyword, s2 = r3.lock_option, i2 = r3.password_options, c2 = r3.require, l2 = r3.resource_options, f2 = r3.type, p2 = r3.user.map((function(r4) {
                var t4 = r4.user, e4 = r4.auth_option, n3 = [kr(t4)];
                return e4 && n3.push(h(e4.keyword), e4.auth_plugin, m(e4.value)), n3.filter(w).join(" ");
              })).join(", "), b2 = [h(f2), h(u2), h(o2), p2];
              n2 && b2.push(h(n2.keyword), n2.value.map(kr).join(", "));
              b2.push(a(c2 && c2.keyword, lt, c2 && c2.value)), l2 && b2.push(h(l2.keyword), l2.value.map((function(r4) {
                return lt(r4);
              })).join(" "));
              i2 && i2.forEach((function(r4) {
                return b2.push(a(r4.keyword, lt, r4.value));
              }));
              return b2.push(m(s2), _(e3), m(t3)), b2.filter(w).join(" ");
            })(r2);
            break;
          default:
            throw new Error("unknown create resource ".concat(t2));
        }
        return e2;
      }, comment: function(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = r2.target;
        return [h(r2.type), h(e2), P(n2), $(t2)].filter(w).join(" ");
      }, select: Y, deallocate: function(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.expr;
        return [h(t2), h(e2), lt(n2)].filter(w).join(" ");
      }, delete: function(r2) {
        var t2 = r2.columns, e2 = r2.from, n2 = r2.table, o2 = r2.where, u2 = r2.orderby, s2 = r2.with, i2 = r2.limit, c2 = r2.returning, l2 = [q(s2), "DELETE"], f2 = Ot(t2, e2);
        return l2.push(f2), Array.isArray(n2) && (1 === n2.length && true === n2[0].addition || l2.push(Cr(n2))), l2.push(a("FROM", Cr, e2)), l2.push(a("WHERE", lt, o2)), l2.push(pt(u2, "order by")), l2.push(H(i2)), l2.push(j(c2)), l2.filter(w).join(" ");
      }, exec: function(r2) {
        var t2 = r2.keyword, e2 = r2.module, n2 = r2.parameters;
        return [h(t2), Lr(e2), (n2 || []).map(K).filter(w).join(", ")].filter(w).join(" ");
      }, execute: function(r2) {
        var t2 = r2.type, e2 = r2.name, n2 = r2.args, o2 = [h(t2)], u2 = [e2];
        n2 && u2.push("(".concat(lt(n2).join(", "), ")"));
        return o2.push(u2.join("")), o2.filter(w).join(" ");
      }, explain: function(r2) {
        var t2 = r2.type, e2 = r2.expr;
        return [h(t2), Y(e2)].join(" ");
      }, for: function(r2) {
        var t2 = r2.type, e2 = r2.label, n2 = r2.target, o2 = r2.query, u2 = r2.stmts;
        return [e2, h(t2), n2, "IN", ur([o2]), "LOOP", ur(u2), "END LOOP", e2].filter(w).join(" ");
      }, update: function(r2) {
        var t2 = r2.from, e2 = r2.table, n2 = r2.set, o2 = r2.where, u2 = r2.orderby, s2 = r2.with, i2 = r2.limit, c2 = r2.returning;
        return [q(s2), "UPDATE", Cr(e2), a("SET", Q, n2), a("FROM", Cr, t2), a("WHERE", lt, o2), pt(u2, "order by"), H(i2), j(c2)].filter(w).join(" ");
      }, if: function(r2) {
        var t2 = r2.boolean_expr, e2 = r2.else_expr, n2 = r2.elseif_expr, o2 = r2.if_expr, u2 = r2.prefix, s2 = r2.go, a2 = r2.semicolons, i2 = r2.suffix, c2 = [h(r2.type), lt(t2), m(u2), "".concat(Tr(o2.ast || o2)).concat(a2[0]), h(s2)];
        n2 && c2.push(n2.map((function(r3) {
          return [h(r3.type), lt(r3.boolean_expr), "THEN", Tr(r3.then.ast || r3.then), r3.semicolon].filter(w).join(" ");
        })).join(" "));
        e2 && c2.push("ELSE", "".concat(Tr(e2.ast || e2)).concat(a2[1]));
        return c2.push(m(i2)), c2.filter(w).join(" ");
      }, insert: fr, load_data: rr, drop: Rr, truncate: Rr, replace: fr, declare: function(r2) {
        var t2 = r2.type, e2 = r2.declare, n2 = r2.symbol, o2 = [h(t2)], u2 = e2.map((function(r3) {
          var t3 = r3.at, e3 = r3.name, n3 = r3.as, o3 = r3.constant, u3 = r3.datatype, s2 = r3.not_null, a2 = r3.prefix, i2 = r3.definition, c2 = r3.keyword, l2 = [[t3, e3].filter(w).join(""), h(n3), h(o3)];
          switch (c2) {
            case "variable":
              l2.push(gt(u3), lt(r3.collate), h(s2)), i2 && l2.push(h(i2.keyword), lt(i2.value));
              break;
            case "cursor":
              l2.push(h(a2));
              break;
            case "table":
              l2.push(h(a2), "(".concat(i2.map(Qr).join(", "), ")"));
          }
          return l2.filter(w).join(" ");
        })).join("".concat(n2, " "));
        return o2.push(u2), o2.join(" ");
      }, use: function(r2) {
        var t2 = r2.type, e2 = r2.db, n2 = h(t2), o2 = y(e2);
        return "".concat(n2, " ").concat(o2);
      }, rename: function(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = [], o2 = "".concat(t2 && t2.toUpperCase(), " TABLE");
        if (e2) {
          var u2, s2 = jr(e2);
          try {
            for (s2.s(); !(u2 = s2.n()).done; ) {
              var a2 = u2.value.map(Lr);
              n2.push(a2.join(" TO "));
            }
          } catch (r3) {
            s2.e(r3);
          } finally {
            s2.f();
          }
        }
        return "".concat(o2, " ").concat(n2.join(", "));
      }, call: function(r2) {
        var t2 = lt(r2.expr);
        return "".concat("CALL", " ").concat(t2);
      }, desc: Or, describe: Or, set: function(r2) {
        var t2 = r2.type, e2 = r2.expr, n2 = r2.keyword, o2 = h(t2), u2 = e2.map(lt).join(", ");
        return [o2, h(n2), u2].filter(w).join(" ");
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
        n2 && u2.push([m(n2.keyword), "format" === n2.type && n2.expr.length > 0 && ","].filter(w).join(""), n2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        o2 && u2.push(h(o2.type), h(o2.option), o2.symbol, o2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        return u2.filter(w).join(" ");
      }, transaction: function(r2) {
        var t2 = r2.expr, e2 = t2.action, n2 = t2.keyword, o2 = t2.modes, u2 = [m(e2), h(n2)];
        return o2 && u2.push(o2.map(m).join(", ")), u2.filter(w).join(" ");
      } };
      function or(r2) {
        if (!r2) return "";
        for (var t2 = nr[r2.type], e2 = r2, n2 = e2._parentheses, o2 = e2._orderby, u2 = e2._limit, s2 = [n2 && "(", t2(r2)]; r2._next; ) {
          var a2 = nr[r2._next.type], i2 = h(r2.set_op);
          s2.push(i2, a2(r2._next)), r2 = r2._next;
        }
        return s2.push(n2 && ")", pt(o2, "order by"), H(u2)), s2.filter(w).join(" ");
      }
      function ur(r2) {
        for (var t2 = [], e2 = 0, n2 = r2.length; e2 < n2; ++e2) {
          var o2 = r2[e2] && r2[e2].ast ? r2[e2].ast : r2[e2], u2 = or(o2);
          e2 === n2 - 1 && "transaction" === o2.type && (u2 = "".concat(u2, " ;")), t2.push(u2);
        }
        return t2.join(" ; ");
      }
      function sr(r2) {
        var t2 = r2.type;
        return "select" === t2 ? or(r2) : ("values" === t2 ? r2.values : r2).map((function(r3) {
          var t3 = lt(r3);
          return [h(r3.prefix), "(".concat(t3, ")")].filter(w).join("");
        })).join(", ");
      }
      function ar(r2) {
        if (!r2) return "";
        var t2 = ["PARTITION", "("];
        if (Array.isArray(r2)) t2.push(r2.map((function(r3) {
          return y(r3);
        })).join(", "));
        else {
          var e2 = r2.value;
          t2.push(e2.map(lt).join(", "));
        }
        return t2.push(")"), t2.filter(w).join("");
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
            o2.push("UPDATE", a("SET", Q, t2.set), a("WHERE", lt, t2.where));
        }
        return o2.filter(w).join(" ");
      }
      function lr(r2) {
        if (!r2) return "";
        var t2 = r2.action;
        return [ir(r2.target), cr(t2)].filter(w).join(" ");
      }
      function fr(r2) {
        var t2 = r2.table, e2 = r2.type, n2 = r2.or, o2 = void 0 === n2 ? [] : n2, u2 = r2.prefix, s2 = void 0 === u2 ? "into" : u2, i2 = r2.columns, c2 = r2.conflict, l2 = r2.values, f2 = r2.where, p2 = r2.on_duplicate_update, b2 = r2.partition, v2 = r2.returning, d2 = r2.set, y2 = p2 || {}, L2 = y2.keyword, C2 = y2.set, E2 = [h(e2), o2.map(m).join(" "), h(s2), Cr(t2), ar(b2)];
        return Array.isArray(i2) && E2.push("(".concat(i2.map(m).join(", "), ")")), E2.push(a(l2 && "values" === l2.type ? "VALUES" : "", sr, l2)), E2.push(a("ON CONFLICT", lr, c2)), E2.push(a("SET", Q, d2)), E2.push(a("WHERE", lt, f2)), E2.push(a(L2, Q, C2)), E2.push(j(v2)), E2.filter(w).join(" ");
      }
      function pr(r2) {
        var t2 = r2.expr, e2 = r2.unit, n2 = r2.suffix;
        return ["INTERVAL", lt(t2), h(e2), lt(n2)].filter(w).join(" ");
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
      function dr(r2) {
        var t2 = r2.type, e2 = r2.as, n2 = r2.expr, o2 = r2.with_offset;
        return ["".concat(h(t2), "(").concat(n2 && lt(n2) || "", ")"), a("AS", "string" == typeof e2 ? y : lt, e2), a(h(o2 && o2.keyword), y, o2 && o2.as)].filter(w).join(" ");
      }
      function yr(r2) {
        if (r2) switch (r2.type) {
          case "pivot":
          case "unpivot":
            return (function(r3) {
              var t2 = r3.as, e2 = r3.column, n2 = r3.expr, o2 = r3.in_expr, u2 = r3.type, s2 = [lt(n2), "FOR", At(e2), D(o2)], a2 = ["".concat(h(u2), "(").concat(s2.join(" "), ")")];
              return t2 && a2.push("AS", y(t2)), a2.join(" ");
            })(r2);
          default:
            return "";
        }
      }
      function hr(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = r2.index, o2 = r2.index_columns, u2 = r2.parentheses, s2 = r2.prefix, a2 = [];
          switch (t2.toLowerCase()) {
            case "forceseek":
              a2.push(h(t2), "(".concat(y(n2)), "(".concat(o2.map(lt).filter(w).join(", "), "))"));
              break;
            case "spatial_window_max_cells":
              a2.push(h(t2), "=", lt(e2));
              break;
            case "index":
              a2.push(h(s2), h(t2), u2 ? "(".concat(e2.map((function(r3) {
                return y(r3);
              })).join(", "), ")") : "= ".concat(y(e2)));
              break;
            default:
              a2.push(lt(e2));
          }
          return a2.filter(w).join(" ");
        }
      }
      function wr(r2, t2) {
        var e2 = r2.name, n2 = r2.symbol;
        return [h(e2), n2, t2].filter(w).join(" ");
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
        return t2.filter(w).join(" ");
      }
      function Lr(r2) {
        if ("UNNEST" === h(r2.type)) return dr(r2);
        var t2, e2, n2, o2, u2 = r2.table, s2 = r2.db, i2 = r2.as, c2 = r2.expr, l2 = r2.operator, f2 = r2.prefix, p2 = r2.schema, b2 = r2.server, v2 = r2.suffix, d2 = r2.tablesample, C2 = r2.temporal_table, E2 = r2.table_hint, A2 = r2.surround, g2 = void 0 === A2 ? {} : A2, _2 = y(b2, false, g2.server), T2 = y(s2, false, g2.db), j2 = y(p2, false, g2.schema), S2 = u2 && y(u2, false, g2.table);
        if (c2) switch (c2.type) {
          case "values":
            var x2 = c2.parentheses, I2 = c2.values, R2 = c2.prefix, O2 = [x2 && "(", "", x2 && ")"], N2 = sr(I2);
            R2 && (N2 = N2.split("(").slice(1).map((function(r3) {
              return "".concat(h(R2), "(").concat(r3);
            })).join("")), O2[1] = "VALUES ".concat(N2), S2 = O2.filter(w).join("");
            break;
          case "tumble":
            S2 = (function(r3) {
              if (!r3) return "";
              var t3 = r3.data, e3 = r3.timecol, n3 = r3.offset, o3 = r3.size, u3 = [y(t3.expr.db), y(t3.expr.schema), y(t3.expr.table)].filter(w).join("."), s3 = "DESCRIPTOR(".concat(At(e3.expr), ")"), a2 = ["TABLE(TUMBLE(TABLE ".concat(wr(t3, u3)), wr(e3, s3)], i3 = wr(o3, pr(o3.expr));
              return n3 && n3.expr ? a2.push(i3, "".concat(wr(n3, pr(n3.expr)), "))")) : a2.push("".concat(i3, "))")), a2.filter(w).join(", ");
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
        var k2 = [[_2, T2, j2, S2 = [h(f2), S2, h(v2)].filter(w).join(" ")].filter(w).join(".")];
        if (d2) {
          var U2 = ["TABLESAMPLE", lt(d2.expr), m(d2.repeatable)].filter(w).join(" ");
          k2.push(U2);
        }
        k2.push((function(r3) {
          if (r3) {
            var t3 = r3.keyword, e3 = r3.expr;
            return [h(t3), mr(e3)].filter(w).join(" ");
          }
        })(C2), a("AS", "string" == typeof i2 ? y : lt, i2), yr(l2)), E2 && k2.push(h(E2.keyword), "(".concat(E2.expr.map(hr).filter(w).join(", "), ")"));
        var M2 = k2.filter(w).join(" ");
        return r2.parentheses ? "(".concat(M2, ")") : M2;
      }
      function Cr(r2) {
        if (!r2) return "";
        if (!Array.isArray(r2)) {
          var t2 = r2.expr, e2 = r2.parentheses, n2 = r2.joins, o2 = Cr(t2);
          if (e2) {
            for (var u2 = [], s2 = [], i2 = true === e2 ? 1 : e2.length, c2 = 0; c2++ < i2; ) u2.push("("), s2.push(")");
            var l2 = n2 && n2.length > 0 ? Cr([""].concat(br(n2))) : "";
            return u2.join("") + o2 + s2.join("") + l2;
          }
          return o2;
        }
        var f2 = r2[0], p2 = [];
        if ("dual" === f2.type) return "DUAL";
        p2.push(Lr(f2));
        for (var b2 = 1; b2 < r2.length; ++b2) {
          var v2 = r2[b2], d2 = v2.on, y2 = v2.using, L2 = v2.join, C2 = [], E2 = Array.isArray(v2) || Object.hasOwnProperty.call(v2, "joins");
          C2.push(L2 ? " ".concat(h(L2)) : ","), C2.push(E2 ? Cr(v2) : Lr(v2)), C2.push(a("ON", lt, d2)), y2 && C2.push("USING (".concat(y2.map(m).join(", "), ")")), p2.push(C2.filter(w).join(" "));
        }
        return p2.filter(w).join("");
      }
      function Er(r2) {
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
        return o2.push(u2), o2.filter(w).join(" ");
      }
      var Ar = ["analyze", "attach", "select", "deallocate", "delete", "exec", "update", "insert", "drop", "rename", "truncate", "call", "desc", "describe", "use", "alter", "set", "create", "lock", "unlock", "declare", "show", "replace", "if", "grant", "revoke", "proc", "raise", "execute", "transaction", "explain", "comment", "load_data"];
      function gr(r2) {
        var t2 = r2 && r2.ast ? r2.ast : r2;
        if (!Ar.includes(t2.type)) throw new Error("".concat(t2.type, " statements not supported at the moment"));
      }
      function _r(r2) {
        return Array.isArray(r2) ? (r2.forEach(gr), ur(r2)) : (gr(r2), or(r2));
      }
      function Tr(r2) {
        return "go" === r2.go ? (function r3(t2) {
          if (!t2 || 0 === t2.length) return "";
          var e2 = [_r(t2.ast)];
          return t2.go_next && e2.push(t2.go.toUpperCase(), r3(t2.go_next)), e2.filter((function(r4) {
            return r4;
          })).join(" ");
        })(r2) : _r(r2);
      }
      function jr(r2, t2) {
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
        var u2, s2 = true, a2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return s2 = r3.done, r3;
        }, e: function(r3) {
          a2 = true, u2 = r3;
        }, f: function() {
          try {
            s2 || null == e2.return || e2.return();
          } finally {
            if (a2) throw u2;
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
      function Rr(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.name, o2 = r2.prefix, u2 = r2.suffix, s2 = [h(t2), h(e2), h(o2)];
        switch (e2) {
          case "table":
            s2.push(Cr(n2));
            break;
          case "trigger":
            s2.push([n2[0].schema ? "".concat(y(n2[0].schema), ".") : "", y(n2[0].trigger)].filter(w).join(""));
            break;
          case "database":
          case "schema":
          case "procedure":
            s2.push(y(n2));
            break;
          case "view":
            s2.push(Cr(n2), r2.options && r2.options.map(lt).filter(w).join(" "));
            break;
          case "index":
            s2.push.apply(s2, [At(n2)].concat(Sr(r2.table ? ["ON", Lr(r2.table)] : []), [r2.options && r2.options.map(lt).filter(w).join(" ")]));
            break;
          case "type":
            s2.push(n2.map(At).join(", "), r2.options && r2.options.map(lt).filter(w).join(" "));
        }
        return u2 && s2.push(u2.map(lt).filter(w).join(" ")), s2.filter(w).join(" ");
      }
      function Or(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = h(t2), o2 = "string" == typeof e2 ? y(e2) : Lr(e2);
        return "".concat(n2, " ").concat(o2);
      }
      function Nr(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.tables, o2 = [t2.toUpperCase(), h(e2)];
        if ("UNLOCK" === t2.toUpperCase()) return o2.join(" ");
        var u2, s2 = [], a2 = jr(n2);
        try {
          var i2 = function() {
            var r3 = u2.value, t3 = r3.table, e3 = r3.lock_type, n3 = [Lr(t3)];
            if (e3) {
              n3.push(["prefix", "type", "suffix"].map((function(r4) {
                return h(e3[r4]);
              })).filter(w).join(" "));
            }
            s2.push(n3.join(" "));
          };
          for (a2.s(); !(u2 = a2.n()).done; ) i2();
        } catch (r3) {
          a2.e(r3);
        } finally {
          a2.f();
        }
        return o2.push.apply(o2, [s2.join(", ")].concat(Sr((function(r3) {
          var t3 = r3.lock_mode, e3 = r3.nowait, n3 = [];
          if (t3) {
            var o3 = t3.mode;
            n3.push(o3.toUpperCase());
          }
          return e3 && n3.push(e3.toUpperCase()), n3;
        })(r2)))), o2.filter(w).join(" ");
      }
      function kr(r2) {
        var t2 = r2.name, e2 = r2.host, n2 = [m(t2)];
        return e2 && n2.push("@", m(e2)), n2.join("");
      }
      function Ur(r2) {
        var t2 = r2.type, e2 = r2.grant_option_for, n2 = r2.keyword, o2 = r2.objects, u2 = r2.on, s2 = r2.to_from, a2 = r2.user_or_roles, i2 = r2.with, c2 = [h(t2), m(e2)], l2 = o2.map((function(r3) {
          var t3 = r3.priv, e3 = r3.columns, n3 = [lt(t3)];
          return e3 && n3.push("(".concat(e3.map(At).join(", "), ")")), n3.join(" ");
        })).join(", ");
        if (c2.push(l2), u2) switch (c2.push("ON"), n2) {
          case "priv":
            c2.push(m(u2.object_type), u2.priv_level.map((function(r3) {
              return [y(r3.prefix), y(r3.name)].filter(w).join(".");
            })).join(", "));
            break;
          case "proxy":
            c2.push(kr(u2));
        }
        return c2.push(h(s2), a2.map(kr).join(", ")), c2.push(m(i2)), c2.filter(w).join(" ");
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
          var t2 = r2.constraint, e2 = r2.constraint_type, n2 = r2.enforced, o2 = r2.index, u2 = r2.keyword, s2 = r2.reference_definition, i2 = r2.for, c2 = r2.with_values, l2 = [], f2 = p().database;
          l2.push(h(u2)), l2.push(y(t2));
          var b2 = h(e2);
          return "sqlite" === f2.toLowerCase() && "UNIQUE KEY" === b2 && (b2 = "UNIQUE"), l2.push(b2), l2.push("sqlite" !== f2.toLowerCase() && y(o2)), l2.push.apply(l2, Mr(M(r2))), l2.push.apply(l2, Mr(_t(s2))), l2.push(h(n2)), l2.push(a("FOR", y, i2)), l2.push(m(c2)), l2.filter(w).join(" ");
        }
      }
      function $r(r2) {
        if (r2) {
          var t2 = r2.type;
          return "rows" === t2 ? [h(t2), lt(r2.expr)].filter(w).join(" ") : lt(r2);
        }
      }
      function Fr(r2) {
        if ("string" == typeof r2) return r2;
        var t2 = r2.window_specification;
        return "(".concat((function(r3) {
          var t3 = r3.name, e2 = r3.partitionby, n2 = r3.orderby, o2 = r3.window_frame_clause;
          return [t3, pt(e2, "partition by"), pt(n2, "order by"), $r(o2)].filter(w).join(" ");
        })(t2), ")");
      }
      function Gr(r2) {
        var t2 = r2.name, e2 = r2.as_window_specification;
        return "".concat(t2, " AS ").concat(Fr(e2));
      }
      function Br(r2) {
        if (r2) {
          var t2 = r2.as_window_specification, e2 = r2.expr, n2 = r2.keyword, o2 = r2.type, u2 = r2.parentheses, s2 = h(o2);
          if ("WINDOW" === s2) return "OVER ".concat(Fr(t2));
          if ("ON UPDATE" === s2) {
            var a2 = "".concat(h(o2), " ").concat(h(n2)), i2 = lt(e2) || [];
            return u2 && (a2 = "".concat(a2, "(").concat(i2.join(", "), ")")), a2;
          }
          if (r2.partitionby) return ["OVER", "(".concat(pt(r2.partitionby, "partition by")), "".concat(pt(r2.orderby, "order by"), ")")].filter(w).join(" ");
          throw new Error("unknown over type");
        }
      }
      function Hr(r2) {
        if (!r2 || !r2.array) return "";
        var t2 = r2.array.keyword;
        if (t2) return h(t2);
        for (var e2 = r2.array, n2 = e2.dimension, o2 = e2.length, u2 = [], s2 = 0; s2 < n2; s2++) u2.push("["), o2 && o2[s2] && u2.push(m(o2[s2])), u2.push("]");
        return u2.join("");
      }
      function qr(r2) {
        for (var t2 = r2.target, e2 = r2.expr, n2 = r2.keyword, o2 = r2.symbol, u2 = r2.as, s2 = r2.offset, a2 = r2.parentheses, i2 = r2.collate, c2 = Ct({ expr: e2, offset: s2 }), l2 = [], f2 = 0, p2 = t2.length; f2 < p2; ++f2) {
          var b2 = t2[f2], v2 = b2.angle_brackets, d2 = b2.length, L2 = b2.dataType, C2 = b2.parentheses, E2 = b2.quoted, A2 = b2.scale, g2 = b2.suffix, _2 = b2.expr, T2 = _2 ? lt(_2) : "";
          null != d2 && (T2 = A2 ? "".concat(d2, ", ").concat(A2) : d2), C2 && (T2 = "(".concat(T2, ")")), v2 && (T2 = "<".concat(T2, ">")), g2 && g2.length && (T2 += " ".concat(g2.map(m).join(" ")));
          var j2 = "::", S2 = "", x2 = [];
          "as" === o2 && (0 === f2 && (c2 = "".concat(h(n2), "(").concat(c2)), S2 = ")", j2 = " ".concat(o2.toUpperCase(), " ")), 0 === f2 && x2.push(c2);
          var I2 = Hr(b2);
          x2.push(j2, E2, L2, E2, I2, T2, S2), l2.push(x2.filter(w).join(""));
        }
        var R2 = bt(i2);
        u2 && l2.push(" AS ".concat(y(u2)));
        var O2 = [l2.filter(w).join(""), R2].filter(w).join(" ");
        return a2 ? "(".concat(O2, ")") : O2;
      }
      function Wr(r2) {
        var t2 = r2.args, e2 = r2.array_index, n2 = r2.collate, o2 = r2.name, u2 = r2.args_parentheses, s2 = r2.parentheses, a2 = r2.within_group, i2 = r2.over, c2 = r2.suffix, l2 = Br(i2), f2 = (function(r3) {
          if (!r3) return "";
          var t3 = r3.type, e3 = r3.keyword, n3 = r3.orderby;
          return [h(t3), h(e3), "(".concat(pt(n3, "order by"), ")")].filter(w).join(" ");
        })(a2), p2 = lt(c2), b2 = bt(n2), v2 = [m(o2.schema), o2.name.map(m).join(".")].filter(w).join(".");
        if (!t2) return [v2, b2, f2, l2].filter(w).join(" ");
        var d2 = r2.separator || ", ", y2 = 0;
        if ("TRIM" === h(v2)) for (var L2 = 0, C2 = t2.value.length; L2 < C2; ++L2) {
          var E2 = t2.value[L2];
          if ("origin" === E2.type && "from" === E2.value) {
            y2 = L2;
            break;
          }
        }
        var A2 = [v2];
        A2.push(false === u2 ? " " : "(");
        var g2 = lt(t2);
        if (Array.isArray(d2)) {
          for (var _2 = g2[0], T2 = 1, j2 = g2.length; T2 < j2; ++T2) _2 = [_2, g2[T2]].join(" ".concat(lt(d2[T2 - 1]), " "));
          A2.push(_2);
        } else "TRIM" === h(v2) && y2 > 0 ? A2.push([g2.slice(0, y2 + 1).join(" "), g2.slice(y2 + 1).join(", ")].join(" ")) : A2.push(g2.join(d2));
        return false !== u2 && A2.push(")"), A2.push(Et(e2)), A2 = [A2.join(""), p2, b2].filter(w).join(" "), [s2 ? "(".concat(A2, ")") : A2, f2, l2].filter(w).join(" ");
      }
      function Yr(r2) {
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
            return e2 = [], n2 = (t2 = r2).keyword, o2 = t2.index, e2.push(h(n2)), e2.push(o2), e2.push.apply(e2, R(M(t2))), e2.filter(w).join(" ");
          case "constraint":
            return Pr(r2);
          case "sequence":
            return [h(r2.prefix), lt(r2.value)].filter(w).join(" ");
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
        return t2.filter(w).join(" ");
      }
      function zr(r2) {
        var t2 = r2.keyword, e2 = r2.table, n2 = r2.for_values, o2 = r2.tablespace, u2 = [h(t2), Lr(e2), h(n2.keyword), Kr(n2.expr)];
        return o2 && u2.push("TABLESPACE", m(o2)), u2.filter(w).join(" ");
      }
      function Zr(r2) {
        return r2.dataType ? A(r2) : [y(r2.db), y(r2.schema), y(r2.table)].filter(w).join(".");
      }
      function Jr(r2) {
        var t2 = r2.type;
        switch (t2) {
          case "as":
            return [h(t2), r2.symbol, or(r2.declare), h(r2.begin), ur(r2.expr), h(r2.end), r2.symbol].filter(w).join(" ");
          case "set":
            return [h(t2), r2.parameter, h(r2.value && r2.value.prefix), r2.value && r2.value.expr.map(lt).join(", ")].filter(w).join(" ");
          case "return":
            return [h(t2), lt(r2.expr)].filter(w).join(" ");
          default:
            return lt(r2);
        }
      }
      function rt(r2) {
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value, o2 = [h(t2), e2];
        switch (h(t2)) {
          case "SFUNC":
            o2.push([y(n2.schema), n2.name].filter(w).join("."));
            break;
          case "STYPE":
          case "MSTYPE":
            o2.push(A(n2));
            break;
          default:
            o2.push(lt(n2));
        }
        return o2.filter(w).join(" ");
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
        var t2 = r2.action, e2 = r2.create_definitions, n2 = r2.if_not_exists, o2 = r2.keyword, u2 = r2.if_exists, s2 = r2.old_column, a2 = r2.prefix, i2 = r2.resource, c2 = r2.symbol, l2 = r2.suffix, f2 = "", p2 = [];
        switch (i2) {
          case "column":
            p2 = [St(r2)];
            break;
          case "index":
            p2 = M(r2), f2 = r2[i2];
            break;
          case "table":
          case "schema":
            f2 = y(r2[i2]);
            break;
          case "aggregate":
          case "function":
          case "domain":
          case "type":
            f2 = y(r2[i2]);
            break;
          case "algorithm":
          case "lock":
          case "table-option":
            f2 = [c2, h(r2[i2])].filter(w).join(" ");
            break;
          case "constraint":
            f2 = y(r2[i2]), p2 = [Qr(e2)];
            break;
          case "partition":
            p2 = [tt(t2, r2.partitions)];
            break;
          case "key":
            f2 = y(r2[i2]);
            break;
          default:
            f2 = [c2, r2[i2]].filter((function(r3) {
              return null !== r3;
            })).join(" ");
        }
        var b2 = [h(t2), h(o2), h(n2), h(u2), s2 && At(s2), h(a2), f2 && f2.trim(), p2.filter(w).join(" ")];
        return l2 && b2.push(h(l2.keyword), l2.expr && At(l2.expr)), b2.filter(w).join(" ");
      }
      function nt(r2) {
        var t2 = r2.default && [h(r2.default.keyword), lt(r2.default.value)].join(" ");
        return [h(r2.mode), r2.name, A(r2.type), t2].filter(w).join(" ");
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
              })).filter(w).join(", ") : lt(n2);
              return e2 ? "[".concat(u2, "]") : o2 ? "(".concat(u2, ")") : u2;
            })(r2);
          default:
            return "";
        }
      }
      function st(r2) {
        var t2 = r2.definition, e2 = r2.keyword, n2 = r2.orderby, o2 = r2.limit, u2 = [h(e2)];
        return t2 && "object" === ot(t2) && (u2.length = 0, u2.push(g(t2))), u2.push(ut(r2), pt(n2, "order by"), H(o2)), u2.filter(w).join("");
      }
      function at(r2) {
        return (at = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var it = { alter: et, aggr_func: function(r2) {
        var t2 = r2.args, e2 = r2.filter, n2 = r2.over, o2 = r2.within_group_orderby, u2 = lt(t2.expr);
        u2 = Array.isArray(u2) ? u2.join(", ") : u2;
        var s2 = r2.name, a2 = Br(n2);
        t2.distinct && (u2 = ["DISTINCT", u2].join(" ")), t2.separator && t2.separator.delimiter && (u2 = [u2, m(t2.separator.delimiter)].join("".concat(t2.separator.symbol, " "))), t2.separator && t2.separator.expr && (u2 = [u2, lt(t2.separator.expr)].join(" ")), t2.orderby && (u2 = [u2, pt(t2.orderby, "order by")].join(" ")), t2.separator && t2.separator.value && (u2 = [u2, h(t2.separator.keyword), m(t2.separator.value)].filter(w).join(" "));
        var i2 = o2 ? "WITHIN GROUP (".concat(pt(o2, "order by"), ")") : "", c2 = e2 ? "FILTER (WHERE ".concat(lt(e2.where), ")") : "";
        return ["".concat(s2, "(").concat(u2, ")"), i2, a2, c2].filter(w).join(" ");
      }, any_value: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = r2.over, o2 = t2.expr, u2 = t2.having, s2 = "".concat(h(e2), "(").concat(lt(o2));
        return u2 && (s2 = "".concat(s2, " HAVING ").concat(h(u2.prefix), " ").concat(lt(u2.expr))), [s2 = "".concat(s2, ")"), Br(n2)].filter(w).join(" ");
      }, window_func: function(r2) {
        var t2 = r2.over;
        return [(function(r3) {
          var t3 = r3.args, e2 = r3.name, n2 = r3.consider_nulls, o2 = void 0 === n2 ? "" : n2, u2 = r3.separator, s2 = void 0 === u2 ? ", " : u2;
          return [e2, "(", t3 ? lt(t3).join(s2) : "", ")", o2 && " ", o2].filter(w).join("");
        })(r2), Br(t2)].filter(w).join(" ");
      }, array: st, assign: tr, binary_expr: D, case: function(r2) {
        var t2 = ["CASE"], e2 = r2.args, n2 = r2.expr, o2 = r2.parentheses;
        n2 && t2.push(lt(n2));
        for (var u2 = 0, s2 = e2.length; u2 < s2; ++u2) t2.push(e2[u2].type.toUpperCase()), e2[u2].cond && (t2.push(lt(e2[u2].cond)), t2.push("THEN")), t2.push(lt(e2[u2].result));
        return t2.push("END"), o2 ? "(".concat(t2.join(" "), ")") : t2.join(" ");
      }, cast: qr, collate: bt, column_ref: At, column_definition: St, datatype: A, extract: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = t2.field, o2 = t2.cast_type, u2 = t2.source, s2 = ["".concat(h(e2), "(").concat(h(n2)), "FROM", h(o2), lt(u2)];
        return "".concat(s2.filter(w).join(" "), ")");
      }, flatten: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = ["input", "path", "outer", "recursive", "mode"].map((function(r3) {
          return (function(r4) {
            if (!r4) return "";
            var t3 = r4.type, e3 = r4.symbol, n3 = r4.value;
            return [h(t3), e3, lt(n3)].filter(w).join(" ");
          })(t2[r3]);
        })).filter(w).join(", ");
        return "".concat(h(e2), "(").concat(n2, ")");
      }, fulltext_search: function(r2) {
        var t2 = r2.against, e2 = r2.as, n2 = r2.columns, o2 = r2.match, u2 = r2.mode, s2 = [h(o2), "(".concat(n2.map((function(r3) {
          return At(r3);
        })).join(", "), ")")].join(" "), a2 = [h(t2), ["(", lt(r2.expr), u2 && " ".concat(m(u2)), ")"].filter(w).join("")].join(" ");
        return [s2, a2, xt(e2)].filter(w).join(" ");
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
        return o2 && u2.push("ON", "NULL", lt(o2)), u2.filter(w).join(" ");
      }, json_visitor: function(r2) {
        return [r2.symbol, lt(r2.expr)].join("");
      }, func_arg: function(r2) {
        var t2 = r2.value;
        return [t2.name, t2.symbol, lt(t2.expr)].filter(w).join(" ");
      }, show: er, struct: st, tablefunc: function(r2) {
        var t2 = r2.as, e2 = r2.name, n2 = r2.args, o2 = [m(e2.schema), e2.name.map(m).join(".")].filter(w).join(".");
        return ["".concat(o2, "(").concat(lt(n2).join(", "), ")"), "AS", Wr(t2)].join(" ");
      }, tables: Cr, unnest: dr, values: sr, window: function(r2) {
        return r2.expr.map(Gr).join(", ");
      } };
      function ct(r2) {
        var t2 = r2.prefix, e2 = void 0 === t2 ? "@" : t2, n2 = r2.name, o2 = r2.members, u2 = r2.quoted, s2 = r2.suffix, a2 = [], i2 = o2 && o2.length > 0 ? "".concat(n2, ".").concat(o2.join(".")) : n2, c2 = "".concat(e2 || "").concat(i2);
        return s2 && (c2 += s2), a2.push(c2), [u2, a2.join(" "), u2].filter(w).join("");
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
          var s2 = t2.type;
          return "expr" === s2 ? lt(t2.expr) : it[s2] ? it[s2](t2) : m(t2);
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
              return [lt(r3.expr), r3.type || "ASC", h(r3.nulls)].filter(w).join(" ");
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
          var t2 = r2.keyword, e2 = r2.collate, n2 = e2.name, o2 = e2.symbol, u2 = e2.value, s2 = [h(t2)];
          return u2 || s2.push(o2), s2.push(Array.isArray(n2) ? n2.map(m).join(".") : m(n2)), u2 && s2.push(o2), s2.push(lt(u2)), s2.filter(w).join(" ");
        }
      }
      function vt(r2) {
        return (vt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function dt(r2, t2) {
        var e2 = Object.keys(r2);
        if (Object.getOwnPropertySymbols) {
          var n2 = Object.getOwnPropertySymbols(r2);
          t2 && (n2 = n2.filter((function(t3) {
            return Object.getOwnPropertyDescriptor(r2, t3).enumerable;
          }))), e2.push.apply(e2, n2);
        }
        return e2;
      }
      function yt(r2) {
        for (var t2 = 1; t2 < arguments.length; t2++) {
          var e2 = null != arguments[t2] ? arguments[t2] : {};
          t2 % 2 ? dt(Object(e2), true).forEach((function(t3) {
            ht(r2, t3, e2[t3]);
          })) : Object.getOwnPropertyDescriptors ? Object.defineProperties(r2, Object.getOwnPropertyDescriptors(e2)) : dt(Object(e2)).forEach((function(t3) {
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
      function wt(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return Lt(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || mt(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function mt(r2, t2) {
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
        if ("string" == typeof r2) return y(r2, t2);
        var e2 = r2.expr, n2 = r2.offset, o2 = r2.suffix, u2 = n2 && n2.map((function(r3) {
          return ["[", r3.name, "".concat(r3.name ? "(" : ""), m(r3.value), "".concat(r3.name ? ")" : ""), "]"].filter(w).join("");
        })).join("");
        return [lt(e2), u2, o2].filter(w).join("");
      }
      function Et(r2) {
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
          var u3, s2 = true, a2 = false;
          return { s: function() {
            e3 = e3.call(r3);
          }, n: function() {
            var r4 = e3.next();
            return s2 = r4.done, r4;
          }, e: function(r4) {
            a2 = true, u3 = r4;
          }, f: function() {
            try {
              s2 || null == e3.return || e3.return();
            } finally {
              if (a2) throw u3;
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
        var t2 = r2.array_index, e2 = r2.as, n2 = r2.column, o2 = r2.collate, u2 = r2.db, s2 = r2.isDual, i2 = r2.notations, c2 = void 0 === i2 ? [] : i2, l2 = r2.options, f2 = r2.schema, p2 = r2.table, b2 = r2.parentheses, v2 = r2.suffix, d2 = r2.order_by, m2 = r2.subFields, L2 = void 0 === m2 ? [] : m2, C2 = "*" === n2 ? "*" : Ct(n2, s2), E2 = [u2, f2, p2].filter(w).map((function(r3) {
          return "".concat("string" == typeof r3 ? y(r3) : lt(r3));
        })), A2 = E2[0];
        if (A2) {
          for (var g2 = 1; g2 < E2.length; ++g2) A2 = "".concat(A2).concat(c2[g2] || ".").concat(E2[g2]);
          C2 = "".concat(A2).concat(c2[g2] || ".").concat(C2);
        }
        var _2 = [C2 = ["".concat(C2).concat(Et(t2))].concat(wt(L2)).join("."), bt(o2), lt(l2), a("AS", lt, e2)];
        _2.push("string" == typeof v2 ? h(v2) : lt(v2)), _2.push(h(d2));
        var T2 = _2.filter(w).join(" ");
        return b2 ? "(".concat(T2, ")") : T2;
      }
      function gt(r2) {
        if (r2) {
          var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.suffix, u2 = r2.scale, s2 = r2.expr, a2 = A({ schema: t2, dataType: e2, length: n2, suffix: o2, scale: u2, parentheses: null != n2 });
          if (s2 && (a2 += lt(s2)), r2.array) {
            var i2 = Hr(r2);
            a2 += [/^\[.*\]$/.test(i2) ? "" : " ", i2].join("");
          }
          return a2;
        }
      }
      function _t(r2) {
        var t2 = [];
        if (!r2) return t2;
        var e2 = r2.definition, n2 = r2.keyword, o2 = r2.match, u2 = r2.table, s2 = r2.on_action;
        return t2.push(h(n2)), t2.push(Cr(u2)), t2.push(e2 && "(".concat(e2.map((function(r3) {
          return lt(r3);
        })).join(", "), ")")), t2.push(h(o2)), s2.map((function(r3) {
          return t2.push(h(r3.type), lt(r3.value));
        })), t2.filter(w);
      }
      function Tt(r2) {
        var t2 = [], e2 = r2.nullable, n2 = r2.character_set, o2 = r2.check, u2 = r2.comment, s2 = r2.constraint, i2 = r2.collate, c2 = r2.storage, l2 = r2.using, f2 = r2.default_val, b2 = r2.generated, v2 = r2.auto_increment, d2 = r2.unique, y2 = r2.primary_key, C2 = r2.column_format, E2 = r2.reference_definition, A2 = r2.generated_by_default, g2 = [h(e2 && e2.action), h(e2 && e2.value)].filter(w).join(" ");
        if (b2 || t2.push(g2), f2) {
          var T2 = f2.type, j2 = f2.value;
          t2.push(T2.toUpperCase(), lt(j2));
        }
        var S2 = p().database;
        return s2 && t2.push(h(s2.keyword), m(s2.constraint)), t2.push(Pr(o2)), t2.push((function(r3) {
          if (r3) return [h(r3.value), "(".concat(lt(r3.expr), ")"), h(r3.storage_type)].filter(w).join(" ");
        })(b2)), b2 && t2.push(g2), t2.push(x(v2), h(y2), h(d2), m(A2), _(u2)), t2.push.apply(t2, wt(L(n2))), "sqlite" !== S2.toLowerCase() && t2.push(lt(i2)), t2.push.apply(t2, wt(L(C2))), t2.push.apply(t2, wt(L(c2))), t2.push.apply(t2, wt(_t(E2))), t2.push(a("USING", lt, l2)), t2.filter(w).join(" ");
      }
      function jt(r2) {
        var t2 = r2.order_by, e2 = r2.column, n2 = r2.collate, o2 = r2.nulls, u2 = r2.opclass, s2 = "string" == typeof e2 ? { type: "column_ref", table: r2.table, column: e2 } : yt(yt({}, r2), {}, { order_by: null });
        return s2.collate = null, [lt(s2), lt(n2), u2, h(t2), h(o2)].filter(w).join(" ");
      }
      function St(r2) {
        var t2 = [], e2 = At(r2.column), n2 = gt(r2.definition);
        return t2.push(e2), t2.push(n2), t2.push(Tt(r2)), t2.filter(w).join(" ");
      }
      function xt(r2) {
        return r2 ? "object" === vt(r2) ? ["AS", lt(r2)].join(" ") : ["AS", /^(`?)[a-z_][0-9a-z_]*(`?)$/i.test(r2) ? y(r2) : d(r2)].join(" ") : "";
      }
      function It(r2, t2) {
        var e2 = r2.expr, n2 = r2.type;
        if ("cast" === n2) return qr(r2);
        t2 && (e2.isDual = t2);
        var o2 = lt(e2), u2 = r2.expr_list;
        if (u2) {
          var s2 = [o2], a2 = u2.map((function(r3) {
            return It(r3, t2);
          })).join(", ");
          return s2.push([h(n2), n2 && "(", a2, n2 && ")"].filter(w).join("")), s2.filter(w).join(" ");
        }
        return e2.parentheses && Reflect.has(e2, "array_index") && "cast" !== e2.type && (o2 = "(".concat(o2, ")")), e2.array_index && "column_ref" !== e2.type && "function" !== e2.type && (o2 = "".concat(o2).concat(Et(e2.array_index))), [o2, xt(r2.as)].filter(w).join(" ");
      }
      function Rt(r2) {
        var t2 = Array.isArray(r2) && r2[0];
        return !(!t2 || "dual" !== t2.type);
      }
      function Ot(r2, t2) {
        if (!r2 || "*" === r2) return r2;
        var e2 = Rt(t2);
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
        var t2 = "object" === at(r2._next) ? or(r2) : Y(r2);
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
      var Nt = e(0);
      function kt(r2) {
        return (kt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var Ut, Mt, Dt, Pt = (Ut = {}, Mt = "trino", Dt = Nt.parse, (Mt = (function(r2) {
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
      })(Mt)) in Ut ? Object.defineProperty(Ut, Mt, { value: Dt, enumerable: true, configurable: true, writable: true }) : Ut[Mt] = Dt, Ut);
      function $t(r2) {
        return ($t = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function Ft(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = (function(r3, t3) {
            if (r3) {
              if ("string" == typeof r3) return Gt(r3, t3);
              var e3 = {}.toString.call(r3).slice(8, -1);
              return "Object" === e3 && r3.constructor && (e3 = r3.constructor.name), "Map" === e3 || "Set" === e3 ? Array.from(r3) : "Arguments" === e3 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e3) ? Gt(r3, t3) : void 0;
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
        var u2, s2 = true, a2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return s2 = r3.done, r3;
        }, e: function(r3) {
          a2 = true, u2 = r3;
        }, f: function() {
          try {
            s2 || null == e2.return || e2.return();
          } finally {
            if (a2) throw u2;
          }
        } };
      }
      function Gt(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Bt(r2, t2) {
        for (var e2 = 0; e2 < t2.length; e2++) {
          var n2 = t2[e2];
          n2.enumerable = n2.enumerable || false, n2.configurable = true, "value" in n2 && (n2.writable = true), Object.defineProperty(r2, Ht(n2.key), n2);
        }
      }
      function Ht(r2) {
        var t2 = (function(r3, t3) {
          if ("object" != $t(r3) || !r3) return r3;
          var e2 = r3[Symbol.toPrimitive];
          if (void 0 !== e2) {
            var n2 = e2.call(r3, t3 || "default");
            if ("object" != $t(n2)) return n2;
            throw new TypeError("@@toPrimitive must return a primitive value.");
          }
          return ("string" === t3 ? String : Number)(r3);
        })(r2, "string");
        return "symbol" == $t(t2) ? t2 : t2 + "";
      }
      var qt = (function() {
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
          return b(t2), Tr(r2);
        } }, { key: "exprToSQL", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u;
          return b(t2), lt(r2);
        } }, { key: "columnsToSQL", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : u;
          if (b(e2), !r2 || "*" === r2) return [];
          var n2 = Rt(t2);
          return r2.map((function(r3) {
            return It(r3, n2);
          }));
        } }, { key: "parse", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u, e2 = t2.database, n2 = void 0 === e2 ? "trino" : e2;
          b(t2);
          var o2 = n2.toLowerCase();
          if (Pt[o2]) return Pt[o2](false === t2.trimQuery ? r2 : r2.trim(), t2.parseOptions || u.parseOptions);
          throw new Error("".concat(n2, " is not supported currently"));
        } }, { key: "whiteListCheck", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : u;
          if (t2 && 0 !== t2.length) {
            var n2 = e2.type, o2 = void 0 === n2 ? "table" : n2;
            if (!this["".concat(o2, "List")] || "function" != typeof this["".concat(o2, "List")]) throw new Error("".concat(o2, " is not valid check mode"));
            var s2, a2 = this["".concat(o2, "List")].bind(this), i2 = a2(r2, e2), c2 = true, l2 = "", f2 = Ft(i2);
            try {
              for (f2.s(); !(s2 = f2.n()).done; ) {
                var p2, b2 = s2.value, v2 = false, d2 = Ft(t2);
                try {
                  for (d2.s(); !(p2 = d2.n()).done; ) {
                    var y2 = p2.value, h2 = new RegExp("^".concat(y2, "$"), "i");
                    if (h2.test(b2)) {
                      v2 = true;
                      break;
                    }
                  }
                } catch (r3) {
                  d2.e(r3);
                } finally {
                  d2.f();
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
      "object" === ("undefined" == typeof self ? "undefined" : Wt(self)) && self && (self.NodeSQLParser = { Parser: qt, util: n }), "undefined" == typeof global && "object" === ("undefined" == typeof window ? "undefined" : Wt(window)) && window && (window.global = window), "object" === ("undefined" == typeof global ? "undefined" : Wt(global)) && global && global.window && (global.window.NodeSQLParser = { Parser: qt, util: n });
    }]));
  }
});
export default require_trino();
