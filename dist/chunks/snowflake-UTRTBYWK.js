import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  require_BigInteger
} from "./chunk-HH7QAQAU.js";
import {
  __commonJS
} from "./chunk-AUHH7KO2.js";

// node_modules/node-sql-parser/build/snowflake.js
var require_snowflake = __commonJS({
  "node_modules/node-sql-parser/build/snowflake.js"(exports) {
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
        var e2, u = {}, s = { start: za }, a = za, i = Wa("IF", true), c = Wa("EXTENSION", true), l = Wa("SCHEMA", true), f = Wa("VERSION", true), p = Wa("CASCADED", true), b = Wa("LOCAL", true), v = Wa("CHECK", true), d = Wa("OPTION", false), y = Wa("check_option", true), h = Wa("security_barrier", true), w = Wa("security_invoker", true), m = Wa("TYPE", true), L = Wa("DOMAIN", true), C = Wa("INCREMENT", true), E = Wa("MINVALUE", true), A = function(r3, t3) {
          return { resource: "sequence", prefix: r3.toLowerCase(), value: t3 };
        }, g = Wa("NO", true), T = Wa("MAXVALUE", true), _ = Wa("START", true), j = Wa("CACHE", true), S = Wa("CYCLE", true), x = Wa("OWNED", true), I = Wa("NONE", true), R = Wa("NULLS", true), O = Wa("FIRST", true), N = Wa("LAST", true), k = Wa("AUTO_INCREMENT", true), U = Wa("UNIQUE", true), M = Wa("KEY", true), P = Wa("PRIMARY", true), D = Wa("COLUMN_FORMAT", true), G = Wa("FIXED", true), $ = Wa("DYNAMIC", true), F = Wa("DEFAULT", true), B = Wa("STORAGE", true), H = Wa("DISK", true), q = Wa("MEMORY", true), W = Wa("CASCADE", true), Y = Wa("RESTRICT", true), V = Wa("OUT", true), X = Wa("VARIADIC", true), Q = Wa("INOUT", true), K = Wa("AGGREGATE", true), z = Wa("FUNCTION", true), Z = Wa("OWNER", true), J = Wa("CURRENT_ROLE", true), rr = Wa("CURRENT_USER", true), tr = Wa("SESSION_USER", true), er = Wa("ALGORITHM", true), nr = Wa("INSTANT", true), or = Wa("INPLACE", true), ur = Wa("COPY", true), sr = Wa("LOCK", true), ar = Wa("SHARED", true), ir = Wa("EXCLUSIVE", true), cr = Wa("PRIMARY KEY", true), lr = Wa("FOREIGN KEY", true), fr = Wa("MATCH FULL", true), pr = Wa("MATCH PARTIAL", true), br = Wa("MATCH SIMPLE", true), vr = Wa("SET NULL", true), dr = Wa("NO ACTION", true), yr = Wa("SET DEFAULT", true), hr = Wa("TRIGGER", true), wr = Wa("BEFORE", true), mr = Wa("AFTER", true), Lr = Wa("INSTEAD OF", true), Cr = Wa("ON", true), Er = Wa("EXECUTE", true), Ar = Wa("PROCEDURE", true), gr = Wa("OF", true), Tr = Wa("NOT", true), _r = Wa("DEFERRABLE", true), jr = Wa("INITIALLY IMMEDIATE", true), Sr = Wa("INITIALLY DEFERRED", true), xr = Wa("FOR", true), Ir = Wa("EACH", true), Rr = Wa("ROW", true), Or = Wa("STATEMENT", true), Nr = Wa("CHARACTER", true), kr = Wa("SET", true), Ur = Wa("CHARSET", true), Mr = Wa("COLLATE", true), Pr = Wa("AVG_ROW_LENGTH", true), Dr = Wa("KEY_BLOCK_SIZE", true), Gr = Wa("MAX_ROWS", true), $r = Wa("MIN_ROWS", true), Fr = Wa("STATS_SAMPLE_PAGES", true), Br = Wa("CONNECTION", true), Hr = Wa("COMPRESSION", true), qr = Wa("'", false), Wr = Wa("ZLIB", true), Yr = Wa("LZ4", true), Vr = Wa("ENGINE", true), Xr = Wa("IN", true), Qr = Wa("ACCESS SHARE", true), Kr = Wa("ROW SHARE", true), zr = Wa("ROW EXCLUSIVE", true), Zr = Wa("SHARE UPDATE EXCLUSIVE", true), Jr = Wa("SHARE ROW EXCLUSIVE", true), rt = Wa("ACCESS EXCLUSIVE", true), tt = Wa("SHARE", true), et = Wa("MODE", true), nt = Wa("NOWAIT", true), ot = Wa("TABLES", true), ut = Wa("PREPARE", true), st = Wa(";", false), at = Wa("(", false), it = Wa(")", false), ct = Wa("PERCENT", true), lt = Wa("exclude", true), ft = Wa("OUTFILE", true), pt = Wa("DUMPFILE", true), bt = Wa("BTREE", true), vt = Wa("HASH", true), dt = Wa("GIST", true), yt = Wa("GIN", true), ht = Wa("WITH", true), wt = Wa("PARSER", true), mt = Wa("VISIBLE", true), Lt = Wa("INVISIBLE", true), Ct = function(r3, t3) {
          return t3.unshift(r3), t3.forEach((r4) => {
            const { table: t4, as: e3 } = r4;
            Wb[t4] = t4, e3 && (Wb[e3] = t4), (function(r5) {
              const t5 = Gb(r5);
              r5.clear(), t5.forEach((t6) => r5.add(t6));
            })(qb);
          }), t3;
        }, Et = Wa("ROWCOUNT", true), At = Wa("TIMELIMIT", true), gt = Wa("=>", false), Tt = Wa("GENERATOR", true), _t = Wa("LATERAL", true), jt = Wa("TABLESAMPLE", true), St = Wa("REPEATABLE", true), xt = Wa("CROSS", true), It = Wa("PRECEDING", true), Rt = Wa("RANGE", true), Ot = Wa("FOLLOWING", true), Nt = Wa("CURRENT", true), kt = Wa("UNBOUNDED", true), Ut = Wa("=", false), Mt = Wa("DO", true), Pt = Wa("NOTHING", true), Dt = Wa("CONFLICT", true), Gt = function(r3, t3) {
          return Pb(r3, t3);
        }, $t = Wa("!", false), Ft = Wa(">=", false), Bt = Wa(">", false), Ht = Wa("<=", false), qt = Wa("<>", false), Wt = Wa("<", false), Yt = Wa("!=", false), Vt = Wa("SIMILAR", true), Xt = Wa("ESCAPE", true), Qt = Wa("+", false), Kt = Wa("-", false), zt = Wa("*", false), Zt = Wa("/", false), Jt = Wa("%", false), re = Wa("||", false), te = Wa("$", false), ee = Wa("~", false), ne = Wa("?|", false), oe = Wa("?&", false), ue = Wa("?", false), se = Wa("#-", false), ae = Wa("#>>", false), ie = Wa("#>", false), ce = Wa("@>", false), le = Wa("<@", false), fe = Wa("E", true), pe = function(r3) {
          return { type: "default", value: r3 };
        }, be = function(r3) {
          return true === Rb[r3.toUpperCase()];
        }, ve = Wa('"', false), de = /^[^"]/, ye = Ya(['"'], true, false), he = /^[^']/, we = Ya(["'"], true, false), me = Wa("`", false), Le = /^[^`]/, Ce = Ya(["`"], true, false), Ee = /^[A-Za-z0-9_\u4E00-\u9FA5]/, Ae = Ya([["A", "Z"], ["a", "z"], ["0", "9"], "_", ["\u4E00", "\u9FA5"]], false, false), ge = /^[A-Za-z0-9_\-$\u4E00-\u9FA5]/, Te = Ya([["A", "Z"], ["a", "z"], ["0", "9"], "_", "-", "$", ["\u4E00", "\u9FA5"]], false, false), _e = Wa(":", false), je = Wa("OVER", true), Se = Wa("FILTER", true), xe = Wa("FIRST_VALUE", true), Ie = Wa("LAST_VALUE", true), Re = Wa("ROW_NUMBER", true), Oe = Wa("DENSE_RANK", true), Ne = Wa("RANK", true), ke = Wa("LAG", true), Ue = Wa("LEAD", true), Me = Wa("NTH_VALUE", true), Pe = Wa("IGNORE", true), De = Wa("RESPECT", true), Ge = Wa("LISTAGG", true), $e = Wa("percentile_cont", true), Fe = Wa("percentile_disc", true), Be = Wa("within", true), He = Wa("mode", true), qe = Wa("BOTH", true), We = Wa("LEADING", true), Ye = Wa("TRAILING", true), Ve = Wa("trim", true), Xe = Wa("INPUT", true), Qe = Wa("PATH", true), Ke = Wa("OUTER", true), ze = Wa("RECURSIVE", true), Ze = Wa("POSITION", true), Je = Wa("now", true), rn = Wa("at", true), tn = Wa("zone", true), en = Wa("FLATTEN", true), nn = Wa("parse_json", true), on = Wa("CENTURY", true), un = Wa("DAY", true), sn = Wa("DATE", true), an = Wa("DECADE", true), cn = Wa("DOW", true), ln = Wa("DOY", true), fn = Wa("EPOCH", true), pn = Wa("HOUR", true), bn = Wa("ISODOW", true), vn = Wa("ISOYEAR", true), dn = Wa("MICROSECONDS", true), yn = Wa("MILLENNIUM", true), hn = Wa("MILLISECONDS", true), wn = Wa("MINUTE", true), mn = Wa("MONTH", true), Ln = Wa("QUARTER", true), Cn = Wa("SECOND", true), En = Wa("TIMEZONE", true), An = Wa("TIMEZONE_HOUR", true), gn = Wa("TIMEZONE_MINUTE", true), Tn = Wa("WEEK", true), _n = Wa("YEAR", true), jn = Wa("NTILE", true), Sn = /^[\n]/, xn = Ya(["\n"], false, false), In = /^[^"\\\0-\x1F\x7F]/, Rn = Ya(['"', "\\", ["\0", ""], "\x7F"], true, false), On = /^[^'\\]/, Nn = Ya(["'", "\\"], true, false), kn = Wa("\\'", false), Un = Wa('\\"', false), Mn = Wa("\\\\", false), Pn = Wa("\\/", false), Dn = Wa("\\b", false), Gn = Wa("\\f", false), $n = Wa("\\n", false), Fn = Wa("\\r", false), Bn = Wa("\\t", false), Hn = Wa("\\u", false), qn = Wa("\\", false), Wn = Wa("''", false), Yn = Wa('""', false), Vn = /^[\n\r]/, Xn = Ya(["\n", "\r"], false, false), Qn = Wa(".", false), Kn = /^[0-9]/, zn = Ya([["0", "9"]], false, false), Zn = /^[0-9a-fA-F]/, Jn = Ya([["0", "9"], ["a", "f"], ["A", "F"]], false, false), ro = /^[eE]/, to = Ya(["e", "E"], false, false), eo = /^[+\-]/, no = Ya(["+", "-"], false, false), oo = Wa("NULL", true), uo = Wa("NOT NULL", true), so = Wa("TRUE", true), ao = Wa("TO", true), io = Wa("TOP", true), co = Wa("FALSE", true), lo = Wa("SHOW", true), fo = Wa("DROP", true), po = Wa("USE", true), bo = Wa("ALTER", true), vo = Wa("SELECT", true), yo = Wa("UPDATE", true), ho = Wa("CREATE", true), wo = Wa("TEMPORARY", true), mo = Wa("TEMP", true), Lo = Wa("DELETE", true), Co = Wa("INSERT", true), Eo = Wa("REPLACE", true), Ao = Wa("RETURNING", true), go = Wa("RENAME", true), To = (Wa("EXPLAIN", true), Wa("PARTITION", true)), _o = Wa("INTO", true), jo = Wa("FROM", true), So = Wa("AS", true), xo = Wa("TABLE", true), Io = Wa("DATABASE", true), Ro = Wa("SEQUENCE", true), Oo = Wa("TABLESPACE", true), No = Wa("DEALLOCATE", true), ko = Wa("LEFT", true), Uo = Wa("RIGHT", true), Mo = Wa("FULL", true), Po = Wa("INNER", true), Do = Wa("JOIN", true), Go = Wa("UNION", true), $o = Wa("VALUES", true), Fo = Wa("USING", true), Bo = Wa("WHERE", true), Ho = Wa("GROUP", true), qo = Wa("BY", true), Wo = Wa("ORDER", true), Yo = Wa("HAVING", true), Vo = Wa("QUALIFY", true), Xo = Wa("WINDOW", true), Qo = Wa("LIMIT", true), Ko = Wa("OFFSET", true), zo = Wa("ASC", true), Zo = Wa("DESC", true), Jo = Wa("ALL", true), ru = Wa("DISTINCT", true), tu = Wa("BETWEEN", true), eu = Wa("IS", true), nu = Wa("LIKE", true), ou = Wa("ILIKE", true), uu = Wa("EXISTS", true), su = Wa("REGEXP", true), au = Wa("AND", true), iu = Wa("OR", true), cu = Wa("ARRAY", true), lu = Wa("ARRAY_AGG", true), fu = Wa("STRING_AGG", true), pu = Wa("COUNT", true), bu = Wa("GROUP_CONCAT", true), vu = Wa("MAX", true), du = Wa("MIN", true), yu = Wa("SUM", true), hu = Wa("AVG", true), wu = Wa("EXTRACT", true), mu = Wa("CALL", true), Lu = Wa("CASE", true), Cu = Wa("WHEN", true), Eu = Wa("THEN", true), Au = Wa("ELSE", true), gu = Wa("END", true), Tu = Wa("CAST", true), _u = Wa("TRY_CAST", true), ju = Wa("BINARY", true), Su = Wa("VARBINARY", true), xu = Wa("BOOL", true), Iu = Wa("BOOLEAN", true), Ru = Wa("CHAR", true), Ou = Wa("VARCHAR", true), Nu = Wa("NUMBER", true), ku = Wa("NUMERIC", true), Uu = Wa("DECIMAL", true), Mu = Wa("STRING", true), Pu = Wa("SIGNED", true), Du = Wa("UNSIGNED", true), Gu = Wa("INT", true), $u = Wa("BYTEINT", true), Fu = Wa("ZEROFILL", true), Bu = Wa("INTEGER", true), Hu = Wa("JSON", true), qu = Wa("JSONB", true), Wu = Wa("GEOMETRY", true), Yu = Wa("GEOGRAPHY", true), Vu = Wa("SMALLINT", true), Xu = Wa("SERIAL", true), Qu = Wa("TINYINT", true), Ku = Wa("TINYTEXT", true), zu = Wa("TEXT", true), Zu = Wa("MEDIUMTEXT", true), Ju = Wa("LONGTEXT", true), rs = Wa("BIGINT", true), ts = Wa("ENUM", true), es = Wa("FLOAT", true), ns = Wa("FLOAT4", true), os = Wa("FLOAT8", true), us = Wa("DOUBLE", true), ss = Wa("PRECISION", true), as = Wa("BIGSERIAL", true), is = Wa("REAL", true), cs = Wa("DATETIME", true), ls = Wa("ROWS", true), fs = Wa("TIME", true), ps = Wa("TIMESTAMP", true), bs = Wa("TIMESTAMP_TZ", true), vs = Wa("TIMESTAMP_NTZ", true), ds = Wa("TRUNCATE", true), ys = Wa("USER", true), hs = Wa("UUID", true), ws = Wa("OID", true), ms = Wa("REGCLASS", true), Ls = Wa("REGCOLLATION", true), Cs = Wa("REGCONFIG", true), Es = Wa("REGDICTIONARY", true), As = Wa("REGNAMESPACE", true), gs = Wa("REGOPER", true), Ts = Wa("REGOPERATOR", true), _s = Wa("REGPROC", true), js = Wa("REGPROCEDURE", true), Ss = Wa("REGROLE", true), xs = Wa("REGTYPE", true), Is = Wa("CURRENT_DATE", true), Rs = (Wa("ADDDATE", true), Wa("INTERVAL", true)), Os = Wa("MM", true), Ns = Wa("MON", true), ks = Wa("MONS", true), Us = Wa("MONTHS", true), Ms = Wa("W", true), Ps = Wa("WK", true), Ds = Wa("WEEKOFYEAR", true), Gs = Wa("WOY", true), $s = Wa("WY", true), Fs = Wa("WEEKS", true), Bs = Wa("CURRENT_TIME", true), Hs = Wa("CURRENT_TIMESTAMP", true), qs = Wa("SYSTEM_USER", true), Ws = Wa("GLOBAL", true), Ys = Wa("SESSION", true), Vs = Wa("PERSIST", true), Xs = Wa("PERSIST_ONLY", true), Qs = Wa("PIVOT", true), Ks = Wa("UNPIVOT", true), zs = Wa("VIEW", true), Zs = Wa("@", false), Js = Wa("@@", false), ra = Wa("$$", false), ta = Wa("return", true), ea = Wa(":=", false), na = Wa("::", false), oa = Wa("DUAL", true), ua = Wa("ADD", true), sa = Wa("COLUMN", true), aa = Wa("INDEX", true), ia = Wa("FULLTEXT", true), ca = Wa("SPATIAL", true), la = Wa("COMMENT", true), fa = Wa("CONSTRAINT", true), pa = Wa("CONCURRENTLY", true), ba = Wa("REFERENCES", true), va = Wa("SQL_CALC_FOUND_ROWS", true), da = Wa("SQL_CACHE", true), ya = Wa("SQL_NO_CACHE", true), ha = Wa("SQL_SMALL_RESULT", true), wa = Wa("SQL_BIG_RESULT", true), ma = Wa("SQL_BUFFER_RESULT", true), La = Wa(",", false), Ca = Wa("[", false), Ea = Wa("]", false), Aa = Wa("->", false), ga = Wa("->>", false), Ta = Wa("&&", false), _a = Wa("/*", false), ja = Wa("*/", false), Sa = Wa("--", false), xa = Wa("//", false), Ia = (Wa("#", false), { type: "any" }), Ra = /^[ \t\n\r]/, Oa = Ya([" ", "	", "\n", "\r"], false, false), Na = /^[^$]/, ka = Ya(["$"], true, false), Ua = function(r3) {
          return { dataType: r3 };
        }, Ma = Wa("WITHOUT", true), Pa = Wa("ZONE", true), Da = function(r3) {
          return { dataType: r3 };
        }, Ga = 0, $a = 0, Fa = [{ line: 1, column: 1 }], Ba = 0, Ha = [], qa = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in s)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          a = s[t2.startRule];
        }
        function Wa(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function Ya(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function Va(t3) {
          var e3, n2 = Fa[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !Fa[e3]; ) e3--;
          for (n2 = { line: (n2 = Fa[e3]).line, column: n2.column }; e3 < t3; ) 10 === r2.charCodeAt(e3) ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return Fa[t3] = n2, n2;
        }
        function Xa(r3, t3) {
          var e3 = Va(r3), n2 = Va(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function Qa(r3) {
          Ga < Ba || (Ga > Ba && (Ba = Ga, Ha = []), Ha.push(r3));
        }
        function Ka(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function za() {
          var r3, t3;
          return r3 = Ga, ab() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, s2, a2, i2;
            if (r4 = Ga, (t4 = Ja()) !== u) {
              for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = nb()) !== u && (a2 = ab()) !== u && (i2 = Ja()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = nb()) !== u && (a2 = ab()) !== u && (i2 = Ja()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
              e3 !== u ? ($a = r4, t4 = (function(r5, t5) {
                const e4 = r5 && r5.ast || r5, n3 = t5 && t5.length && t5[0].length >= 4 ? [e4] : e4;
                for (let r6 = 0; r6 < t5.length; r6++) t5[r6][3] && 0 !== t5[r6][3].length && n3.push(t5[r6][3] && t5[r6][3].ast || t5[r6][3]);
                return { tableList: Array.from(Hb), columnList: Gb(qb), ast: n3 };
              })(t4, e3), r4 = t4) : (Ga = r4, r4 = u);
            } else Ga = r4, r4 = u;
            return r4;
          })()) !== u ? ($a = r3, r3 = t3) : (Ga = r3, r3 = u), r3;
        }
        function Za() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, s2, a2, c2, l2, f2;
            t4 = Ga, (e3 = of()) !== u && ab() !== u && (n2 = Af()) !== u && ab() !== u && (o2 = zi()) !== u ? ($a = t4, p2 = e3, b2 = n2, (v2 = o2) && v2.forEach((r3) => Hb.add(`${p2}::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: p2.toLowerCase(), keyword: b2.toLowerCase(), name: v2 } }, t4 = e3) : (Ga = t4, t4 = u);
            var p2, b2, v2;
            t4 === u && (t4 = Ga, (e3 = of()) !== u && ab() !== u && (n2 = qp()) !== u && ab() !== u ? ((o2 = Qp()) === u && (o2 = null), o2 !== u && ab() !== u ? (s2 = Ga, "if" === r2.substr(Ga, 2).toLowerCase() ? (a2 = r2.substr(Ga, 2), Ga += 2) : (a2 = u, 0 === qa && Qa(i)), a2 !== u && (c2 = ab()) !== u && (l2 = Hf()) !== u ? s2 = a2 = [a2, c2, l2] : (Ga = s2, s2 = u), s2 === u && (s2 = null), s2 !== u && (a2 = ab()) !== u && (c2 = Jc()) !== u && (l2 = ab()) !== u ? ("cascade" === r2.substr(Ga, 7).toLowerCase() ? (f2 = r2.substr(Ga, 7), Ga += 7) : (f2 = u, 0 === qa && Qa(W)), f2 === u && ("restrict" === r2.substr(Ga, 8).toLowerCase() ? (f2 = r2.substr(Ga, 8), Ga += 8) : (f2 = u, 0 === qa && Qa(Y))), f2 === u && (f2 = null), f2 !== u ? ($a = t4, e3 = (function(r3, t5, e4, n3, o3, u2) {
              return { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: r3.toLowerCase(), keyword: t5.toLowerCase(), prefix: e4, name: o3, options: u2 && [{ type: "origin", value: u2 }] } };
            })(e3, n2, o2, 0, c2, f2), t4 = e3) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u));
            return t4;
          })()) === u && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2;
              r3 = Ga, (t5 = cf()) !== u && ab() !== u ? (e3 = Ga, (n2 = Vf()) !== u && (o2 = ab()) !== u && (s2 = df()) !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = ab()) !== u ? ((o2 = lf()) === u && (o2 = null), o2 !== u && (s2 = ab()) !== u && Af() !== u && ab() !== u ? ((a2 = ei()) === u && (a2 = null), a2 !== u && ab() !== u && (i2 = ec()) !== u && ab() !== u ? ((c2 = (function() {
                var r4, t6, e4, n3, o3, s3, a3, i3, c3;
                if (r4 = Ga, (t6 = Jp()) !== u) if (ab() !== u) if ((e4 = si()) !== u) {
                  for (n3 = [], o3 = Ga, (s3 = ab()) !== u && (a3 = zp()) !== u && (i3 = ab()) !== u && (c3 = si()) !== u ? o3 = s3 = [s3, a3, i3, c3] : (Ga = o3, o3 = u); o3 !== u; ) n3.push(o3), o3 = Ga, (s3 = ab()) !== u && (a3 = zp()) !== u && (i3 = ab()) !== u && (c3 = si()) !== u ? o3 = s3 = [s3, a3, i3, c3] : (Ga = o3, o3 = u);
                  n3 !== u && (o3 = ab()) !== u && (s3 = rb()) !== u ? ($a = r4, t6 = Mb(e4, n3), r4 = t6) : (Ga = r4, r4 = u);
                } else Ga = r4, r4 = u;
                else Ga = r4, r4 = u;
                else Ga = r4, r4 = u;
                return r4;
              })()) === u && (c2 = null), c2 !== u && ab() !== u ? ((l2 = (function() {
                var r4, t6, e4, n3, o3, s3, a3, i3;
                if (r4 = Ga, (t6 = Ii()) !== u) {
                  for (e4 = [], n3 = Ga, (o3 = ab()) !== u ? ((s3 = zp()) === u && (s3 = null), s3 !== u && (a3 = ab()) !== u && (i3 = Ii()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (Ga = n3, n3 = u)) : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u ? ((s3 = zp()) === u && (s3 = null), s3 !== u && (a3 = ab()) !== u && (i3 = Ii()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (Ga = n3, n3 = u)) : (Ga = n3, n3 = u);
                  e4 !== u ? ($a = r4, t6 = Mb(t6, e4), r4 = t6) : (Ga = r4, r4 = u);
                } else Ga = r4, r4 = u;
                return r4;
              })()) === u && (l2 = null), l2 !== u && ab() !== u ? ((f2 = hf()) === u && (f2 = df()), f2 === u && (f2 = null), f2 !== u && ab() !== u ? ((p2 = Ef()) === u && (p2 = null), p2 !== u && ab() !== u ? ((b2 = ti()) === u && (b2 = null), b2 !== u ? ($a = r3, v2 = t5, d2 = e3, y2 = o2, h2 = a2, w2 = i2, m2 = c2, L2 = l2, C2 = f2, E2 = p2, A2 = b2, Hb.add(`create::${[w2.db, w2.schema].filter(Boolean).join(".") || null}::${w2.table}`), t5 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: v2[0].toLowerCase(), keyword: "table", temporary: y2 && y2[0].toLowerCase(), if_not_exists: h2, table: [w2], replace: d2 && "or replace", ignore_replace: C2 && C2[0].toLowerCase(), as: E2 && E2[0].toLowerCase(), query_expr: A2 && A2.ast, create_definitions: m2, table_options: L2 }, ...Ob() }, r3 = t5) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
              var v2, d2, y2, h2, w2, m2, L2, C2, E2, A2;
              r3 === u && (r3 = Ga, (t5 = cf()) !== u && ab() !== u ? (e3 = Ga, (n2 = Vf()) !== u && (o2 = ab()) !== u && (s2 = df()) !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = ab()) !== u ? ((o2 = lf()) === u && (o2 = null), o2 !== u && (s2 = ab()) !== u && Af() !== u && ab() !== u ? ((a2 = ei()) === u && (a2 = null), a2 !== u && ab() !== u && (i2 = zi()) !== u && ab() !== u && (c2 = (function r4() {
                var t6, e4;
                (t6 = (function() {
                  var r5, t7;
                  r5 = Ga, Ff() !== u && ab() !== u && (t7 = zi()) !== u ? ($a = r5, r5 = { type: "like", table: t7 }) : (Ga = r5, r5 = u);
                  return r5;
                })()) === u && (t6 = Ga, Jp() !== u && ab() !== u && (e4 = r4()) !== u && ab() !== u && rb() !== u ? ($a = t6, (n3 = e4).parentheses = true, t6 = n3) : (Ga = t6, t6 = u));
                var n3;
                return t6;
              })()) !== u ? ($a = r3, t5 = (function(r4, t6, e4, n3, o3, u2) {
                return o3 && o3.forEach((r5) => Hb.add(`create::${[r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`)), { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: r4[0].toLowerCase(), keyword: "table", temporary: e4 && e4[0].toLowerCase(), if_not_exists: n3, replace: t6 && (t6[0] + " " + t6[2][0]).toUpperCase(), table: o3, like: u2 } };
              })(t5, e3, o2, a2, i2, c2), r3 = t5) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u));
              return r3;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2, d2, y2, h2, w2, m2, L2, C2, E2;
              t5 = Ga, (e3 = cf()) !== u && ab() !== u ? (n2 = Ga, (o2 = Vf()) !== u && (s2 = ab()) !== u && (a2 = df()) !== u ? n2 = o2 = [o2, s2, a2] : (Ga = n2, n2 = u), n2 === u && (n2 = null), n2 !== u && (o2 = ab()) !== u ? ((s2 = Xp()) === u && (s2 = null), s2 !== u && (a2 = ab()) !== u ? ("trigger" === r2.substr(Ga, 7).toLowerCase() ? (i2 = r2.substr(Ga, 7), Ga += 7) : (i2 = u, 0 === qa && Qa(hr)), i2 !== u && ab() !== u && (c2 = bl()) !== u && ab() !== u ? ("before" === r2.substr(Ga, 6).toLowerCase() ? (l2 = r2.substr(Ga, 6), Ga += 6) : (l2 = u, 0 === qa && Qa(wr)), l2 === u && ("after" === r2.substr(Ga, 5).toLowerCase() ? (l2 = r2.substr(Ga, 5), Ga += 5) : (l2 = u, 0 === qa && Qa(mr)), l2 === u && ("instead of" === r2.substr(Ga, 10).toLowerCase() ? (l2 = r2.substr(Ga, 10), Ga += 10) : (l2 = u, 0 === qa && Qa(Lr)))), l2 !== u && ab() !== u && (f2 = (function() {
                var r3, t6, e4, n3, o3, s3, a3, i3;
                if (r3 = Ga, (t6 = ji()) !== u) {
                  for (e4 = [], n3 = Ga, (o3 = ab()) !== u && (s3 = Vf()) !== u && (a3 = ab()) !== u && (i3 = ji()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u && (s3 = Vf()) !== u && (a3 = ab()) !== u && (i3 = ji()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (Ga = n3, n3 = u);
                  e4 !== u ? ($a = r3, t6 = Mb(t6, e4), r3 = t6) : (Ga = r3, r3 = u);
                } else Ga = r3, r3 = u;
                return r3;
              })()) !== u && ab() !== u ? ("on" === r2.substr(Ga, 2).toLowerCase() ? (p2 = r2.substr(Ga, 2), Ga += 2) : (p2 = u, 0 === qa && Qa(Cr)), p2 !== u && ab() !== u && (b2 = ec()) !== u && ab() !== u ? (v2 = Ga, (d2 = Lf()) !== u && (y2 = ab()) !== u && (h2 = ec()) !== u ? v2 = d2 = [d2, y2, h2] : (Ga = v2, v2 = u), v2 === u && (v2 = null), v2 !== u && (d2 = ab()) !== u ? ((y2 = (function() {
                var t6, e4, n3, o3, s3;
                t6 = Ga, e4 = Ga, "not" === r2.substr(Ga, 3).toLowerCase() ? (n3 = r2.substr(Ga, 3), Ga += 3) : (n3 = u, 0 === qa && Qa(Tr));
                n3 === u && (n3 = null);
                n3 !== u && (o3 = ab()) !== u ? ("deferrable" === r2.substr(Ga, 10).toLowerCase() ? (s3 = r2.substr(Ga, 10), Ga += 10) : (s3 = u, 0 === qa && Qa(_r)), s3 !== u ? e4 = n3 = [n3, o3, s3] : (Ga = e4, e4 = u)) : (Ga = e4, e4 = u);
                e4 !== u && (n3 = ab()) !== u ? ("initially immediate" === r2.substr(Ga, 19).toLowerCase() ? (o3 = r2.substr(Ga, 19), Ga += 19) : (o3 = u, 0 === qa && Qa(jr)), o3 === u && ("initially deferred" === r2.substr(Ga, 18).toLowerCase() ? (o3 = r2.substr(Ga, 18), Ga += 18) : (o3 = u, 0 === qa && Qa(Sr))), o3 !== u ? ($a = t6, i3 = o3, e4 = { keyword: (a3 = e4) && a3[0] ? a3[0].toLowerCase() + " deferrable" : "deferrable", args: i3 && i3.toLowerCase() }, t6 = e4) : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                var a3, i3;
                return t6;
              })()) === u && (y2 = null), y2 !== u && (h2 = ab()) !== u ? ((w2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ga, "for" === r2.substr(Ga, 3).toLowerCase() ? (e4 = r2.substr(Ga, 3), Ga += 3) : (e4 = u, 0 === qa && Qa(xr));
                e4 !== u && ab() !== u ? ("each" === r2.substr(Ga, 4).toLowerCase() ? (n3 = r2.substr(Ga, 4), Ga += 4) : (n3 = u, 0 === qa && Qa(Ir)), n3 === u && (n3 = null), n3 !== u && ab() !== u ? ("row" === r2.substr(Ga, 3).toLowerCase() ? (o3 = r2.substr(Ga, 3), Ga += 3) : (o3 = u, 0 === qa && Qa(Rr)), o3 === u && ("statement" === r2.substr(Ga, 9).toLowerCase() ? (o3 = r2.substr(Ga, 9), Ga += 9) : (o3 = u, 0 === qa && Qa(Or))), o3 !== u ? ($a = t6, s3 = e4, i3 = o3, e4 = { keyword: (a3 = n3) ? `${s3.toLowerCase()} ${a3.toLowerCase()}` : s3.toLowerCase(), args: i3.toLowerCase() }, t6 = e4) : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                var s3, a3, i3;
                return t6;
              })()) === u && (w2 = null), w2 !== u && ab() !== u ? ((m2 = (function() {
                var r3, t6;
                r3 = Ga, zf() !== u && ab() !== u && Jp() !== u && ab() !== u && (t6 = kc()) !== u && ab() !== u && rb() !== u ? ($a = r3, r3 = { type: "when", cond: t6, parentheses: true }) : (Ga = r3, r3 = u);
                return r3;
              })()) === u && (m2 = null), m2 !== u && ab() !== u ? ("execute" === r2.substr(Ga, 7).toLowerCase() ? (L2 = r2.substr(Ga, 7), Ga += 7) : (L2 = u, 0 === qa && Qa(Er)), L2 !== u && ab() !== u ? ("procedure" === r2.substr(Ga, 9).toLowerCase() ? (C2 = r2.substr(Ga, 9), Ga += 9) : (C2 = u, 0 === qa && Qa(Ar)), C2 === u && ("function" === r2.substr(Ga, 8).toLowerCase() ? (C2 = r2.substr(Ga, 8), Ga += 8) : (C2 = u, 0 === qa && Qa(z))), C2 !== u && ab() !== u && (E2 = Cb()) !== u ? ($a = t5, A2 = s2, g2 = i2, _2 = f2, j2 = b2, S2 = v2, x2 = y2, I2 = w2, R2 = m2, O2 = C2, N2 = E2, e3 = { type: "create", replace: n2 && "or replace", constraint: c2, location: (T2 = l2) && T2.toLowerCase(), events: _2, table: j2, from: S2 && S2[2], deferrable: x2, for_each: I2, when: R2, execute: { keyword: "execute " + O2.toLowerCase(), expr: N2 }, constraint_type: g2 && g2.toLowerCase(), keyword: g2 && g2.toLowerCase(), constraint_kw: A2 && A2.toLowerCase(), resource: "constraint" }, t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              var A2, g2, T2, _2, j2, S2, x2, I2, R2, O2, N2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, p2, b2, v2, d2, y2, h2, w2;
              t5 = Ga, (e3 = cf()) !== u && ab() !== u ? ("extension" === r2.substr(Ga, 9).toLowerCase() ? (n2 = r2.substr(Ga, 9), Ga += 9) : (n2 = u, 0 === qa && Qa(c)), n2 !== u && ab() !== u ? ((o2 = ei()) === u && (o2 = null), o2 !== u && ab() !== u ? ((s2 = bl()) === u && (s2 = Bl()), s2 !== u && ab() !== u ? ((a2 = If()) === u && (a2 = null), a2 !== u && ab() !== u ? (i2 = Ga, "schema" === r2.substr(Ga, 6).toLowerCase() ? (p2 = r2.substr(Ga, 6), Ga += 6) : (p2 = u, 0 === qa && Qa(l)), p2 !== u && (b2 = ab()) !== u && (v2 = bl()) !== u ? i2 = p2 = [p2, b2, v2] : (Ga = i2, i2 = u), i2 === u && (i2 = Bl()), i2 === u && (i2 = null), i2 !== u && (p2 = ab()) !== u ? (b2 = Ga, "version" === r2.substr(Ga, 7).toLowerCase() ? (v2 = r2.substr(Ga, 7), Ga += 7) : (v2 = u, 0 === qa && Qa(f)), v2 !== u && (d2 = ab()) !== u ? ((y2 = bl()) === u && (y2 = Bl()), y2 !== u ? b2 = v2 = [v2, d2, y2] : (Ga = b2, b2 = u)) : (Ga = b2, b2 = u), b2 === u && (b2 = null), b2 !== u && (v2 = ab()) !== u ? (d2 = Ga, (y2 = Lf()) !== u && (h2 = ab()) !== u ? ((w2 = bl()) === u && (w2 = Bl()), w2 !== u ? d2 = y2 = [y2, h2, w2] : (Ga = d2, d2 = u)) : (Ga = d2, d2 = u), d2 === u && (d2 = null), d2 !== u ? ($a = t5, m2 = o2, L2 = s2, C2 = a2, E2 = i2, A2 = b2, g2 = d2, e3 = { type: "create", keyword: n2.toLowerCase(), if_not_exists: m2, extension: $b(L2), with: C2 && C2[0].toLowerCase(), schema: $b(E2 && E2[2].toLowerCase()), version: $b(A2 && A2[2]), from: $b(g2 && g2[2]) }, t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              var m2, L2, C2, E2, A2, g2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2, d2, y2, h2, w2, m2;
              t5 = Ga, (e3 = cf()) !== u && ab() !== u ? ((n2 = Yp()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = qp()) !== u && ab() !== u ? ((s2 = Qp()) === u && (s2 = null), s2 !== u && ab() !== u ? ((a2 = el()) === u && (a2 = null), a2 !== u && ab() !== u && (i2 = Tf()) !== u && ab() !== u && (c2 = ec()) !== u && ab() !== u ? ((l2 = Xi()) === u && (l2 = null), l2 !== u && ab() !== u && Jp() !== u && ab() !== u && (f2 = (function() {
                var r3, t6, e4, n3, o3, s3, a3, i3;
                if (r3 = Ga, (t6 = ui()) !== u) {
                  for (e4 = [], n3 = Ga, (o3 = ab()) !== u && (s3 = zp()) !== u && (a3 = ab()) !== u && (i3 = ui()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u && (s3 = zp()) !== u && (a3 = ab()) !== u && (i3 = ui()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (Ga = n3, n3 = u);
                  e4 !== u ? ($a = r3, t6 = Mb(t6, e4), r3 = t6) : (Ga = r3, r3 = u);
                } else Ga = r3, r3 = u;
                return r3;
              })()) !== u && ab() !== u && rb() !== u && ab() !== u ? (p2 = Ga, (b2 = If()) !== u && (v2 = ab()) !== u && (d2 = Jp()) !== u && (y2 = ab()) !== u && (h2 = (function() {
                var r3, t6, e4, n3, o3, s3, a3, i3;
                if (r3 = Ga, (t6 = Ki()) !== u) {
                  for (e4 = [], n3 = Ga, (o3 = ab()) !== u && (s3 = zp()) !== u && (a3 = ab()) !== u && (i3 = Ki()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u && (s3 = zp()) !== u && (a3 = ab()) !== u && (i3 = Ki()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (Ga = n3, n3 = u);
                  e4 !== u ? ($a = r3, t6 = Mb(t6, e4), r3 = t6) : (Ga = r3, r3 = u);
                } else Ga = r3, r3 = u;
                return r3;
              })()) !== u && (w2 = ab()) !== u && (m2 = rb()) !== u ? p2 = b2 = [b2, v2, d2, y2, h2, w2, m2] : (Ga = p2, p2 = u), p2 === u && (p2 = null), p2 !== u && (b2 = ab()) !== u ? (v2 = Ga, (d2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ga, "tablespace" === r2.substr(Ga, 10).toLowerCase() ? (e4 = r2.substr(Ga, 10), Ga += 10) : (e4 = u, 0 === qa && Qa(Oo));
                e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t6, t6 = e4 = "TABLESPACE") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })()) !== u && (y2 = ab()) !== u && (h2 = bl()) !== u ? v2 = d2 = [d2, y2, h2] : (Ga = v2, v2 = u), v2 === u && (v2 = null), v2 !== u && (d2 = ab()) !== u ? ((y2 = uc()) === u && (y2 = null), y2 !== u && (h2 = ab()) !== u ? ($a = t5, L2 = e3, C2 = n2, E2 = o2, A2 = s2, g2 = a2, T2 = i2, _2 = c2, j2 = l2, S2 = f2, x2 = p2, I2 = v2, R2 = y2, e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: L2[0].toLowerCase(), index_type: C2 && C2.toLowerCase(), keyword: E2.toLowerCase(), concurrently: A2 && A2.toLowerCase(), index: g2, on_kw: T2[0].toLowerCase(), table: _2, index_using: j2, index_columns: S2, with: x2 && x2[4], with_before_where: true, tablespace: I2 && { type: "origin", value: I2[2] }, where: R2 } }, t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              var L2, C2, E2, A2, g2, T2, _2, j2, S2, x2, I2, R2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2;
              t5 = Ga, (e3 = cf()) !== u && ab() !== u ? ((n2 = lf()) === u && (n2 = ff()), n2 === u && (n2 = null), n2 !== u && ab() !== u && (function() {
                var t6, e4, n3, o3;
                t6 = Ga, "sequence" === r2.substr(Ga, 8).toLowerCase() ? (e4 = r2.substr(Ga, 8), Ga += 8) : (e4 = u, 0 === qa && Qa(Ro));
                e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t6, t6 = e4 = "SEQUENCE") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })() !== u && ab() !== u ? ((o2 = ei()) === u && (o2 = null), o2 !== u && ab() !== u && (s2 = ec()) !== u && ab() !== u ? (a2 = Ga, (i2 = Ef()) !== u && (c2 = ab()) !== u && (l2 = nl()) !== u ? a2 = i2 = [i2, c2, l2] : (Ga = a2, a2 = u), a2 === u && (a2 = null), a2 !== u && (i2 = ab()) !== u ? ((c2 = (function() {
                var r3, t6, e4, n3, o3, s3;
                if (r3 = Ga, (t6 = oi()) !== u) {
                  for (e4 = [], n3 = Ga, (o3 = ab()) !== u && (s3 = oi()) !== u ? n3 = o3 = [o3, s3] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u && (s3 = oi()) !== u ? n3 = o3 = [o3, s3] : (Ga = n3, n3 = u);
                  e4 !== u ? ($a = r3, t6 = Mb(t6, e4, 1), r3 = t6) : (Ga = r3, r3 = u);
                } else Ga = r3, r3 = u;
                return r3;
              })()) === u && (c2 = null), c2 !== u ? ($a = t5, f2 = e3, p2 = n2, b2 = o2, d2 = a2, y2 = c2, (v2 = s2).as = d2 && d2[2], e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: f2[0].toLowerCase(), keyword: "sequence", temporary: p2 && p2[0].toLowerCase(), if_not_exists: b2, sequence: [v2], create_definitions: y2 } }, t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              var f2, p2, b2, v2, d2, y2;
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2;
              t5 = Ga, (e3 = cf()) !== u && ab() !== u ? (n2 = Ga, (o2 = Vf()) !== u && (s2 = ab()) !== u && (a2 = df()) !== u ? n2 = o2 = [o2, s2, a2] : (Ga = n2, n2 = u), n2 === u && (n2 = null), n2 !== u && (o2 = ab()) !== u ? ((s2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ga, "database" === r2.substr(Ga, 8).toLowerCase() ? (e4 = r2.substr(Ga, 8), Ga += 8) : (e4 = u, 0 === qa && Qa(Io));
                e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t6, t6 = e4 = "DATABASE") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })()) === u && (s2 = gf()), s2 !== u && (a2 = ab()) !== u ? ((i2 = ei()) === u && (i2 = null), i2 !== u && ab() !== u && (c2 = Lb()) !== u && ab() !== u ? ((l2 = (function() {
                var r3, t6, e4, n3, o3, s3;
                if (r3 = Ga, (t6 = xi()) !== u) {
                  for (e4 = [], n3 = Ga, (o3 = ab()) !== u && (s3 = xi()) !== u ? n3 = o3 = [o3, s3] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u && (s3 = xi()) !== u ? n3 = o3 = [o3, s3] : (Ga = n3, n3 = u);
                  e4 !== u ? ($a = r3, t6 = Mb(t6, e4, 1), r3 = t6) : (Ga = r3, r3 = u);
                } else Ga = r3, r3 = u;
                return r3;
              })()) === u && (l2 = null), l2 !== u ? ($a = t5, e3 = (function(r3, t6, e4, n3, o3, u2) {
                const s3 = e4.toLowerCase();
                return { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: r3[0].toLowerCase(), keyword: s3, if_not_exists: n3, replace: t6 && "or replace", [s3]: { db: o3.schema, schema: o3.name }, create_definitions: u2 } };
              })(e3, n2, s2, i2, c2, l2), t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2;
              t5 = Ga, (e3 = cf()) !== u && ab() !== u ? ("domain" === r2.substr(Ga, 6).toLowerCase() ? (n2 = r2.substr(Ga, 6), Ga += 6) : (n2 = u, 0 === qa && Qa(L)), n2 !== u && ab() !== u && (o2 = ec()) !== u && ab() !== u ? ((s2 = Ef()) === u && (s2 = null), s2 !== u && ab() !== u && (a2 = Tb()) !== u && ab() !== u ? ((i2 = ci()) === u && (i2 = null), i2 !== u && ab() !== u ? ((c2 = li()) === u && (c2 = null), c2 !== u && ab() !== u ? ((l2 = gi()) === u && (l2 = null), l2 !== u ? ($a = t5, e3 = (function(r3, t6, e4, n3, o3, u2, s3, a3) {
                a3 && (a3.type = "constraint");
                const i3 = [u2, s3, a3].filter((r4) => r4);
                return { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: r3[0].toLowerCase(), keyword: t6.toLowerCase(), domain: { schema: e4.db, name: e4.table }, as: n3 && n3[0] && n3[0].toLowerCase(), target: o3, create_definitions: i3 }, ...Ob() };
              })(e3, n2, o2, s2, a2, i2, c2, l2), t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2;
              t5 = Ga, (e3 = cf()) !== u && ab() !== u ? ("type" === r2.substr(Ga, 4).toLowerCase() ? (n2 = r2.substr(Ga, 4), Ga += 4) : (n2 = u, 0 === qa && Qa(m)), n2 !== u && ab() !== u && (o2 = ec()) !== u && ab() !== u && (s2 = Ef()) !== u && ab() !== u && (a2 = Lp()) !== u && ab() !== u && Jp() !== u && ab() !== u ? ((i2 = jc()) === u && (i2 = null), i2 !== u && ab() !== u && rb() !== u ? ($a = t5, c2 = e3, l2 = n2, f2 = o2, p2 = s2, b2 = a2, (v2 = i2).parentheses = true, e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: c2[0].toLowerCase(), keyword: l2.toLowerCase(), name: { schema: f2.db, name: f2.table }, as: p2 && p2[0] && p2[0].toLowerCase(), resource: b2.toLowerCase(), create_definitions: v2 }, ...Ob() }, t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              var c2, l2, f2, p2, b2, v2;
              t5 === u && (t5 = Ga, (e3 = cf()) !== u && ab() !== u ? ("type" === r2.substr(Ga, 4).toLowerCase() ? (n2 = r2.substr(Ga, 4), Ga += 4) : (n2 = u, 0 === qa && Qa(m)), n2 !== u && ab() !== u && (o2 = ec()) !== u ? ($a = t5, e3 = (function(r3, t6, e4) {
                return { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: r3[0].toLowerCase(), keyword: t6.toLowerCase(), name: { schema: e4.db, name: e4.table } } };
              })(e3, n2, o2), t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u));
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2, f2, y2, h2, w2, m2, L2, C2, E2, A2;
              t5 = Ga, (e3 = cf()) !== u && ab() !== u ? (n2 = Ga, (o2 = Vf()) !== u && (s2 = ab()) !== u && (a2 = df()) !== u ? n2 = o2 = [o2, s2, a2] : (Ga = n2, n2 = u), n2 === u && (n2 = null), n2 !== u && (o2 = ab()) !== u ? ((s2 = ff()) === u && (s2 = lf()), s2 === u && (s2 = null), s2 !== u && (a2 = ab()) !== u ? ((i2 = vf()) === u && (i2 = null), i2 !== u && ab() !== u && (function() {
                var t6, e4, n3, o3;
                t6 = Ga, "view" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(zs));
                e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t6, t6 = e4 = "VIEW") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })() !== u && ab() !== u && (c2 = ec()) !== u && ab() !== u ? (l2 = Ga, (f2 = Jp()) !== u && (y2 = ab()) !== u && (h2 = rl()) !== u && (w2 = ab()) !== u && (m2 = rb()) !== u ? l2 = f2 = [f2, y2, h2, w2, m2] : (Ga = l2, l2 = u), l2 === u && (l2 = null), l2 !== u && (f2 = ab()) !== u ? (y2 = Ga, (h2 = If()) !== u && (w2 = ab()) !== u && (m2 = Jp()) !== u && (L2 = ab()) !== u && (C2 = (function() {
                var r3, t6, e4, n3, o3, s3, a3, i3;
                if (r3 = Ga, (t6 = ni()) !== u) {
                  for (e4 = [], n3 = Ga, (o3 = ab()) !== u && (s3 = zp()) !== u && (a3 = ab()) !== u && (i3 = ni()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u && (s3 = zp()) !== u && (a3 = ab()) !== u && (i3 = ni()) !== u ? n3 = o3 = [o3, s3, a3, i3] : (Ga = n3, n3 = u);
                  e4 !== u ? ($a = r3, t6 = Mb(t6, e4), r3 = t6) : (Ga = r3, r3 = u);
                } else Ga = r3, r3 = u;
                return r3;
              })()) !== u && (E2 = ab()) !== u && (A2 = rb()) !== u ? y2 = h2 = [h2, w2, m2, L2, C2, E2, A2] : (Ga = y2, y2 = u), y2 === u && (y2 = null), y2 !== u && (h2 = ab()) !== u && (w2 = Ef()) !== u && (m2 = ab()) !== u && (L2 = Ri()) !== u && (C2 = ab()) !== u ? ((E2 = (function() {
                var t6, e4, n3, o3, s3;
                t6 = Ga, (e4 = If()) !== u && ab() !== u ? ("cascaded" === r2.substr(Ga, 8).toLowerCase() ? (n3 = r2.substr(Ga, 8), Ga += 8) : (n3 = u, 0 === qa && Qa(p)), n3 === u && ("local" === r2.substr(Ga, 5).toLowerCase() ? (n3 = r2.substr(Ga, 5), Ga += 5) : (n3 = u, 0 === qa && Qa(b))), n3 !== u && ab() !== u ? ("check" === r2.substr(Ga, 5).toLowerCase() ? (o3 = r2.substr(Ga, 5), Ga += 5) : (o3 = u, 0 === qa && Qa(v)), o3 !== u && ab() !== u ? ("OPTION" === r2.substr(Ga, 6) ? (s3 = "OPTION", Ga += 6) : (s3 = u, 0 === qa && Qa(d)), s3 !== u ? ($a = t6, e4 = `with ${n3.toLowerCase()} check option`, t6 = e4) : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                t6 === u && (t6 = Ga, (e4 = If()) !== u && ab() !== u ? ("check" === r2.substr(Ga, 5).toLowerCase() ? (n3 = r2.substr(Ga, 5), Ga += 5) : (n3 = u, 0 === qa && Qa(v)), n3 !== u && ab() !== u ? ("OPTION" === r2.substr(Ga, 6) ? (o3 = "OPTION", Ga += 6) : (o3 = u, 0 === qa && Qa(d)), o3 !== u ? ($a = t6, t6 = e4 = "with check option") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u));
                return t6;
              })()) === u && (E2 = null), E2 !== u ? ($a = t5, g2 = e3, T2 = n2, _2 = s2, j2 = i2, x2 = l2, I2 = y2, R2 = L2, O2 = E2, (S2 = c2).view = S2.table, delete S2.table, e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: g2[0].toLowerCase(), keyword: "view", replace: T2 && "or replace", temporary: _2 && _2[0].toLowerCase(), recursive: j2 && j2.toLowerCase(), columns: x2 && x2[2], select: R2, view: S2, with_options: I2 && I2[4], with: O2 } }, t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              var g2, T2, _2, j2, S2, x2, I2, R2, O2;
              return t5;
            })());
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = Ga, (t4 = Np()) !== u && ab() !== u ? ((e3 = Af()) === u && (e3 = null), e3 !== u && ab() !== u && (n2 = zi()) !== u ? ($a = r3, o2 = t4, s2 = e3, (a2 = n2) && a2.forEach((r4) => Hb.add(`${o2}::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t4 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: o2.toLowerCase(), keyword: s2 && s2.toLowerCase() || "table", name: a2 } }, r3 = t4) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
            var o2, s2, a2;
            return r3;
          })()) === u && (t3 = (function() {
            var r3, t4, e3;
            r3 = Ga, (t4 = yf()) !== u && ab() !== u && Af() !== u && ab() !== u && (e3 = (function() {
              var r4, t5, e4, n3, o2, s2, a2, i2;
              if (r4 = Ga, (t5 = Vi()) !== u) {
                for (e4 = [], n3 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Vi()) !== u ? n3 = o2 = [o2, s2, a2, i2] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Vi()) !== u ? n3 = o2 = [o2, s2, a2, i2] : (Ga = n3, n3 = u);
                e4 !== u ? ($a = r4, t5 = Mb(t5, e4), r4 = t5) : (Ga = r4, r4 = u);
              } else Ga = r4, r4 = u;
              return r4;
            })()) !== u ? ($a = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && Hb.add(`rename::${[r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`))), t4 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "rename", table: n2 } }, r3 = t4) : (Ga = r3, r3 = u);
            var n2;
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ga, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "call" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(mu));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "CALL") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) !== u && ab() !== u && (n2 = Cb()) !== u ? ($a = t4, o2 = n2, e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "call", expr: o2 } }, t4 = e3) : (Ga = t4, t4 = u);
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ga, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "use" === r2.substr(Ga, 3).toLowerCase() ? (e4 = r2.substr(Ga, 3), Ga += 3) : (e4 = u, 0 === qa && Qa(po));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) !== u && ab() !== u && (n2 = el()) !== u ? ($a = t4, o2 = n2, Hb.add(`use::${o2}::null`), e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "use", db: o2, ...Ob() } }, t4 = e3) : (Ga = t4, t4 = u);
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2;
              r3 = Ga, (t5 = uf()) !== u && ab() !== u && Af() !== u && ab() !== u && (e3 = zi()) !== u && ab() !== u && (n2 = (function() {
                var r4, t6, e4, n3, o3, s3, a2, i2;
                if (r4 = Ga, (t6 = vi()) !== u) {
                  for (e4 = [], n3 = Ga, (o3 = ab()) !== u && (s3 = zp()) !== u && (a2 = ab()) !== u && (i2 = vi()) !== u ? n3 = o3 = [o3, s3, a2, i2] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u && (s3 = zp()) !== u && (a2 = ab()) !== u && (i2 = vi()) !== u ? n3 = o3 = [o3, s3, a2, i2] : (Ga = n3, n3 = u);
                  e4 !== u ? ($a = r4, t6 = Mb(t6, e4), r4 = t6) : (Ga = r4, r4 = u);
                } else Ga = r4, r4 = u;
                return r4;
              })()) !== u ? ($a = r3, s2 = n2, (o2 = e3) && o2.length > 0 && o2.forEach((r4) => Hb.add(`alter::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t5 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "alter", table: o2, expr: s2 } }, r3 = t5) : (Ga = r3, r3 = u);
              var o2, s2;
              return r3;
            })()) === u && (t4 = (function() {
              var r3, t5, e3, n2, o2;
              r3 = Ga, (t5 = uf()) !== u && ab() !== u && (e3 = gf()) !== u && ab() !== u && (n2 = bl()) !== u && ab() !== u ? ((o2 = di()) === u && (o2 = yi()) === u && (o2 = hi()), o2 !== u ? ($a = r3, t5 = (function(r4, t6, e4) {
                const n3 = r4.toLowerCase();
                return e4.resource = n3, e4[n3] = e4.table, delete e4.table, { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "alter", keyword: n3, schema: t6, expr: e4 } };
              })(e3, n2, o2), r3 = t5) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
              return r3;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2;
              t5 = Ga, (e3 = uf()) !== u && ab() !== u ? ("domain" === r2.substr(Ga, 6).toLowerCase() ? (n2 = r2.substr(Ga, 6), Ga += 6) : (n2 = u, 0 === qa && Qa(L)), n2 === u && ("type" === r2.substr(Ga, 4).toLowerCase() ? (n2 = r2.substr(Ga, 4), Ga += 4) : (n2 = u, 0 === qa && Qa(m))), n2 !== u && ab() !== u && (o2 = ec()) !== u && ab() !== u ? ((s2 = di()) === u && (s2 = yi()) === u && (s2 = hi()), s2 !== u ? ($a = t5, e3 = (function(r3, t6, e4) {
                const n3 = r3.toLowerCase();
                return e4.resource = n3, e4[n3] = e4.table, delete e4.table, { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "alter", keyword: n3, name: { schema: t6.db, name: t6.table }, expr: e4 } };
              })(n2, o2, s2), t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2, i2, c2, l2, f2;
              t5 = Ga, (e3 = uf()) !== u && ab() !== u ? ("function" === r2.substr(Ga, 8).toLowerCase() ? (n2 = r2.substr(Ga, 8), Ga += 8) : (n2 = u, 0 === qa && Qa(z)), n2 !== u && ab() !== u && (o2 = ec()) !== u && ab() !== u ? (s2 = Ga, (a2 = Jp()) !== u && (i2 = ab()) !== u ? ((c2 = bi()) === u && (c2 = null), c2 !== u && (l2 = ab()) !== u && (f2 = rb()) !== u ? s2 = a2 = [a2, i2, c2, l2, f2] : (Ga = s2, s2 = u)) : (Ga = s2, s2 = u), s2 === u && (s2 = null), s2 !== u && (a2 = ab()) !== u ? ((i2 = di()) === u && (i2 = yi()) === u && (i2 = hi()), i2 !== u ? ($a = t5, e3 = (function(r3, t6, e4, n3) {
                const o3 = r3.toLowerCase();
                n3.resource = o3, n3[o3] = n3.table, delete n3.table;
                const u2 = {};
                return e4 && e4[0] && (u2.parentheses = true), u2.expr = e4 && e4[2], { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "alter", keyword: o3, name: { schema: t6.db, name: t6.table }, args: u2, expr: n3 } };
              })(n2, o2, s2, i2), t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e3, n2, o2, s2, a2;
              t5 = Ga, (e3 = uf()) !== u && ab() !== u ? ("aggregate" === r2.substr(Ga, 9).toLowerCase() ? (n2 = r2.substr(Ga, 9), Ga += 9) : (n2 = u, 0 === qa && Qa(K)), n2 !== u && ab() !== u && (o2 = ec()) !== u && ab() !== u && Jp() !== u && ab() !== u && (s2 = (function() {
                var r3, t6, e4;
                r3 = Ga, (t6 = Zp()) !== u && ($a = r3, t6 = [{ name: "*" }]);
                (r3 = t6) === u && (r3 = Ga, (t6 = bi()) === u && (t6 = null), t6 !== u && ab() !== u && Nf() !== u && ab() !== u && Of() !== u && ab() !== u && (e4 = bi()) !== u ? ($a = r3, t6 = (function(r4, t7) {
                  const e5 = r4 || [];
                  return e5.orderby = t7, e5;
                })(t6, e4), r3 = t6) : (Ga = r3, r3 = u), r3 === u && (r3 = bi()));
                return r3;
              })()) !== u && ab() !== u && rb() !== u && ab() !== u ? ((a2 = di()) === u && (a2 = yi()) === u && (a2 = hi()), a2 !== u ? ($a = t5, e3 = (function(r3, t6, e4, n3) {
                const o3 = r3.toLowerCase();
                return n3.resource = o3, n3[o3] = n3.table, delete n3.table, { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "alter", keyword: o3, name: { schema: t6.db, name: t6.table }, args: { parentheses: true, expr: e4, orderby: e4.orderby }, expr: n3 }, ...Ob() };
              })(n2, o2, s2, a2), t5 = e3) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ga, (e3 = Cf()) !== u && ab() !== u ? ((n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "global" === r2.substr(Ga, 6).toLowerCase() ? (e4 = r2.substr(Ga, 6), Ga += 6) : (e4 = u, 0 === qa && Qa(Ws));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "GLOBAL") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "session" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(Ys));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "SESSION") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "local" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(b));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "LOCAL") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "persist" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(Vs));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "PERSIST") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "persist_only" === r2.substr(Ga, 12).toLowerCase() ? (e4 = r2.substr(Ga, 12), Ga += 12) : (e4 = u, 0 === qa && Qa(Xs));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "PERSIST_ONLY") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()), n2 === u && (n2 = null), n2 !== u && ab() !== u && (o2 = (function() {
              var r3, t5, e4, n3, o3, s3, a3, i2;
              if (r3 = Ga, (t5 = db()) !== u) {
                for (e4 = [], n3 = Ga, (o3 = ab()) !== u && (s3 = zp()) !== u && (a3 = ab()) !== u && (i2 = db()) !== u ? n3 = o3 = [o3, s3, a3, i2] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u && (s3 = zp()) !== u && (a3 = ab()) !== u && (i2 = db()) !== u ? n3 = o3 = [o3, s3, a3, i2] : (Ga = n3, n3 = u);
                e4 !== u ? ($a = r3, t5 = Mb(t5, e4), r3 = t5) : (Ga = r3, r3 = u);
              } else Ga = r3, r3 = u;
              return r3;
            })()) !== u ? ($a = t4, s2 = n2, (a2 = o2).keyword = s2, e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "set", keyword: s2, expr: a2 } }, t4 = e3) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            var s2, a2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = Ga, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "lock" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(sr));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? t5 = e4 = [e4, n3] : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) !== u && ab() !== u ? ((n2 = Af()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = zi()) !== u && ab() !== u ? ((s2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "in" === r2.substr(Ga, 2).toLowerCase() ? (e4 = r2.substr(Ga, 2), Ga += 2) : (e4 = u, 0 === qa && Qa(Xr));
              e4 !== u && ab() !== u ? ("access share" === r2.substr(Ga, 12).toLowerCase() ? (n3 = r2.substr(Ga, 12), Ga += 12) : (n3 = u, 0 === qa && Qa(Qr)), n3 === u && ("row share" === r2.substr(Ga, 9).toLowerCase() ? (n3 = r2.substr(Ga, 9), Ga += 9) : (n3 = u, 0 === qa && Qa(Kr)), n3 === u && ("row exclusive" === r2.substr(Ga, 13).toLowerCase() ? (n3 = r2.substr(Ga, 13), Ga += 13) : (n3 = u, 0 === qa && Qa(zr)), n3 === u && ("share update exclusive" === r2.substr(Ga, 22).toLowerCase() ? (n3 = r2.substr(Ga, 22), Ga += 22) : (n3 = u, 0 === qa && Qa(Zr)), n3 === u && ("share row exclusive" === r2.substr(Ga, 19).toLowerCase() ? (n3 = r2.substr(Ga, 19), Ga += 19) : (n3 = u, 0 === qa && Qa(Jr)), n3 === u && ("exclusive" === r2.substr(Ga, 9).toLowerCase() ? (n3 = r2.substr(Ga, 9), Ga += 9) : (n3 = u, 0 === qa && Qa(ir)), n3 === u && ("access exclusive" === r2.substr(Ga, 16).toLowerCase() ? (n3 = r2.substr(Ga, 16), Ga += 16) : (n3 = u, 0 === qa && Qa(rt)), n3 === u && ("share" === r2.substr(Ga, 5).toLowerCase() ? (n3 = r2.substr(Ga, 5), Ga += 5) : (n3 = u, 0 === qa && Qa(tt))))))))), n3 !== u && ab() !== u ? ("mode" === r2.substr(Ga, 4).toLowerCase() ? (o3 = r2.substr(Ga, 4), Ga += 4) : (o3 = u, 0 === qa && Qa(et)), o3 !== u ? ($a = t5, e4 = { mode: `in ${n3.toLowerCase()} mode` }, t5 = e4) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (s2 = null), s2 !== u && ab() !== u ? ("nowait" === r2.substr(Ga, 6).toLowerCase() ? (a2 = r2.substr(Ga, 6), Ga += 6) : (a2 = u, 0 === qa && Qa(nt)), a2 === u && (a2 = null), a2 !== u ? ($a = t4, i2 = n2, l2 = s2, f2 = a2, (c2 = o2) && c2.forEach((r3) => Hb.add(`lock::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "lock", keyword: i2 && i2.toLowerCase(), tables: c2.map((r3) => ({ table: r3 })), lock_mode: l2, nowait: f2 } }, t4 = e3) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            var i2, c2, l2, f2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ga, (e3 = nf()) !== u && ab() !== u ? ("tables" === r2.substr(Ga, 6).toLowerCase() ? (n2 = r2.substr(Ga, 6), Ga += 6) : (n2 = u, 0 === qa && Qa(ot)), n2 !== u ? ($a = t4, e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "show", keyword: "tables" } }, t4 = e3) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            t4 === u && (t4 = Ga, (e3 = nf()) !== u && ab() !== u && (n2 = gb()) !== u ? ($a = t4, o2 = n2, e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "show", keyword: "var", var: o2 } }, t4 = e3) : (Ga = t4, t4 = u));
            var o2;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ga, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "deallocate" === r2.substr(Ga, 10).toLowerCase() ? (e4 = r2.substr(Ga, 10), Ga += 10) : (e4 = u, 0 === qa && Qa(No));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "DEALLOCATE") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) !== u && ab() !== u ? ("prepare" === r2.substr(Ga, 7).toLowerCase() ? (n2 = r2.substr(Ga, 7), Ga += 7) : (n2 = u, 0 === qa && Qa(ut)), n2 === u && (n2 = null), n2 !== u && ab() !== u ? ((o2 = bl()) === u && (o2 = Mf()), o2 !== u ? ($a = t4, s2 = n2, a2 = o2, e3 = { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "deallocate", keyword: s2, expr: { type: "default", value: a2 } } }, t4 = e3) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            var s2, a2;
            return t4;
          })()), t3;
        }
        function Ja() {
          var t3;
          return (t3 = ti()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2, s2, a2, i2;
            r3 = Ga, (t4 = ab()) !== u ? ((e3 = Oi()) === u && (e3 = null), e3 !== u && ab() !== u && af() !== u && ab() !== u && (n2 = zi()) !== u && ab() !== u && Cf() !== u && ab() !== u && (o2 = mc()) !== u && ab() !== u ? ((s2 = Wi()) === u && (s2 = null), s2 !== u && ab() !== u ? ((a2 = uc()) === u && (a2 = null), a2 !== u && ab() !== u ? ((i2 = Cc()) === u && (i2 = null), i2 !== u ? ($a = r3, t4 = (function(r4, t5, e4, n3, o3, u2) {
              const s3 = {}, a3 = (r5) => {
                const { server: t6, db: e5, schema: n4, as: o4, table: u3, join: a4 } = r5, i3 = a4 ? "select" : "update", c2 = [t6, e5, n4].filter(Boolean).join(".") || null;
                e5 && (s3[u3] = c2), u3 && Hb.add(`${i3}::${c2}::${u3}`);
              };
              return t5 && t5.forEach(a3), n3 && n3.forEach(a3), e4 && e4.forEach((r5) => {
                if (r5.table) {
                  const t6 = Db(r5.table);
                  Hb.add(`update::${s3[t6] || null}::${t6}`);
                }
                qb.add(`update::${r5.table}::${r5.column}`);
              }), { tableList: Array.from(Hb), columnList: Gb(qb), ast: { with: r4, type: "update", table: t5, set: e4, from: n3, where: o3, returning: u2 } };
            })(e3, n2, o2, s2, a2, i2), r3 = t4) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2, i2, c2, l2;
            t4 = Ga, (e3 = gc()) !== u && ab() !== u ? ((n2 = mf()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = ec()) !== u && ab() !== u ? ((s2 = Ac()) === u && (s2 = null), s2 !== u && ab() !== u && Jp() !== u && ab() !== u && (a2 = rl()) !== u && ab() !== u && rb() !== u && ab() !== u && (i2 = Ec()) !== u && ab() !== u ? ((c2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, Tf() !== u && ab() !== u ? ("conflict" === r2.substr(Ga, 8).toLowerCase() ? (e4 = r2.substr(Ga, 8), Ga += 8) : (e4 = u, 0 === qa && Qa(Dt)), e4 !== u && ab() !== u ? ((n3 = (function() {
                var r3, t6;
                r3 = Ga, Jp() !== u && ab() !== u && (t6 = sc()) !== u && ab() !== u && rb() !== u ? ($a = r3, r3 = { type: "column", expr: t6, parentheses: true }) : (Ga = r3, r3 = u);
                return r3;
              })()) === u && (n3 = null), n3 !== u && ab() !== u && (o3 = (function() {
                var t6, e5, n4, o4, s3;
                t6 = Ga, "do" === r2.substr(Ga, 2).toLowerCase() ? (e5 = r2.substr(Ga, 2), Ga += 2) : (e5 = u, 0 === qa && Qa(Mt));
                e5 !== u && ab() !== u ? ("nothing" === r2.substr(Ga, 7).toLowerCase() ? (n4 = r2.substr(Ga, 7), Ga += 7) : (n4 = u, 0 === qa && Qa(Pt)), n4 !== u ? ($a = t6, t6 = e5 = { keyword: "do", expr: { type: "origin", value: "nothing" } }) : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                t6 === u && (t6 = Ga, "do" === r2.substr(Ga, 2).toLowerCase() ? (e5 = r2.substr(Ga, 2), Ga += 2) : (e5 = u, 0 === qa && Qa(Mt)), e5 !== u && ab() !== u && (n4 = af()) !== u && ab() !== u && Cf() !== u && ab() !== u && (o4 = mc()) !== u && ab() !== u ? ((s3 = uc()) === u && (s3 = null), s3 !== u ? ($a = t6, t6 = e5 = { keyword: "do", expr: { type: "update", set: o4, where: s3 } }) : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u));
                return t6;
              })()) !== u ? ($a = t5, t5 = { type: "conflict", keyword: "on", target: n3, action: o3 }) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (c2 = null), c2 !== u && ab() !== u ? ((l2 = Cc()) === u && (l2 = null), l2 !== u ? ($a = t4, e3 = (function(r3, t5, e4, n3, o3, u2, s3) {
              if (t5 && (Hb.add(`insert::${[t5.db, t5.schema].filter(Boolean).join(".") || null}::${t5.table}`), t5.as = null), n3) {
                let r4 = t5 && t5.table || null;
                Array.isArray(o3.values) && o3.values.forEach((r5, t6) => {
                  if (r5.value.length != n3.length) throw new Error("Error: column count doesn't match value count at row " + (t6 + 1));
                }), n3.forEach((t6) => qb.add(`insert::${r4}::${t6}`));
              }
              return { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: r3, table: [t5], columns: n3, values: o3, partition: e4, conflict: u2, returning: s3 } };
            })(e3, o2, s2, a2, i2, c2, l2), t4 = e3) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2, s2, a2, i2;
            r3 = Ga, (t4 = gc()) !== u && ab() !== u ? ((e3 = hf()) === u && (e3 = null), e3 !== u && ab() !== u ? ((n2 = mf()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = ec()) !== u && ab() !== u ? ((s2 = Ac()) === u && (s2 = null), s2 !== u && ab() !== u && (a2 = Ec()) !== u && ab() !== u ? ((i2 = Cc()) === u && (i2 = null), i2 !== u ? ($a = r3, t4 = (function(r4, t5, e4, n3, o3, u2, s3) {
              n3 && (Hb.add(`insert::${[n3.db, n3.schema].filter(Boolean).join(".") || null}::${n3.table}`), qb.add(`insert::${n3.table}::(.*)`), n3.as = null);
              const a3 = [t5, e4].filter((r5) => r5).map((r5) => r5[0] && r5[0].toLowerCase()).join(" ");
              return { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: r4, table: [n3], columns: null, values: u2, partition: o3, prefix: a3, returning: s3 } };
            })(t4, e3, n2, o2, s2, a2, i2), r3 = t4) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
            return r3;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2;
            r3 = Ga, (t4 = pf()) !== u && ab() !== u ? ((e3 = zi()) === u && (e3 = null), e3 !== u && ab() !== u && (n2 = Wi()) !== u && ab() !== u ? ((o2 = uc()) === u && (o2 = null), o2 !== u ? ($a = r3, t4 = (function(r4, t5, e4) {
              if (t5 && t5.forEach((r5) => {
                const { db: t6, as: e5, schema: n3, table: o3, join: u2 } = r5, s2 = u2 ? "select" : "delete", a2 = [t6, n3].filter(Boolean).join(".") || null;
                o3 && Hb.add(`${s2}::${a2}::${o3}`), u2 || qb.add(`delete::${o3}::(.*)`);
              }), null === r4 && 1 === t5.length) {
                const e5 = t5[0];
                r4 = [{ db: e5.db, schema: e5.schema, table: e5.table, as: e5.as, addition: true, ...Ob() }];
              }
              return { tableList: Array.from(Hb), columnList: Gb(qb), ast: { type: "delete", table: r4, from: t5, where: e4 } };
            })(e3, n2, o2), r3 = t4) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
            return r3;
          })()) === u && (t3 = Za()) === u && (t3 = (function() {
            var r3, t4;
            r3 = [], t4 = vb();
            for (; t4 !== u; ) r3.push(t4), t4 = vb();
            return r3;
          })()), t3;
        }
        function ri() {
          var t3, e3;
          return t3 = Ga, (function() {
            var t4, e4, n2, o2;
            t4 = Ga, "union" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(Go));
            e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })() !== u && ab() !== u ? ((e3 = Mf()) === u && (e3 = null), e3 !== u ? ($a = t3, t3 = e3 ? "union all" : "union") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function ti() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = Ri()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = ri()) !== u && (a2 = ab()) !== u && (i2 = Ri()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = ri()) !== u && (a2 = ab()) !== u && (i2 = Ri()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u && (n2 = ab()) !== u ? ((o2 = dc()) === u && (o2 = null), o2 !== u && (s2 = ab()) !== u ? ((a2 = wc()) === u && (a2 = null), a2 !== u ? ($a = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return e4 && (r4._orderby = e4), n3 && n3.value && n3.value.length > 0 && (r4._limit = n3), { tableList: Array.from(Hb), columnList: Gb(qb), ast: r4 };
            })(t3, e3, o2, a2)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function ei() {
          var t3, e3;
          return t3 = Ga, "if" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(i)), e3 !== u && ab() !== u && Wf() !== u && ab() !== u && Hf() !== u ? ($a = t3, t3 = e3 = "IF NOT EXISTS") : (Ga = t3, t3 = u), t3;
        }
        function ni() {
          var t3, e3, n2;
          return t3 = Ga, "check_option" === r2.substr(Ga, 12).toLowerCase() ? (e3 = r2.substr(Ga, 12), Ga += 12) : (e3 = u, 0 === qa && Qa(y)), e3 !== u && ab() !== u && Fp() !== u && ab() !== u ? ("cascaded" === r2.substr(Ga, 8).toLowerCase() ? (n2 = r2.substr(Ga, 8), Ga += 8) : (n2 = u, 0 === qa && Qa(p)), n2 === u && ("local" === r2.substr(Ga, 5).toLowerCase() ? (n2 = r2.substr(Ga, 5), Ga += 5) : (n2 = u, 0 === qa && Qa(b))), n2 !== u ? ($a = t3, t3 = e3 = { type: "check_option", value: n2, symbol: "=" }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "security_barrier" === r2.substr(Ga, 16).toLowerCase() ? (e3 = r2.substr(Ga, 16), Ga += 16) : (e3 = u, 0 === qa && Qa(h)), e3 === u && ("security_invoker" === r2.substr(Ga, 16).toLowerCase() ? (e3 = r2.substr(Ga, 16), Ga += 16) : (e3 = u, 0 === qa && Qa(w))), e3 !== u && ab() !== u && Fp() !== u && ab() !== u && (n2 = Fl()) !== u ? ($a = t3, t3 = e3 = (function(r3, t4) {
            return { type: r3.toLowerCase(), value: t4.value ? "true" : "false", symbol: "=" };
          })(e3, n2)) : (Ga = t3, t3 = u)), t3;
        }
        function oi() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            return t4 = Ga, "increment" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(C)), e3 !== u && ab() !== u ? ((n2 = Of()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = Yl()) !== u ? ($a = t4, s2 = e3, a2 = o2, t4 = e3 = { resource: "sequence", prefix: n2 ? s2.toLowerCase() + " by" : s2.toLowerCase(), value: a2 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Ga, "minvalue" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(E)), e3 !== u && ab() !== u && (n2 = Yl()) !== u ? ($a = t4, t4 = e3 = A(e3, n2)) : (Ga = t4, t4 = u), t4 === u && (t4 = Ga, "no" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(g)), e3 !== u && ab() !== u ? ("minvalue" === r2.substr(Ga, 8).toLowerCase() ? (n2 = r2.substr(Ga, 8), Ga += 8) : (n2 = u, 0 === qa && Qa(E)), n2 !== u ? ($a = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: "no minvalue" } }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Ga, "maxvalue" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(T)), e3 !== u && ab() !== u && (n2 = Yl()) !== u ? ($a = t4, t4 = e3 = A(e3, n2)) : (Ga = t4, t4 = u), t4 === u && (t4 = Ga, "no" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(g)), e3 !== u && ab() !== u ? ("maxvalue" === r2.substr(Ga, 8).toLowerCase() ? (n2 = r2.substr(Ga, 8), Ga += 8) : (n2 = u, 0 === qa && Qa(T)), n2 !== u ? ($a = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: "no maxvalue" } }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            return t4 = Ga, "start" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(_)), e3 !== u && ab() !== u ? ((n2 = If()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = Yl()) !== u ? ($a = t4, s2 = e3, a2 = o2, t4 = e3 = { resource: "sequence", prefix: n2 ? s2.toLowerCase() + " with" : s2.toLowerCase(), value: a2 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Ga, "cache" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(j)), e3 !== u && ab() !== u && (n2 = Yl()) !== u ? ($a = t4, t4 = e3 = A(e3, n2)) : (Ga = t4, t4 = u), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Ga, "no" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(g)), e3 === u && (e3 = null), e3 !== u && ab() !== u ? ("cycle" === r2.substr(Ga, 5).toLowerCase() ? (n2 = r2.substr(Ga, 5), Ga += 5) : (n2 = u, 0 === qa && Qa(S)), n2 !== u ? ($a = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: e3 ? "no cycle" : "cycle" } }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Ga, "owned" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(x)), e3 !== u && ab() !== u && Of() !== u && ab() !== u ? ("none" === r2.substr(Ga, 4).toLowerCase() ? (n2 = r2.substr(Ga, 4), Ga += 4) : (n2 = u, 0 === qa && Qa(I)), n2 !== u ? ($a = t4, t4 = e3 = { resource: "sequence", prefix: "owned by", value: { type: "origin", value: "none" } }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4 === u && (t4 = Ga, "owned" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(x)), e3 !== u && ab() !== u && Of() !== u && ab() !== u && (n2 = Jc()) !== u ? ($a = t4, t4 = e3 = { resource: "sequence", prefix: "owned by", value: n2 }) : (Ga = t4, t4 = u)), t4;
          })()), t3;
        }
        function ui() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2, d2;
          return t3 = Ga, (e3 = kc()) !== u && ab() !== u ? ((n2 = ci()) === u && (n2 = null), n2 !== u && ab() !== u ? ((o2 = el()) === u && (o2 = null), o2 !== u && ab() !== u ? ((s2 = kf()) === u && (s2 = Uf()), s2 === u && (s2 = null), s2 !== u && ab() !== u ? (a2 = Ga, "nulls" === r2.substr(Ga, 5).toLowerCase() ? (i2 = r2.substr(Ga, 5), Ga += 5) : (i2 = u, 0 === qa && Qa(R)), i2 !== u && (c2 = ab()) !== u ? ("first" === r2.substr(Ga, 5).toLowerCase() ? (l2 = r2.substr(Ga, 5), Ga += 5) : (l2 = u, 0 === qa && Qa(O)), l2 === u && ("last" === r2.substr(Ga, 4).toLowerCase() ? (l2 = r2.substr(Ga, 4), Ga += 4) : (l2 = u, 0 === qa && Qa(N))), l2 !== u ? a2 = i2 = [i2, c2, l2] : (Ga = a2, a2 = u)) : (Ga = a2, a2 = u), a2 === u && (a2 = null), a2 !== u ? ($a = t3, f2 = e3, p2 = n2, b2 = o2, v2 = s2, d2 = a2, t3 = e3 = { ...f2, collate: p2, opclass: b2, order_by: v2 && v2.toLowerCase(), nulls: d2 && `${d2[0].toLowerCase()} ${d2[2].toLowerCase()}` }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function si() {
          var r3;
          return (r3 = ii()) === u && (r3 = Li()) === u && (r3 = Ci()) === u && (r3 = Ei()), r3;
        }
        function ai() {
          var t3, e3, n2, o2;
          return (t3 = (function() {
            var r3, t4, e4;
            r3 = Ga, (t4 = $l()) === u && (t4 = Gl());
            t4 !== u && ab() !== u ? ((e4 = li()) === u && (e4 = null), e4 !== u ? ($a = r3, o3 = e4, (n3 = t4) && !n3.value && (n3.value = "null"), r3 = t4 = { default_val: o3, nullable: n3 }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
            var n3, o3;
            r3 === u && (r3 = Ga, (t4 = li()) !== u && ab() !== u ? ((e4 = $l()) === u && (e4 = Gl()), e4 === u && (e4 = null), e4 !== u ? ($a = r3, t4 = (function(r4, t5) {
              return t5 && !t5.value && (t5.value = "null"), { default_val: r4, nullable: t5 };
            })(t4, e4), r3 = t4) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u));
            return r3;
          })()) === u && (t3 = Ga, "auto_increment" === r2.substr(Ga, 14).toLowerCase() ? (e3 = r2.substr(Ga, 14), Ga += 14) : (e3 = u, 0 === qa && Qa(k)), e3 !== u && ($a = t3, e3 = { auto_increment: e3.toLowerCase() }), (t3 = e3) === u && (t3 = Ga, "unique" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(U)), e3 !== u && ab() !== u ? ("key" === r2.substr(Ga, 3).toLowerCase() ? (n2 = r2.substr(Ga, 3), Ga += 3) : (n2 = u, 0 === qa && Qa(M)), n2 === u && (n2 = null), n2 !== u ? ($a = t3, t3 = e3 = (function(r3) {
            const t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "primary" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(P)), e3 === u && (e3 = null), e3 !== u && ab() !== u ? ("key" === r2.substr(Ga, 3).toLowerCase() ? (n2 = r2.substr(Ga, 3), Ga += 3) : (n2 = u, 0 === qa && Qa(M)), n2 !== u ? ($a = t3, t3 = e3 = (function(r3) {
            const t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, (e3 = lb()) !== u && ($a = t3, e3 = { comment: e3 }), (t3 = e3) === u && (t3 = Ga, (e3 = ci()) !== u && ($a = t3, e3 = { collate: e3 }), (t3 = e3) === u && (t3 = Ga, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ga, "column_format" === r2.substr(Ga, 13).toLowerCase() ? (e4 = r2.substr(Ga, 13), Ga += 13) : (e4 = u, 0 === qa && Qa(D));
            e4 !== u && ab() !== u ? ("fixed" === r2.substr(Ga, 5).toLowerCase() ? (n3 = r2.substr(Ga, 5), Ga += 5) : (n3 = u, 0 === qa && Qa(G)), n3 === u && ("dynamic" === r2.substr(Ga, 7).toLowerCase() ? (n3 = r2.substr(Ga, 7), Ga += 7) : (n3 = u, 0 === qa && Qa($)), n3 === u && ("default" === r2.substr(Ga, 7).toLowerCase() ? (n3 = r2.substr(Ga, 7), Ga += 7) : (n3 = u, 0 === qa && Qa(F)))), n3 !== u ? ($a = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && ($a = t3, e3 = { column_format: e3 }), (t3 = e3) === u && (t3 = Ga, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ga, "storage" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(B));
            e4 !== u && ab() !== u ? ("disk" === r2.substr(Ga, 4).toLowerCase() ? (n3 = r2.substr(Ga, 4), Ga += 4) : (n3 = u, 0 === qa && Qa(H)), n3 === u && ("memory" === r2.substr(Ga, 6).toLowerCase() ? (n3 = r2.substr(Ga, 6), Ga += 6) : (n3 = u, 0 === qa && Qa(q))), n3 !== u ? ($a = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && ($a = t3, e3 = { storage: e3 }), (t3 = e3) === u && (t3 = Ga, (e3 = Ti()) !== u && ($a = t3, e3 = { reference_definition: e3 }), (t3 = e3) === u && (t3 = Ga, (e3 = Si()) !== u && ab() !== u ? ((n2 = Fp()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = tl()) !== u ? ($a = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { character_set: { type: r3, value: e4, symbol: t4 } };
          })(e3, n2, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)))))))))), t3;
        }
        function ii() {
          var r3, t3, e3, n2, o2, s2, a2;
          return r3 = Ga, (t3 = Jc()) !== u && ab() !== u && (e3 = Tb()) !== u && ab() !== u ? ((n2 = (function() {
            var r4, t4, e4, n3, o3, s3;
            if (r4 = Ga, (t4 = ai()) !== u) if (ab() !== u) {
              for (e4 = [], n3 = Ga, (o3 = ab()) !== u && (s3 = ai()) !== u ? n3 = o3 = [o3, s3] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u && (s3 = ai()) !== u ? n3 = o3 = [o3, s3] : (Ga = n3, n3 = u);
              e4 !== u ? ($a = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (Ga = r4, r4 = u);
            } else Ga = r4, r4 = u;
            else Ga = r4, r4 = u;
            return r4;
          })()) === u && (n2 = null), n2 !== u ? ($a = r3, o2 = t3, s2 = e3, a2 = n2, qb.add(`create::${o2.table}::${o2.column}`), r3 = t3 = { column: o2, definition: s2, resource: "column", ...a2 || {} }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function ci() {
          var t3, e3, n2;
          return t3 = Ga, (function() {
            var t4, e4, n3, o2;
            t4 = Ga, "collate" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(Mr));
            e4 !== u ? (n3 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "COLLATE") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })() !== u && ab() !== u ? ((e3 = Fp()) === u && (e3 = null), e3 !== u && ab() !== u && (n2 = el()) !== u ? ($a = t3, t3 = { type: "collate", keyword: "collate", collate: { name: n2, symbol: e3 } }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function li() {
          var r3, t3;
          return r3 = Ga, rf() !== u && ab() !== u && (t3 = kc()) !== u ? ($a = r3, r3 = { type: "default", value: t3 }) : (Ga = r3, r3 = u), r3;
        }
        function fi() {
          var t3, e3;
          return t3 = Ga, (e3 = Gf()) === u && ("out" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(V)), e3 === u && ("variadic" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(X)), e3 === u && ("inout" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(Q))))), e3 !== u && ($a = t3, e3 = e3.toUpperCase()), t3 = e3;
        }
        function pi() {
          var r3, t3, e3, n2;
          return r3 = Ga, (t3 = fi()) === u && (t3 = null), t3 !== u && ab() !== u && (e3 = Tb()) !== u ? ($a = r3, r3 = t3 = { mode: t3, type: e3 }) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = fi()) === u && (t3 = null), t3 !== u && ab() !== u && (e3 = bl()) !== u && ab() !== u && (n2 = Tb()) !== u ? ($a = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4, e4) {
            return { mode: r4, name: t4, type: e4 };
          })(t3, e3, n2)) : (Ga = r3, r3 = u)), r3;
        }
        function bi() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = pi()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = pi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = pi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Mb(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function vi() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2;
            r4 = Ga, (t3 = Bp()) !== u && ab() !== u ? ((e3 = Hp()) === u && (e3 = null), e3 !== u && ab() !== u && (n2 = ii()) !== u ? ($a = r4, o2 = e3, s2 = n2, t3 = { action: "add", ...s2, keyword: o2, resource: "column", type: "alter" }, r4 = t3) : (Ga = r4, r4 = u)) : (Ga = r4, r4 = u);
            var o2, s2;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3;
            r4 = Ga, Bp() !== u && ab() !== u && (t3 = Ei()) !== u ? ($a = r4, r4 = { action: "add", create_definitions: t3, resource: "constraint", type: "alter" }) : (Ga = r4, r4 = u);
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ga, of() !== u && ab() !== u ? ((t3 = Hp()) === u && (t3 = null), t3 !== u && ab() !== u && (e3 = Jc()) !== u ? ($a = r4, r4 = { action: "drop", column: e3, keyword: t3, resource: "column", type: "alter" }) : (Ga = r4, r4 = u)) : (Ga = r4, r4 = u);
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ga, (t3 = Bp()) !== u && ab() !== u && (e3 = Li()) !== u ? ($a = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (Ga = r4, r4 = u);
            var n2;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ga, (t3 = Bp()) !== u && ab() !== u && (e3 = Ci()) !== u ? ($a = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (Ga = r4, r4 = u);
            var n2;
            return r4;
          })()) === u && (r3 = di()) === u && (r3 = wi()) === u && (r3 = mi()), r3;
        }
        function di() {
          var r3, t3, e3, n2, o2;
          return r3 = Ga, yf() !== u && ab() !== u ? ((t3 = tf()) === u && (t3 = Ef()), t3 === u && (t3 = null), t3 !== u && ab() !== u && (e3 = el()) !== u ? ($a = r3, o2 = e3, r3 = { action: "rename", type: "alter", resource: "table", keyword: (n2 = t3) && n2[0].toLowerCase(), table: o2 }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function yi() {
          var t3, e3, n2;
          return t3 = Ga, "owner" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(Z)), e3 !== u && ab() !== u && tf() !== u && ab() !== u ? ((n2 = el()) === u && ("current_role" === r2.substr(Ga, 12).toLowerCase() ? (n2 = r2.substr(Ga, 12), Ga += 12) : (n2 = u, 0 === qa && Qa(J)), n2 === u && ("current_user" === r2.substr(Ga, 12).toLowerCase() ? (n2 = r2.substr(Ga, 12), Ga += 12) : (n2 = u, 0 === qa && Qa(rr)), n2 === u && ("session_user" === r2.substr(Ga, 12).toLowerCase() ? (n2 = r2.substr(Ga, 12), Ga += 12) : (n2 = u, 0 === qa && Qa(tr))))), n2 !== u ? ($a = t3, t3 = e3 = { action: "owner", type: "alter", resource: "table", keyword: "to", table: n2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function hi() {
          var r3, t3;
          return r3 = Ga, Cf() !== u && ab() !== u && gf() !== u && ab() !== u && (t3 = el()) !== u ? ($a = r3, r3 = { action: "set", type: "alter", resource: "table", keyword: "schema", table: t3 }) : (Ga = r3, r3 = u), r3;
        }
        function wi() {
          var t3, e3, n2, o2;
          return t3 = Ga, "algorithm" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(er)), e3 !== u && ab() !== u ? ((n2 = Fp()) === u && (n2 = null), n2 !== u && ab() !== u ? ("default" === r2.substr(Ga, 7).toLowerCase() ? (o2 = r2.substr(Ga, 7), Ga += 7) : (o2 = u, 0 === qa && Qa(F)), o2 === u && ("instant" === r2.substr(Ga, 7).toLowerCase() ? (o2 = r2.substr(Ga, 7), Ga += 7) : (o2 = u, 0 === qa && Qa(nr)), o2 === u && ("inplace" === r2.substr(Ga, 7).toLowerCase() ? (o2 = r2.substr(Ga, 7), Ga += 7) : (o2 = u, 0 === qa && Qa(or)), o2 === u && ("copy" === r2.substr(Ga, 4).toLowerCase() ? (o2 = r2.substr(Ga, 4), Ga += 4) : (o2 = u, 0 === qa && Qa(ur))))), o2 !== u ? ($a = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function mi() {
          var t3, e3, n2, o2;
          return t3 = Ga, "lock" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(sr)), e3 !== u && ab() !== u ? ((n2 = Fp()) === u && (n2 = null), n2 !== u && ab() !== u ? ("default" === r2.substr(Ga, 7).toLowerCase() ? (o2 = r2.substr(Ga, 7), Ga += 7) : (o2 = u, 0 === qa && Qa(F)), o2 === u && ("none" === r2.substr(Ga, 4).toLowerCase() ? (o2 = r2.substr(Ga, 4), Ga += 4) : (o2 = u, 0 === qa && Qa(I)), o2 === u && ("shared" === r2.substr(Ga, 6).toLowerCase() ? (o2 = r2.substr(Ga, 6), Ga += 6) : (o2 = u, 0 === qa && Qa(ar)), o2 === u && ("exclusive" === r2.substr(Ga, 9).toLowerCase() ? (o2 = r2.substr(Ga, 9), Ga += 9) : (o2 = u, 0 === qa && Qa(ir))))), o2 !== u ? ($a = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Li() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          return r3 = Ga, (t3 = qp()) === u && (t3 = Wp()), t3 !== u && ab() !== u ? ((e3 = fl()) === u && (e3 = null), e3 !== u && ab() !== u ? ((n2 = Xi()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = ki()) !== u && ab() !== u ? ((s2 = Qi()) === u && (s2 = null), s2 !== u && ab() !== u ? ($a = r3, a2 = n2, i2 = s2, r3 = t3 = { index: e3, definition: o2, keyword: t3.toLowerCase(), index_type: a2, resource: "index", index_options: i2 }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function Ci() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "fulltext" === r2.substr(Ga, 8).toLowerCase() ? (e4 = r2.substr(Ga, 8), Ga += 8) : (e4 = u, 0 === qa && Qa(ia));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "FULLTEXT") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "spatial" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(ca));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "SPATIAL") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()), e3 !== u && ab() !== u ? ((n2 = qp()) === u && (n2 = Wp()), n2 === u && (n2 = null), n2 !== u && ab() !== u ? ((o2 = fl()) === u && (o2 = null), o2 !== u && ab() !== u && (s2 = ki()) !== u && ab() !== u ? ((a2 = Qi()) === u && (a2 = null), a2 !== u && ab() !== u ? ($a = t3, i2 = e3, l2 = a2, t3 = e3 = { index: o2, definition: s2, keyword: (c2 = n2) && `${i2.toLowerCase()} ${c2.toLowerCase()}` || i2.toLowerCase(), index_options: l2, resource: "index" }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Ei() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = Ga, (e3 = Ai()) === u && (e3 = null);
            e3 !== u && ab() !== u ? ("primary key" === r2.substr(Ga, 11).toLowerCase() ? (n2 = r2.substr(Ga, 11), Ga += 11) : (n2 = u, 0 === qa && Qa(cr)), n2 !== u && ab() !== u ? ((o2 = Xi()) === u && (o2 = null), o2 !== u && ab() !== u && (s2 = ki()) !== u && ab() !== u ? ((a2 = Qi()) === u && (a2 = null), a2 !== u ? ($a = t4, c2 = n2, l2 = o2, f2 = s2, p2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2.toLowerCase(), keyword: i2 && i2.keyword, index_type: l2, resource: "constraint", index_options: p2 }, t4 = e3) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === u && (t3 = (function() {
            var r3, t4, e3, n2, o2, s2, a2, i2;
            r3 = Ga, (t4 = Ai()) === u && (t4 = null);
            t4 !== u && ab() !== u && (e3 = Yp()) !== u && ab() !== u ? ((n2 = qp()) === u && (n2 = Wp()), n2 === u && (n2 = null), n2 !== u && ab() !== u ? ((o2 = fl()) === u && (o2 = null), o2 !== u && ab() !== u ? ((s2 = Xi()) === u && (s2 = null), s2 !== u && ab() !== u && (a2 = ki()) !== u && ab() !== u ? ((i2 = Qi()) === u && (i2 = null), i2 !== u ? ($a = r3, l2 = e3, f2 = n2, p2 = o2, b2 = s2, v2 = a2, d2 = i2, t4 = { constraint: (c2 = t4) && c2.constraint, definition: v2, constraint_type: f2 && `${l2.toLowerCase()} ${f2.toLowerCase()}` || l2.toLowerCase(), keyword: c2 && c2.keyword, index_type: b2, index: p2, resource: "constraint", index_options: d2 }, r3 = t4) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
            var c2, l2, f2, p2, b2, v2, d2;
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = Ga, (e3 = Ai()) === u && (e3 = null);
            e3 !== u && ab() !== u ? ("foreign key" === r2.substr(Ga, 11).toLowerCase() ? (n2 = r2.substr(Ga, 11), Ga += 11) : (n2 = u, 0 === qa && Qa(lr)), n2 !== u && ab() !== u ? ((o2 = fl()) === u && (o2 = null), o2 !== u && ab() !== u && (s2 = ki()) !== u && ab() !== u ? ((a2 = Ti()) === u && (a2 = null), a2 !== u ? ($a = t4, c2 = n2, l2 = o2, f2 = s2, p2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2, keyword: i2 && i2.keyword, index: l2, resource: "constraint", reference_definition: p2 }, t4 = e3) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === u && (t3 = gi()), t3;
        }
        function Ai() {
          var r3, t3, e3, n2;
          return r3 = Ga, (t3 = Xp()) !== u && ab() !== u ? ((e3 = el()) === u && (e3 = null), e3 !== u ? ($a = r3, n2 = e3, r3 = t3 = { keyword: t3.toLowerCase(), constraint: n2 }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function gi() {
          var t3, e3, n2, o2, s2, a2, i2;
          return t3 = Ga, (e3 = Ai()) === u && (e3 = null), e3 !== u && ab() !== u ? ("check" === r2.substr(Ga, 5).toLowerCase() ? (n2 = r2.substr(Ga, 5), Ga += 5) : (n2 = u, 0 === qa && Qa(v)), n2 !== u && ab() !== u && Jp() !== u && ab() !== u && (o2 = Uc()) !== u && ab() !== u && rb() !== u ? ($a = t3, a2 = n2, i2 = o2, t3 = e3 = { constraint: (s2 = e3) && s2.constraint, definition: [i2], constraint_type: a2.toLowerCase(), keyword: s2 && s2.keyword, resource: "constraint" }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Ti() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "references" === r2.substr(Ga, 10).toLowerCase() ? (e4 = r2.substr(Ga, 10), Ga += 10) : (e4 = u, 0 === qa && Qa(ba));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "REFERENCES") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && ab() !== u && (n2 = ec()) !== u && ab() !== u && (o2 = ki()) !== u && ab() !== u ? ("match full" === r2.substr(Ga, 10).toLowerCase() ? (s2 = r2.substr(Ga, 10), Ga += 10) : (s2 = u, 0 === qa && Qa(fr)), s2 === u && ("match partial" === r2.substr(Ga, 13).toLowerCase() ? (s2 = r2.substr(Ga, 13), Ga += 13) : (s2 = u, 0 === qa && Qa(pr)), s2 === u && ("match simple" === r2.substr(Ga, 12).toLowerCase() ? (s2 = r2.substr(Ga, 12), Ga += 12) : (s2 = u, 0 === qa && Qa(br)))), s2 === u && (s2 = null), s2 !== u && ab() !== u ? ((a2 = _i()) === u && (a2 = null), a2 !== u && ab() !== u ? ((i2 = _i()) === u && (i2 = null), i2 !== u ? ($a = t3, c2 = s2, l2 = a2, f2 = i2, t3 = e3 = { definition: o2, table: [n2], keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, (e3 = _i()) !== u && ($a = t3, e3 = { on_action: [e3] }), t3 = e3), t3;
        }
        function _i() {
          var t3, e3, n2, o2;
          return t3 = Ga, Tf() !== u && ab() !== u ? ((e3 = pf()) === u && (e3 = af()), e3 !== u && ab() !== u && (n2 = (function() {
            var t4, e4, n3;
            t4 = Ga, (e4 = Up()) !== u && ab() !== u && Jp() !== u && ab() !== u ? ((n3 = jc()) === u && (n3 = null), n3 !== u && ab() !== u && rb() !== u ? ($a = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            t4 === u && (t4 = Ga, "restrict" === r2.substr(Ga, 8).toLowerCase() ? (e4 = r2.substr(Ga, 8), Ga += 8) : (e4 = u, 0 === qa && Qa(Y)), e4 === u && ("cascade" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(W)), e4 === u && ("set null" === r2.substr(Ga, 8).toLowerCase() ? (e4 = r2.substr(Ga, 8), Ga += 8) : (e4 = u, 0 === qa && Qa(vr)), e4 === u && ("no action" === r2.substr(Ga, 9).toLowerCase() ? (e4 = r2.substr(Ga, 9), Ga += 9) : (e4 = u, 0 === qa && Qa(dr)), e4 === u && ("set default" === r2.substr(Ga, 11).toLowerCase() ? (e4 = r2.substr(Ga, 11), Ga += 11) : (e4 = u, 0 === qa && Qa(yr)), e4 === u && (e4 = Up()))))), e4 !== u && ($a = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4);
            return t4;
          })()) !== u ? ($a = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function ji() {
          var t3, e3, n2, o2, s2, a2, i2;
          return t3 = Ga, (e3 = bf()) === u && (e3 = pf()) === u && (e3 = Np()), e3 !== u && ($a = t3, i2 = e3, e3 = { keyword: Array.isArray(i2) ? i2[0].toLowerCase() : i2.toLowerCase() }), (t3 = e3) === u && (t3 = Ga, (e3 = af()) !== u && ab() !== u ? (n2 = Ga, "of" === r2.substr(Ga, 2).toLowerCase() ? (o2 = r2.substr(Ga, 2), Ga += 2) : (o2 = u, 0 === qa && Qa(gr)), o2 !== u && (s2 = ab()) !== u && (a2 = sc()) !== u ? n2 = o2 = [o2, s2, a2] : (Ga = n2, n2 = u), n2 === u && (n2 = null), n2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4) {
            return { keyword: r3 && r3[0] && r3[0].toLowerCase(), args: t4 && { keyword: t4[0], columns: t4[2] } || null };
          })(e3, n2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)), t3;
        }
        function Si() {
          var t3, e3, n2;
          return t3 = Ga, "character" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(Nr)), e3 !== u && ab() !== u ? ("set" === r2.substr(Ga, 3).toLowerCase() ? (n2 = r2.substr(Ga, 3), Ga += 3) : (n2 = u, 0 === qa && Qa(kr)), n2 !== u ? ($a = t3, t3 = e3 = "CHARACTER SET") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function xi() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2;
          return t3 = Ga, (e3 = rf()) === u && (e3 = null), e3 !== u && ab() !== u ? ((n2 = Si()) === u && ("charset" === r2.substr(Ga, 7).toLowerCase() ? (n2 = r2.substr(Ga, 7), Ga += 7) : (n2 = u, 0 === qa && Qa(Ur)), n2 === u && ("collate" === r2.substr(Ga, 7).toLowerCase() ? (n2 = r2.substr(Ga, 7), Ga += 7) : (n2 = u, 0 === qa && Qa(Mr)))), n2 !== u && ab() !== u ? ((o2 = Fp()) === u && (o2 = null), o2 !== u && ab() !== u && (s2 = tl()) !== u ? ($a = t3, i2 = n2, c2 = o2, l2 = s2, t3 = e3 = { keyword: (a2 = e3) && `${a2[0].toLowerCase()} ${i2.toLowerCase()}` || i2.toLowerCase(), symbol: c2, value: l2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Ii() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2;
          return t3 = Ga, "auto_increment" === r2.substr(Ga, 14).toLowerCase() ? (e3 = r2.substr(Ga, 14), Ga += 14) : (e3 = u, 0 === qa && Qa(k)), e3 === u && ("avg_row_length" === r2.substr(Ga, 14).toLowerCase() ? (e3 = r2.substr(Ga, 14), Ga += 14) : (e3 = u, 0 === qa && Qa(Pr)), e3 === u && ("key_block_size" === r2.substr(Ga, 14).toLowerCase() ? (e3 = r2.substr(Ga, 14), Ga += 14) : (e3 = u, 0 === qa && Qa(Dr)), e3 === u && ("max_rows" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(Gr)), e3 === u && ("min_rows" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa($r)), e3 === u && ("stats_sample_pages" === r2.substr(Ga, 18).toLowerCase() ? (e3 = r2.substr(Ga, 18), Ga += 18) : (e3 = u, 0 === qa && Qa(Fr))))))), e3 !== u && ab() !== u ? ((n2 = Fp()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = Yl()) !== u ? ($a = t3, c2 = n2, l2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: c2, value: l2.value }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = xi()) === u && (t3 = Ga, (e3 = Vp()) === u && ("connection" === r2.substr(Ga, 10).toLowerCase() ? (e3 = r2.substr(Ga, 10), Ga += 10) : (e3 = u, 0 === qa && Qa(Br))), e3 !== u && ab() !== u ? ((n2 = Fp()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = Bl()) !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "compression" === r2.substr(Ga, 11).toLowerCase() ? (e3 = r2.substr(Ga, 11), Ga += 11) : (e3 = u, 0 === qa && Qa(Hr)), e3 !== u && ab() !== u ? ((n2 = Fp()) === u && (n2 = null), n2 !== u && ab() !== u ? (o2 = Ga, 39 === r2.charCodeAt(Ga) ? (s2 = "'", Ga++) : (s2 = u, 0 === qa && Qa(qr)), s2 !== u ? ("zlib" === r2.substr(Ga, 4).toLowerCase() ? (a2 = r2.substr(Ga, 4), Ga += 4) : (a2 = u, 0 === qa && Qa(Wr)), a2 === u && ("lz4" === r2.substr(Ga, 3).toLowerCase() ? (a2 = r2.substr(Ga, 3), Ga += 3) : (a2 = u, 0 === qa && Qa(Yr)), a2 === u && ("none" === r2.substr(Ga, 4).toLowerCase() ? (a2 = r2.substr(Ga, 4), Ga += 4) : (a2 = u, 0 === qa && Qa(I)))), a2 !== u ? (39 === r2.charCodeAt(Ga) ? (i2 = "'", Ga++) : (i2 = u, 0 === qa && Qa(qr)), i2 !== u ? o2 = s2 = [s2, a2, i2] : (Ga = o2, o2 = u)) : (Ga = o2, o2 = u)) : (Ga = o2, o2 = u), o2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "engine" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(Vr)), e3 !== u && ab() !== u ? ((n2 = Fp()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = bl()) !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.toUpperCase() };
          })(e3, n2, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)))), t3;
        }
        function Ri() {
          var t3, e3, n2, o2, s2, a2, i2;
          return t3 = Ga, (e3 = sf()) !== u && (n2 = ab()) !== u ? (59 === r2.charCodeAt(Ga) ? (o2 = ";", Ga++) : (o2 = u, 0 === qa && Qa(st)), o2 !== u ? ($a = t3, t3 = e3 = { type: "select", ...Ob() }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = (function() {
            var t4, e4, n3, o3, s3, a3, i3, c2, l2, f2, p2, b2, v2, d2, y2, h2, w2, m2;
            t4 = Ga, (e4 = ab()) !== u ? ((n3 = Oi()) === u && (n3 = null), n3 !== u && ab() !== u && sf() !== u && ib() !== u ? ((o3 = (function() {
              var r3, t5, e5, n4, o4, s4;
              if (r3 = Ga, (t5 = Ui()) !== u) {
                for (e5 = [], n4 = Ga, (o4 = ab()) !== u && (s4 = Ui()) !== u ? n4 = o4 = [o4, s4] : (Ga = n4, n4 = u); n4 !== u; ) e5.push(n4), n4 = Ga, (o4 = ab()) !== u && (s4 = Ui()) !== u ? n4 = o4 = [o4, s4] : (Ga = n4, n4 = u);
                e5 !== u ? ($a = r3, t5 = (function(r4, t6) {
                  const e6 = [r4];
                  for (let r5 = 0, n5 = t6.length; r5 < n5; ++r5) e6.push(t6[r5][1]);
                  return e6;
                })(t5, e5), r3 = t5) : (Ga = r3, r3 = u);
              } else Ga = r3, r3 = u;
              return r3;
            })()) === u && (o3 = null), o3 !== u && ab() !== u ? ((s3 = (function() {
              var r3, t5, e5;
              r3 = Ga, (t5 = Pf()) !== u && ab() !== u && Tf() !== u && ab() !== u && Jp() !== u && ab() !== u && (e5 = sc()) !== u && ab() !== u && rb() !== u ? ($a = r3, n4 = t5, o4 = e5, console.lo, r3 = t5 = { type: n4 + " ON", columns: o4 }) : (Ga = r3, r3 = u);
              var n4, o4;
              r3 === u && (r3 = Ga, (t5 = Pf()) === u && (t5 = null), t5 !== u && ($a = r3, t5 = /* @__PURE__ */ (function(r4) {
                return { type: r4 };
              })(t5)), r3 = t5);
              return r3;
            })()) === u && (s3 = null), s3 !== u && ab() !== u ? ((a3 = (function() {
              var t5, e5, n4, o4, s4;
              t5 = Ga, (e5 = ef()) !== u && ab() !== u && (n4 = Jp()) !== u && ab() !== u && (o4 = Vl()) !== u && ab() !== u && rb() !== u && ab() !== u ? ("percent" === r2.substr(Ga, 7).toLowerCase() ? (s4 = r2.substr(Ga, 7), Ga += 7) : (s4 = u, 0 === qa && Qa(ct)), s4 === u && (s4 = null), s4 !== u ? ($a = t5, e5 = { value: o4, percent: (a4 = s4) && a4.toLowerCase(), parentheses: true }, t5 = e5) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              var a4;
              t5 === u && (t5 = Ga, (e5 = ef()) !== u && ab() !== u && (n4 = Vl()) !== u && ab() !== u ? ("percent" === r2.substr(Ga, 7).toLowerCase() ? (o4 = r2.substr(Ga, 7), Ga += 7) : (o4 = u, 0 === qa && Qa(ct)), o4 === u && (o4 = null), o4 !== u ? ($a = t5, e5 = (function(r3, t6) {
                return { value: r3, percent: t6 && t6.toLowerCase() };
              })(n4, o4), t5 = e5) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u));
              return t5;
            })()) === u && (a3 = null), a3 !== u && ab() !== u && (i3 = Pi()) !== u && ab() !== u ? ((c2 = qi()) === u && (c2 = null), c2 !== u && ab() !== u ? ((l2 = Wi()) === u && (l2 = null), l2 !== u && ab() !== u ? ((f2 = qi()) === u && (f2 = null), f2 !== u && ab() !== u ? ((p2 = uc()) === u && (p2 = null), p2 !== u && ab() !== u ? ((b2 = (function() {
              var r3, t5, e5;
              r3 = Ga, (t5 = Rf()) !== u && ab() !== u && Of() !== u && ab() !== u ? ((e5 = Mf()) === u && (e5 = jc()), e5 !== u ? ($a = r3, t5 = { columns: "ALL" === (n4 = e5) ? [{ type: "origin", value: "all" }] : n4.value }, r3 = t5) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
              var n4;
              return r3;
            })()) === u && (b2 = null), b2 !== u && ab() !== u ? ((v2 = (function() {
              var t5, e5;
              t5 = Ga, (function() {
                var t6, e6, n4, o4;
                t6 = Ga, "having" === r2.substr(Ga, 6).toLowerCase() ? (e6 = r2.substr(Ga, 6), Ga += 6) : (e6 = u, 0 === qa && Qa(Yo));
                e6 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? t6 = e6 = [e6, n4] : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })() !== u && ab() !== u && (e5 = Uc()) !== u ? ($a = t5, t5 = e5) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (v2 = null), v2 !== u && ab() !== u ? ((d2 = (function() {
              var t5, e5;
              t5 = Ga, (function() {
                var t6, e6, n4, o4;
                t6 = Ga, "qualify" === r2.substr(Ga, 7).toLowerCase() ? (e6 = r2.substr(Ga, 7), Ga += 7) : (e6 = u, 0 === qa && Qa(Vo));
                e6 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? t6 = e6 = [e6, n4] : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })() !== u && ab() !== u && (e5 = Uc()) !== u ? ($a = t5, t5 = e5) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (d2 = null), d2 !== u && ab() !== u ? ((y2 = dc()) === u && (y2 = null), y2 !== u && ab() !== u ? ((h2 = wc()) === u && (h2 = null), h2 !== u && ab() !== u ? ((w2 = (function() {
              var t5, e5;
              t5 = Ga, (function() {
                var t6, e6, n4, o4;
                t6 = Ga, "window" === r2.substr(Ga, 6).toLowerCase() ? (e6 = r2.substr(Ga, 6), Ga += 6) : (e6 = u, 0 === qa && Qa(Xo));
                e6 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? t6 = e6 = [e6, n4] : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })() !== u && ab() !== u && (e5 = (function() {
                var r3, t6, e6, n4, o4, s4, a4, i4;
                if (r3 = Ga, (t6 = ac()) !== u) {
                  for (e6 = [], n4 = Ga, (o4 = ab()) !== u && (s4 = zp()) !== u && (a4 = ab()) !== u && (i4 = ac()) !== u ? n4 = o4 = [o4, s4, a4, i4] : (Ga = n4, n4 = u); n4 !== u; ) e6.push(n4), n4 = Ga, (o4 = ab()) !== u && (s4 = zp()) !== u && (a4 = ab()) !== u && (i4 = ac()) !== u ? n4 = o4 = [o4, s4, a4, i4] : (Ga = n4, n4 = u);
                  e6 !== u ? ($a = r3, t6 = Mb(t6, e6), r3 = t6) : (Ga = r3, r3 = u);
                } else Ga = r3, r3 = u;
                return r3;
              })()) !== u ? ($a = t5, t5 = { keyword: "window", type: "window", expr: e5 }) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (w2 = null), w2 !== u && ab() !== u ? ((m2 = qi()) === u && (m2 = null), m2 !== u ? ($a = t4, e4 = (function(r3, t5, e5, n4, o4, u2, s4, a4, i4, c3, l3, f3, p3, b3, v3, d3) {
              if (u2 && a4 || u2 && d3 || a4 && d3 || u2 && a4 && d3) throw new Error("A given SQL statement can contain at most one INTO clause");
              return s4 && s4.forEach((r4) => r4.table && Hb.add(`select::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), { with: r3, type: "select", options: t5, distinct: e5, columns: o4, into: { ...u2 || a4 || d3 || {}, position: (u2 ? "column" : a4 && "from") || d3 && "end" }, from: s4, where: i4, groupby: c3, having: l3, qualify: f3, orderby: p3, top: n4, limit: b3, window: v3, ...Ob() };
            })(n3, o3, s3, a3, i3, c2, l2, f2, p2, b2, v2, d2, y2, h2, w2, m2), t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) === u && (t3 = Ga, e3 = Ga, 40 === r2.charCodeAt(Ga) ? (n2 = "(", Ga++) : (n2 = u, 0 === qa && Qa(at)), n2 !== u && (o2 = ab()) !== u && (s2 = Ri()) !== u && (a2 = ab()) !== u ? (41 === r2.charCodeAt(Ga) ? (i2 = ")", Ga++) : (i2 = u, 0 === qa && Qa(it)), i2 !== u ? e3 = n2 = [n2, o2, s2, a2, i2] : (Ga = e3, e3 = u)) : (Ga = e3, e3 = u), e3 !== u && ($a = t3, e3 = { ...e3[2], parentheses_symbol: true }), t3 = e3), t3;
        }
        function Oi() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          if (r3 = Ga, If() !== u) if (ab() !== u) if ((t3 = Ni()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Ni()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Ni()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = Mb(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          if (r3 === u) if (r3 = Ga, ab() !== u) if (If() !== u) if ((t3 = ab()) !== u) if ((e3 = vf()) !== u) if ((n2 = ab()) !== u) if ((o2 = Ni()) !== u) {
            for (s2 = [], a2 = Ga, (i2 = ab()) !== u && (c2 = zp()) !== u && (l2 = ab()) !== u && (f2 = Ni()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (Ga = a2, a2 = u); a2 !== u; ) s2.push(a2), a2 = Ga, (i2 = ab()) !== u && (c2 = zp()) !== u && (l2 = ab()) !== u && (f2 = Ni()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (Ga = a2, a2 = u);
            s2 !== u ? ($a = r3, r3 = (function(r4, t4) {
              return r4.recursive = true, Mb(r4, t4);
            })(o2, s2)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          return r3;
        }
        function Ni() {
          var r3, t3, e3, n2, o2;
          return r3 = Ga, (t3 = Bl()) === u && (t3 = bl()), t3 !== u && ab() !== u ? ((e3 = ki()) === u && (e3 = null), e3 !== u && ab() !== u && Ef() !== u && ab() !== u && Jp() !== u && ab() !== u && (n2 = Ja()) !== u && ab() !== u && rb() !== u ? ($a = r3, "string" == typeof (o2 = t3) && (o2 = { type: "default", value: o2 }), r3 = t3 = { name: o2, stmt: n2, columns: e3, ...Ob() }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function ki() {
          var r3, t3;
          return r3 = Ga, Jp() !== u && ab() !== u && (t3 = sc()) !== u && ab() !== u && rb() !== u ? ($a = r3, r3 = t3) : (Ga = r3, r3 = u), r3;
        }
        function Ui() {
          var t3, e3;
          return t3 = Ga, (e3 = (function() {
            var t4;
            "sql_calc_found_rows" === r2.substr(Ga, 19).toLowerCase() ? (t4 = r2.substr(Ga, 19), Ga += 19) : (t4 = u, 0 === qa && Qa(va));
            return t4;
          })()) === u && ((e3 = (function() {
            var t4;
            "sql_cache" === r2.substr(Ga, 9).toLowerCase() ? (t4 = r2.substr(Ga, 9), Ga += 9) : (t4 = u, 0 === qa && Qa(da));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_no_cache" === r2.substr(Ga, 12).toLowerCase() ? (t4 = r2.substr(Ga, 12), Ga += 12) : (t4 = u, 0 === qa && Qa(ya));
            return t4;
          })()), e3 === u && (e3 = (function() {
            var t4;
            "sql_big_result" === r2.substr(Ga, 14).toLowerCase() ? (t4 = r2.substr(Ga, 14), Ga += 14) : (t4 = u, 0 === qa && Qa(wa));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_small_result" === r2.substr(Ga, 16).toLowerCase() ? (t4 = r2.substr(Ga, 16), Ga += 16) : (t4 = u, 0 === qa && Qa(ha));
            return t4;
          })()) === u && (e3 = (function() {
            var t4;
            "sql_buffer_result" === r2.substr(Ga, 17).toLowerCase() ? (t4 = r2.substr(Ga, 17), Ga += 17) : (t4 = u, 0 === qa && Qa(ma));
            return t4;
          })())), e3 !== u && ($a = t3, e3 = e3), t3 = e3;
        }
        function Mi() {
          var t3, e3, n2, o2;
          return t3 = Ga, "exclude" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(lt)), e3 !== u && ab() !== u && (n2 = Jp()) !== u && ab() !== u && (o2 = jc()) !== u && ab() !== u && rb() !== u ? ($a = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: "exclude" }] }, args: o2 }) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "exclude" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(lt)), e3 !== u && ab() !== u && (n2 = Jc()) !== u ? ($a = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: "exclude" }] }, args: { type: "expr_list", value: [n2] }, args_parentheses: false }) : (Ga = t3, t3 = u)), t3;
        }
        function Pi() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = Fi()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Fi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Fi()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Mb(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function Di() {
          var r3, t3, e3;
          return r3 = Ga, (t3 = tb()) !== u && ab() !== u ? ((e3 = Yl()) === u && (e3 = Bl()), e3 !== u && ab() !== u && eb() !== u ? ($a = r3, r3 = t3 = { brackets: true, index: e3 }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = Kp()) !== u && ab() !== u && (e3 = el()) !== u ? ($a = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4) {
            return { notation: r4, index: { type: "default", value: t4 } };
          })(t3, e3)) : (Ga = r3, r3 = u)), r3;
        }
        function Gi() {
          var r3, t3, e3, n2, o2, s2;
          if (r3 = Ga, (t3 = Di()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = Di()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = Di()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Mb(t3, e3, 1)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function $i() {
          var r3, t3, e3, n2, o2;
          return r3 = Ga, (t3 = (function() {
            var r4, t4, e4, n3, o3, s2, a2, i2;
            if (r4 = Ga, (t4 = kc()) !== u) {
              for (e4 = [], n3 = Ga, (o3 = ab()) !== u ? ((s2 = Yf()) === u && (s2 = Vf()) === u && (s2 = sb()), s2 !== u && (a2 = ab()) !== u && (i2 = kc()) !== u ? n3 = o3 = [o3, s2, a2, i2] : (Ga = n3, n3 = u)) : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o3 = ab()) !== u ? ((s2 = Yf()) === u && (s2 = Vf()) === u && (s2 = sb()), s2 !== u && (a2 = ab()) !== u && (i2 = kc()) !== u ? n3 = o3 = [o3, s2, a2, i2] : (Ga = n3, n3 = u)) : (Ga = n3, n3 = u);
              e4 !== u ? ($a = r4, t4 = (function(r5, t5) {
                const e5 = r5.ast;
                if (e5 && "select" === e5.type && (!(r5.parentheses_symbol || r5.parentheses || r5.ast.parentheses || r5.ast.parentheses_symbol) || 1 !== e5.columns.length || "*" === e5.columns[0].expr.column)) throw new Error("invalid column clause with select statement");
                if (!t5 || 0 === t5.length) return r5;
                const n4 = t5.length;
                let o4 = t5[n4 - 1][3];
                for (let e6 = n4 - 1; e6 >= 0; e6--) {
                  const n5 = 0 === e6 ? r5 : t5[e6 - 1][3];
                  o4 = kb(t5[e6][1], n5, o4);
                }
                return o4;
              })(t4, e4), r4 = t4) : (Ga = r4, r4 = u);
            } else Ga = r4, r4 = u;
            return r4;
          })()) !== u && ab() !== u ? ((e3 = Gi()) === u && (e3 = null), e3 !== u ? ($a = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function Fi() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2;
          if (r3 = Ga, (t3 = Mf()) === u && (t3 = Zp()), t3 !== u && (e3 = ab()) !== u ? ((n2 = Mi()) === u && (n2 = null), n2 !== u ? ($a = r3, p2 = n2, qb.add("select::null::(.*)"), r3 = t3 = { expr: { type: "column_ref", table: null, column: "*", suffix: p2 }, as: null, ...Ob() }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = zc()) !== u && ($a = r3, t3 = (function(r4) {
            return { expr: r4, as: null, ...Ob() };
          })(t3)), (r3 = t3) === u)) {
            if (r3 = Ga, (t3 = $i()) !== u) if ((e3 = ab()) !== u) if ((n2 = Ml()) !== u) if ((o2 = ab()) !== u) {
              for (s2 = [], a2 = Ga, (i2 = ab()) !== u ? ((c2 = qc()) === u && (c2 = Yc()), c2 !== u && (l2 = ab()) !== u && (f2 = $i()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (Ga = a2, a2 = u)) : (Ga = a2, a2 = u); a2 !== u; ) s2.push(a2), a2 = Ga, (i2 = ab()) !== u ? ((c2 = qc()) === u && (c2 = Yc()), c2 !== u && (l2 = ab()) !== u && (f2 = $i()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (Ga = a2, a2 = u)) : (Ga = a2, a2 = u);
              s2 !== u && (a2 = ab()) !== u ? ((i2 = Hi()) === u && (i2 = null), i2 !== u ? ($a = r3, r3 = t3 = (function(r4, t4, e4, n3) {
                return { ...t4, as: n3, type: "cast", expr: r4, tail: e4 && e4[0] && { operator: e4[0][1], expr: e4[0][3] }, ...Ob() };
              })(t3, n2, s2, i2)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
            } else Ga = r3, r3 = u;
            else Ga = r3, r3 = u;
            else Ga = r3, r3 = u;
            else Ga = r3, r3 = u;
            r3 === u && (r3 = Ga, t3 = Ga, (e3 = el()) !== u && (n2 = ab()) !== u && (o2 = Kp()) !== u ? t3 = e3 = [e3, n2, o2] : (Ga = t3, t3 = u), t3 === u && (t3 = null), t3 !== u ? (e3 = Ga, (n2 = el()) !== u && (o2 = ab()) !== u && (s2 = Kp()) !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = ab()) !== u ? ((o2 = Mf()) === u && (o2 = Zp()), o2 !== u && (s2 = ab()) !== u ? ((a2 = Mi()) === u && (a2 = null), a2 !== u ? ($a = r3, r3 = t3 = (function(r4, t4, e4) {
              let n3, o3;
              r4 && (n3 = null, o3 = r4[0]), t4 && (n3 = r4[0], o3 = t4[0]), qb.add(`select::${o3}::(.*)`);
              return { expr: { type: "column_ref", table: o3, schema: n3, column: "*", suffix: e4 }, as: null, ...Ob() };
            })(t3, e3, a2)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = $i()) !== u && (e3 = ab()) !== u ? ((n2 = Hi()) === u && (n2 = null), n2 !== u ? ($a = r3, v2 = n2, "double_quote_string" !== (b2 = t3).type && "single_quote_string" !== b2.type || qb.add("select::null::" + b2.value), r3 = t3 = { type: "expr", expr: b2, as: v2, ...Ob() }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)));
          }
          return r3;
        }
        function Bi() {
          var r3, t3, e3;
          return r3 = Ga, (t3 = Ef()) === u && (t3 = null), t3 !== u && ab() !== u && (e3 = nl()) !== u ? ($a = r3, r3 = t3 = e3) : (Ga = r3, r3 = u), r3;
        }
        function Hi() {
          var r3, t3, e3;
          return r3 = Ga, (t3 = Ef()) !== u && ab() !== u && (e3 = cl()) !== u ? ($a = r3, r3 = t3 = e3) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = Ef()) === u && (t3 = null), t3 !== u && ab() !== u && (e3 = fl()) !== u ? ($a = r3, r3 = t3 = e3) : (Ga = r3, r3 = u)), r3;
        }
        function qi() {
          var t3, e3, n2;
          return t3 = Ga, mf() !== u && ab() !== u && (e3 = (function() {
            var r3, t4, e4, n3, o2, s2, a2, i2;
            if (r3 = Ga, (t4 = Ab()) !== u) {
              for (e4 = [], n3 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Ab()) !== u ? n3 = o2 = [o2, s2, a2, i2] : (Ga = n3, n3 = u); n3 !== u; ) e4.push(n3), n3 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Ab()) !== u ? n3 = o2 = [o2, s2, a2, i2] : (Ga = n3, n3 = u);
              e4 !== u ? ($a = r3, t4 = Mb(t4, e4), r3 = t4) : (Ga = r3, r3 = u);
            } else Ga = r3, r3 = u;
            return r3;
          })()) !== u ? ($a = t3, t3 = { keyword: "var", type: "into", expr: e3 }) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, mf() !== u && ab() !== u ? ("outfile" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(ft)), e3 === u && ("dumpfile" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(pt))), e3 === u && (e3 = null), e3 !== u && ab() !== u ? ((n2 = Bl()) === u && (n2 = el()), n2 !== u ? ($a = t3, t3 = { keyword: e3, type: "into", expr: n2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)), t3;
        }
        function Wi() {
          var t3, e3, n2, o2, s2;
          return t3 = Ga, Lf() !== u && ab() !== u && (e3 = zi()) !== u && ab() !== u ? ((n2 = (function() {
            var t4, e4, n3, o3, s3;
            t4 = Ga, (e4 = (function() {
              var t5, e5, n4, o4;
              t5 = Ga, "pivot" === r2.substr(Ga, 5).toLowerCase() ? (e5 = r2.substr(Ga, 5), Ga += 5) : (e5 = u, 0 === qa && Qa(Qs));
              e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t5, t5 = e5 = "PIVOT") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) !== u && ab() !== u && Jp() !== u && ab() !== u && (n3 = Ll()) !== u && ab() !== u && (o3 = Yi()) !== u && ab() !== u && rb() !== u && ab() !== u ? ((s3 = Hi()) === u && (s3 = null), s3 !== u ? ($a = t4, a2 = o3, i2 = s3, e4 = { type: "pivot", expr: n3, ...a2, as: i2 }, t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            var a2, i2;
            t4 === u && (t4 = Ga, (e4 = (function() {
              var t5, e5, n4, o4;
              t5 = Ga, "unpivot" === r2.substr(Ga, 7).toLowerCase() ? (e5 = r2.substr(Ga, 7), Ga += 7) : (e5 = u, 0 === qa && Qa(Ks));
              e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t5, t5 = e5 = "UNPIVOT") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) !== u && ab() !== u && Jp() !== u && ab() !== u && (n3 = Jc()) !== u && ab() !== u && (o3 = Yi()) !== u && ab() !== u && rb() !== u && ab() !== u ? ((s3 = Hi()) === u && (s3 = null), s3 !== u ? ($a = t4, e4 = (function(r3, t5, e5) {
              return { type: "unpivot", expr: r3, ...t5, as: e5 };
            })(n3, o3, s3), t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u));
            return t4;
          })()) === u && (n2 = null), n2 !== u ? ($a = t3, s2 = n2, (o2 = e3)[0] && (o2[0].operator = s2), t3 = o2) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Yi() {
          var t3, e3, n2, o2;
          return t3 = Ga, "for" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(xr)), e3 !== u && ab() !== u && (n2 = Jc()) !== u && ab() !== u && (o2 = Bc()) !== u ? ($a = t3, t3 = e3 = { column: n2, in_expr: o2 }) : (Ga = t3, t3 = u), t3;
        }
        function Vi() {
          var r3, t3, e3;
          return r3 = Ga, (t3 = ec()) !== u && ab() !== u && tf() !== u && ab() !== u && (e3 = ec()) !== u ? ($a = r3, r3 = t3 = [t3, e3]) : (Ga = r3, r3 = u), r3;
        }
        function Xi() {
          var t3, e3;
          return t3 = Ga, xf() !== u && ab() !== u ? ("btree" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(bt)), e3 === u && ("hash" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(vt)), e3 === u && ("gist" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(dt)), e3 === u && ("gin" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(yt))))), e3 !== u ? ($a = t3, t3 = { keyword: "using", type: e3.toLowerCase() }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Qi() {
          var r3, t3, e3, n2, o2, s2;
          if (r3 = Ga, (t3 = Ki()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = Ki()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = Ki()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
              const e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function Ki() {
          var t3, e3, n2, o2, s2, a2;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "key_block_size" === r2.substr(Ga, 14).toLowerCase() ? (e4 = r2.substr(Ga, 14), Ga += 14) : (e4 = u, 0 === qa && Qa(Dr));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "KEY_BLOCK_SIZE") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && ab() !== u ? ((n2 = Fp()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = Yl()) !== u ? ($a = t3, s2 = n2, a2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: s2, expr: a2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, (e3 = bl()) !== u && ab() !== u && (n2 = Fp()) !== u && ab() !== u ? ((o2 = Yl()) === u && (o2 = el()), o2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: r3.toLowerCase(), symbol: t4, expr: "string" == typeof e4 && { type: "origin", value: e4 } || e4 };
          })(e3, n2, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Xi()) === u && (t3 = Ga, "with" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(ht)), e3 !== u && ab() !== u ? ("parser" === r2.substr(Ga, 6).toLowerCase() ? (n2 = r2.substr(Ga, 6), Ga += 6) : (n2 = u, 0 === qa && Qa(wt)), n2 !== u && ab() !== u && (o2 = bl()) !== u ? ($a = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "visible" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(mt)), e3 === u && ("invisible" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(Lt))), e3 !== u && ($a = t3, e3 = (function(r3) {
            return { type: r3.toLowerCase(), expr: r3.toLowerCase() };
          })(e3)), (t3 = e3) === u && (t3 = lb())))), t3;
        }
        function zi() {
          var r3, t3, e3, n2;
          if (r3 = Ga, (t3 = rc()) !== u) {
            for (e3 = [], n2 = Zi(); n2 !== u; ) e3.push(n2), n2 = Zi();
            e3 !== u ? ($a = r3, r3 = t3 = Ct(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function Zi() {
          var r3, t3, e3;
          return r3 = Ga, ab() !== u && (t3 = zp()) !== u && ab() !== u && (e3 = rc()) !== u ? ($a = r3, r3 = e3) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, ab() !== u && (t3 = (function() {
            var r4, t4, e4, n2, o2, s2, a2, i2, c2, l2, f2;
            if (r4 = Ga, (t4 = tc()) !== u) if (ab() !== u) if ((e4 = rc()) !== u) if (ab() !== u) if ((n2 = xf()) !== u) if (ab() !== u) if (Jp() !== u) if (ab() !== u) if ((o2 = tl()) !== u) {
              for (s2 = [], a2 = Ga, (i2 = ab()) !== u && (c2 = zp()) !== u && (l2 = ab()) !== u && (f2 = tl()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (Ga = a2, a2 = u); a2 !== u; ) s2.push(a2), a2 = Ga, (i2 = ab()) !== u && (c2 = zp()) !== u && (l2 = ab()) !== u && (f2 = tl()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (Ga = a2, a2 = u);
              s2 !== u && (a2 = ab()) !== u && (i2 = rb()) !== u ? ($a = r4, p2 = t4, v2 = o2, d2 = s2, (b2 = e4).join = p2, b2.using = Mb(v2, d2), r4 = t4 = b2) : (Ga = r4, r4 = u);
            } else Ga = r4, r4 = u;
            else Ga = r4, r4 = u;
            else Ga = r4, r4 = u;
            else Ga = r4, r4 = u;
            else Ga = r4, r4 = u;
            else Ga = r4, r4 = u;
            else Ga = r4, r4 = u;
            else Ga = r4, r4 = u;
            else Ga = r4, r4 = u;
            var p2, b2, v2, d2;
            r4 === u && (r4 = Ga, (t4 = tc()) !== u && ab() !== u && (e4 = rc()) !== u && ab() !== u ? ((n2 = oc()) === u && (n2 = null), n2 !== u ? ($a = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (Ga = r4, r4 = u)) : (Ga = r4, r4 = u), r4 === u && (r4 = Ga, (t4 = tc()) === u && (t4 = ri()), t4 !== u && ab() !== u && (e4 = Jp()) !== u && ab() !== u ? ((n2 = ti()) === u && (n2 = zi()), n2 !== u && ab() !== u && rb() !== u && ab() !== u ? ((o2 = Hi()) === u && (o2 = null), o2 !== u && (s2 = ab()) !== u ? ((a2 = oc()) === u && (a2 = null), a2 !== u ? ($a = r4, t4 = (function(r5, t5, e5, n3) {
              return Array.isArray(t5) && (t5 = { type: "tables", expr: t5 }), t5.parentheses = true, { expr: t5, as: e5, join: r5, on: n3, ...Ob() };
            })(t4, n2, o2, a2), r4 = t4) : (Ga = r4, r4 = u)) : (Ga = r4, r4 = u)) : (Ga = r4, r4 = u)) : (Ga = r4, r4 = u)));
            return r4;
          })()) !== u ? ($a = r3, r3 = t3) : (Ga = r3, r3 = u)), r3;
        }
        function Ji() {
          var t3, e3, n2, o2, s2;
          return t3 = Ga, "rowcount" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(Et)), e3 === u && ("timelimit" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(At))), e3 !== u && ab() !== u ? ("=>" === r2.substr(Ga, 2) ? (n2 = "=>", Ga += 2) : (n2 = u, 0 === qa && Qa(gt)), n2 !== u && ab() !== u && (o2 = Yl()) !== u ? ($a = t3, s2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: "=>", value: s2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function rc() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2;
          if (t3 = Ga, (e3 = (function() {
            var t4;
            "dual" === r2.substr(Ga, 4).toLowerCase() ? (t4 = r2.substr(Ga, 4), Ga += 4) : (t4 = u, 0 === qa && Qa(oa));
            return t4;
          })()) !== u && ($a = t3, e3 = { type: "dual" }), (t3 = e3) === u && (t3 = Ga, (e3 = Tc()) !== u && ab() !== u ? ((n2 = Bi()) === u && (n2 = null), n2 !== u ? ($a = t3, t3 = e3 = { expr: e3, as: n2, ...Ob() }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u)) {
            if (t3 = Ga, (e3 = Af()) !== u) if (ab() !== u) if ((n2 = Jp()) !== u) if (ab() !== u) if ("generator" === r2.substr(Ga, 9).toLowerCase() ? (o2 = r2.substr(Ga, 9), Ga += 9) : (o2 = u, 0 === qa && Qa(Tt)), o2 !== u) if (ab() !== u) if ((s2 = Jp()) !== u) if ((a2 = ab()) !== u) {
              for (i2 = [], c2 = Ji(); c2 !== u; ) i2.push(c2), c2 = Ji();
              i2 !== u && (c2 = ab()) !== u && (l2 = rb()) !== u && (f2 = ab()) !== u && (p2 = rb()) !== u && (b2 = ab()) !== u ? ((v2 = Bi()) === u && (v2 = null), v2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4) {
                return { expr: { keyword: "table", type: "generator", generators: r3 }, as: t4, ...Ob() };
              })(i2, v2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u);
            } else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
            t3 === u && (t3 = Ga, "lateral" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(_t)), e3 === u && (e3 = null), e3 !== u && ab() !== u && (n2 = Jp()) !== u && ab() !== u ? ((o2 = ti()) === u && (o2 = Tc()), o2 !== u && ab() !== u && (s2 = rb()) !== u && (a2 = ab()) !== u ? ((i2 = Bi()) === u && (i2 = null), i2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
              return t4.parentheses = true, { prefix: r3, expr: t4, as: e4, ...Ob() };
            })(e3, o2, i2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "lateral" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(_t)), e3 === u && (e3 = null), e3 !== u && ab() !== u && (n2 = Jp()) !== u && ab() !== u && (o2 = zi()) !== u && ab() !== u && (s2 = rb()) !== u && (a2 = ab()) !== u ? ((i2 = Bi()) === u && (i2 = null), i2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
              return { prefix: r3, expr: t4 = { type: "tables", expr: t4, parentheses: true }, as: e4, ...Ob() };
            })(e3, o2, i2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "lateral" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(_t)), e3 === u && (e3 = null), e3 !== u && ab() !== u && (n2 = Ol()) !== u && ab() !== u ? ((o2 = Hi()) === u && (o2 = null), o2 !== u ? ($a = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
              return { prefix: r3, type: "expr", expr: t4, as: e4 };
            })(e3, n2, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, (e3 = ec()) !== u && ab() !== u ? ("tablesample" === r2.substr(Ga, 11).toLowerCase() ? (n2 = r2.substr(Ga, 11), Ga += 11) : (n2 = u, 0 === qa && Qa(jt)), n2 !== u && ab() !== u && (o2 = Ol()) !== u && ab() !== u ? (s2 = Ga, "repeatable" === r2.substr(Ga, 10).toLowerCase() ? (a2 = r2.substr(Ga, 10), Ga += 10) : (a2 = u, 0 === qa && Qa(St)), a2 !== u && (i2 = ab()) !== u && (c2 = Jp()) !== u && (l2 = ab()) !== u && (f2 = Yl()) !== u && (p2 = ab()) !== u && (b2 = rb()) !== u ? s2 = a2 = [a2, i2, c2, l2, f2, p2, b2] : (Ga = s2, s2 = u), s2 === u && (s2 = null), s2 !== u && (a2 = ab()) !== u ? ((i2 = Hi()) === u && (i2 = null), i2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4, n3) {
              return { ...r3, as: n3, tablesample: { expr: t4, repeatable: e4 && e4[4] }, ...Ob() };
            })(e3, o2, s2, i2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, (e3 = ec()) !== u && ab() !== u ? ((n2 = Hi()) === u && (n2 = null), n2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4) {
              return "var" === r3.type ? (r3.as = t4, r3 = { ...r3, ...Ob() }) : { ...r3, as: t4, ...Ob() };
            })(e3, n2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u))))));
          }
          return t3;
        }
        function tc() {
          var t3, e3, n2, o2;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "left" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(ko));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && (n2 = ab()) !== u ? ((o2 = jf()) === u && (o2 = null), o2 !== u && ab() !== u && _f() !== u ? ($a = t3, t3 = e3 = "LEFT JOIN") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "right" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(Uo));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && (n2 = ab()) !== u ? ((o2 = jf()) === u && (o2 = null), o2 !== u && ab() !== u && _f() !== u ? ($a = t3, t3 = e3 = "RIGHT JOIN") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "full" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(Mo));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && (n2 = ab()) !== u ? ((o2 = jf()) === u && (o2 = null), o2 !== u && ab() !== u && _f() !== u ? ($a = t3, t3 = e3 = "FULL JOIN") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "cross" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(xt)), e3 !== u && (n2 = ab()) !== u && (o2 = _f()) !== u ? ($a = t3, t3 = e3 = "CROSS JOIN") : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, e3 = Ga, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "inner" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(Po));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && (o2 = ab()) !== u ? e3 = n2 = [n2, o2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = _f()) !== u ? ($a = t3, t3 = e3 = "INNER JOIN") : (Ga = t3, t3 = u))))), t3;
        }
        function ec() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2;
          return r3 = Ga, (t3 = tl()) !== u ? (e3 = Ga, (n2 = ab()) !== u && (o2 = Kp()) !== u && (s2 = ab()) !== u && (a2 = tl()) !== u ? e3 = n2 = [n2, o2, s2, a2] : (Ga = e3, e3 = u), e3 !== u ? (n2 = Ga, (o2 = ab()) !== u && (s2 = Kp()) !== u && (a2 = ab()) !== u && (i2 = tl()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u), n2 !== u ? ($a = r3, r3 = t3 = (function(r4, t4, e4) {
            const n3 = { db: null, table: r4.value };
            return null !== e4 && (n3.db = r4.value, n3.catalog = r4.value, n3.schema = t4[3].value, n3.table = e4[3].value, n3.surround = { table: Fb(e4[3]), db: Fb(r4), schema: Fb(t4[3]) }), n3;
          })(t3, e3, n2)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = el()) !== u && (e3 = ab()) !== u && (n2 = Kp()) !== u && (o2 = ab()) !== u && (s2 = Zp()) !== u ? ($a = r3, r3 = t3 = { db: t3, table: "*", ...Ob() }) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = tl()) !== u ? (e3 = Ga, (n2 = ab()) !== u && (o2 = Kp()) !== u && (s2 = ab()) !== u && (a2 = tl()) !== u ? e3 = n2 = [n2, o2, s2, a2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { db: null, table: r4.value, surround: { table: Fb(r4) } };
            return null !== t4 && (e4.db = r4.value, e4.table = t4[3].value, e4.surround = { table: Fb(t4[3]), db: Fb(r4) }), e4;
          })(t3, e3)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = Ab()) !== u && ($a = r3, (c2 = t3).db = null, c2.table = c2.name, t3 = c2), r3 = t3))), r3;
        }
        function nc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = kc()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u ? ((s2 = Yf()) === u && (s2 = Vf()), s2 !== u && (a2 = ab()) !== u && (i2 = kc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u)) : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u ? ((s2 = Yf()) === u && (s2 = Vf()), s2 !== u && (a2 = ab()) !== u && (i2 = kc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u)) : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = kb(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function oc() {
          var r3, t3;
          return r3 = Ga, Tf() !== u && ab() !== u && (t3 = Uc()) !== u ? ($a = r3, r3 = t3) : (Ga = r3, r3 = u), r3;
        }
        function uc() {
          var t3, e3;
          return t3 = Ga, (function() {
            var t4, e4, n2, o2;
            t4 = Ga, "where" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(Bo));
            e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })() !== u && ab() !== u && (e3 = Uc()) !== u ? ($a = t3, t3 = e3) : (Ga = t3, t3 = u), t3;
        }
        function sc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = Jc()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Jc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Jc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Mb(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function ac() {
          var r3, t3, e3;
          return r3 = Ga, (t3 = bl()) !== u && ab() !== u && Ef() !== u && ab() !== u && (e3 = ic()) !== u ? ($a = r3, r3 = t3 = { name: t3, as_window_specification: e3 }) : (Ga = r3, r3 = u), r3;
        }
        function ic() {
          var t3, e3;
          return (t3 = bl()) === u && (t3 = Ga, Jp() !== u && ab() !== u ? ((e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ga, (e4 = vc()) === u && (e4 = null);
            e4 !== u && ab() !== u ? ((n2 = dc()) === u && (n2 = null), n2 !== u && ab() !== u ? ((o2 = (function() {
              var t5, e5, n3, o3, s2;
              t5 = Ga, (e5 = Sp()) !== u && ab() !== u ? ((n3 = lc()) === u && (n3 = fc()), n3 !== u ? ($a = t5, t5 = e5 = { type: "rows", expr: n3 }) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              t5 === u && (t5 = Ga, (e5 = Sp()) !== u && ab() !== u && (n3 = Df()) !== u && ab() !== u && (o3 = fc()) !== u && ab() !== u && Yf() !== u && ab() !== u && (s2 = lc()) !== u ? ($a = t5, e5 = kb(n3, { type: "origin", value: "rows" }, { type: "expr_list", value: [o3, s2] }), t5 = e5) : (Ga = t5, t5 = u), t5 === u && (t5 = Ga, "range" === r2.substr(Ga, 5).toLowerCase() ? (e5 = r2.substr(Ga, 5), Ga += 5) : (e5 = u, 0 === qa && Qa(Rt)), e5 !== u && ab() !== u && (n3 = Df()) !== u && ab() !== u && (o3 = cc()) !== u && ab() !== u && Yf() !== u && ab() !== u ? ((s2 = cc()) === u && (s2 = pc()), s2 !== u ? ($a = t5, e5 = (function(r3, t6, e6) {
                return kb(r3, { type: "origin", value: "range" }, { type: "expr_list", value: [t6, e6] });
              })(n3, o3, s2), t5 = e5) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)));
              return t5;
            })()) === u && (o2 = null), o2 !== u ? ($a = t4, t4 = e4 = { name: null, partitionby: e4, orderby: n2, window_frame_clause: o2 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) === u && (e3 = null), e3 !== u && ab() !== u && rb() !== u ? ($a = t3, t3 = { window_specification: e3 || {}, parentheses: true }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)), t3;
        }
        function cc() {
          var t3, e3, n2, o2;
          return t3 = Ga, (e3 = Sc()) !== u && ab() !== u ? ("preceding" === r2.substr(Ga, 9).toLowerCase() ? (n2 = r2.substr(Ga, 9), Ga += 9) : (n2 = u, 0 === qa && Qa(It)), n2 !== u ? ($a = t3, (o2 = e3).suffix = { type: "origin", value: "preceding" }, t3 = e3 = o2) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function lc() {
          var t3, e3, n2, o2;
          return t3 = Ga, (e3 = bc()) !== u && ab() !== u ? ("following" === r2.substr(Ga, 9).toLowerCase() ? (n2 = r2.substr(Ga, 9), Ga += 9) : (n2 = u, 0 === qa && Qa(Ot)), n2 !== u ? ($a = t3, (o2 = e3).value += " FOLLOWING", t3 = e3 = o2) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = pc()), t3;
        }
        function fc() {
          var t3, e3, n2, o2, s2;
          return t3 = Ga, (e3 = bc()) !== u && ab() !== u ? ("preceding" === r2.substr(Ga, 9).toLowerCase() ? (n2 = r2.substr(Ga, 9), Ga += 9) : (n2 = u, 0 === qa && Qa(It)), n2 === u && ("following" === r2.substr(Ga, 9).toLowerCase() ? (n2 = r2.substr(Ga, 9), Ga += 9) : (n2 = u, 0 === qa && Qa(Ot))), n2 !== u ? ($a = t3, s2 = n2, (o2 = e3).value += " " + s2.toUpperCase(), t3 = e3 = o2) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = pc()), t3;
        }
        function pc() {
          var t3, e3, n2;
          return t3 = Ga, "current" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(Nt)), e3 !== u && ab() !== u ? ("row" === r2.substr(Ga, 3).toLowerCase() ? (n2 = r2.substr(Ga, 3), Ga += 3) : (n2 = u, 0 === qa && Qa(Rr)), n2 !== u ? ($a = t3, t3 = e3 = { type: "origin", value: "current row", ...Ob() }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function bc() {
          var t3, e3;
          return t3 = Ga, "unbounded" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(kt)), e3 !== u && ($a = t3, e3 = { type: "origin", value: e3.toUpperCase(), ...Ob() }), (t3 = e3) === u && (t3 = Yl()), t3;
        }
        function vc() {
          var r3, t3;
          return r3 = Ga, wf() !== u && ab() !== u && Of() !== u && ab() !== u && (t3 = Pi()) !== u ? ($a = r3, r3 = t3) : (Ga = r3, r3 = u), r3;
        }
        function dc() {
          var r3, t3;
          return r3 = Ga, Nf() !== u && ab() !== u && Of() !== u && ab() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, s2, a2, i2;
            if (r4 = Ga, (t4 = yc()) !== u) {
              for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = yc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = yc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
              e3 !== u ? ($a = r4, t4 = Mb(t4, e3), r4 = t4) : (Ga = r4, r4 = u);
            } else Ga = r4, r4 = u;
            return r4;
          })()) !== u ? ($a = r3, r3 = t3) : (Ga = r3, r3 = u), r3;
        }
        function yc() {
          var t3, e3, n2, o2, s2, a2, i2;
          return t3 = Ga, (e3 = kc()) !== u && ab() !== u ? ((n2 = Uf()) === u && (n2 = kf()), n2 === u && (n2 = null), n2 !== u && ab() !== u ? (o2 = Ga, "nulls" === r2.substr(Ga, 5).toLowerCase() ? (s2 = r2.substr(Ga, 5), Ga += 5) : (s2 = u, 0 === qa && Qa(R)), s2 !== u && (a2 = ab()) !== u ? ("first" === r2.substr(Ga, 5).toLowerCase() ? (i2 = r2.substr(Ga, 5), Ga += 5) : (i2 = u, 0 === qa && Qa(O)), i2 === u && ("last" === r2.substr(Ga, 4).toLowerCase() ? (i2 = r2.substr(Ga, 4), Ga += 4) : (i2 = u, 0 === qa && Qa(N))), i2 === u && (i2 = null), i2 !== u ? o2 = s2 = [s2, a2, i2] : (Ga = o2, o2 = u)) : (Ga = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            const n3 = { expr: r3, type: t4 };
            return n3.nulls = e4 && [e4[0], e4[2]].filter((r4) => r4).join(" "), n3;
          })(e3, n2, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function hc() {
          var r3;
          return (r3 = Yl()) === u && (r3 = Ab()) === u && (r3 = hl()), r3;
        }
        function wc() {
          var t3, e3, n2, o2, s2, a2, i2;
          return t3 = Ga, e3 = Ga, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "limit" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(Qo));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && (o2 = ab()) !== u ? ((s2 = hc()) === u && (s2 = Mf()), s2 !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u)) : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = ab()) !== u ? (o2 = Ga, (s2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "offset" === r2.substr(Ga, 6).toLowerCase() ? (e4 = r2.substr(Ga, 6), Ga += 6) : (e4 = u, 0 === qa && Qa(Ko));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "OFFSET") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && (a2 = ab()) !== u && (i2 = hc()) !== u ? o2 = s2 = [s2, a2, i2] : (Ga = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push("string" == typeof r3[2] ? { type: "origin", value: "all" } : r3[2]), t4 && e4.push(t4[2]), { seperator: t4 && t4[0] && t4[0].toLowerCase() || "", value: e4, ...Ob() };
          })(e3, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function mc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = Lc()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Lc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = Lc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Mb(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function Lc() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2;
          return t3 = Ga, e3 = Ga, (n2 = el()) !== u && (o2 = ab()) !== u && (s2 = Kp()) !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = ab()) !== u && (o2 = cl()) !== u && (s2 = ab()) !== u ? (61 === r2.charCodeAt(Ga) ? (a2 = "=", Ga++) : (a2 = u, 0 === qa && Qa(Ut)), a2 !== u && ab() !== u && (i2 = kc()) !== u ? ($a = t3, t3 = e3 = { column: o2, value: i2, table: (l2 = e3) && l2[0] }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, e3 = Ga, (n2 = el()) !== u && (o2 = ab()) !== u && (s2 = Kp()) !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u && (n2 = ab()) !== u && (o2 = cl()) !== u && (s2 = ab()) !== u ? (61 === r2.charCodeAt(Ga) ? (a2 = "=", Ga++) : (a2 = u, 0 === qa && Qa(Ut)), a2 !== u && ab() !== u && (i2 = Sf()) !== u && ab() !== u && Jp() !== u && ab() !== u && (c2 = Jc()) !== u && ab() !== u && rb() !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: t4, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)), t3;
        }
        function Cc() {
          var t3, e3, n2, o2, s2;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, "returning" === r2.substr(Ga, 9).toLowerCase() ? (e4 = r2.substr(Ga, 9), Ga += 9) : (e4 = u, 0 === qa && Qa(Ao));
            e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "RETURNING") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && ab() !== u ? ((n2 = Pi()) === u && (n2 = Ri()), n2 !== u ? ($a = t3, s2 = n2, t3 = e3 = { type: (o2 = e3) && o2.toLowerCase() || "returning", columns: "*" === s2 && [{ type: "expr", expr: { type: "column_ref", table: null, column: "*" }, as: null, ...Ob() }] || s2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Ec() {
          var r3, t3;
          return (r3 = Tc()) === u && (r3 = Ga, (t3 = ti()) !== u && ($a = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function Ac() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2;
          if (r3 = Ga, wf() !== u) if (ab() !== u) if ((t3 = Jp()) !== u) if (ab() !== u) if ((e3 = bl()) !== u) {
            for (n2 = [], o2 = Ga, (s2 = ab()) !== u && (a2 = zp()) !== u && (i2 = ab()) !== u && (c2 = bl()) !== u ? o2 = s2 = [s2, a2, i2, c2] : (Ga = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = Ga, (s2 = ab()) !== u && (a2 = zp()) !== u && (i2 = ab()) !== u && (c2 = bl()) !== u ? o2 = s2 = [s2, a2, i2, c2] : (Ga = o2, o2 = u);
            n2 !== u && (o2 = ab()) !== u && (s2 = rb()) !== u ? ($a = r3, r3 = Mb(e3, n2)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          return r3 === u && (r3 = Ga, wf() !== u && ab() !== u && (t3 = _c()) !== u ? ($a = r3, r3 = t3) : (Ga = r3, r3 = u)), r3;
        }
        function gc() {
          var r3, t3;
          return r3 = Ga, (t3 = bf()) !== u && ($a = r3, t3 = "insert"), (r3 = t3) === u && (r3 = Ga, (t3 = df()) !== u && ($a = r3, t3 = "replace"), r3 = t3), r3;
        }
        function Tc() {
          var r3, t3;
          return r3 = Ga, Sf() !== u && ab() !== u && (t3 = (function() {
            var r4, t4, e3, n2, o2, s2, a2, i2;
            if (r4 = Ga, (t4 = _c()) !== u) {
              for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = _c()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = _c()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
              e3 !== u ? ($a = r4, t4 = Mb(t4, e3), r4 = t4) : (Ga = r4, r4 = u);
            } else Ga = r4, r4 = u;
            return r4;
          })()) !== u ? ($a = r3, r3 = { type: "values", values: t3 }) : (Ga = r3, r3 = u), r3;
        }
        function _c() {
          var r3, t3;
          return r3 = Ga, Jp() !== u && ab() !== u && (t3 = jc()) !== u && ab() !== u && rb() !== u ? ($a = r3, r3 = t3) : (Ga = r3, r3 = u), r3;
        }
        function jc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = kc()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = kc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = kc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { type: "expr_list" };
              return e4.value = Mb(r4, t4), e4;
            })(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function Sc() {
          var t3, e3, n2;
          return t3 = Ga, kp() !== u && ab() !== u && (e3 = kc()) !== u && ab() !== u && (n2 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ga, "year" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(_n));
              e4 !== u ? (n3 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "YEAR") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              "month" === r2.substr(Ga, 5).toLowerCase() ? (t5 = r2.substr(Ga, 5), Ga += 5) : (t5 = u, 0 === qa && Qa(mn));
              t5 === u && ("mm" === r2.substr(Ga, 2).toLowerCase() ? (t5 = r2.substr(Ga, 2), Ga += 2) : (t5 = u, 0 === qa && Qa(Os)), t5 === u && ("mon" === r2.substr(Ga, 3).toLowerCase() ? (t5 = r2.substr(Ga, 3), Ga += 3) : (t5 = u, 0 === qa && Qa(Ns)), t5 === u && ("mons" === r2.substr(Ga, 4).toLowerCase() ? (t5 = r2.substr(Ga, 4), Ga += 4) : (t5 = u, 0 === qa && Qa(ks)), t5 === u && (t5 = Ga, "months" === r2.substr(Ga, 6).toLowerCase() ? (e4 = r2.substr(Ga, 6), Ga += 6) : (e4 = u, 0 === qa && Qa(Us)), e4 !== u ? (n3 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "MONTH") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)))));
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              "week" === r2.substr(Ga, 4).toLowerCase() ? (t5 = r2.substr(Ga, 4), Ga += 4) : (t5 = u, 0 === qa && Qa(Tn));
              t5 === u && ("w" === r2.substr(Ga, 1).toLowerCase() ? (t5 = r2.charAt(Ga), Ga++) : (t5 = u, 0 === qa && Qa(Ms)), t5 === u && ("wk" === r2.substr(Ga, 2).toLowerCase() ? (t5 = r2.substr(Ga, 2), Ga += 2) : (t5 = u, 0 === qa && Qa(Ps)), t5 === u && ("weekofyear" === r2.substr(Ga, 10).toLowerCase() ? (t5 = r2.substr(Ga, 10), Ga += 10) : (t5 = u, 0 === qa && Qa(Ds)), t5 === u && ("woy" === r2.substr(Ga, 3).toLowerCase() ? (t5 = r2.substr(Ga, 3), Ga += 3) : (t5 = u, 0 === qa && Qa(Gs)), t5 === u && ("wy" === r2.substr(Ga, 2).toLowerCase() ? (t5 = r2.substr(Ga, 2), Ga += 2) : (t5 = u, 0 === qa && Qa($s)), t5 === u && (t5 = Ga, "weeks" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(Fs)), e4 !== u ? (n3 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "WEEK") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)))))));
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ga, "day" === r2.substr(Ga, 3).toLowerCase() ? (e4 = r2.substr(Ga, 3), Ga += 3) : (e4 = u, 0 === qa && Qa(un));
              e4 !== u ? (n3 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "DAY") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ga, "hour" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(pn));
              e4 !== u ? (n3 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "HOUR") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ga, "minute" === r2.substr(Ga, 6).toLowerCase() ? (e4 = r2.substr(Ga, 6), Ga += 6) : (e4 = u, 0 === qa && Qa(wn));
              e4 !== u ? (n3 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "MINUTE") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ga, "second" === r2.substr(Ga, 6).toLowerCase() ? (e4 = r2.substr(Ga, 6), Ga += 6) : (e4 = u, 0 === qa && Qa(Cn));
              e4 !== u ? (n3 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "SECOND") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })());
            return t4;
          })()) !== u ? ($a = t3, t3 = { type: "interval", expr: e3, unit: n2.toLowerCase() }) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, kp() !== u && ab() !== u && (e3 = Bl()) !== u ? ($a = t3, t3 = /* @__PURE__ */ (function(r3) {
            return { type: "interval", expr: r3, unit: "" };
          })(e3)) : (Ga = t3, t3 = u)), t3;
        }
        function xc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          return r3 = Ga, Kf() !== u && ab() !== u && (t3 = Ic()) !== u && ab() !== u ? ((e3 = Oc()) === u && (e3 = null), e3 !== u && ab() !== u && (n2 = Zf()) !== u && ab() !== u ? ((o2 = Kf()) === u && (o2 = null), o2 !== u ? ($a = r3, a2 = t3, (i2 = e3) && a2.push(i2), r3 = { type: "case", expr: null, args: a2 }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, Kf() !== u && ab() !== u && (t3 = kc()) !== u && ab() !== u && (e3 = Ic()) !== u && ab() !== u ? ((n2 = Oc()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = Zf()) !== u && ab() !== u ? ((s2 = Kf()) === u && (s2 = null), s2 !== u ? ($a = r3, r3 = (function(r4, t4, e4) {
            return e4 && t4.push(e4), { type: "case", expr: r4, args: t4 };
          })(t3, e3, n2)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)), r3;
        }
        function Ic() {
          var r3, t3, e3, n2, o2, s2;
          if (r3 = Ga, (t3 = Rc()) !== u) if (ab() !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = Rc()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = Rc()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Mb(t3, e3, 1)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          return r3;
        }
        function Rc() {
          var t3, e3, n2;
          return t3 = Ga, zf() !== u && ab() !== u && (e3 = Uc()) !== u && ab() !== u && (function() {
            var t4, e4, n3, o2;
            t4 = Ga, "then" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(Eu));
            e4 !== u ? (n3 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? t4 = e4 = [e4, n3] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })() !== u && ab() !== u && (n2 = $i()) !== u ? ($a = t3, t3 = { type: "when", cond: e3, result: n2 }) : (Ga = t3, t3 = u), t3;
        }
        function Oc() {
          var t3, e3;
          return t3 = Ga, (function() {
            var t4, e4, n2, o2;
            t4 = Ga, "else" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(Au));
            e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })() !== u && ab() !== u && (e3 = kc()) !== u ? ($a = t3, t3 = { type: "else", result: e3 }) : (Ga = t3, t3 = u), t3;
        }
        function Nc() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2, o2, s2, a2, i2;
            if (r4 = Ga, (t3 = Mc()) !== u) {
              for (e3 = [], n2 = Ga, (o2 = ib()) !== u && (s2 = Vf()) !== u && (a2 = ab()) !== u && (i2 = Mc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ib()) !== u && (s2 = Vf()) !== u && (a2 = ab()) !== u && (i2 = Mc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
              e3 !== u ? ($a = r4, t3 = Gt(t3, e3), r4 = t3) : (Ga = r4, r4 = u);
            } else Ga = r4, r4 = u;
            return r4;
          })()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2, s2;
            if (r4 = Ga, (t3 = qc()) !== u) {
              if (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = Xc()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u), n2 !== u) for (; n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = Xc()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u);
              else e3 = u;
              e3 !== u ? ($a = r4, t3 = Nb(t3, e3[0][1]), r4 = t3) : (Ga = r4, r4 = u);
            } else Ga = r4, r4 = u;
            return r4;
          })()), r3;
        }
        function kc() {
          var r3;
          return (r3 = Nc()) === u && (r3 = ti()), r3;
        }
        function Uc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = kc()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u ? ((s2 = Yf()) === u && (s2 = Vf()) === u && (s2 = zp()), s2 !== u && (a2 = ab()) !== u && (i2 = kc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u)) : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u ? ((s2 = Yf()) === u && (s2 = Vf()) === u && (s2 = zp()), s2 !== u && (a2 = ab()) !== u && (i2 = kc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u)) : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) "," === t4[r5][1] ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = kb(t4[r5][1], n3, t4[r5][3]);
              if ("," === o3) {
                const r5 = { type: "expr_list" };
                return r5.value = n3, r5;
              }
              return n3;
            })(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function Mc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = Pc()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ib()) !== u && (s2 = Yf()) !== u && (a2 = ab()) !== u && (i2 = Pc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ib()) !== u && (s2 = Yf()) !== u && (a2 = ab()) !== u && (i2 = Pc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Gt(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function Pc() {
          var t3, e3, n2, o2, s2;
          return (t3 = Dc()) === u && (t3 = (function() {
            var r3, t4, e4;
            r3 = Ga, (t4 = (function() {
              var r4, t5, e5, n4, o4;
              r4 = Ga, t5 = Ga, (e5 = Wf()) !== u && (n4 = ab()) !== u && (o4 = Hf()) !== u ? t5 = e5 = [e5, n4, o4] : (Ga = t5, t5 = u);
              t5 !== u && ($a = r4, t5 = (s3 = t5)[0] + " " + s3[2]);
              var s3;
              (r4 = t5) === u && (r4 = Hf());
              return r4;
            })()) !== u && ab() !== u && Jp() !== u && ab() !== u && (e4 = ti()) !== u && ab() !== u && rb() !== u ? ($a = r3, n3 = t4, (o3 = e4).parentheses = true, t4 = Nb(n3, o3), r3 = t4) : (Ga = r3, r3 = u);
            var n3, o3;
            return r3;
          })()) === u && (t3 = Ga, (e3 = Wf()) === u && (e3 = Ga, 33 === r2.charCodeAt(Ga) ? (n2 = "!", Ga++) : (n2 = u, 0 === qa && Qa($t)), n2 !== u ? (o2 = Ga, qa++, 61 === r2.charCodeAt(Ga) ? (s2 = "=", Ga++) : (s2 = u, 0 === qa && Qa(Ut)), qa--, s2 === u ? o2 = void 0 : (Ga = o2, o2 = u), o2 !== u ? e3 = n2 = [n2, o2] : (Ga = e3, e3 = u)) : (Ga = e3, e3 = u)), e3 !== u && (n2 = ab()) !== u && (o2 = Pc()) !== u ? ($a = t3, t3 = e3 = Nb("NOT", o2)) : (Ga = t3, t3 = u)), t3;
        }
        function Dc() {
          var t3, e3, n2, o2, s2;
          return t3 = Ga, (e3 = Hc()) !== u && ab() !== u ? ((n2 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e4, n3, o3, s3, a2;
              r3 = Ga, t5 = [], e4 = Ga, (n3 = ab()) !== u && (o3 = Gc()) !== u && (s3 = ab()) !== u ? ((a2 = Hc()) === u && (a2 = ll()), a2 !== u ? e4 = n3 = [n3, o3, s3, a2] : (Ga = e4, e4 = u)) : (Ga = e4, e4 = u);
              if (e4 !== u) for (; e4 !== u; ) t5.push(e4), e4 = Ga, (n3 = ab()) !== u && (o3 = Gc()) !== u && (s3 = ab()) !== u ? ((a2 = Hc()) === u && (a2 = ll()), a2 !== u ? e4 = n3 = [n3, o3, s3, a2] : (Ga = e4, e4 = u)) : (Ga = e4, e4 = u);
              else t5 = u;
              t5 !== u && ($a = r3, t5 = { type: "arithmetic", tail: t5 });
              return r3 = t5;
            })()) === u && (t4 = Bc()) === u && (t4 = (function() {
              var r3, t5, e4, n3;
              r3 = Ga, (t5 = (function() {
                var r4, t6, e5, n4, o3;
                r4 = Ga, t6 = Ga, (e5 = Wf()) !== u && (n4 = ab()) !== u && (o3 = Df()) !== u ? t6 = e5 = [e5, n4, o3] : (Ga = t6, t6 = u);
                t6 !== u && ($a = r4, t6 = (s3 = t6)[0] + " " + s3[2]);
                var s3;
                (r4 = t6) === u && (r4 = Df());
                return r4;
              })()) !== u && ab() !== u && (e4 = Hc()) !== u && ab() !== u && Yf() !== u && ab() !== u && (n3 = Hc()) !== u ? ($a = r3, r3 = t5 = { op: t5, right: { type: "expr_list", value: [e4, n3] } }) : (Ga = r3, r3 = u);
              return r3;
            })()) === u && (t4 = (function() {
              var r3, t5, e4, n3, o3, s3, a2, i2, c2;
              r3 = Ga, (t5 = $f()) !== u && (e4 = ab()) !== u && (n3 = Hc()) !== u ? ($a = r3, r3 = t5 = { op: "IS", right: n3 }) : (Ga = r3, r3 = u);
              r3 === u && (r3 = Ga, (t5 = $f()) !== u && (e4 = ab()) !== u ? (n3 = Ga, (o3 = Pf()) !== u && (s3 = ab()) !== u && (a2 = Lf()) !== u && (i2 = ab()) !== u && (c2 = ec()) !== u ? n3 = o3 = [o3, s3, a2, i2, c2] : (Ga = n3, n3 = u), n3 !== u ? ($a = r3, t5 = (function(r4) {
                const { db: t6, table: e5 } = r4.pop(), n4 = "*" === e5 ? "*" : `"${e5}"`;
                return { op: "IS", right: { type: "default", value: "DISTINCT FROM " + (t6 ? `"${t6}".${n4}` : n4) } };
              })(n3), r3 = t5) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, t5 = Ga, (e4 = $f()) !== u && (n3 = ab()) !== u && (o3 = Wf()) !== u ? t5 = e4 = [e4, n3, o3] : (Ga = t5, t5 = u), t5 !== u && (e4 = ab()) !== u && (n3 = Hc()) !== u ? ($a = r3, t5 = /* @__PURE__ */ (function(r4) {
                return { op: "IS NOT", right: r4 };
              })(n3), r3 = t5) : (Ga = r3, r3 = u)));
              return r3;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, (e4 = (function() {
                var t6, e5, n4, o4, s4;
                t6 = Ga, e5 = Ga, (n4 = Wf()) !== u && (o4 = ab()) !== u ? ((s4 = Ff()) === u && (s4 = Bf()), s4 !== u ? e5 = n4 = [n4, o4, s4] : (Ga = e5, e5 = u)) : (Ga = e5, e5 = u);
                e5 !== u && ($a = t6, e5 = (a3 = e5)[0] + " " + a3[2]);
                var a3;
                (t6 = e5) === u && (t6 = Ff()) === u && (t6 = Bf()) === u && (t6 = Ga, "similar" === r2.substr(Ga, 7).toLowerCase() ? (e5 = r2.substr(Ga, 7), Ga += 7) : (e5 = u, 0 === qa && Qa(Vt)), e5 !== u && (n4 = ab()) !== u && (o4 = tf()) !== u ? ($a = t6, t6 = e5 = "SIMILAR TO") : (Ga = t6, t6 = u), t6 === u && (t6 = Ga, (e5 = Wf()) !== u && (n4 = ab()) !== u ? ("similar" === r2.substr(Ga, 7).toLowerCase() ? (o4 = r2.substr(Ga, 7), Ga += 7) : (o4 = u, 0 === qa && Qa(Vt)), o4 !== u && (s4 = ab()) !== u && tf() !== u ? ($a = t6, t6 = e5 = "NOT SIMILAR TO") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u)));
                return t6;
              })()) !== u && ab() !== u ? ((n3 = Pl()) === u && (n3 = Dc()), n3 !== u && ab() !== u ? ((o3 = $c()) === u && (o3 = null), o3 !== u ? ($a = t5, s3 = e4, a2 = n3, (i2 = o3) && (a2.escape = i2), t5 = e4 = { op: s3, right: a2 }) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              var s3, a2, i2;
              return t5;
            })()) === u && (t4 = (function() {
              var r3, t5, e4, n3;
              r3 = Ga, (t5 = (function() {
                var r4, t6, e5, n4, o4;
                r4 = Ga, t6 = Ga, (e5 = Wf()) !== u && (n4 = ab()) !== u && (o4 = qf()) !== u ? t6 = e5 = [e5, n4, o4] : (Ga = t6, t6 = u);
                t6 !== u && ($a = r4, t6 = (s4 = t6)[0] + " " + s4[2]);
                var s4;
                (r4 = t6) === u && (r4 = qf());
                return r4;
              })()) !== u && ab() !== u ? ((e4 = Pl()) === u && (e4 = Dc()), e4 !== u && ab() !== u ? ((n3 = $c()) === u && (n3 = null), n3 !== u ? ($a = r3, o3 = t5, s3 = e4, (a2 = n3) && (s3.escape = a2), r3 = t5 = { op: o3, right: s3 }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
              var o3, s3, a2;
              return r3;
            })());
            return t4;
          })()) === u && (n2 = null), n2 !== u ? ($a = t3, o2 = e3, t3 = e3 = null === (s2 = n2) ? o2 : "arithmetic" === s2.type ? Pb(o2, s2.tail) : kb(s2.op, o2, s2.right)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Bl()) === u && (t3 = Jc()), t3;
        }
        function Gc() {
          var t3;
          return ">=" === r2.substr(Ga, 2) ? (t3 = ">=", Ga += 2) : (t3 = u, 0 === qa && Qa(Ft)), t3 === u && (62 === r2.charCodeAt(Ga) ? (t3 = ">", Ga++) : (t3 = u, 0 === qa && Qa(Bt)), t3 === u && ("<=" === r2.substr(Ga, 2) ? (t3 = "<=", Ga += 2) : (t3 = u, 0 === qa && Qa(Ht)), t3 === u && ("<>" === r2.substr(Ga, 2) ? (t3 = "<>", Ga += 2) : (t3 = u, 0 === qa && Qa(qt)), t3 === u && (60 === r2.charCodeAt(Ga) ? (t3 = "<", Ga++) : (t3 = u, 0 === qa && Qa(Wt)), t3 === u && (61 === r2.charCodeAt(Ga) ? (t3 = "=", Ga++) : (t3 = u, 0 === qa && Qa(Ut)), t3 === u && ("!=" === r2.substr(Ga, 2) ? (t3 = "!=", Ga += 2) : (t3 = u, 0 === qa && Qa(Yt)))))))), t3;
        }
        function $c() {
          var t3, e3, n2;
          return t3 = Ga, "escape" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(Xt)), e3 !== u && ab() !== u && (n2 = Bl()) !== u ? ($a = t3, t3 = e3 = { type: "ESCAPE", value: n2 }) : (Ga = t3, t3 = u), t3;
        }
        function Fc() {
          var r3, t3, e3, n2, o2, s2;
          return r3 = Ga, t3 = Ga, (e3 = Wf()) !== u && (n2 = ab()) !== u && (o2 = Gf()) !== u ? t3 = e3 = [e3, n2, o2] : (Ga = t3, t3 = u), t3 !== u && ($a = r3, t3 = (s2 = t3)[0] + " " + s2[2]), (r3 = t3) === u && (r3 = Gf()), r3;
        }
        function Bc() {
          var r3, t3, e3, n2;
          return r3 = Ga, (t3 = Fc()) !== u && ab() !== u && (e3 = Jp()) !== u && ab() !== u && (n2 = jc()) !== u && ab() !== u && rb() !== u ? ($a = r3, r3 = t3 = { op: t3, right: n2 }) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = Fc()) !== u && ab() !== u ? ((e3 = Ab()) === u && (e3 = Bl()) === u && (e3 = Ol()), e3 !== u ? ($a = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4) {
            return { op: r4, right: t4 };
          })(t3, e3)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)), r3;
        }
        function Hc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = Wc()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = qc()) !== u && (a2 = ab()) !== u && (i2 = Wc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = qc()) !== u && (a2 = ab()) !== u && (i2 = Wc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && "column_ref" === r4.type && "*" === r4.column) throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ...Ob() }));
              return Pb(r4, t4);
            })(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function qc() {
          var t3;
          return 43 === r2.charCodeAt(Ga) ? (t3 = "+", Ga++) : (t3 = u, 0 === qa && Qa(Qt)), t3 === u && (45 === r2.charCodeAt(Ga) ? (t3 = "-", Ga++) : (t3 = u, 0 === qa && Qa(Kt))), t3;
        }
        function Wc() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = Qc()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u ? ((s2 = Yc()) === u && (s2 = sb()), s2 !== u && (a2 = ab()) !== u && (i2 = Qc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u)) : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u ? ((s2 = Yc()) === u && (s2 = sb()), s2 !== u && (a2 = ab()) !== u && (i2 = Qc()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u)) : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Pb(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function Yc() {
          var t3;
          return 42 === r2.charCodeAt(Ga) ? (t3 = "*", Ga++) : (t3 = u, 0 === qa && Qa(zt)), t3 === u && (47 === r2.charCodeAt(Ga) ? (t3 = "/", Ga++) : (t3 = u, 0 === qa && Qa(Zt)), t3 === u && (37 === r2.charCodeAt(Ga) ? (t3 = "%", Ga++) : (t3 = u, 0 === qa && Qa(Jt)), t3 === u && ("||" === r2.substr(Ga, 2) ? (t3 = "||", Ga += 2) : (t3 = u, 0 === qa && Qa(re))))), t3;
        }
        function Vc() {
          var r3, t3, e3, n2, o2;
          return r3 = Ga, (t3 = Jc()) !== u && ab() !== u ? ((e3 = Gi()) === u && (e3 = null), e3 !== u ? ($a = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function Xc() {
          var t3, e3, n2, o2, s2, a2;
          return (t3 = (function() {
            var t4, e4, n3, o3, s3, a3, i2, c2, l2;
            t4 = Ga, (e4 = Jf()) === u && (e4 = rp());
            e4 !== u && ab() !== u && (n3 = Jp()) !== u && ab() !== u && (o3 = kc()) !== u && ab() !== u && (s3 = Ef()) !== u && ab() !== u && (a3 = Tb()) !== u && ab() !== u && (i2 = rb()) !== u ? ($a = t4, f2 = o3, p2 = a3, e4 = { type: "cast", keyword: e4.toLowerCase(), expr: f2, symbol: "as", target: [p2] }, t4 = e4) : (Ga = t4, t4 = u);
            var f2, p2;
            t4 === u && (t4 = Ga, (e4 = Jf()) === u && (e4 = rp()), e4 !== u && ab() !== u && (n3 = Jp()) !== u && ab() !== u && (o3 = kc()) !== u && ab() !== u && (s3 = Ef()) !== u && ab() !== u && (a3 = ap()) !== u && ab() !== u && (i2 = Jp()) !== u && ab() !== u && (c2 = Xl()) !== u && ab() !== u && rb() !== u && ab() !== u && (l2 = rb()) !== u ? ($a = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(e4, o3, c2), t4 = e4) : (Ga = t4, t4 = u), t4 === u && (t4 = Ga, (e4 = Jf()) === u && (e4 = rp()), e4 !== u && ab() !== u && (n3 = Jp()) !== u && ab() !== u && (o3 = kc()) !== u && ab() !== u && (s3 = Ef()) !== u && ab() !== u && (a3 = ap()) !== u && ab() !== u && (i2 = Jp()) !== u && ab() !== u && (c2 = Xl()) !== u && ab() !== u && zp() !== u && ab() !== u && (l2 = Xl()) !== u && ab() !== u && rb() !== u && ab() !== u && rb() !== u ? ($a = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(e4, o3, c2, l2), t4 = e4) : (Ga = t4, t4 = u), t4 === u && (t4 = Ga, (e4 = Jf()) === u && (e4 = rp()), e4 !== u && ab() !== u && (n3 = Jp()) !== u && ab() !== u && (o3 = kc()) !== u && ab() !== u && (s3 = Ef()) !== u && ab() !== u && (a3 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = Ga, "signed" === r2.substr(Ga, 6).toLowerCase() ? (e5 = r2.substr(Ga, 6), Ga += 6) : (e5 = u, 0 === qa && Qa(Pu));
                e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t6, t6 = e5 = "SIGNED") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })()) === u && (t5 = ip());
              return t5;
            })()) !== u && ab() !== u ? ((i2 = fp()) === u && (i2 = null), i2 !== u && ab() !== u && (c2 = rb()) !== u ? ($a = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: e5 + (n4 ? " " + n4 : "") }] };
            })(e4, o3, a3, i2), t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4 === u && (t4 = Ga, (e4 = Jp()) !== u && ab() !== u ? ((n3 = Pl()) === u && (n3 = Sc()) === u && (n3 = Ll()) === u && (n3 = Cl()) === u && (n3 = Ol()) === u && (n3 = xc()) === u && (n3 = Vc()) === u && (n3 = hl()), n3 !== u && ab() !== u && (o3 = rb()) !== u && ab() !== u ? ((s3 = Ml()) === u && (s3 = null), s3 !== u ? ($a = t4, e4 = (function(r3, t5) {
              return r3.parentheses = true, t5 ? { type: "cast", keyword: "cast", expr: r3, ...t5 } : r3;
            })(n3, s3), t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4 === u && (t4 = Ga, (e4 = Pl()) === u && (e4 = Ll()) === u && (e4 = Cl()) === u && (e4 = Ol()) === u && (e4 = xc()) === u && (e4 = Sc()) === u && (e4 = Vc()) === u && (e4 = hl()), e4 !== u && ab() !== u ? ((n3 = Ml()) === u && (n3 = null), n3 !== u ? ($a = t4, e4 = (function(r3, t5) {
              return t5 ? { type: "cast", keyword: "cast", expr: r3, ...t5 } : r3;
            })(e4, n3), t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u))))));
            return t4;
          })()) === u && (t3 = Ga, Jp() !== u && (e3 = ab()) !== u && (n2 = Uc()) !== u && (o2 = ab()) !== u && (s2 = rb()) !== u ? ($a = t3, (a2 = n2).parentheses = true, t3 = a2) : (Ga = t3, t3 = u), t3 === u && (t3 = Ab()) === u && (t3 = Ga, ab() !== u ? (36 === r2.charCodeAt(Ga) ? (e3 = "$", Ga++) : (e3 = u, 0 === qa && Qa(te)), e3 !== u ? (60 === r2.charCodeAt(Ga) ? (n2 = "<", Ga++) : (n2 = u, 0 === qa && Qa(Wt)), n2 !== u && (o2 = Yl()) !== u ? (62 === r2.charCodeAt(Ga) ? (s2 = ">", Ga++) : (s2 = u, 0 === qa && Qa(Bt)), s2 !== u ? ($a = t3, t3 = { type: "origin", value: `$<${o2.value}>` }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u))), t3;
        }
        function Qc() {
          var t3, e3, n2, o2, s2;
          return (t3 = (function() {
            var t4, e4, n3, o3, s3, a2, i2, c2;
            if (t4 = Ga, (e4 = Kc()) !== u) if (ab() !== u) {
              for (n3 = [], o3 = Ga, (s3 = ab()) !== u ? ("?|" === r2.substr(Ga, 2) ? (a2 = "?|", Ga += 2) : (a2 = u, 0 === qa && Qa(ne)), a2 === u && ("?&" === r2.substr(Ga, 2) ? (a2 = "?&", Ga += 2) : (a2 = u, 0 === qa && Qa(oe)), a2 === u && (63 === r2.charCodeAt(Ga) ? (a2 = "?", Ga++) : (a2 = u, 0 === qa && Qa(ue)), a2 === u && ("#-" === r2.substr(Ga, 2) ? (a2 = "#-", Ga += 2) : (a2 = u, 0 === qa && Qa(se)), a2 === u && ("#>>" === r2.substr(Ga, 3) ? (a2 = "#>>", Ga += 3) : (a2 = u, 0 === qa && Qa(ae)), a2 === u && ("#>" === r2.substr(Ga, 2) ? (a2 = "#>", Ga += 2) : (a2 = u, 0 === qa && Qa(ie)), a2 === u && (a2 = ub()) === u && (a2 = ob()) === u && ("@>" === r2.substr(Ga, 2) ? (a2 = "@>", Ga += 2) : (a2 = u, 0 === qa && Qa(ce)), a2 === u && ("<@" === r2.substr(Ga, 2) ? (a2 = "<@", Ga += 2) : (a2 = u, 0 === qa && Qa(le))))))))), a2 !== u && (i2 = ab()) !== u && (c2 = Kc()) !== u ? o3 = s3 = [s3, a2, i2, c2] : (Ga = o3, o3 = u)) : (Ga = o3, o3 = u); o3 !== u; ) n3.push(o3), o3 = Ga, (s3 = ab()) !== u ? ("?|" === r2.substr(Ga, 2) ? (a2 = "?|", Ga += 2) : (a2 = u, 0 === qa && Qa(ne)), a2 === u && ("?&" === r2.substr(Ga, 2) ? (a2 = "?&", Ga += 2) : (a2 = u, 0 === qa && Qa(oe)), a2 === u && (63 === r2.charCodeAt(Ga) ? (a2 = "?", Ga++) : (a2 = u, 0 === qa && Qa(ue)), a2 === u && ("#-" === r2.substr(Ga, 2) ? (a2 = "#-", Ga += 2) : (a2 = u, 0 === qa && Qa(se)), a2 === u && ("#>>" === r2.substr(Ga, 3) ? (a2 = "#>>", Ga += 3) : (a2 = u, 0 === qa && Qa(ae)), a2 === u && ("#>" === r2.substr(Ga, 2) ? (a2 = "#>", Ga += 2) : (a2 = u, 0 === qa && Qa(ie)), a2 === u && (a2 = ub()) === u && (a2 = ob()) === u && ("@>" === r2.substr(Ga, 2) ? (a2 = "@>", Ga += 2) : (a2 = u, 0 === qa && Qa(ce)), a2 === u && ("<@" === r2.substr(Ga, 2) ? (a2 = "<@", Ga += 2) : (a2 = u, 0 === qa && Qa(le))))))))), a2 !== u && (i2 = ab()) !== u && (c2 = Kc()) !== u ? o3 = s3 = [s3, a2, i2, c2] : (Ga = o3, o3 = u)) : (Ga = o3, o3 = u);
              n3 !== u ? ($a = t4, l2 = e4, e4 = (f2 = n3) && 0 !== f2.length ? Pb(l2, f2) : l2, t4 = e4) : (Ga = t4, t4 = u);
            } else Ga = t4, t4 = u;
            else Ga = t4, t4 = u;
            var l2, f2;
            return t4;
          })()) === u && (t3 = Ga, (e3 = (function() {
            var t4;
            33 === r2.charCodeAt(Ga) ? (t4 = "!", Ga++) : (t4 = u, 0 === qa && Qa($t));
            t4 === u && (45 === r2.charCodeAt(Ga) ? (t4 = "-", Ga++) : (t4 = u, 0 === qa && Qa(Kt)), t4 === u && (43 === r2.charCodeAt(Ga) ? (t4 = "+", Ga++) : (t4 = u, 0 === qa && Qa(Qt)), t4 === u && (126 === r2.charCodeAt(Ga) ? (t4 = "~", Ga++) : (t4 = u, 0 === qa && Qa(ee)))));
            return t4;
          })()) !== u ? (n2 = Ga, (o2 = ab()) !== u && (s2 = Qc()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = Nb(e3, n2[1])) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)), t3;
        }
        function Kc() {
          var r3, t3, e3, n2, o2;
          return r3 = Ga, (t3 = Xc()) !== u && ab() !== u ? ((e3 = Gi()) === u && (e3 = null), e3 !== u ? ($a = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function zc() {
          var t3, e3, n2, o2, s2, a2;
          if (t3 = Ga, "e" === r2.substr(Ga, 1).toLowerCase() ? (e3 = r2.charAt(Ga), Ga++) : (e3 = u, 0 === qa && Qa(fe)), e3 !== u) if (39 === r2.charCodeAt(Ga) ? (n2 = "'", Ga++) : (n2 = u, 0 === qa && Qa(qr)), n2 !== u) if (ab() !== u) {
            for (o2 = [], s2 = ql(); s2 !== u; ) o2.push(s2), s2 = ql();
            o2 !== u && (s2 = ab()) !== u ? (39 === r2.charCodeAt(Ga) ? (a2 = "'", Ga++) : (a2 = u, 0 === qa && Qa(qr)), a2 !== u ? ($a = t3, t3 = e3 = { type: "default", value: `E'${o2.join("")}'` }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u);
          } else Ga = t3, t3 = u;
          else Ga = t3, t3 = u;
          else Ga = t3, t3 = u;
          return t3;
        }
        function Zc() {
          var r3;
          return (r3 = Kp()) === u && (r3 = $p()), r3;
        }
        function Jc() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2;
          if ((r3 = zc()) === u && (r3 = Ga, t3 = Ga, (e3 = el()) !== u && (n2 = ab()) !== u && (o2 = Kp()) !== u ? t3 = e3 = [e3, n2, o2] : (Ga = t3, t3 = u), t3 === u && (t3 = null), t3 !== u && (e3 = ab()) !== u && (n2 = Zp()) !== u ? ($a = r3, r3 = t3 = (function(r4) {
            const t4 = r4 && r4[0] || null;
            return qb.add(`select::${t4}::(.*)`), { type: "column_ref", table: t4, column: "*", ...Ob() };
          })(t3)) : (Ga = r3, r3 = u), r3 === u)) {
            if (r3 = Ga, (t3 = el()) !== u) if (e3 = Ga, (n2 = ab()) !== u && (o2 = Zc()) !== u && (s2 = ab()) !== u && (a2 = (function() {
              var r4;
              (r4 = bl()) === u && (r4 = ul());
              return r4;
            })()) !== u ? e3 = n2 = [n2, o2, s2, a2] : (Ga = e3, e3 = u), e3 !== u) {
              if (n2 = [], o2 = Ga, (s2 = ab()) !== u && (a2 = Zc()) !== u && (i2 = ab()) !== u && (c2 = cl()) !== u ? o2 = s2 = [s2, a2, i2, c2] : (Ga = o2, o2 = u), o2 !== u) for (; o2 !== u; ) n2.push(o2), o2 = Ga, (s2 = ab()) !== u && (a2 = Zc()) !== u && (i2 = ab()) !== u && (c2 = cl()) !== u ? o2 = s2 = [s2, a2, i2, c2] : (Ga = o2, o2 = u);
              else n2 = u;
              n2 !== u ? (o2 = Ga, (s2 = ab()) !== u && (a2 = ci()) !== u ? o2 = s2 = [s2, a2] : (Ga = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? ($a = r3, r3 = t3 = (function(r4, t4, e4, n3) {
                if (1 === e4.length) return qb.add(`select::${r4}.${t4[3]}::${e4[0][3]}`), { type: "column_ref", schema: r4, notations: [t4[1], e4[0][1]], table: t4[3], column: e4[0][3], collate: n3 && n3[1], ...Ob() };
                return { type: "column_ref", column: { expr: Pb(kb(column_symbol, r4, t4[3]), e4) }, collate: n3 && n3[1], ...Ob() };
              })(t3, e3, n2, o2)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
            } else Ga = r3, r3 = u;
            else Ga = r3, r3 = u;
            r3 === u && (r3 = Ga, (t3 = el()) !== u && (e3 = ab()) !== u && (n2 = Zc()) !== u && (o2 = ab()) !== u && (s2 = cl()) !== u ? (a2 = Ga, (i2 = ab()) !== u && (c2 = ci()) !== u ? a2 = i2 = [i2, c2] : (Ga = a2, a2 = u), a2 === u && (a2 = null), a2 !== u ? ($a = r3, l2 = t3, f2 = n2, p2 = s2, b2 = a2, qb.add(`select::${l2}::${p2}`), r3 = t3 = { type: "column_ref", table: l2, notations: [f2], column: p2, collate: b2 && b2[1], ...Ob() }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = fl()) !== u ? (e3 = Ga, (n2 = ab()) !== u && (o2 = ci()) !== u ? e3 = n2 = [n2, o2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
              return qb.add("select::null::" + r4), { type: "column_ref", table: null, column: r4, collate: t4 && t4[1], ...Ob() };
            })(t3, e3)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)));
          }
          return r3;
        }
        function rl() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = fl()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = fl()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = fl()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Mb(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function tl() {
          var r3, t3;
          return r3 = Ga, (t3 = bl()) !== u && ($a = r3, t3 = pe(t3)), (r3 = t3) === u && (r3 = ol()), r3;
        }
        function el() {
          var r3, t3;
          return r3 = Ga, (t3 = bl()) !== u ? ($a = Ga, (be(t3) ? u : void 0) !== u ? ($a = r3, r3 = t3 = t3) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = ul()) !== u && ($a = r3, t3 = t3), r3 = t3), r3;
        }
        function nl() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2;
          return r3 = Ga, (t3 = bl()) !== u ? ($a = Ga, (true === Rb[t3.toUpperCase()] ? u : void 0) !== u ? (e3 = Ga, (n2 = ab()) !== u && (o2 = Jp()) !== u && (s2 = ab()) !== u && (a2 = rl()) !== u && (i2 = ab()) !== u && (c2 = rb()) !== u ? e3 = n2 = [n2, o2, s2, a2, i2, c2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
            return t4 ? `${r4}(${t4[3].join(", ")})` : r4;
          })(t3, e3)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = ul()) !== u && ($a = r3, t3 = t3), r3 = t3), r3;
        }
        function ol() {
          var r3;
          return (r3 = sl()) === u && (r3 = al()) === u && (r3 = il()), r3;
        }
        function ul() {
          var r3, t3;
          return r3 = Ga, (t3 = sl()) === u && (t3 = al()) === u && (t3 = il()), t3 !== u && ($a = r3, t3 = t3.value), r3 = t3;
        }
        function sl() {
          var t3, e3, n2, o2;
          if (t3 = Ga, 34 === r2.charCodeAt(Ga) ? (e3 = '"', Ga++) : (e3 = u, 0 === qa && Qa(ve)), e3 !== u) {
            if (n2 = [], de.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(ye)), o2 !== u) for (; o2 !== u; ) n2.push(o2), de.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(ye));
            else n2 = u;
            n2 !== u ? (34 === r2.charCodeAt(Ga) ? (o2 = '"', Ga++) : (o2 = u, 0 === qa && Qa(ve)), o2 !== u ? ($a = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u);
          } else Ga = t3, t3 = u;
          return t3;
        }
        function al() {
          var t3, e3, n2, o2;
          if (t3 = Ga, 39 === r2.charCodeAt(Ga) ? (e3 = "'", Ga++) : (e3 = u, 0 === qa && Qa(qr)), e3 !== u) {
            if (n2 = [], he.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(we)), o2 !== u) for (; o2 !== u; ) n2.push(o2), he.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(we));
            else n2 = u;
            n2 !== u ? (39 === r2.charCodeAt(Ga) ? (o2 = "'", Ga++) : (o2 = u, 0 === qa && Qa(qr)), o2 !== u ? ($a = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u);
          } else Ga = t3, t3 = u;
          return t3;
        }
        function il() {
          var t3, e3, n2, o2;
          if (t3 = Ga, 96 === r2.charCodeAt(Ga) ? (e3 = "`", Ga++) : (e3 = u, 0 === qa && Qa(me)), e3 !== u) {
            if (n2 = [], Le.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(Ce)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Le.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(Ce));
            else n2 = u;
            n2 !== u ? (96 === r2.charCodeAt(Ga) ? (o2 = "`", Ga++) : (o2 = u, 0 === qa && Qa(me)), o2 !== u ? ($a = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u);
          } else Ga = t3, t3 = u;
          return t3;
        }
        function cl() {
          var r3, t3;
          return r3 = Ga, (t3 = pl()) !== u && ($a = r3, t3 = t3), (r3 = t3) === u && (r3 = ul()), r3;
        }
        function ll() {
          var r3, t3;
          return r3 = Ga, (t3 = pl()) !== u && ($a = r3, t3 = pe(t3)), (r3 = t3) === u && (r3 = ol()), r3;
        }
        function fl() {
          var r3, t3;
          return r3 = Ga, (t3 = pl()) !== u ? ($a = Ga, (be(t3) ? u : void 0) !== u ? ($a = r3, r3 = t3 = t3) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = ul()), r3;
        }
        function pl() {
          var r3, t3, e3, n2;
          if (r3 = Ga, (t3 = vl()) !== u) {
            for (e3 = [], n2 = yl(); n2 !== u; ) e3.push(n2), n2 = yl();
            e3 !== u ? ($a = r3, r3 = t3 = t3 + e3.join("")) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function bl() {
          var r3, t3, e3, n2;
          if (r3 = Ga, (t3 = vl()) !== u) {
            for (e3 = [], n2 = dl(); n2 !== u; ) e3.push(n2), n2 = dl();
            e3 !== u ? ($a = r3, r3 = t3 = t3 + e3.join("")) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function vl() {
          var t3;
          return Ee.test(r2.charAt(Ga)) ? (t3 = r2.charAt(Ga), Ga++) : (t3 = u, 0 === qa && Qa(Ae)), t3;
        }
        function dl() {
          var t3;
          return ge.test(r2.charAt(Ga)) ? (t3 = r2.charAt(Ga), Ga++) : (t3 = u, 0 === qa && Qa(Te)), t3;
        }
        function yl() {
          var t3;
          return Ee.test(r2.charAt(Ga)) ? (t3 = r2.charAt(Ga), Ga++) : (t3 = u, 0 === qa && Qa(Ae)), t3;
        }
        function hl() {
          var t3, e3, n2, o2;
          return t3 = Ga, e3 = Ga, 58 === r2.charCodeAt(Ga) ? (n2 = ":", Ga++) : (n2 = u, 0 === qa && Qa(_e)), n2 !== u && (o2 = bl()) !== u ? e3 = n2 = [n2, o2] : (Ga = e3, e3 = u), e3 !== u && ($a = t3, e3 = { type: "param", value: e3[1] }), t3 = e3;
        }
        function wl() {
          var r3, t3, e3;
          return r3 = Ga, Tf() !== u && ab() !== u && af() !== u && ab() !== u && (t3 = Up()) !== u && ab() !== u && Jp() !== u && ab() !== u ? ((e3 = jc()) === u && (e3 = null), e3 !== u && ab() !== u && rb() !== u ? ($a = r3, r3 = { type: "on update", keyword: t3, parentheses: true, expr: e3 }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, Tf() !== u && ab() !== u && af() !== u && ab() !== u && (t3 = Up()) !== u ? ($a = r3, r3 = /* @__PURE__ */ (function(r4) {
            return { type: "on update", keyword: r4 };
          })(t3)) : (Ga = r3, r3 = u)), r3;
        }
        function ml() {
          var t3, e3, n2, o2, s2;
          return t3 = Ga, "over" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(je)), e3 !== u && ab() !== u && (n2 = ic()) !== u ? ($a = t3, t3 = e3 = { type: "window", as_window_specification: n2 }) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "over" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(je)), e3 !== u && ab() !== u && (n2 = Jp()) !== u && ab() !== u ? ((o2 = vc()) === u && (o2 = null), o2 !== u && ab() !== u ? ((s2 = dc()) === u && (s2 = null), s2 !== u && ab() !== u && rb() !== u ? ($a = t3, t3 = e3 = { partitionby: o2, orderby: s2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = wl())), t3;
        }
        function Ll() {
          var t3, e3, n2, o2, s2;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n3, o3, s3, a2, i2, c2, l2;
            t4 = Ga, (e4 = (function() {
              var t5, e5, n4, o4;
              t5 = Ga, "count" === r2.substr(Ga, 5).toLowerCase() ? (e5 = r2.substr(Ga, 5), Ga += 5) : (e5 = u, 0 === qa && Qa(pu));
              e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t5, t5 = e5 = "COUNT") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (e4 = (function() {
              var t5, e5, n4, o4;
              t5 = Ga, "group_concat" === r2.substr(Ga, 12).toLowerCase() ? (e5 = r2.substr(Ga, 12), Ga += 12) : (e5 = u, 0 === qa && Qa(bu));
              e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t5, t5 = e5 = "GROUP_CONCAT") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && ("listagg" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(Ge)));
            e4 !== u && ab() !== u && Jp() !== u && ab() !== u && (n3 = (function() {
              var t5, e5;
              t5 = Ga, (e5 = (function() {
                var t6, e6;
                t6 = Ga, 42 === r2.charCodeAt(Ga) ? (e6 = "*", Ga++) : (e6 = u, 0 === qa && Qa(zt));
                e6 !== u && ($a = t6, e6 = { type: "star", value: "*" });
                return t6 = e6;
              })()) !== u && ($a = t5, e5 = { expr: e5 });
              (t5 = e5) === u && (t5 = gl());
              return t5;
            })()) !== u && ab() !== u && (o3 = rb()) !== u && ab() !== u ? ((s3 = ml()) === u && (s3 = null), s3 !== u ? ($a = t4, t4 = e4 = { type: "aggr_func", name: e4, args: n3, over: s3 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            t4 === u && (t4 = Ga, "percentile_cont" === r2.substr(Ga, 15).toLowerCase() ? (e4 = r2.substr(Ga, 15), Ga += 15) : (e4 = u, 0 === qa && Qa($e)), e4 === u && ("percentile_disc" === r2.substr(Ga, 15).toLowerCase() ? (e4 = r2.substr(Ga, 15), Ga += 15) : (e4 = u, 0 === qa && Qa(Fe))), e4 !== u && ab() !== u && Jp() !== u && ab() !== u ? ((n3 = Yl()) === u && (n3 = Dl()), n3 !== u && ab() !== u && (o3 = rb()) !== u && ab() !== u ? ("within" === r2.substr(Ga, 6).toLowerCase() ? (s3 = r2.substr(Ga, 6), Ga += 6) : (s3 = u, 0 === qa && Qa(Be)), s3 !== u && ab() !== u && Rf() !== u && ab() !== u && (a2 = Jp()) !== u && ab() !== u && (i2 = dc()) !== u && ab() !== u && (c2 = rb()) !== u && ab() !== u ? ((l2 = ml()) === u && (l2 = null), l2 !== u ? ($a = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "aggr_func", name: r3.toUpperCase(), args: { expr: t5 }, within_group_orderby: e5, over: n4 };
            })(e4, n3, i2, l2), t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4 === u && (t4 = Ga, "mode" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(He)), e4 !== u && ab() !== u && Jp() !== u && ab() !== u && (n3 = rb()) !== u && ab() !== u ? ("within" === r2.substr(Ga, 6).toLowerCase() ? (o3 = r2.substr(Ga, 6), Ga += 6) : (o3 = u, 0 === qa && Qa(Be)), o3 !== u && ab() !== u && (s3 = Rf()) !== u && ab() !== u && Jp() !== u && ab() !== u && (a2 = dc()) !== u && ab() !== u && (i2 = rb()) !== u && ab() !== u ? ((c2 = ml()) === u && (c2 = null), c2 !== u ? ($a = t4, e4 = (function(r3, t5, e5) {
              return { type: "aggr_func", name: r3.toUpperCase(), args: { expr: {} }, within_group_orderby: t5, over: e5 };
            })(e4, a2, c2), t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u)));
            return t4;
          })()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ga, (e4 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = Ga, "sum" === r2.substr(Ga, 3).toLowerCase() ? (e5 = r2.substr(Ga, 3), Ga += 3) : (e5 = u, 0 === qa && Qa(yu));
                e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t6, t6 = e5 = "SUM") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = Ga, "max" === r2.substr(Ga, 3).toLowerCase() ? (e5 = r2.substr(Ga, 3), Ga += 3) : (e5 = u, 0 === qa && Qa(vu));
                e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t6, t6 = e5 = "MAX") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = Ga, "min" === r2.substr(Ga, 3).toLowerCase() ? (e5 = r2.substr(Ga, 3), Ga += 3) : (e5 = u, 0 === qa && Qa(du));
                e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t6, t6 = e5 = "MIN") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })()) === u && (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = Ga, "avg" === r2.substr(Ga, 3).toLowerCase() ? (e5 = r2.substr(Ga, 3), Ga += 3) : (e5 = u, 0 === qa && Qa(hu));
                e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t6, t6 = e5 = "AVG") : (Ga = t6, t6 = u)) : (Ga = t6, t6 = u);
                return t6;
              })());
              return t5;
            })()) !== u && ab() !== u && Jp() !== u && ab() !== u && (n3 = Hc()) !== u && ab() !== u && rb() !== u && ab() !== u ? ((o3 = ml()) === u && (o3 = null), o3 !== u ? ($a = t4, e4 = { type: "aggr_func", name: e4, args: { expr: n3 }, over: o3, ...Ob() }, t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) === u && (e3 = (function() {
            var t4, e4, n3, o3, s3, a2;
            t4 = Ga, e4 = Ga, (n3 = el()) !== u && (o3 = ab()) !== u && (s3 = Kp()) !== u ? e4 = n3 = [n3, o3, s3] : (Ga = e4, e4 = u);
            e4 === u && (e4 = null);
            e4 !== u && (n3 = ab()) !== u ? ((o3 = (function() {
              var t5, e5, n4, o4;
              t5 = Ga, "array_agg" === r2.substr(Ga, 9).toLowerCase() ? (e5 = r2.substr(Ga, 9), Ga += 9) : (e5 = u, 0 === qa && Qa(lu));
              e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t5, t5 = e5 = "ARRAY_AGG") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (o3 = (function() {
              var t5, e5, n4, o4;
              t5 = Ga, "string_agg" === r2.substr(Ga, 10).toLowerCase() ? (e5 = r2.substr(Ga, 10), Ga += 10) : (e5 = u, 0 === qa && Qa(fu));
              e5 !== u ? (n4 = Ga, qa++, o4 = vl(), qa--, o4 === u ? n4 = void 0 : (Ga = n4, n4 = u), n4 !== u ? ($a = t5, t5 = e5 = "STRING_AGG") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()), o3 !== u && (s3 = ab()) !== u && Jp() !== u && ab() !== u && (a2 = gl()) !== u && ab() !== u && rb() !== u ? ($a = t4, c2 = o3, l2 = a2, e4 = { type: "aggr_func", name: (i2 = e4) ? `${i2[0]}.${c2}` : c2, args: l2 }, t4 = e4) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            var i2, c2, l2;
            return t4;
          })()), e3 !== u && ab() !== u ? ((n2 = (function() {
            var t4, e4, n3;
            return t4 = Ga, "filter" === r2.substr(Ga, 6).toLowerCase() ? (e4 = r2.substr(Ga, 6), Ga += 6) : (e4 = u, 0 === qa && Qa(Se)), e4 !== u && ab() !== u && Jp() !== u && ab() !== u && (n3 = uc()) !== u && ab() !== u && rb() !== u ? ($a = t4, t4 = e4 = { keyword: "filter", parentheses: true, where: n3 }) : (Ga = t4, t4 = u), t4;
          })()) === u && (n2 = null), n2 !== u ? ($a = t3, o2 = e3, (s2 = n2) && (o2.filter = s2), t3 = e3 = o2) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Cl() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2;
            t4 = Ga, (e3 = (function() {
              var t5;
              "row_number" === r2.substr(Ga, 10).toLowerCase() ? (t5 = r2.substr(Ga, 10), Ga += 10) : (t5 = u, 0 === qa && Qa(Re));
              t5 === u && ("dense_rank" === r2.substr(Ga, 10).toLowerCase() ? (t5 = r2.substr(Ga, 10), Ga += 10) : (t5 = u, 0 === qa && Qa(Oe)), t5 === u && ("rank" === r2.substr(Ga, 4).toLowerCase() ? (t5 = r2.substr(Ga, 4), Ga += 4) : (t5 = u, 0 === qa && Qa(Ne))));
              return t5;
            })()) !== u && ab() !== u && Jp() !== u && ab() !== u && rb() !== u && ab() !== u && (n2 = ml()) !== u ? ($a = t4, t4 = e3 = { type: "window_func", name: e3, over: n2 }) : (Ga = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2;
            t4 = Ga, (e3 = (function() {
              var t5;
              "lag" === r2.substr(Ga, 3).toLowerCase() ? (t5 = r2.substr(Ga, 3), Ga += 3) : (t5 = u, 0 === qa && Qa(ke));
              t5 === u && ("lead" === r2.substr(Ga, 4).toLowerCase() ? (t5 = r2.substr(Ga, 4), Ga += 4) : (t5 = u, 0 === qa && Qa(Ue)), t5 === u && ("nth_value" === r2.substr(Ga, 9).toLowerCase() ? (t5 = r2.substr(Ga, 9), Ga += 9) : (t5 = u, 0 === qa && Qa(Me))));
              return t5;
            })()) !== u && ab() !== u && Jp() !== u && ab() !== u && (n2 = jc()) !== u && ab() !== u && rb() !== u && ab() !== u ? ((o2 = El()) === u && (o2 = null), o2 !== u && ab() !== u && (s2 = ml()) !== u ? ($a = t4, t4 = e3 = { type: "window_func", name: e3, args: n2, over: s2, consider_nulls: o2 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2;
            t4 = Ga, (e3 = (function() {
              var t5;
              "first_value" === r2.substr(Ga, 11).toLowerCase() ? (t5 = r2.substr(Ga, 11), Ga += 11) : (t5 = u, 0 === qa && Qa(xe));
              t5 === u && ("last_value" === r2.substr(Ga, 10).toLowerCase() ? (t5 = r2.substr(Ga, 10), Ga += 10) : (t5 = u, 0 === qa && Qa(Ie)));
              return t5;
            })()) !== u && ab() !== u && Jp() !== u && ab() !== u && (n2 = kc()) !== u && ab() !== u && rb() !== u && ab() !== u ? ((o2 = El()) === u && (o2 = null), o2 !== u && ab() !== u && (s2 = ml()) !== u ? ($a = t4, t4 = e3 = { type: "window_func", name: e3, args: { type: "expr_list", value: [n2] }, over: s2, consider_nulls: o2 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()), t3;
        }
        function El() {
          var t3, e3, n2;
          return t3 = Ga, "ignore" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(Pe)), e3 === u && ("respect" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(De))), e3 !== u && ab() !== u ? ("nulls" === r2.substr(Ga, 5).toLowerCase() ? (n2 = r2.substr(Ga, 5), Ga += 5) : (n2 = u, 0 === qa && Qa(R)), n2 !== u ? ($a = t3, t3 = e3 = e3.toUpperCase() + " NULLS") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Al() {
          var r3, t3, e3;
          return r3 = Ga, (t3 = zp()) !== u && ab() !== u && (e3 = Bl()) !== u ? ($a = r3, r3 = t3 = { symbol: t3, delimiter: e3 }) : (Ga = r3, r3 = u), r3;
        }
        function gl() {
          var r3, t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          if (r3 = Ga, (t3 = Pf()) === u && (t3 = null), t3 !== u) if (ab() !== u) if ((e3 = Jp()) !== u) if (ab() !== u) if ((n2 = kc()) !== u) if (ab() !== u) if ((o2 = rb()) !== u) if (ab() !== u) {
            for (s2 = [], a2 = Ga, (i2 = ab()) !== u ? ((c2 = Yf()) === u && (c2 = Vf()), c2 !== u && (l2 = ab()) !== u && (f2 = kc()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (Ga = a2, a2 = u)) : (Ga = a2, a2 = u); a2 !== u; ) s2.push(a2), a2 = Ga, (i2 = ab()) !== u ? ((c2 = Yf()) === u && (c2 = Vf()), c2 !== u && (l2 = ab()) !== u && (f2 = kc()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (Ga = a2, a2 = u)) : (Ga = a2, a2 = u);
            s2 !== u && (a2 = ab()) !== u ? ((i2 = Al()) === u && (i2 = null), i2 !== u && (c2 = ab()) !== u ? ((l2 = dc()) === u && (l2 = null), l2 !== u ? ($a = r3, r3 = t3 = (function(r4, t4, e4, n3, o3) {
              const u2 = e4.length;
              let s3 = t4;
              s3.parentheses = true;
              for (let r5 = 0; r5 < u2; ++r5) s3 = kb(e4[r5][1], s3, e4[r5][3]);
              return { distinct: r4, expr: s3, orderby: o3, separator: n3 };
            })(t3, n2, s2, i2, l2)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          else Ga = r3, r3 = u;
          return r3 === u && (r3 = Ga, (t3 = Pf()) === u && (t3 = null), t3 !== u && ab() !== u && (e3 = nc()) !== u && ab() !== u ? ((n2 = Al()) === u && (n2 = null), n2 !== u && ab() !== u ? ((o2 = dc()) === u && (o2 = null), o2 !== u ? ($a = r3, r3 = t3 = { distinct: t3, expr: e3, orderby: o2, separator: n2 }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u)), r3;
        }
        function Tl() {
          var t3, e3, n2;
          return t3 = Ga, (e3 = (function() {
            var t4;
            return "both" === r2.substr(Ga, 4).toLowerCase() ? (t4 = r2.substr(Ga, 4), Ga += 4) : (t4 = u, 0 === qa && Qa(qe)), t4 === u && ("leading" === r2.substr(Ga, 7).toLowerCase() ? (t4 = r2.substr(Ga, 7), Ga += 7) : (t4 = u, 0 === qa && Qa(We)), t4 === u && ("trailing" === r2.substr(Ga, 8).toLowerCase() ? (t4 = r2.substr(Ga, 8), Ga += 8) : (t4 = u, 0 === qa && Qa(Ye)))), t4;
          })()) === u && (e3 = null), e3 !== u && ab() !== u ? ((n2 = kc()) === u && (n2 = null), n2 !== u && ab() !== u && Lf() !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            let n3 = [];
            return r3 && n3.push({ type: "origin", value: r3 }), t4 && n3.push(t4), n3.push({ type: "origin", value: "from" }), { type: "expr_list", value: n3 };
          })(e3, n2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function _l() {
          var t3, e3, n2, o2;
          return t3 = Ga, "trim" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(Ve)), e3 !== u && ab() !== u && Jp() !== u && ab() !== u ? ((n2 = Tl()) === u && (n2 = null), n2 !== u && ab() !== u && (o2 = kc()) !== u && ab() !== u && rb() !== u ? ($a = t3, t3 = e3 = (function(r3, t4) {
            let e4 = r3 || { type: "expr_list", value: [] };
            return e4.value.push(t4), { type: "function", name: { name: [{ type: "origin", value: "trim" }] }, args: e4, ...Ob() };
          })(n2, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function jl() {
          var t3, e3, n2, o2;
          return t3 = Ga, "mode" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(et)), e3 !== u && ab() !== u ? ("=>" === r2.substr(Ga, 2) ? (n2 = "=>", Ga += 2) : (n2 = u, 0 === qa && Qa(gt)), n2 !== u && ab() !== u && (o2 = Bl()) !== u ? ($a = t3, t3 = e3 = (function(r3) {
            const t4 = /* @__PURE__ */ new Set(["object", "array", "both"]);
            if (!r3.value || !t4.has(r3.value.toLowerCase())) throw new Error((r3 && r3.value) + " is not valid mode in object, array and both");
            return r3.value = r3.value.toUpperCase(), { type: "mode", symbol: "=>", value: r3 };
          })(o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Sl() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = Ga, "input" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(Xe)), e4 !== u && ab() !== u ? ("=>" === r2.substr(Ga, 2) ? (n3 = "=>", Ga += 2) : (n3 = u, 0 === qa && Qa(gt)), n3 !== u && ab() !== u && (o3 = kc()) !== u ? ($a = t4, t4 = e4 = { type: "input", symbol: "=>", value: o3 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()) !== u ? (n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = (function() {
            var t4, e4, n3, o3;
            return t4 = Ga, "path" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(Qe)), e4 !== u && ab() !== u ? ("=>" === r2.substr(Ga, 2) ? (n3 = "=>", Ga += 2) : (n3 = u, 0 === qa && Qa(gt)), n3 !== u && ab() !== u && (o3 = Bl()) !== u ? ($a = t4, t4 = e4 = { type: "path", symbol: "=>", value: o3 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u), n2 === u && (n2 = null), n2 !== u ? (o2 = Ga, (s2 = ab()) !== u && (a2 = zp()) !== u && (i2 = ab()) !== u && (c2 = (function() {
            var t4, e4, n3, o3;
            return t4 = Ga, "outer" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(Ke)), e4 !== u && ab() !== u ? ("=>" === r2.substr(Ga, 2) ? (n3 = "=>", Ga += 2) : (n3 = u, 0 === qa && Qa(gt)), n3 !== u && ab() !== u && (o3 = Fl()) !== u ? ($a = t4, t4 = e4 = { type: "outer", symbol: "=>", value: o3 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()) !== u ? o2 = s2 = [s2, a2, i2, c2] : (Ga = o2, o2 = u), o2 === u && (o2 = null), o2 !== u ? (s2 = Ga, (a2 = ab()) !== u && (i2 = zp()) !== u && (c2 = ab()) !== u && (l2 = (function() {
            var t4, e4, n3, o3;
            return t4 = Ga, "recursive" === r2.substr(Ga, 9).toLowerCase() ? (e4 = r2.substr(Ga, 9), Ga += 9) : (e4 = u, 0 === qa && Qa(ze)), e4 !== u && ab() !== u ? ("=>" === r2.substr(Ga, 2) ? (n3 = "=>", Ga += 2) : (n3 = u, 0 === qa && Qa(gt)), n3 !== u && ab() !== u && (o3 = Fl()) !== u ? ($a = t4, t4 = e4 = { type: "recursive", symbol: "=>", value: o3 }) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()) !== u ? s2 = a2 = [a2, i2, c2, l2] : (Ga = s2, s2 = u), s2 === u && (s2 = null), s2 !== u ? (a2 = Ga, (i2 = ab()) !== u && (c2 = zp()) !== u && (l2 = ab()) !== u && (f2 = jl()) !== u ? a2 = i2 = [i2, c2, l2, f2] : (Ga = a2, a2 = u), a2 === u && (a2 = null), a2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4, n3, o3) {
            return { type: "flattern", input: r3, path: t4 && t4[3], outer: e4 && e4[3], recursive: n3 && n3[3], mode: o3 && o3[3] };
          })(e3, n2, o2, s2, a2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function xl() {
          var r3, t3;
          return r3 = Ga, $p() !== u && ab() !== u && (t3 = tl()) !== u ? ($a = r3, r3 = { type: "json_visitor", symbol: ":", expr: t3 }) : (Ga = r3, r3 = u), r3;
        }
        function Il() {
          var r3, t3, e3, n2, o2, s2;
          if (r3 = Ga, (t3 = xl()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = xl()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = xl()) !== u ? n2 = o2 = [o2, s2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = { type: "expr_list", value: Mb(t3, e3, 1) }) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function Rl() {
          var t3, e3, n2;
          return t3 = Ga, "position" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(Ze)), e3 !== u && ab() !== u && Jp() !== u && ab() !== u && (n2 = (function() {
            var r3, t4, e4, n3, o2, s2, a2, i2;
            return r3 = Ga, (t4 = Bl()) !== u && ab() !== u && Gf() !== u && ab() !== u && (e4 = kc()) !== u ? (n3 = Ga, (o2 = ab()) !== u && (s2 = Lf()) !== u && (a2 = ab()) !== u && (i2 = Yl()) !== u ? n3 = o2 = [o2, s2, a2, i2] : (Ga = n3, n3 = u), n3 === u && (n3 = null), n3 !== u ? ($a = r3, r3 = t4 = (function(r4, t5, e5) {
              let n4 = [r4, { type: "origin", value: "in" }, t5];
              return e5 && (n4.push({ type: "origin", value: "from" }), n4.push(e5[3])), { type: "expr_list", value: n4 };
            })(t4, e4, n3)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
          })()) !== u && ab() !== u && rb() !== u ? ($a = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: "position" }] }, separator: " ", args: n2, ...Ob() }) : (Ga = t3, t3 = u), t3;
        }
        function Ol() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          return (t3 = _l()) === u && (t3 = Rl()) === u && (t3 = Ga, "now" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(Je)), e3 !== u && ab() !== u && (n2 = Jp()) !== u && ab() !== u ? ((o2 = jc()) === u && (o2 = null), o2 !== u && ab() !== u && rb() !== u && ab() !== u ? ("at" === r2.substr(Ga, 2).toLowerCase() ? (s2 = r2.substr(Ga, 2), Ga += 2) : (s2 = u, 0 === qa && Qa(rn)), s2 !== u && ab() !== u && xp() !== u && ab() !== u ? ("zone" === r2.substr(Ga, 4).toLowerCase() ? (a2 = r2.substr(Ga, 4), Ga += 4) : (a2 = u, 0 === qa && Qa(tn)), a2 !== u && ab() !== u && (i2 = Bl()) !== u ? ($a = t3, c2 = e3, l2 = o2, (f2 = i2).prefix = "at time zone", t3 = e3 = { type: "function", name: { name: [{ type: "default", value: c2 }] }, args: l2 || { type: "expr_list", value: [] }, suffix: f2, ...Ob() }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "flatten" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(en)), e3 !== u && ab() !== u && (n2 = Jp()) !== u && ab() !== u && (o2 = Sl()) !== u && ab() !== u && rb() !== u ? ($a = t3, t3 = e3 = (function(r3, t4) {
            return { type: "flatten", name: { name: [{ type: "default", value: r3 }] }, args: t4, ...Ob() };
          })(e3, o2)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, (e3 = (function() {
            var t4;
            (t4 = kl()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "current_user" === r2.substr(Ga, 12).toLowerCase() ? (e4 = r2.substr(Ga, 12), Ga += 12) : (e4 = u, 0 === qa && Qa(rr));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "CURRENT_USER") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "user" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(ys));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "USER") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "session_user" === r2.substr(Ga, 12).toLowerCase() ? (e4 = r2.substr(Ga, 12), Ga += 12) : (e4 = u, 0 === qa && Qa(tr));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "SESSION_USER") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ga, "system_user" === r2.substr(Ga, 11).toLowerCase() ? (e4 = r2.substr(Ga, 11), Ga += 11) : (e4 = u, 0 === qa && Qa(qs));
              e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t5, t5 = e4 = "SYSTEM_USER") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              return t5;
            })()) === u && ("ntile" === r2.substr(Ga, 5).toLowerCase() ? (t4 = r2.substr(Ga, 5), Ga += 5) : (t4 = u, 0 === qa && Qa(jn)));
            return t4;
          })()) !== u && ab() !== u && (n2 = Jp()) !== u && ab() !== u ? ((o2 = jc()) === u && (o2 = null), o2 !== u && ab() !== u && rb() !== u && ab() !== u ? ((s2 = ml()) === u && (s2 = null), s2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: "function", name: { name: [{ type: "default", value: r3 }] }, args: t4 || { type: "expr_list", value: [] }, over: e4, ...Ob() };
          })(e3, o2, s2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = (function() {
            var r3, t4, e4, n3, o3;
            r3 = Ga, (t4 = Qf()) !== u && ab() !== u && Jp() !== u && ab() !== u && (e4 = Nl()) !== u && ab() !== u && Lf() !== u && ab() !== u ? ((n3 = Ip()) === u && (n3 = kp()) === u && (n3 = xp()) === u && (n3 = _p()), n3 === u && (n3 = null), n3 !== u && ab() !== u && (o3 = kc()) !== u && ab() !== u && rb() !== u ? ($a = r3, s3 = e4, a3 = n3, i3 = o3, t4 = { type: t4.toLowerCase(), args: { field: s3, cast_type: a3, source: i3 }, ...Ob() }, r3 = t4) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u);
            var s3, a3, i3;
            r3 === u && (r3 = Ga, (t4 = Qf()) !== u && ab() !== u && Jp() !== u && ab() !== u && (e4 = Nl()) !== u && ab() !== u && Lf() !== u && ab() !== u && (n3 = kc()) !== u && ab() !== u && (o3 = rb()) !== u ? ($a = r3, t4 = (function(r4, t5, e5) {
              return { type: r4.toLowerCase(), args: { field: t5, source: e5 }, ...Ob() };
            })(t4, e4, n3), r3 = t4) : (Ga = r3, r3 = u));
            return r3;
          })()) === u && (t3 = Ga, (e3 = kl()) !== u && ab() !== u ? ((n2 = wl()) === u && (n2 = null), n2 !== u ? ($a = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ...Ob() }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, "parse_json" === r2.substr(Ga, 10).toLowerCase() ? (e3 = r2.substr(Ga, 10), Ga += 10) : (e3 = u, 0 === qa && Qa(nn)), e3 !== u && ab() !== u && (n2 = Jp()) !== u && ab() !== u ? ((o2 = Uc()) === u && (o2 = null), o2 !== u && ab() !== u && rb() !== u && ab() !== u ? ((s2 = Il()) === u && (s2 = null), s2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: { name: [{ type: "default", value: r3 }] }, args: t4 || { type: "expr_list", value: [] }, suffix: e4, ...Ob() };
          })(e3, o2, s2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, (e3 = Lb()) !== u && ab() !== u && (n2 = Jp()) !== u && ab() !== u ? ((o2 = Uc()) === u && (o2 = null), o2 !== u && ab() !== u && rb() !== u && ab() !== u ? ((s2 = ml()) === u && (s2 = null), s2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, over: e4, ...Ob() };
          })(e3, o2, s2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u))))))), t3;
        }
        function Nl() {
          var t3, e3;
          return t3 = Ga, "century" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(on)), e3 === u && ("day" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(un)), e3 === u && ("date" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(sn)), e3 === u && ("decade" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(an)), e3 === u && ("dow" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(cn)), e3 === u && ("doy" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(ln)), e3 === u && ("epoch" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(fn)), e3 === u && ("hour" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(pn)), e3 === u && ("isodow" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(bn)), e3 === u && ("isoyear" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(vn)), e3 === u && ("microseconds" === r2.substr(Ga, 12).toLowerCase() ? (e3 = r2.substr(Ga, 12), Ga += 12) : (e3 = u, 0 === qa && Qa(dn)), e3 === u && ("millennium" === r2.substr(Ga, 10).toLowerCase() ? (e3 = r2.substr(Ga, 10), Ga += 10) : (e3 = u, 0 === qa && Qa(yn)), e3 === u && ("milliseconds" === r2.substr(Ga, 12).toLowerCase() ? (e3 = r2.substr(Ga, 12), Ga += 12) : (e3 = u, 0 === qa && Qa(hn)), e3 === u && ("minute" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(wn)), e3 === u && ("month" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(mn)), e3 === u && ("quarter" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(Ln)), e3 === u && ("second" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(Cn)), e3 === u && ("timezone" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(En)), e3 === u && ("timezone_hour" === r2.substr(Ga, 13).toLowerCase() ? (e3 = r2.substr(Ga, 13), Ga += 13) : (e3 = u, 0 === qa && Qa(An)), e3 === u && ("timezone_minute" === r2.substr(Ga, 15).toLowerCase() ? (e3 = r2.substr(Ga, 15), Ga += 15) : (e3 = u, 0 === qa && Qa(gn)), e3 === u && ("week" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(Tn)), e3 === u && ("year" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(_n))))))))))))))))))))))), e3 !== u && ($a = t3, e3 = e3), t3 = e3;
        }
        function kl() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ga, "current_date" === r2.substr(Ga, 12).toLowerCase() ? (e3 = r2.substr(Ga, 12), Ga += 12) : (e3 = u, 0 === qa && Qa(Is));
            e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t4, t4 = e3 = "CURRENT_DATE") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ga, "current_time" === r2.substr(Ga, 12).toLowerCase() ? (e3 = r2.substr(Ga, 12), Ga += 12) : (e3 = u, 0 === qa && Qa(Bs));
            e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t4, t4 = e3 = "CURRENT_TIME") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) === u && (t3 = Up()), t3;
        }
        function Ul() {
          var t3, e3, n2, o2;
          return t3 = Ga, 34 === r2.charCodeAt(Ga) ? (e3 = '"', Ga++) : (e3 = u, 0 === qa && Qa(ve)), e3 === u && (e3 = null), e3 !== u && (n2 = Tb()) !== u ? (34 === r2.charCodeAt(Ga) ? (o2 = '"', Ga++) : (o2 = u, 0 === qa && Qa(ve)), o2 === u && (o2 = null), o2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
            if (r3 && !e4 || !r3 && e4) throw new Error("double quoted not match");
            return r3 && e4 && (t4.quoted = '"'), t4;
          })(e3, n2, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Ml() {
          var r3, t3, e3, n2, o2, s2;
          if (r3 = Ga, t3 = [], e3 = Ga, (n2 = Gp()) !== u && (o2 = ab()) !== u && (s2 = Ul()) !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u), e3 !== u) for (; e3 !== u; ) t3.push(e3), e3 = Ga, (n2 = Gp()) !== u && (o2 = ab()) !== u && (s2 = Ul()) !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u);
          else t3 = u;
          return t3 !== u && ($a = r3, t3 = { symbol: "::", target: t3.map((r4) => r4[2]) }), r3 = t3;
        }
        function Pl() {
          var t3;
          return (t3 = Bl()) === u && (t3 = Yl()) === u && (t3 = Fl()) === u && (t3 = Gl()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = Ga, (e3 = xp()) === u && (e3 = _p()) === u && (e3 = Ip()) === u && (e3 = jp());
            if (e3 !== u) if (ab() !== u) {
              if (n2 = Ga, 39 === r2.charCodeAt(Ga) ? (o2 = "'", Ga++) : (o2 = u, 0 === qa && Qa(qr)), o2 !== u) {
                for (s2 = [], a2 = ql(); a2 !== u; ) s2.push(a2), a2 = ql();
                s2 !== u ? (39 === r2.charCodeAt(Ga) ? (a2 = "'", Ga++) : (a2 = u, 0 === qa && Qa(qr)), a2 !== u ? n2 = o2 = [o2, s2, a2] : (Ga = n2, n2 = u)) : (Ga = n2, n2 = u);
              } else Ga = n2, n2 = u;
              n2 !== u ? ($a = t4, i2 = n2, e3 = { type: e3.toLowerCase(), value: i2[1].join("") }, t4 = e3) : (Ga = t4, t4 = u);
            } else Ga = t4, t4 = u;
            else Ga = t4, t4 = u;
            var i2;
            if (t4 === u) if (t4 = Ga, (e3 = xp()) === u && (e3 = _p()) === u && (e3 = Ip()) === u && (e3 = jp()), e3 !== u) if (ab() !== u) {
              if (n2 = Ga, 34 === r2.charCodeAt(Ga) ? (o2 = '"', Ga++) : (o2 = u, 0 === qa && Qa(ve)), o2 !== u) {
                for (s2 = [], a2 = Hl(); a2 !== u; ) s2.push(a2), a2 = Hl();
                s2 !== u ? (34 === r2.charCodeAt(Ga) ? (a2 = '"', Ga++) : (a2 = u, 0 === qa && Qa(ve)), a2 !== u ? n2 = o2 = [o2, s2, a2] : (Ga = n2, n2 = u)) : (Ga = n2, n2 = u);
              } else Ga = n2, n2 = u;
              n2 !== u ? ($a = t4, e3 = (function(r3, t5) {
                return { type: r3.toLowerCase(), value: t5[1].join("") };
              })(e3, n2), t4 = e3) : (Ga = t4, t4 = u);
            } else Ga = t4, t4 = u;
            else Ga = t4, t4 = u;
            return t4;
          })()) === u && (t3 = Dl()), t3;
        }
        function Dl() {
          var r3, t3;
          return r3 = Ga, Xf() !== u && ab() !== u && tb() !== u && ab() !== u ? ((t3 = jc()) === u && (t3 = null), t3 !== u && ab() !== u && eb() !== u ? ($a = r3, r3 = { expr_list: t3 || { type: "origin", value: "" }, type: "array", keyword: "array", brackets: true }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function Gl() {
          var t3, e3;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ga, "null" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(oo));
            e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && ($a = t3, e3 = { type: "null", value: null }), t3 = e3;
        }
        function $l() {
          var t3, e3;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ga, "not null" === r2.substr(Ga, 8).toLowerCase() ? (e4 = r2.substr(Ga, 8), Ga += 8) : (e4 = u, 0 === qa && Qa(uo));
            e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && ($a = t3, e3 = { type: "not null", value: "not null" }), t3 = e3;
        }
        function Fl() {
          var t3, e3;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ga, "true" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(so));
            e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && ($a = t3, e3 = { type: "bool", value: true }), (t3 = e3) === u && (t3 = Ga, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ga, "false" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(co));
            e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t4 = e4 = [e4, n2] : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            return t4;
          })()) !== u && ($a = t3, e3 = { type: "bool", value: false }), t3 = e3), t3;
        }
        function Bl() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2;
          if (t3 = Ga, e3 = Ga, 39 === r2.charCodeAt(Ga) ? (n2 = "'", Ga++) : (n2 = u, 0 === qa && Qa(qr)), n2 !== u) {
            for (o2 = [], s2 = ql(); s2 !== u; ) o2.push(s2), s2 = ql();
            o2 !== u ? (39 === r2.charCodeAt(Ga) ? (s2 = "'", Ga++) : (s2 = u, 0 === qa && Qa(qr)), s2 !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u)) : (Ga = e3, e3 = u);
          } else Ga = e3, e3 = u;
          if (e3 !== u) {
            if (n2 = [], Sn.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(xn)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Sn.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(xn));
            else n2 = u;
            if (n2 !== u) if ((o2 = ab()) !== u) {
              if (s2 = Ga, 39 === r2.charCodeAt(Ga) ? (a2 = "'", Ga++) : (a2 = u, 0 === qa && Qa(qr)), a2 !== u) {
                for (i2 = [], c2 = ql(); c2 !== u; ) i2.push(c2), c2 = ql();
                i2 !== u ? (39 === r2.charCodeAt(Ga) ? (c2 = "'", Ga++) : (c2 = u, 0 === qa && Qa(qr)), c2 !== u ? s2 = a2 = [a2, i2, c2] : (Ga = s2, s2 = u)) : (Ga = s2, s2 = u);
              } else Ga = s2, s2 = u;
              s2 !== u ? ($a = t3, l2 = s2, t3 = e3 = { type: "single_quote_string", value: `${e3[1].join("")}${l2[1].join("")}`, ...Ob() }) : (Ga = t3, t3 = u);
            } else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
          } else Ga = t3, t3 = u;
          if (t3 === u) {
            if (t3 = Ga, e3 = Ga, 39 === r2.charCodeAt(Ga) ? (n2 = "'", Ga++) : (n2 = u, 0 === qa && Qa(qr)), n2 !== u) {
              for (o2 = [], s2 = ql(); s2 !== u; ) o2.push(s2), s2 = ql();
              o2 !== u ? (39 === r2.charCodeAt(Ga) ? (s2 = "'", Ga++) : (s2 = u, 0 === qa && Qa(qr)), s2 !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u)) : (Ga = e3, e3 = u);
            } else Ga = e3, e3 = u;
            if (e3 !== u && ($a = t3, e3 = (function(r3) {
              return { type: "single_quote_string", value: r3[1].join(""), ...Ob() };
            })(e3)), (t3 = e3) === u) {
              if (t3 = Ga, e3 = Ga, 34 === r2.charCodeAt(Ga) ? (n2 = '"', Ga++) : (n2 = u, 0 === qa && Qa(ve)), n2 !== u) {
                for (o2 = [], s2 = Hl(); s2 !== u; ) o2.push(s2), s2 = Hl();
                o2 !== u ? (34 === r2.charCodeAt(Ga) ? (s2 = '"', Ga++) : (s2 = u, 0 === qa && Qa(ve)), s2 !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u)) : (Ga = e3, e3 = u);
              } else Ga = e3, e3 = u;
              e3 !== u ? (n2 = Ga, qa++, o2 = Kp(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = (function(r3) {
                return { type: "double_quote_string", value: r3[1].join("") };
              })(e3)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u);
            }
          }
          return t3;
        }
        function Hl() {
          var t3;
          return In.test(r2.charAt(Ga)) ? (t3 = r2.charAt(Ga), Ga++) : (t3 = u, 0 === qa && Qa(Rn)), t3 === u && (t3 = Wl()), t3;
        }
        function ql() {
          var t3;
          return On.test(r2.charAt(Ga)) ? (t3 = r2.charAt(Ga), Ga++) : (t3 = u, 0 === qa && Qa(Nn)), t3 === u && (t3 = Wl()), t3;
        }
        function Wl() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2;
          return t3 = Ga, "\\'" === r2.substr(Ga, 2) ? (e3 = "\\'", Ga += 2) : (e3 = u, 0 === qa && Qa(kn)), e3 !== u && ($a = t3, e3 = "\\'"), (t3 = e3) === u && (t3 = Ga, '\\"' === r2.substr(Ga, 2) ? (e3 = '\\"', Ga += 2) : (e3 = u, 0 === qa && Qa(Un)), e3 !== u && ($a = t3, e3 = '\\"'), (t3 = e3) === u && (t3 = Ga, "\\\\" === r2.substr(Ga, 2) ? (e3 = "\\\\", Ga += 2) : (e3 = u, 0 === qa && Qa(Mn)), e3 !== u && ($a = t3, e3 = "\\\\"), (t3 = e3) === u && (t3 = Ga, "\\/" === r2.substr(Ga, 2) ? (e3 = "\\/", Ga += 2) : (e3 = u, 0 === qa && Qa(Pn)), e3 !== u && ($a = t3, e3 = "\\/"), (t3 = e3) === u && (t3 = Ga, "\\b" === r2.substr(Ga, 2) ? (e3 = "\\b", Ga += 2) : (e3 = u, 0 === qa && Qa(Dn)), e3 !== u && ($a = t3, e3 = "\b"), (t3 = e3) === u && (t3 = Ga, "\\f" === r2.substr(Ga, 2) ? (e3 = "\\f", Ga += 2) : (e3 = u, 0 === qa && Qa(Gn)), e3 !== u && ($a = t3, e3 = "\f"), (t3 = e3) === u && (t3 = Ga, "\\n" === r2.substr(Ga, 2) ? (e3 = "\\n", Ga += 2) : (e3 = u, 0 === qa && Qa($n)), e3 !== u && ($a = t3, e3 = "\n"), (t3 = e3) === u && (t3 = Ga, "\\r" === r2.substr(Ga, 2) ? (e3 = "\\r", Ga += 2) : (e3 = u, 0 === qa && Qa(Fn)), e3 !== u && ($a = t3, e3 = "\r"), (t3 = e3) === u && (t3 = Ga, "\\t" === r2.substr(Ga, 2) ? (e3 = "\\t", Ga += 2) : (e3 = u, 0 === qa && Qa(Bn)), e3 !== u && ($a = t3, e3 = "	"), (t3 = e3) === u && (t3 = Ga, "\\u" === r2.substr(Ga, 2) ? (e3 = "\\u", Ga += 2) : (e3 = u, 0 === qa && Qa(Hn)), e3 !== u && (n2 = Jl()) !== u && (o2 = Jl()) !== u && (s2 = Jl()) !== u && (a2 = Jl()) !== u ? ($a = t3, i2 = n2, c2 = o2, l2 = s2, f2 = a2, t3 = e3 = String.fromCharCode(parseInt("0x" + i2 + c2 + l2 + f2))) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, 92 === r2.charCodeAt(Ga) ? (e3 = "\\", Ga++) : (e3 = u, 0 === qa && Qa(qn)), e3 !== u && ($a = t3, e3 = "\\"), (t3 = e3) === u && (t3 = Ga, "''" === r2.substr(Ga, 2) ? (e3 = "''", Ga += 2) : (e3 = u, 0 === qa && Qa(Wn)), e3 !== u && ($a = t3, e3 = "''"), (t3 = e3) === u && (t3 = Ga, '""' === r2.substr(Ga, 2) ? (e3 = '""', Ga += 2) : (e3 = u, 0 === qa && Qa(Yn)), e3 !== u && ($a = t3, e3 = '""'), t3 = e3)))))))))))), t3;
        }
        function Yl() {
          var r3, t3, e3;
          return r3 = Ga, (t3 = Vl()) !== u && ($a = r3, t3 = (e3 = t3) && "bigint" === e3.type ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function Vl() {
          var r3, t3, e3, n2;
          return r3 = Ga, (t3 = Xl()) === u && (t3 = null), t3 !== u && (e3 = Ql()) !== u && (n2 = Kl()) !== u ? ($a = r3, r3 = t3 = { type: "bigint", value: (t3 || "") + e3 + n2 }) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = Xl()) === u && (t3 = null), t3 !== u && (e3 = Ql()) !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
            const e4 = (r4 || "") + t4;
            return r4 && Ub(r4) ? { type: "bigint", value: e4 } : parseFloat(e4).toFixed(t4.length - 1);
          })(t3, e3)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = Xl()) !== u && (e3 = Kl()) !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
            return { type: "bigint", value: r4 + t4 };
          })(t3, e3)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = Xl()) !== u && ($a = r3, t3 = (function(r4) {
            return Ub(r4) ? { type: "bigint", value: r4 } : parseFloat(r4);
          })(t3)), r3 = t3))), r3;
        }
        function Xl() {
          var t3, e3, n2;
          return (t3 = zl()) === u && (t3 = Zl()) === u && (t3 = Ga, 45 === r2.charCodeAt(Ga) ? (e3 = "-", Ga++) : (e3 = u, 0 === qa && Qa(Kt)), e3 === u && (43 === r2.charCodeAt(Ga) ? (e3 = "+", Ga++) : (e3 = u, 0 === qa && Qa(Qt))), e3 !== u && (n2 = zl()) !== u ? ($a = t3, t3 = e3 = e3 + n2) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, 45 === r2.charCodeAt(Ga) ? (e3 = "-", Ga++) : (e3 = u, 0 === qa && Qa(Kt)), e3 === u && (43 === r2.charCodeAt(Ga) ? (e3 = "+", Ga++) : (e3 = u, 0 === qa && Qa(Qt))), e3 !== u && (n2 = Zl()) !== u ? ($a = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (Ga = t3, t3 = u))), t3;
        }
        function Ql() {
          var t3, e3, n2;
          return t3 = Ga, 46 === r2.charCodeAt(Ga) ? (e3 = ".", Ga++) : (e3 = u, 0 === qa && Qa(Qn)), e3 !== u && (n2 = zl()) !== u ? ($a = t3, t3 = e3 = "." + n2) : (Ga = t3, t3 = u), t3;
        }
        function Kl() {
          var t3, e3, n2;
          return t3 = Ga, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ga, ro.test(r2.charAt(Ga)) ? (e4 = r2.charAt(Ga), Ga++) : (e4 = u, 0 === qa && Qa(to));
            e4 !== u ? (eo.test(r2.charAt(Ga)) ? (n3 = r2.charAt(Ga), Ga++) : (n3 = u, 0 === qa && Qa(no)), n3 === u && (n3 = null), n3 !== u ? ($a = t4, t4 = e4 = e4 + (null !== (o2 = n3) ? o2 : "")) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
            var o2;
            return t4;
          })()) !== u && (n2 = zl()) !== u ? ($a = t3, t3 = e3 = e3 + n2) : (Ga = t3, t3 = u), t3;
        }
        function zl() {
          var r3, t3, e3;
          if (r3 = Ga, t3 = [], (e3 = Zl()) !== u) for (; e3 !== u; ) t3.push(e3), e3 = Zl();
          else t3 = u;
          return t3 !== u && ($a = r3, t3 = t3.join("")), r3 = t3;
        }
        function Zl() {
          var t3;
          return Kn.test(r2.charAt(Ga)) ? (t3 = r2.charAt(Ga), Ga++) : (t3 = u, 0 === qa && Qa(zn)), t3;
        }
        function Jl() {
          var t3;
          return Zn.test(r2.charAt(Ga)) ? (t3 = r2.charAt(Ga), Ga++) : (t3 = u, 0 === qa && Qa(Jn)), t3;
        }
        function rf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "default" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(F)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function tf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "to" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(ao)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function ef() {
          var t3, e3, n2, o2;
          return t3 = Ga, "top" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(io)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function nf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "show" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(lo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function of() {
          var t3, e3, n2, o2;
          return t3 = Ga, "drop" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(fo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "DROP") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function uf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "alter" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(bo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function sf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "select" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(vo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function af() {
          var t3, e3, n2, o2;
          return t3 = Ga, "update" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(yo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function cf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "create" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(ho)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function lf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "temporary" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(wo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function ff() {
          var t3, e3, n2, o2;
          return t3 = Ga, "temp" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(mo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function pf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "delete" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(Lo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function bf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "insert" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(Co)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function vf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "recursive" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(ze)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "RECURSIVE") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function df() {
          var t3, e3, n2, o2;
          return t3 = Ga, "replace" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(Eo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function yf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "rename" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(go)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function hf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "ignore" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(Pe)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function wf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "partition" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(To)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "PARTITION") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function mf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "into" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(_o)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Lf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "from" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(jo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Cf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "set" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(kr)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "SET") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Ef() {
          var t3, e3, n2, o2;
          return t3 = Ga, "as" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(So)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Af() {
          var t3, e3, n2, o2;
          return t3 = Ga, "table" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(xo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "TABLE") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function gf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "schema" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(l)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "SCHEMA") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Tf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "on" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(Cr)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function _f() {
          var t3, e3, n2, o2;
          return t3 = Ga, "join" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(Do)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function jf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "outer" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(Ke)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Sf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "values" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa($o)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function xf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "using" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(Fo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function If() {
          var t3, e3, n2, o2;
          return t3 = Ga, "with" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(ht)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Rf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "group" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(Ho)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Of() {
          var t3, e3, n2, o2;
          return t3 = Ga, "by" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(qo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Nf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "order" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(Wo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function kf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "asc" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(zo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "ASC") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Uf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "desc" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(Zo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "DESC") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Mf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "all" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(Jo)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "ALL") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Pf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "distinct" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(ru)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "DISTINCT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Df() {
          var t3, e3, n2, o2;
          return t3 = Ga, "between" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(tu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "BETWEEN") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Gf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "in" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(Xr)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "IN") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function $f() {
          var t3, e3, n2, o2;
          return t3 = Ga, "is" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(eu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "IS") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Ff() {
          var t3, e3, n2, o2;
          return t3 = Ga, "like" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(nu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "LIKE") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Bf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "ilike" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(ou)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "ILIKE") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Hf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "exists" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(uu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "EXISTS") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function qf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "regexp" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(su)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "REGEXP") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Wf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "not" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(Tr)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "NOT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Yf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "and" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(au)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "AND") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Vf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "or" === r2.substr(Ga, 2).toLowerCase() ? (e3 = r2.substr(Ga, 2), Ga += 2) : (e3 = u, 0 === qa && Qa(iu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "OR") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Xf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "array" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(cu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "ARRAY") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Qf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "extract" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(wu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "EXTRACT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Kf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "case" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(Lu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function zf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "when" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(Cu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Zf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "end" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(gu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? t3 = e3 = [e3, n2] : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Jf() {
          var t3, e3, n2, o2;
          return t3 = Ga, "cast" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(Tu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "CAST") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function rp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "try_cast" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(_u)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "TRY_CAST") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function tp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "binary" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(ju)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "BINARY") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function ep() {
          var t3, e3, n2, o2;
          return t3 = Ga, "varbinary" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(Su)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "VARBINARY") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function np() {
          var t3, e3, n2, o2;
          return t3 = Ga, "char" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(Ru)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "CHAR") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function op() {
          var t3, e3, n2, o2;
          return t3 = Ga, "varchar" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(Ou)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "VARCHAR") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function up() {
          var t3, e3, n2, o2;
          return t3 = Ga, "number" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(Nu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "NUMBER") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function sp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "numeric" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(ku)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "NUMERIC") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function ap() {
          var t3, e3, n2, o2;
          return t3 = Ga, "decimal" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(Uu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "DECIMAL") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function ip() {
          var t3, e3, n2, o2;
          return t3 = Ga, "unsigned" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(Du)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "UNSIGNED") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function cp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "int" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(Gu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "INT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function lp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "byteint" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa($u)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "BYTEINT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function fp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "integer" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(Bu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "INTEGER") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function pp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "smallint" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(Vu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "SMALLINT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function bp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "serial" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(Xu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "SERIAL") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function vp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "tinyint" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(Qu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "TINYINT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function dp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "tinytext" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(Ku)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "TINYTEXT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function yp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "text" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(zu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "TEXT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function hp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "mediumtext" === r2.substr(Ga, 10).toLowerCase() ? (e3 = r2.substr(Ga, 10), Ga += 10) : (e3 = u, 0 === qa && Qa(Zu)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "MEDIUMTEXT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function wp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "longtext" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(Ju)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "LONGTEXT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function mp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "bigint" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(rs)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "BIGINT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Lp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "enum" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(ts)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "ENUM") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Cp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "float" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(es)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "FLOAT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Ep() {
          var t3, e3, n2, o2;
          return t3 = Ga, "float4" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(ns)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "FLOAT4") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Ap() {
          var t3, e3, n2, o2;
          return t3 = Ga, "float8" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(os)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "FLOAT8") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function gp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "bigserial" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(as)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "BIGSERIAL") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Tp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "real" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(is)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "REAL") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function _p() {
          var t3, e3, n2, o2;
          return t3 = Ga, "date" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(sn)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "DATE") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function jp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "datetime" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(cs)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "DATETIME") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Sp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "rows" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(ls)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "ROWS") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function xp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "time" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(fs)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "TIME") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Ip() {
          var t3, e3, n2, o2;
          return t3 = Ga, "timestamp" === r2.substr(Ga, 9).toLowerCase() ? (e3 = r2.substr(Ga, 9), Ga += 9) : (e3 = u, 0 === qa && Qa(ps)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "TIMESTAMP") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Rp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "timestamp_tz" === r2.substr(Ga, 12).toLowerCase() ? (e3 = r2.substr(Ga, 12), Ga += 12) : (e3 = u, 0 === qa && Qa(bs)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "TIMESTAMP_TZ") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Op() {
          var t3, e3, n2, o2;
          return t3 = Ga, "timestamp_ntz" === r2.substr(Ga, 13).toLowerCase() ? (e3 = r2.substr(Ga, 13), Ga += 13) : (e3 = u, 0 === qa && Qa(vs)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "TIMESTAMP_NTZ") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Np() {
          var t3, e3, n2, o2;
          return t3 = Ga, "truncate" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(ds)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "TRUNCATE") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function kp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "interval" === r2.substr(Ga, 8).toLowerCase() ? (e3 = r2.substr(Ga, 8), Ga += 8) : (e3 = u, 0 === qa && Qa(Rs)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "INTERVAL") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Up() {
          var t3, e3, n2, o2;
          return t3 = Ga, "current_timestamp" === r2.substr(Ga, 17).toLowerCase() ? (e3 = r2.substr(Ga, 17), Ga += 17) : (e3 = u, 0 === qa && Qa(Hs)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Mp() {
          var t3;
          return 36 === r2.charCodeAt(Ga) ? (t3 = "$", Ga++) : (t3 = u, 0 === qa && Qa(te)), t3;
        }
        function Pp() {
          var t3;
          return "$$" === r2.substr(Ga, 2) ? (t3 = "$$", Ga += 2) : (t3 = u, 0 === qa && Qa(ra)), t3;
        }
        function Dp() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "@@" === r2.substr(Ga, 2) ? (t4 = "@@", Ga += 2) : (t4 = u, 0 === qa && Qa(Js)), t4;
          })()) === u && (t3 = (function() {
            var t4;
            return 64 === r2.charCodeAt(Ga) ? (t4 = "@", Ga++) : (t4 = u, 0 === qa && Qa(Zs)), t4;
          })()) === u && (t3 = Mp()) === u && (t3 = Mp()), t3;
        }
        function Gp() {
          var t3;
          return "::" === r2.substr(Ga, 2) ? (t3 = "::", Ga += 2) : (t3 = u, 0 === qa && Qa(na)), t3;
        }
        function $p() {
          var t3;
          return 58 === r2.charCodeAt(Ga) ? (t3 = ":", Ga++) : (t3 = u, 0 === qa && Qa(_e)), t3;
        }
        function Fp() {
          var t3;
          return 61 === r2.charCodeAt(Ga) ? (t3 = "=", Ga++) : (t3 = u, 0 === qa && Qa(Ut)), t3;
        }
        function Bp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "add" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(ua)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "ADD") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Hp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "column" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(sa)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "COLUMN") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function qp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "index" === r2.substr(Ga, 5).toLowerCase() ? (e3 = r2.substr(Ga, 5), Ga += 5) : (e3 = u, 0 === qa && Qa(aa)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "INDEX") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Wp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "key" === r2.substr(Ga, 3).toLowerCase() ? (e3 = r2.substr(Ga, 3), Ga += 3) : (e3 = u, 0 === qa && Qa(M)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "KEY") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Yp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "unique" === r2.substr(Ga, 6).toLowerCase() ? (e3 = r2.substr(Ga, 6), Ga += 6) : (e3 = u, 0 === qa && Qa(U)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "UNIQUE") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Vp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "comment" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(la)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "COMMENT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Xp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "constraint" === r2.substr(Ga, 10).toLowerCase() ? (e3 = r2.substr(Ga, 10), Ga += 10) : (e3 = u, 0 === qa && Qa(fa)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "CONSTRAINT") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Qp() {
          var t3, e3, n2, o2;
          return t3 = Ga, "concurrently" === r2.substr(Ga, 12).toLowerCase() ? (e3 = r2.substr(Ga, 12), Ga += 12) : (e3 = u, 0 === qa && Qa(pa)), e3 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t3, t3 = e3 = "CONCURRENTLY") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Kp() {
          var t3;
          return 46 === r2.charCodeAt(Ga) ? (t3 = ".", Ga++) : (t3 = u, 0 === qa && Qa(Qn)), t3;
        }
        function zp() {
          var t3;
          return 44 === r2.charCodeAt(Ga) ? (t3 = ",", Ga++) : (t3 = u, 0 === qa && Qa(La)), t3;
        }
        function Zp() {
          var t3;
          return 42 === r2.charCodeAt(Ga) ? (t3 = "*", Ga++) : (t3 = u, 0 === qa && Qa(zt)), t3;
        }
        function Jp() {
          var t3;
          return 40 === r2.charCodeAt(Ga) ? (t3 = "(", Ga++) : (t3 = u, 0 === qa && Qa(at)), t3;
        }
        function rb() {
          var t3;
          return 41 === r2.charCodeAt(Ga) ? (t3 = ")", Ga++) : (t3 = u, 0 === qa && Qa(it)), t3;
        }
        function tb() {
          var t3;
          return 91 === r2.charCodeAt(Ga) ? (t3 = "[", Ga++) : (t3 = u, 0 === qa && Qa(Ca)), t3;
        }
        function eb() {
          var t3;
          return 93 === r2.charCodeAt(Ga) ? (t3 = "]", Ga++) : (t3 = u, 0 === qa && Qa(Ea)), t3;
        }
        function nb() {
          var t3;
          return 59 === r2.charCodeAt(Ga) ? (t3 = ";", Ga++) : (t3 = u, 0 === qa && Qa(st)), t3;
        }
        function ob() {
          var t3;
          return "->" === r2.substr(Ga, 2) ? (t3 = "->", Ga += 2) : (t3 = u, 0 === qa && Qa(Aa)), t3;
        }
        function ub() {
          var t3;
          return "->>" === r2.substr(Ga, 3) ? (t3 = "->>", Ga += 3) : (t3 = u, 0 === qa && Qa(ga)), t3;
        }
        function sb() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "||" === r2.substr(Ga, 2) ? (t4 = "||", Ga += 2) : (t4 = u, 0 === qa && Qa(re)), t4;
          })()) === u && (t3 = (function() {
            var t4;
            return "&&" === r2.substr(Ga, 2) ? (t4 = "&&", Ga += 2) : (t4 = u, 0 === qa && Qa(Ta)), t4;
          })()), t3;
        }
        function ab() {
          var r3, t3;
          for (r3 = [], (t3 = pb()) === u && (t3 = cb()); t3 !== u; ) r3.push(t3), (t3 = pb()) === u && (t3 = cb());
          return r3;
        }
        function ib() {
          var r3, t3;
          if (r3 = [], (t3 = pb()) === u && (t3 = cb()), t3 !== u) for (; t3 !== u; ) r3.push(t3), (t3 = pb()) === u && (t3 = cb());
          else r3 = u;
          return r3;
        }
        function cb() {
          var t3;
          return (t3 = (function t4() {
            var e3, n2, o2, s2, a2, i2, c2;
            e3 = Ga, "/*" === r2.substr(Ga, 2) ? (n2 = "/*", Ga += 2) : (n2 = u, 0 === qa && Qa(_a));
            if (n2 !== u) {
              for (o2 = [], s2 = Ga, a2 = Ga, qa++, "*/" === r2.substr(Ga, 2) ? (i2 = "*/", Ga += 2) : (i2 = u, 0 === qa && Qa(ja)), qa--, i2 === u ? a2 = void 0 : (Ga = a2, a2 = u), a2 !== u ? (i2 = Ga, qa++, "/*" === r2.substr(Ga, 2) ? (c2 = "/*", Ga += 2) : (c2 = u, 0 === qa && Qa(_a)), qa--, c2 === u ? i2 = void 0 : (Ga = i2, i2 = u), i2 !== u && (c2 = fb()) !== u ? s2 = a2 = [a2, i2, c2] : (Ga = s2, s2 = u)) : (Ga = s2, s2 = u), s2 === u && (s2 = t4()); s2 !== u; ) o2.push(s2), s2 = Ga, a2 = Ga, qa++, "*/" === r2.substr(Ga, 2) ? (i2 = "*/", Ga += 2) : (i2 = u, 0 === qa && Qa(ja)), qa--, i2 === u ? a2 = void 0 : (Ga = a2, a2 = u), a2 !== u ? (i2 = Ga, qa++, "/*" === r2.substr(Ga, 2) ? (c2 = "/*", Ga += 2) : (c2 = u, 0 === qa && Qa(_a)), qa--, c2 === u ? i2 = void 0 : (Ga = i2, i2 = u), i2 !== u && (c2 = fb()) !== u ? s2 = a2 = [a2, i2, c2] : (Ga = s2, s2 = u)) : (Ga = s2, s2 = u), s2 === u && (s2 = t4());
              o2 !== u ? ("*/" === r2.substr(Ga, 2) ? (s2 = "*/", Ga += 2) : (s2 = u, 0 === qa && Qa(ja)), s2 !== u ? e3 = n2 = [n2, o2, s2] : (Ga = e3, e3 = u)) : (Ga = e3, e3 = u);
            } else Ga = e3, e3 = u;
            return e3;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = Ga, "--" === r2.substr(Ga, 2) ? (e3 = "--", Ga += 2) : (e3 = u, 0 === qa && Qa(Sa));
            if (e3 !== u) {
              for (n2 = [], o2 = Ga, s2 = Ga, qa++, a2 = bb(), qa--, a2 === u ? s2 = void 0 : (Ga = s2, s2 = u), s2 !== u && (a2 = fb()) !== u ? o2 = s2 = [s2, a2] : (Ga = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = Ga, s2 = Ga, qa++, a2 = bb(), qa--, a2 === u ? s2 = void 0 : (Ga = s2, s2 = u), s2 !== u && (a2 = fb()) !== u ? o2 = s2 = [s2, a2] : (Ga = o2, o2 = u);
              n2 !== u ? t4 = e3 = [e3, n2] : (Ga = t4, t4 = u);
            } else Ga = t4, t4 = u;
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2;
            t4 = Ga, "//" === r2.substr(Ga, 2) ? (e3 = "//", Ga += 2) : (e3 = u, 0 === qa && Qa(xa));
            if (e3 !== u) {
              for (n2 = [], o2 = Ga, s2 = Ga, qa++, a2 = bb(), qa--, a2 === u ? s2 = void 0 : (Ga = s2, s2 = u), s2 !== u && (a2 = fb()) !== u ? o2 = s2 = [s2, a2] : (Ga = o2, o2 = u); o2 !== u; ) n2.push(o2), o2 = Ga, s2 = Ga, qa++, a2 = bb(), qa--, a2 === u ? s2 = void 0 : (Ga = s2, s2 = u), s2 !== u && (a2 = fb()) !== u ? o2 = s2 = [s2, a2] : (Ga = o2, o2 = u);
              n2 !== u ? t4 = e3 = [e3, n2] : (Ga = t4, t4 = u);
            } else Ga = t4, t4 = u;
            return t4;
          })()), t3;
        }
        function lb() {
          var r3, t3, e3, n2, o2, s2, a2;
          return r3 = Ga, (t3 = Vp()) !== u && ab() !== u ? ((e3 = Fp()) === u && (e3 = null), e3 !== u && ab() !== u && (n2 = Bl()) !== u ? ($a = r3, s2 = e3, a2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: s2, value: a2 }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function fb() {
          var t3;
          return r2.length > Ga ? (t3 = r2.charAt(Ga), Ga++) : (t3 = u, 0 === qa && Qa(Ia)), t3;
        }
        function pb() {
          var t3;
          return Ra.test(r2.charAt(Ga)) ? (t3 = r2.charAt(Ga), Ga++) : (t3 = u, 0 === qa && Qa(Oa)), t3;
        }
        function bb() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            t4 = Ga, qa++, r2.length > Ga ? (e4 = r2.charAt(Ga), Ga++) : (e4 = u, 0 === qa && Qa(Ia));
            qa--, e4 === u ? t4 = void 0 : (Ga = t4, t4 = u);
            return t4;
          })()) === u) if (t3 = [], Vn.test(r2.charAt(Ga)) ? (e3 = r2.charAt(Ga), Ga++) : (e3 = u, 0 === qa && Qa(Xn)), e3 !== u) for (; e3 !== u; ) t3.push(e3), Vn.test(r2.charAt(Ga)) ? (e3 = r2.charAt(Ga), Ga++) : (e3 = u, 0 === qa && Qa(Xn));
          else t3 = u;
          return t3;
        }
        function vb() {
          var t3, e3;
          return t3 = Ga, $a = Ga, Bb = [], (true ? void 0 : u) !== u && ab() !== u ? ((e3 = db()) === u && (e3 = (function() {
            var t4, e4;
            t4 = Ga, (function() {
              var t5;
              return "return" === r2.substr(Ga, 6).toLowerCase() ? (t5 = r2.substr(Ga, 6), Ga += 6) : (t5 = u, 0 === qa && Qa(ta)), t5;
            })() !== u && ab() !== u && (e4 = yb()) !== u ? ($a = t4, t4 = { type: "return", expr: e4 }) : (Ga = t4, t4 = u);
            return t4;
          })()), e3 !== u ? ($a = t3, t3 = { type: "proc", stmt: e3, vars: Bb }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function db() {
          var t3, e3, n2, o2;
          return t3 = Ga, (e3 = Ab()) === u && (e3 = gb()), e3 !== u && ab() !== u ? ((n2 = (function() {
            var t4;
            return ":=" === r2.substr(Ga, 2) ? (t4 = ":=", Ga += 2) : (t4 = u, 0 === qa && Qa(ea)), t4;
          })()) === u && (n2 = Fp()), n2 !== u && ab() !== u && (o2 = yb()) !== u ? ($a = t3, t3 = e3 = { type: "assign", left: e3, symbol: n2, right: o2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function yb() {
          var r3;
          return (r3 = Ri()) === u && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = Ga, (t3 = Ab()) !== u && ab() !== u && (e3 = tc()) !== u && ab() !== u && (n2 = Ab()) !== u && ab() !== u && (o2 = oc()) !== u ? ($a = r4, r4 = t3 = { type: "join", ltable: t3, rtable: n2, op: e3, on: o2 }) : (Ga = r4, r4 = u);
            return r4;
          })()) === u && (r3 = hb()) === u && (r3 = (function() {
            var r4, t3;
            r4 = Ga, tb() !== u && ab() !== u && (t3 = Eb()) !== u && ab() !== u && eb() !== u ? ($a = r4, r4 = { type: "array", value: t3 }) : (Ga = r4, r4 = u);
            return r4;
          })()), r3;
        }
        function hb() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = wb()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = qc()) !== u && (a2 = ab()) !== u && (i2 = wb()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = qc()) !== u && (a2 = ab()) !== u && (i2 = wb()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Gt(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function wb() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = mb()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = Yc()) !== u && (a2 = ab()) !== u && (i2 = mb()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = Yc()) !== u && (a2 = ab()) !== u && (i2 = mb()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Gt(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function mb() {
          var r3, t3, e3;
          return (r3 = Pl()) === u && (r3 = Ab()) === u && (r3 = Cb()) === u && (r3 = hl()) === u && (r3 = Ga, Jp() !== u && ab() !== u && (t3 = hb()) !== u && ab() !== u && rb() !== u ? ($a = r3, (e3 = t3).parentheses = true, r3 = e3) : (Ga = r3, r3 = u)), r3;
        }
        function Lb() {
          var r3, t3, e3, n2, o2, s2, a2;
          return r3 = Ga, (t3 = tl()) !== u ? (e3 = Ga, (n2 = ab()) !== u && (o2 = Kp()) !== u && (s2 = ab()) !== u && (a2 = tl()) !== u ? e3 = n2 = [n2, o2, s2, a2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? ($a = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { name: [r4] };
            return null !== t4 && (e4.schema = r4, e4.name = [t4[3]]), e4;
          })(t3, e3)) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3;
        }
        function Cb() {
          var r3, t3, e3;
          return r3 = Ga, (t3 = Lb()) !== u && ab() !== u && Jp() !== u && ab() !== u ? ((e3 = Eb()) === u && (e3 = null), e3 !== u && ab() !== u && rb() !== u ? ($a = r3, r3 = t3 = { type: "function", name: t3, args: { type: "expr_list", value: e3 }, ...Ob() }) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t3 = Lb()) !== u && ($a = r3, t3 = (function(r4) {
            return { type: "function", name: r4, args: null, ...Ob() };
          })(t3)), r3 = t3), r3;
        }
        function Eb() {
          var r3, t3, e3, n2, o2, s2, a2, i2;
          if (r3 = Ga, (t3 = mb()) !== u) {
            for (e3 = [], n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = mb()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u); n2 !== u; ) e3.push(n2), n2 = Ga, (o2 = ab()) !== u && (s2 = zp()) !== u && (a2 = ab()) !== u && (i2 = mb()) !== u ? n2 = o2 = [o2, s2, a2, i2] : (Ga = n2, n2 = u);
            e3 !== u ? ($a = r3, r3 = t3 = Mb(t3, e3)) : (Ga = r3, r3 = u);
          } else Ga = r3, r3 = u;
          return r3;
        }
        function Ab() {
          var t3, e3, n2, o2, s2, a2, i2;
          if (t3 = Ga, (e3 = Pp()) !== u) {
            for (n2 = [], Na.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(ka)); o2 !== u; ) n2.push(o2), Na.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(ka));
            n2 !== u && (o2 = Pp()) !== u ? ($a = t3, t3 = e3 = { type: "var", name: n2.join(""), prefix: "$$", suffix: "$$" }) : (Ga = t3, t3 = u);
          } else Ga = t3, t3 = u;
          if (t3 === u) {
            if (t3 = Ga, (e3 = Mp()) !== u) if ((n2 = fl()) !== u) if ((o2 = Mp()) !== u) {
              for (s2 = [], Na.test(r2.charAt(Ga)) ? (a2 = r2.charAt(Ga), Ga++) : (a2 = u, 0 === qa && Qa(ka)); a2 !== u; ) s2.push(a2), Na.test(r2.charAt(Ga)) ? (a2 = r2.charAt(Ga), Ga++) : (a2 = u, 0 === qa && Qa(ka));
              s2 !== u && (a2 = Mp()) !== u && (i2 = fl()) !== u ? ($a = Ga, ((function(r3, t4, e4) {
                if (r3 !== e4) return true;
              })(n2, 0, i2) ? u : void 0) !== u && Mp() !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
                return { type: "var", name: t4.join(""), prefix: `$${r3}$`, suffix: `$${e4}$` };
              })(n2, s2, i2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u);
            } else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
            t3 === u && (t3 = Ga, (e3 = Dp()) !== u && (n2 = gb()) !== u ? ($a = t3, t3 = e3 = (function(r3, t4) {
              return { type: "var", ...t4, prefix: r3 };
            })(e3, n2)) : (Ga = t3, t3 = u));
          }
          return t3;
        }
        function gb() {
          var t3, e3, n2, o2, s2;
          return t3 = Ga, 34 === r2.charCodeAt(Ga) ? (e3 = '"', Ga++) : (e3 = u, 0 === qa && Qa(ve)), e3 === u && (e3 = null), e3 !== u && (n2 = bl()) !== u && (o2 = (function() {
            var t4, e4, n3, o3, s3;
            t4 = Ga, e4 = [], n3 = Ga, 46 === r2.charCodeAt(Ga) ? (o3 = ".", Ga++) : (o3 = u, 0 === qa && Qa(Qn));
            o3 !== u && (s3 = bl()) !== u ? n3 = o3 = [o3, s3] : (Ga = n3, n3 = u);
            for (; n3 !== u; ) e4.push(n3), n3 = Ga, 46 === r2.charCodeAt(Ga) ? (o3 = ".", Ga++) : (o3 = u, 0 === qa && Qa(Qn)), o3 !== u && (s3 = bl()) !== u ? n3 = o3 = [o3, s3] : (Ga = n3, n3 = u);
            e4 !== u && ($a = t4, e4 = (function(r3) {
              const t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4));
            return t4 = e4;
          })()) !== u ? (34 === r2.charCodeAt(Ga) ? (s2 = '"', Ga++) : (s2 = u, 0 === qa && Qa(ve)), s2 === u && (s2 = null), s2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            if (r3 && !n3 || !r3 && n3) throw new Error("double quoted not match");
            return Bb.push(t4), { type: "var", name: t4, members: e4, quoted: r3 && n3 ? '"' : null, prefix: null };
          })(e3, n2, o2, s2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3 === u && (t3 = Ga, (e3 = Yl()) !== u && ($a = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function Tb() {
          var t3;
          return (t3 = (function() {
            var r3, t4, e3;
            r3 = Ga, (t4 = xb()) === u && (t4 = _b());
            t4 !== u && ab() !== u && tb() !== u && ab() !== u && (e3 = eb()) !== u && ab() !== u && tb() !== u && ab() !== u && eb() !== u ? ($a = r3, n2 = t4, t4 = { ...n2, array: { dimension: 2 } }, r3 = t4) : (Ga = r3, r3 = u);
            var n2;
            r3 === u && (r3 = Ga, (t4 = xb()) === u && (t4 = _b()), t4 !== u && ab() !== u && tb() !== u && ab() !== u ? ((e3 = Yl()) === u && (e3 = null), e3 !== u && ab() !== u && eb() !== u ? ($a = r3, t4 = (function(r4, t5) {
              return { ...r4, array: { dimension: 1, length: [t5] } };
            })(t4, e3), r3 = t4) : (Ga = r3, r3 = u)) : (Ga = r3, r3 = u), r3 === u && (r3 = Ga, (t4 = xb()) === u && (t4 = _b()), t4 !== u && ab() !== u && Xf() !== u ? ($a = r3, t4 = (function(r4) {
              return { ...r4, array: { keyword: "array" } };
            })(t4), r3 = t4) : (Ga = r3, r3 = u)));
            return r3;
          })()) === u && (t3 = _b()) === u && (t3 = xb()) === u && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ga, (e3 = _p()) === u && (e3 = jp()) === u && (e3 = Rp()) === u && (e3 = Op());
            if (e3 !== u) if (ab() !== u) if (Jp() !== u) if (ab() !== u) {
              if (n2 = [], Kn.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(zn)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Kn.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(zn));
              else n2 = u;
              n2 !== u && (o2 = ab()) !== u && rb() !== u ? ($a = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (Ga = t4, t4 = u);
            } else Ga = t4, t4 = u;
            else Ga = t4, t4 = u;
            else Ga = t4, t4 = u;
            else Ga = t4, t4 = u;
            t4 === u && (t4 = Ga, (e3 = _p()) === u && (e3 = jp()) === u && (e3 = Rp()) === u && (e3 = Op()), e3 !== u && ($a = t4, e3 = Da(e3)), (t4 = e3) === u && (t4 = (function() {
              var t5, e4, n3, o3, s2, a2;
              t5 = Ga, (e4 = xp()) === u && (e4 = Ip());
              if (e4 !== u) if (ab() !== u) if ((n3 = Jp()) !== u) if (ab() !== u) {
                if (o3 = [], Kn.test(r2.charAt(Ga)) ? (s2 = r2.charAt(Ga), Ga++) : (s2 = u, 0 === qa && Qa(zn)), s2 !== u) for (; s2 !== u; ) o3.push(s2), Kn.test(r2.charAt(Ga)) ? (s2 = r2.charAt(Ga), Ga++) : (s2 = u, 0 === qa && Qa(zn));
                else o3 = u;
                o3 !== u && (s2 = ab()) !== u && rb() !== u && ab() !== u ? ((a2 = Ib()) === u && (a2 = null), a2 !== u ? ($a = t5, e4 = (function(r3, t6, e5) {
                  return { dataType: r3, length: parseInt(t6.join(""), 10), parentheses: true, suffix: e5 };
                })(e4, o3, a2), t5 = e4) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u);
              } else Ga = t5, t5 = u;
              else Ga = t5, t5 = u;
              else Ga = t5, t5 = u;
              else Ga = t5, t5 = u;
              t5 === u && (t5 = Ga, (e4 = xp()) === u && (e4 = Ip()), e4 !== u && ab() !== u ? ((n3 = Ib()) === u && (n3 = null), n3 !== u ? ($a = t5, e4 = /* @__PURE__ */ (function(r3, t6) {
                return { dataType: r3, suffix: t6 };
              })(e4, n3), t5 = e4) : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u));
              return t5;
            })()));
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ga, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "json" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(Hu)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "JSON") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "jsonb" === r2.substr(Ga, 5).toLowerCase() ? (e4 = r2.substr(Ga, 5), Ga += 5) : (e4 = u, 0 === qa && Qa(qu)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "JSONB") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })());
            e3 !== u && ($a = t4, e3 = Da(e3));
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ga, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "geometry" === r2.substr(Ga, 8).toLowerCase() ? (e4 = r2.substr(Ga, 8), Ga += 8) : (e4 = u, 0 === qa && Qa(Wu)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "GEOMETRY") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) !== u && ($a = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var r3, t4;
            r3 = Ga, (t4 = dp()) === u && (t4 = yp()) === u && (t4 = hp()) === u && (t4 = wp());
            t4 !== u && tb() !== u && ab() !== u && eb() !== u ? ($a = r3, r3 = t4 = { dataType: t4 + "[]" }) : (Ga = r3, r3 = u);
            r3 === u && (r3 = Ga, (t4 = dp()) === u && (t4 = yp()) === u && (t4 = hp()) === u && (t4 = wp()), t4 !== u && ($a = r3, t4 = /* @__PURE__ */ (function(r4) {
              return { dataType: r4 };
            })(t4)), r3 = t4);
            return r3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ga, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "uuid" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(hs)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "UUID") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) !== u && ($a = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ga, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "bool" === r2.substr(Ga, 4).toLowerCase() ? (e4 = r2.substr(Ga, 4), Ga += 4) : (e4 = u, 0 === qa && Qa(xu)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "BOOL") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "boolean" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(Iu)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "BOOLEAN") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })());
            e3 !== u && ($a = t4, e3 = Ua(e3));
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var r3, t4, e3;
            r3 = Ga, (t4 = Lp()) !== u && ab() !== u && (e3 = _c()) !== u ? ($a = r3, n2 = t4, (o2 = e3).parentheses = true, r3 = t4 = { dataType: n2, expr: o2 }) : (Ga = r3, r3 = u);
            var n2, o2;
            return r3;
          })()) === u && (t3 = (function() {
            var r3, t4;
            r3 = Ga, (t4 = bp()) === u && (t4 = kp());
            t4 !== u && ($a = r3, t4 = Da(t4));
            return r3 = t4;
          })()) === u && (t3 = (function() {
            var t4, e3, n2, o2, s2, a2, i2, c2, l2;
            t4 = Ga, (e3 = tp()) === u && (e3 = ep());
            if (e3 !== u) if (ab() !== u) if (Jp() !== u) if (ab() !== u) {
              if (n2 = [], Kn.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(zn)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Kn.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(zn));
              else n2 = u;
              if (n2 !== u) if ((o2 = ab()) !== u) {
                if (s2 = Ga, (a2 = zp()) !== u) if ((i2 = ab()) !== u) {
                  if (c2 = [], Kn.test(r2.charAt(Ga)) ? (l2 = r2.charAt(Ga), Ga++) : (l2 = u, 0 === qa && Qa(zn)), l2 !== u) for (; l2 !== u; ) c2.push(l2), Kn.test(r2.charAt(Ga)) ? (l2 = r2.charAt(Ga), Ga++) : (l2 = u, 0 === qa && Qa(zn));
                  else c2 = u;
                  c2 !== u ? s2 = a2 = [a2, i2, c2] : (Ga = s2, s2 = u);
                } else Ga = s2, s2 = u;
                else Ga = s2, s2 = u;
                s2 === u && (s2 = null), s2 !== u && (a2 = ab()) !== u && (i2 = rb()) !== u && (c2 = ab()) !== u ? ((l2 = jb()) === u && (l2 = null), l2 !== u ? ($a = t4, f2 = s2, p2 = l2, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), scale: f2 && parseInt(f2[2].join(""), 10), parentheses: true, suffix: p2 }, t4 = e3) : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u);
              } else Ga = t4, t4 = u;
              else Ga = t4, t4 = u;
            } else Ga = t4, t4 = u;
            else Ga = t4, t4 = u;
            else Ga = t4, t4 = u;
            else Ga = t4, t4 = u;
            var f2, p2;
            t4 === u && (t4 = Ga, (e3 = tp()) === u && (e3 = ep()), e3 !== u && ($a = t4, e3 = /* @__PURE__ */ (function(r3) {
              return { dataType: r3 };
            })(e3)), t4 = e3);
            return t4;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ga, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "geography" === r2.substr(Ga, 9).toLowerCase() ? (e4 = r2.substr(Ga, 9), Ga += 9) : (e4 = u, 0 === qa && Qa(Yu)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "GEOGRAPHY") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) !== u && ($a = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === u && (t3 = (function() {
            var t4, e3;
            t4 = Ga, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "oid" === r2.substr(Ga, 3).toLowerCase() ? (e4 = r2.substr(Ga, 3), Ga += 3) : (e4 = u, 0 === qa && Qa(ws)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "OID") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regclass" === r2.substr(Ga, 8).toLowerCase() ? (e4 = r2.substr(Ga, 8), Ga += 8) : (e4 = u, 0 === qa && Qa(ms)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGCLASS") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regcollation" === r2.substr(Ga, 12).toLowerCase() ? (e4 = r2.substr(Ga, 12), Ga += 12) : (e4 = u, 0 === qa && Qa(Ls)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGCOLLATION") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regconfig" === r2.substr(Ga, 9).toLowerCase() ? (e4 = r2.substr(Ga, 9), Ga += 9) : (e4 = u, 0 === qa && Qa(Cs)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGCONFIG") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regdictionary" === r2.substr(Ga, 13).toLowerCase() ? (e4 = r2.substr(Ga, 13), Ga += 13) : (e4 = u, 0 === qa && Qa(Es)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGDICTIONARY") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regnamespace" === r2.substr(Ga, 12).toLowerCase() ? (e4 = r2.substr(Ga, 12), Ga += 12) : (e4 = u, 0 === qa && Qa(As)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGNAMESPACE") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regoper" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(gs)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGOPER") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regoperator" === r2.substr(Ga, 11).toLowerCase() ? (e4 = r2.substr(Ga, 11), Ga += 11) : (e4 = u, 0 === qa && Qa(Ts)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGOPERATOR") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regproc" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(_s)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGPROC") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regprocedure" === r2.substr(Ga, 12).toLowerCase() ? (e4 = r2.substr(Ga, 12), Ga += 12) : (e4 = u, 0 === qa && Qa(js)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGPROCEDURE") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regrole" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(Ss)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGROLE") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })()) === u && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ga, "regtype" === r2.substr(Ga, 7).toLowerCase() ? (e4 = r2.substr(Ga, 7), Ga += 7) : (e4 = u, 0 === qa && Qa(xs)), e4 !== u ? (n2 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n2 = void 0 : (Ga = n2, n2 = u), n2 !== u ? ($a = t5, t5 = e4 = "REGTYPE") : (Ga = t5, t5 = u)) : (Ga = t5, t5 = u), t5;
            })());
            e3 !== u && ($a = t4, e3 = Ua(e3));
            return t4 = e3;
          })()), t3;
        }
        function _b() {
          var t3, e3, n2, o2;
          if (t3 = Ga, (e3 = np()) === u && (e3 = op()), e3 !== u) if (ab() !== u) if (Jp() !== u) if (ab() !== u) {
            if (n2 = [], Kn.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(zn)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Kn.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(zn));
            else n2 = u;
            n2 !== u && (o2 = ab()) !== u && rb() !== u ? ($a = t3, t3 = e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }) : (Ga = t3, t3 = u);
          } else Ga = t3, t3 = u;
          else Ga = t3, t3 = u;
          else Ga = t3, t3 = u;
          else Ga = t3, t3 = u;
          return t3 === u && (t3 = Ga, (e3 = np()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = Ga, "character" === r2.substr(Ga, 9).toLowerCase() ? (e4 = r2.substr(Ga, 9), Ga += 9) : (e4 = u, 0 === qa && Qa(Nr)), e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "CHARACTER") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()) === u && (e3 = op()) === u && (e3 = (function() {
            var t4, e4, n3, o3;
            return t4 = Ga, "string" === r2.substr(Ga, 6).toLowerCase() ? (e4 = r2.substr(Ga, 6), Ga += 6) : (e4 = u, 0 === qa && Qa(Mu)), e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "STRING") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()), e3 !== u && ($a = t3, e3 = /* @__PURE__ */ (function(r3) {
            return { dataType: r3 };
          })(e3)), t3 = e3), t3;
        }
        function jb() {
          var t3, e3, n2;
          return t3 = Ga, (e3 = ip()) === u && (e3 = null), e3 !== u && ab() !== u ? ((n2 = (function() {
            var t4, e4, n3, o2;
            return t4 = Ga, "zerofill" === r2.substr(Ga, 8).toLowerCase() ? (e4 = r2.substr(Ga, 8), Ga += 8) : (e4 = u, 0 === qa && Qa(Fu)), e4 !== u ? (n3 = Ga, qa++, o2 = vl(), qa--, o2 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "ZEROFILL") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()) === u && (n2 = null), n2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push(r3), t4 && e4.push(t4), e4;
          })(e3, n2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function Sb() {
          var t3, e3, n2, o2;
          return t3 = Ga, (function() {
            var t4, e4, n3, o3;
            return t4 = Ga, "double" === r2.substr(Ga, 6).toLowerCase() ? (e4 = r2.substr(Ga, 6), Ga += 6) : (e4 = u, 0 === qa && Qa(us)), e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "DOUBLE") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })() !== u ? (e3 = Ga, (n2 = ab()) !== u && (o2 = (function() {
            var t4, e4, n3, o3;
            return t4 = Ga, "precision" === r2.substr(Ga, 9).toLowerCase() ? (e4 = r2.substr(Ga, 9), Ga += 9) : (e4 = u, 0 === qa && Qa(ss)), e4 !== u ? (n3 = Ga, qa++, o3 = vl(), qa--, o3 === u ? n3 = void 0 : (Ga = n3, n3 = u), n3 !== u ? ($a = t4, t4 = e4 = "PRECISION") : (Ga = t4, t4 = u)) : (Ga = t4, t4 = u), t4;
          })()) !== u ? e3 = n2 = [n2, o2] : (Ga = e3, e3 = u), e3 === u && (e3 = null), e3 !== u ? ($a = t3, t3 = e3 ? "DOUBLE PRECISION" : "DOUBLE") : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        function xb() {
          var t3, e3, n2, o2, s2, a2, i2, c2, l2, f2, p2, b2, v2, d2;
          if (t3 = Ga, (e3 = up()) === u && (e3 = ap()) === u && (e3 = cp()) === u && (e3 = lp()) === u && (e3 = fp()) === u && (e3 = sp()) === u && (e3 = pp()) === u && (e3 = vp()) === u && (e3 = mp()) === u && (e3 = Cp()) === u && (e3 = Ep()) === u && (e3 = Ap()) === u && (e3 = Sb()) === u && (e3 = bp()) === u && (e3 = gp()) === u && (e3 = Tp()), e3 !== u) if ((n2 = ab()) !== u) if ((o2 = Jp()) !== u) if ((s2 = ab()) !== u) {
            if (a2 = [], Kn.test(r2.charAt(Ga)) ? (i2 = r2.charAt(Ga), Ga++) : (i2 = u, 0 === qa && Qa(zn)), i2 !== u) for (; i2 !== u; ) a2.push(i2), Kn.test(r2.charAt(Ga)) ? (i2 = r2.charAt(Ga), Ga++) : (i2 = u, 0 === qa && Qa(zn));
            else a2 = u;
            if (a2 !== u) if ((i2 = ab()) !== u) {
              if (c2 = Ga, (l2 = zp()) !== u) if ((f2 = ab()) !== u) {
                if (p2 = [], Kn.test(r2.charAt(Ga)) ? (b2 = r2.charAt(Ga), Ga++) : (b2 = u, 0 === qa && Qa(zn)), b2 !== u) for (; b2 !== u; ) p2.push(b2), Kn.test(r2.charAt(Ga)) ? (b2 = r2.charAt(Ga), Ga++) : (b2 = u, 0 === qa && Qa(zn));
                else p2 = u;
                p2 !== u ? c2 = l2 = [l2, f2, p2] : (Ga = c2, c2 = u);
              } else Ga = c2, c2 = u;
              else Ga = c2, c2 = u;
              c2 === u && (c2 = null), c2 !== u && (l2 = ab()) !== u && (f2 = rb()) !== u && (p2 = ab()) !== u ? ((b2 = jb()) === u && (b2 = null), b2 !== u ? ($a = t3, v2 = c2, d2 = b2, t3 = e3 = { dataType: e3, length: parseInt(a2.join(""), 10), scale: v2 && parseInt(v2[2].join(""), 10), parentheses: true, suffix: d2 }) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u);
            } else Ga = t3, t3 = u;
            else Ga = t3, t3 = u;
          } else Ga = t3, t3 = u;
          else Ga = t3, t3 = u;
          else Ga = t3, t3 = u;
          else Ga = t3, t3 = u;
          if (t3 === u) {
            if (t3 = Ga, (e3 = up()) === u && (e3 = ap()) === u && (e3 = cp()) === u && (e3 = lp()) === u && (e3 = fp()) === u && (e3 = sp()) === u && (e3 = pp()) === u && (e3 = vp()) === u && (e3 = mp()) === u && (e3 = Cp()) === u && (e3 = Ep()) === u && (e3 = Ap()) === u && (e3 = Sb()) === u && (e3 = bp()) === u && (e3 = gp()) === u && (e3 = Tp()), e3 !== u) {
              if (n2 = [], Kn.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(zn)), o2 !== u) for (; o2 !== u; ) n2.push(o2), Kn.test(r2.charAt(Ga)) ? (o2 = r2.charAt(Ga), Ga++) : (o2 = u, 0 === qa && Qa(zn));
              else n2 = u;
              n2 !== u && (o2 = ab()) !== u ? ((s2 = jb()) === u && (s2 = null), s2 !== u ? ($a = t3, t3 = e3 = (function(r3, t4, e4) {
                return { dataType: r3, length: parseInt(t4.join(""), 10), suffix: e4 };
              })(e3, n2, s2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u);
            } else Ga = t3, t3 = u;
            t3 === u && (t3 = Ga, (e3 = up()) === u && (e3 = ap()) === u && (e3 = cp()) === u && (e3 = lp()) === u && (e3 = fp()) === u && (e3 = sp()) === u && (e3 = pp()) === u && (e3 = vp()) === u && (e3 = mp()) === u && (e3 = Cp()) === u && (e3 = Ep()) === u && (e3 = Ap()) === u && (e3 = Sb()) === u && (e3 = bp()) === u && (e3 = gp()) === u && (e3 = Tp()), e3 !== u && (n2 = ab()) !== u ? ((o2 = jb()) === u && (o2 = null), o2 !== u && (s2 = ab()) !== u ? ($a = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4) {
              return { dataType: r3, suffix: t4 };
            })(e3, o2)) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u));
          }
          return t3;
        }
        function Ib() {
          var t3, e3, n2;
          return t3 = Ga, "without" === r2.substr(Ga, 7).toLowerCase() ? (e3 = r2.substr(Ga, 7), Ga += 7) : (e3 = u, 0 === qa && Qa(Ma)), e3 === u && ("with" === r2.substr(Ga, 4).toLowerCase() ? (e3 = r2.substr(Ga, 4), Ga += 4) : (e3 = u, 0 === qa && Qa(ht))), e3 !== u && ab() !== u && xp() !== u && ab() !== u ? ("zone" === r2.substr(Ga, 4).toLowerCase() ? (n2 = r2.substr(Ga, 4), Ga += 4) : (n2 = u, 0 === qa && Qa(Pa)), n2 !== u ? ($a = t3, t3 = e3 = [e3.toUpperCase(), "TIME", "ZONE"]) : (Ga = t3, t3 = u)) : (Ga = t3, t3 = u), t3;
        }
        const Rb = { ALTER: true, ALL: true, ADD: true, AND: true, AS: true, ASC: true, BETWEEN: true, BY: true, CALL: true, CASE: true, CREATE: true, CONTAINS: true, CURRENT_DATE: true, CURRENT_TIME: true, CURRENT_TIMESTAMP: true, CURRENT_USER: true, DELETE: true, DESC: true, DISTINCT: true, DROP: true, ELSE: true, END: true, EXISTS: true, EXPLAIN: true, FALSE: true, FROM: true, FULL: true, GROUP: true, HAVING: true, IN: true, INNER: true, INSERT: true, INTO: true, IS: true, JOIN: true, JSON: true, LEFT: true, LIKE: true, LIMIT: true, NOT: true, NULL: true, NULLS: true, OFFSET: true, ON: true, OR: true, ORDER: true, OUTER: true, QUALIFY: true, RECURSIVE: true, RENAME: true, RIGHT: true, SELECT: true, SESSION_USER: true, SET: true, SHOW: true, SYSTEM_USER: true, TABLE: true, THEN: true, TRUE: true, TRUNCATE: true, UNION: true, UPDATE: true, USING: true, WITH: true, WHEN: true, WHERE: true, WINDOW: true, GLOBAL: true, SESSION: true, LOCAL: true, PERSIST: true, PERSIST_ONLY: true, PIVOT: true, UNPIVOT: true };
        function Ob() {
          return t2.includeLocations ? { loc: Xa($a, Ga) } : {};
        }
        function Nb(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function kb(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3, ...Ob() };
        }
        function Ub(r3) {
          const t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function Mb(r3, t3, e3 = 3) {
          const n2 = [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function Pb(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = kb(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function Db(r3) {
          const t3 = Wb[r3];
          return t3 || (r3 || null);
        }
        function Gb(r3) {
          const t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            const r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = Db(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        function $b(r3) {
          return "string" == typeof r3 ? { type: "same", value: r3 } : r3;
        }
        function Fb(r3) {
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
        let Bb = [];
        const Hb = /* @__PURE__ */ new Set(), qb = /* @__PURE__ */ new Set(), Wb = {};
        if ((e2 = a()) !== u && Ga === r2.length) return e2;
        throw e2 !== u && Ga < r2.length && Qa({ type: "end" }), Ka(Ha, Ba < r2.length ? r2.charAt(Ba) : null, Ba < r2.length ? Xa(Ba, Ba + 1) : Xa(Ba, Ba));
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
        return T;
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
        return _;
      }));
      var u = { database: "snowflake", type: "table", trimQuery: true, parseOptions: { includeLocations: false } }, s = u;
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
      function T(r2) {
        if (r2) {
          var t2 = [], e2 = r2.keyword, n2 = r2.symbol, o2 = r2.value;
          return t2.push(e2.toUpperCase()), n2 && t2.push(n2), t2.push(m(o2)), t2.join(" ");
        }
      }
      function _(r2) {
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
              u2.shift(), u2.push(T(r2));
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
        var o2 = r2.right.escape || {}, u2 = Array.isArray(r2.left) ? r2.left.map(lt).join(", ") : lt(r2.left), s2 = bt(r2.collate), a2 = [u2, t2, e2, h(o2.type), lt(o2.value)].filter(w).join("." === t2 ? "" : " "), i2 = r2.parentheses ? "(".concat(a2, ")") : a2;
        return s2 && (i2 = "".concat(i2, " ").concat(s2)), i2;
      }
      function D(r2) {
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
      function G(r2) {
        var t2 = r2.keyword, e2 = r2.expr;
        return [h(t2), m(e2)].filter(w).join(" ");
      }
      function $(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return F(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || (function(r3, t2) {
          if (r3) {
            if ("string" == typeof r3) return F(r3, t2);
            var e2 = {}.toString.call(r3).slice(8, -1);
            return "Object" === e2 && r3.constructor && (e2 = r3.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r3) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? F(r3, t2) : void 0;
          }
        })(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function F(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function B(r2) {
        return r2 ? [r2.prefix.map(m).join(" "), lt(r2.value), r2.suffix.map(m).join(" ")] : [];
      }
      function H(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat($(B(n2)), $(B(e2))).filter(w).join(" ")) : (function(r3) {
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
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, u2 = r2.for, s2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = void 0 === c2 ? {} : c2, f2 = r2.locking_read, p2 = r2.groupby, b2 = r2.having, d2 = r2.into, y2 = void 0 === d2 ? {} : d2, L2 = r2.isolation, C2 = r2.limit, E2 = r2.options, A2 = r2.orderby, g2 = r2.parentheses_symbol, T2 = r2.qualify, _2 = r2.top, j2 = r2.window, S2 = r2.with, x2 = r2.where, I2 = [q(S2), "SELECT", h(t2)];
        Array.isArray(E2) && I2.push(E2.join(" ")), I2.push((function(r3) {
          if (r3) {
            if ("string" == typeof r3) return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [h(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(w).join(" ");
          }
        })(o2), v(_2), Ot(e2, s2));
        var R2 = y2.position, O2 = "";
        R2 && (O2 = a("INTO", W, y2)), "column" === R2 && I2.push(O2), I2.push(a("FROM", Cr, s2)), "from" === R2 && I2.push(O2);
        var N2 = l2 || {}, k2 = N2.keyword, U2 = N2.expr;
        I2.push(a(k2, lt, U2)), I2.push(a("WHERE", lt, x2)), p2 && (I2.push(i("GROUP BY", ft(p2.columns).join(", "))), I2.push(ft(p2.modifiers).join(", "))), I2.push(a("HAVING", lt, b2)), I2.push(a("QUALIFY", lt, T2)), I2.push(a("WINDOW", lt, j2)), I2.push(pt(A2, "order by")), I2.push(bt(n2)), I2.push(H(C2)), L2 && I2.push(a(L2.keyword, m, L2.expr)), I2.push(h(f2)), "end" === R2 && I2.push(O2), I2.push((function(r3) {
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
                var T2 = y2.map((function(r4) {
                  return [m(r4.keyword), h(r4.symbol), m(r4.value)].join(" ");
                })).join(", ");
                L2.push("WITH (".concat(T2, ")"));
              }
              L2.push(h(l2), h(u2)), v2 && L2.push(or(v2));
              return L2.filter(w).join(" ");
            })(r2);
            break;
          case "trigger":
            e2 = "constraint" === r2.resource ? (function(r3) {
              var t3 = r3.constraint, e3 = r3.constraint_kw, n2 = r3.deferrable, o2 = r3.events, u2 = r3.execute, s2 = r3.for_each, a2 = r3.from, i2 = r3.location, c2 = r3.keyword, l2 = r3.or, f2 = r3.type, p2 = r3.table, b2 = r3.when, v2 = [h(f2), h(l2), h(e3), h(c2), y(t3), h(i2)], d2 = _(o2);
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
              var t3 = r3.concurrently, e3 = r3.filestream_on, n2 = r3.keyword, o2 = r3.if_not_exists, u2 = r3.include, s2 = r3.index_columns, i2 = r3.index_type, c2 = r3.index_using, l2 = r3.index, f2 = r3.on, p2 = r3.index_options, b2 = r3.algorithm_option, v2 = r3.lock_option, d2 = r3.on_kw, L2 = r3.table, C2 = r3.tablespace, E2 = r3.type, A2 = r3.where, g2 = r3.with, T2 = r3.with_before_where, _2 = g2 && "WITH (".concat(U(g2).join(", "), ")"), j2 = u2 && "".concat(h(u2.keyword), " (").concat(u2.columns.map((function(r4) {
                return "string" == typeof r4 ? y(r4) : lt(r4);
              })).join(", "), ")"), S2 = l2;
              l2 && (S2 = "string" == typeof l2 ? y(l2) : [y(l2.schema), y(l2.name)].filter(w).join("."));
              var x2 = [h(E2), h(i2), h(n2), h(o2), h(t3), S2, h(d2), Lr(L2)].concat(Yr(N(c2)), ["(".concat(I(s2), ")"), j2, U(p2).join(" "), et(b2), et(v2), a("TABLESPACE", m, C2)]);
              T2 ? x2.push(_2, a("WHERE", lt, A2)) : x2.push(a("WHERE", lt, A2), _2);
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
                        c2.push(Dr(f2));
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
              return b2.push(m(s2), T(e3), m(t3)), b2.filter(w).join(" ");
            })(r2);
            break;
          default:
            throw new Error("unknown create resource ".concat(t2));
        }
        return e2;
      }, comment: function(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = r2.target;
        return [h(r2.type), h(e2), D(n2), G(t2)].filter(w).join(" ");
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
        var t2 = r2.boolean_expr, e2 = r2.else_expr, n2 = r2.elseif_expr, o2 = r2.if_expr, u2 = r2.prefix, s2 = r2.go, a2 = r2.semicolons, i2 = r2.suffix, c2 = [h(r2.type), lt(t2), m(u2), "".concat(_r(o2.ast || o2)).concat(a2[0]), h(s2)];
        n2 && c2.push(n2.map((function(r3) {
          return [h(r3.type), lt(r3.boolean_expr), "THEN", _r(r3.then.ast || r3.then), r3.semicolon].filter(w).join(" ");
        })).join(" "));
        e2 && c2.push("ELSE", "".concat(_r(e2.ast || e2)).concat(a2[1]));
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
              var t2 = r3.as, e2 = r3.column, n2 = r3.expr, o2 = r3.in_expr, u2 = r3.type, s2 = [lt(n2), "FOR", At(e2), P(o2)], a2 = ["".concat(h(u2), "(").concat(s2.join(" "), ")")];
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
        var t2, e2, n2, o2, u2 = r2.table, s2 = r2.db, i2 = r2.as, c2 = r2.expr, l2 = r2.operator, f2 = r2.prefix, p2 = r2.schema, b2 = r2.server, v2 = r2.suffix, d2 = r2.tablesample, C2 = r2.temporal_table, E2 = r2.table_hint, A2 = r2.surround, g2 = void 0 === A2 ? {} : A2, T2 = y(b2, false, g2.server), _2 = y(s2, false, g2.db), j2 = y(p2, false, g2.schema), S2 = u2 && y(u2, false, g2.table);
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
        var k2 = [[T2, _2, j2, S2 = [h(f2), S2, h(v2)].filter(w).join(" ")].filter(w).join(".")];
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
      function Tr(r2) {
        return Array.isArray(r2) ? (r2.forEach(gr), ur(r2)) : (gr(r2), or(r2));
      }
      function _r(r2) {
        return "go" === r2.go ? (function r3(t2) {
          if (!t2 || 0 === t2.length) return "";
          var e2 = [Tr(t2.ast)];
          return t2.go_next && e2.push(t2.go.toUpperCase(), r3(t2.go_next)), e2.filter((function(r4) {
            return r4;
          })).join(" ");
        })(r2) : Tr(r2);
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
          var t2 = r2.constraint, e2 = r2.constraint_type, n2 = r2.enforced, o2 = r2.index, u2 = r2.keyword, s2 = r2.reference_definition, i2 = r2.for, c2 = r2.with_values, l2 = [], f2 = p().database;
          l2.push(h(u2)), l2.push(y(t2));
          var b2 = h(e2);
          return "sqlite" === f2.toLowerCase() && "UNIQUE KEY" === b2 && (b2 = "UNIQUE"), l2.push(b2), l2.push("sqlite" !== f2.toLowerCase() && y(o2)), l2.push.apply(l2, Mr(M(r2))), l2.push.apply(l2, Mr(Tt(s2))), l2.push(h(n2)), l2.push(a("FOR", y, i2)), l2.push(m(c2)), l2.filter(w).join(" ");
        }
      }
      function Gr(r2) {
        if (r2) {
          var t2 = r2.type;
          return "rows" === t2 ? [h(t2), lt(r2.expr)].filter(w).join(" ") : lt(r2);
        }
      }
      function $r(r2) {
        if ("string" == typeof r2) return r2;
        var t2 = r2.window_specification;
        return "(".concat((function(r3) {
          var t3 = r3.name, e2 = r3.partitionby, n2 = r3.orderby, o2 = r3.window_frame_clause;
          return [t3, pt(e2, "partition by"), pt(n2, "order by"), Gr(o2)].filter(w).join(" ");
        })(t2), ")");
      }
      function Fr(r2) {
        var t2 = r2.name, e2 = r2.as_window_specification;
        return "".concat(t2, " AS ").concat($r(e2));
      }
      function Br(r2) {
        if (r2) {
          var t2 = r2.as_window_specification, e2 = r2.expr, n2 = r2.keyword, o2 = r2.type, u2 = r2.parentheses, s2 = h(o2);
          if ("WINDOW" === s2) return "OVER ".concat($r(t2));
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
          var b2 = t2[f2], v2 = b2.angle_brackets, d2 = b2.length, L2 = b2.dataType, C2 = b2.parentheses, E2 = b2.quoted, A2 = b2.scale, g2 = b2.suffix, T2 = b2.expr, _2 = T2 ? lt(T2) : "";
          null != d2 && (_2 = A2 ? "".concat(d2, ", ").concat(A2) : d2), C2 && (_2 = "(".concat(_2, ")")), v2 && (_2 = "<".concat(_2, ">")), g2 && g2.length && (_2 += " ".concat(g2.map(m).join(" ")));
          var j2 = "::", S2 = "", x2 = [];
          "as" === o2 && (0 === f2 && (c2 = "".concat(h(n2), "(").concat(c2)), S2 = ")", j2 = " ".concat(o2.toUpperCase(), " ")), 0 === f2 && x2.push(c2);
          var I2 = Hr(b2);
          x2.push(j2, E2, L2, E2, I2, _2, S2), l2.push(x2.filter(w).join(""));
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
          for (var T2 = g2[0], _2 = 1, j2 = g2.length; _2 < j2; ++_2) T2 = [T2, g2[_2]].join(" ".concat(lt(d2[_2 - 1]), " "));
          A2.push(T2);
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
            return Dr(r2);
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
      }, array: st, assign: tr, binary_expr: P, case: function(r2) {
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
        return r2.expr.map(Fr).join(", ");
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
        var T2 = [C2 = ["".concat(C2).concat(Et(t2))].concat(wt(L2)).join("."), bt(o2), lt(l2), a("AS", lt, e2)];
        T2.push("string" == typeof v2 ? h(v2) : lt(v2)), T2.push(h(d2));
        var _2 = T2.filter(w).join(" ");
        return b2 ? "(".concat(_2, ")") : _2;
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
      function Tt(r2) {
        var t2 = [];
        if (!r2) return t2;
        var e2 = r2.definition, n2 = r2.keyword, o2 = r2.match, u2 = r2.table, s2 = r2.on_action;
        return t2.push(h(n2)), t2.push(Cr(u2)), t2.push(e2 && "(".concat(e2.map((function(r3) {
          return lt(r3);
        })).join(", "), ")")), t2.push(h(o2)), s2.map((function(r3) {
          return t2.push(h(r3.type), lt(r3.value));
        })), t2.filter(w);
      }
      function _t(r2) {
        var t2 = [], e2 = r2.nullable, n2 = r2.character_set, o2 = r2.check, u2 = r2.comment, s2 = r2.constraint, i2 = r2.collate, c2 = r2.storage, l2 = r2.using, f2 = r2.default_val, b2 = r2.generated, v2 = r2.auto_increment, d2 = r2.unique, y2 = r2.primary_key, C2 = r2.column_format, E2 = r2.reference_definition, A2 = r2.generated_by_default, g2 = [h(e2 && e2.action), h(e2 && e2.value)].filter(w).join(" ");
        if (b2 || t2.push(g2), f2) {
          var _2 = f2.type, j2 = f2.value;
          t2.push(_2.toUpperCase(), lt(j2));
        }
        var S2 = p().database;
        return s2 && t2.push(h(s2.keyword), m(s2.constraint)), t2.push(Dr(o2)), t2.push((function(r3) {
          if (r3) return [h(r3.value), "(".concat(lt(r3.expr), ")"), h(r3.storage_type)].filter(w).join(" ");
        })(b2)), b2 && t2.push(g2), t2.push(x(v2), h(y2), h(d2), m(A2), T(u2)), t2.push.apply(t2, wt(L(n2))), "sqlite" !== S2.toLowerCase() && t2.push(lt(i2)), t2.push.apply(t2, wt(L(C2))), t2.push.apply(t2, wt(L(c2))), t2.push.apply(t2, wt(Tt(E2))), t2.push(a("USING", lt, l2)), t2.filter(w).join(" ");
      }
      function jt(r2) {
        var t2 = r2.order_by, e2 = r2.column, n2 = r2.collate, o2 = r2.nulls, u2 = r2.opclass, s2 = "string" == typeof e2 ? { type: "column_ref", table: r2.table, column: e2 } : yt(yt({}, r2), {}, { order_by: null });
        return s2.collate = null, [lt(s2), lt(n2), u2, h(t2), h(o2)].filter(w).join(" ");
      }
      function St(r2) {
        var t2 = [], e2 = At(r2.column), n2 = gt(r2.definition);
        return t2.push(e2), t2.push(n2), t2.push(_t(r2)), t2.filter(w).join(" ");
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
      var Ut, Mt, Pt, Dt = (Ut = {}, Mt = "snowflake", Pt = Nt.parse, (Mt = (function(r2) {
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
      function Gt(r2) {
        return (Gt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function $t(r2, t2) {
        var e2 = "undefined" != typeof Symbol && r2[Symbol.iterator] || r2["@@iterator"];
        if (!e2) {
          if (Array.isArray(r2) || (e2 = (function(r3, t3) {
            if (r3) {
              if ("string" == typeof r3) return Ft(r3, t3);
              var e3 = {}.toString.call(r3).slice(8, -1);
              return "Object" === e3 && r3.constructor && (e3 = r3.constructor.name), "Map" === e3 || "Set" === e3 ? Array.from(r3) : "Arguments" === e3 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e3) ? Ft(r3, t3) : void 0;
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
      function Ft(r2, t2) {
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
          if ("object" != Gt(r3) || !r3) return r3;
          var e2 = r3[Symbol.toPrimitive];
          if (void 0 !== e2) {
            var n2 = e2.call(r3, t3 || "default");
            if ("object" != Gt(n2)) return n2;
            throw new TypeError("@@toPrimitive must return a primitive value.");
          }
          return ("string" === t3 ? String : Number)(r3);
        })(r2, "string");
        return "symbol" == Gt(t2) ? t2 : t2 + "";
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
          return b(t2), _r(r2);
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
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : u, e2 = t2.database, n2 = void 0 === e2 ? "snowflake" : e2;
          b(t2);
          var o2 = n2.toLowerCase();
          if (Dt[o2]) return Dt[o2](false === t2.trimQuery ? r2 : r2.trim(), t2.parseOptions || u.parseOptions);
          throw new Error("".concat(n2, " is not supported currently"));
        } }, { key: "whiteListCheck", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : u;
          if (t2 && 0 !== t2.length) {
            var n2 = e2.type, o2 = void 0 === n2 ? "table" : n2;
            if (!this["".concat(o2, "List")] || "function" != typeof this["".concat(o2, "List")]) throw new Error("".concat(o2, " is not valid check mode"));
            var s2, a2 = this["".concat(o2, "List")].bind(this), i2 = a2(r2, e2), c2 = true, l2 = "", f2 = $t(i2);
            try {
              for (f2.s(); !(s2 = f2.n()).done; ) {
                var p2, b2 = s2.value, v2 = false, d2 = $t(t2);
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
export default require_snowflake();
