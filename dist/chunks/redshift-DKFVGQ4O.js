import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  require_BigInteger
} from "./chunk-HH7QAQAU.js";
import {
  __commonJS
} from "./chunk-AUHH7KO2.js";

// node_modules/node-sql-parser/build/redshift.js
var require_redshift = __commonJS({
  "node_modules/node-sql-parser/build/redshift.js"(exports) {
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
          for (t3 = 0; t3 < r3.parts.length; t3++) e3 += r3.parts[t3] instanceof Array ? s(r3.parts[t3][0]) + "-" + s(r3.parts[t3][1]) : s(r3.parts[t3]);
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
        function s(r3) {
          return r3.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, (function(r4) {
            return "\\x0" + n2(r4);
          })).replace(/[\x10-\x1F\x7F-\x9F]/g, (function(r4) {
            return "\\x" + n2(r4);
          }));
        }
        return "Expected " + (function(r3) {
          var t3, n3, o3, s2 = new Array(r3.length);
          for (t3 = 0; t3 < r3.length; t3++) s2[t3] = (o3 = r3[t3], e2[o3.type](o3));
          if (s2.sort(), s2.length > 0) {
            for (t3 = 1, n3 = 1; t3 < s2.length; t3++) s2[t3 - 1] !== s2[t3] && (s2[n3] = s2[t3], n3++);
            s2.length = n3;
          }
          switch (s2.length) {
            case 1:
              return s2[0];
            case 2:
              return s2[0] + " or " + s2[1];
            default:
              return s2.slice(0, -1).join(", ") + ", or " + s2[s2.length - 1];
          }
        })(r2) + " but " + (function(r3) {
          return r3 ? '"' + o2(r3) + '"' : "end of input";
        })(t2) + " found.";
      }, r.exports = { SyntaxError: o, parse: function(r2, t2) {
        t2 = void 0 !== t2 ? t2 : {};
        var e2, s = {}, u = { start: Gi }, a = Gi, i = Oi("IF", true), c = Oi("EXTENSION", true), l = Oi("SCHEMA", true), f = Oi("VERSION", true), p = Oi("CASCADED", true), b = Oi("LOCAL", true), v = Oi("CHECK", true), y = Oi("OPTION", false), d = Oi("check_option", true), w = Oi("security_barrier", true), h = Oi("security_invoker", true), L = Oi("SFUNC", true), m = Oi("STYPE", true), C = Oi("AGGREGATE", true), E = Oi("RETURNS", true), A = Oi("SETOF", true), g = Oi("CONSTANT", true), T = Oi(":=", false), _ = Oi("BEGIN", true), S = Oi("DECLARE", true), j = Oi("LANGUAGE", false), x = Oi("TRANSORM", true), I = Oi("FOR", false), R = Oi("TYPE", false), N = Oi("WINDOW", true), O = Oi("IMMUTABLE", true), k = Oi("STABLE", true), U = Oi("VOLATILE", true), M = Oi("STRICT", true), D = Oi("NOT", true), P = Oi("LEAKPROOF", true), G = Oi("CALLED", true), F = Oi("NULL", true), $ = Oi("ON", true), H = Oi("INPUT", true), B = Oi("EXTERNAL", true), q = Oi("SECURITY", true), Y = Oi("INVOKER", true), W = Oi("DEFINER", true), V = Oi("PARALLEL", true), X = Oi("UNSAFE", true), Q = Oi("RESTRICTED", true), K = Oi("SAFE", true), z = /^[^ s\t\n\r]/, Z = ki([" ", "s", "	", "\n", "\r"], true, false), J = /^[^ s\t\n\r;]/, rr = ki([" ", "s", "	", "\n", "\r", ";"], true, false), tr = Oi("COST", true), er = Oi("ROWS", true), nr = Oi("SUPPORT", true), or = Oi("TO", true), sr = Oi("=", false), ur = Oi("CURRENT", true), ar = Oi("FUNCTION", true), ir = Oi("TYPE", true), cr = Oi("DOMAIN", true), lr = Oi("INCREMENT", true), fr = Oi("MINVALUE", true), pr = function(r3, t3) {
          return { resource: "sequence", prefix: r3.toLowerCase(), value: t3 };
        }, br = Oi("NO", true), vr = Oi("MAXVALUE", true), yr = Oi("START", true), dr = Oi("CACHE", true), wr = Oi("CYCLE", true), hr = Oi("OWNED", true), Lr = Oi("NONE", true), mr = Oi("NULLS", true), Cr = Oi("FIRST", true), Er = Oi("LAST", true), Ar = Oi("AUTO_INCREMENT", true), gr = Oi("UNIQUE", true), Tr = Oi("KEY", true), _r = Oi("PRIMARY", true), Sr = Oi("COLUMN_FORMAT", true), jr = Oi("FIXED", true), xr = Oi("DYNAMIC", true), Ir = Oi("DEFAULT", true), Rr = Oi("STORAGE", true), Nr = Oi("DISK", true), Or = Oi("MEMORY", true), kr = Oi("CASCADE", true), Ur = Oi("RESTRICT", true), Mr = Oi("OUT", true), Dr = Oi("VARIADIC", true), Pr = Oi("INOUT", true), Gr = Oi("OWNER", true), Fr = Oi("CURRENT_ROLE", true), $r = Oi("CURRENT_USER", true), Hr = Oi("SESSION_USER", true), Br = Oi("ALGORITHM", true), qr = Oi("INSTANT", true), Yr = Oi("INPLACE", true), Wr = Oi("COPY", true), Vr = Oi("LOCK", true), Xr = Oi("SHARED", true), Qr = Oi("EXCLUSIVE", true), Kr = Oi("PRIMARY KEY", true), zr = Oi("FOREIGN KEY", true), Zr = Oi("MATCH FULL", true), Jr = Oi("MATCH PARTIAL", true), rt = Oi("MATCH SIMPLE", true), tt = Oi("SET NULL", true), et = Oi("NO ACTION", true), nt = Oi("SET DEFAULT", true), ot = Oi("TRIGGER", true), st = Oi("BEFORE", true), ut = Oi("AFTER", true), at = Oi("INSTEAD OF", true), it = Oi("EXECUTE", true), ct = Oi("PROCEDURE", true), lt = Oi("OF", true), ft = Oi("DEFERRABLE", true), pt = Oi("INITIALLY IMMEDIATE", true), bt = Oi("INITIALLY DEFERRED", true), vt = Oi("FOR", true), yt = Oi("EACH", true), dt = Oi("ROW", true), wt = Oi("STATEMENT", true), ht = Oi("CHARACTER", true), Lt = Oi("SET", true), mt = Oi("CHARSET", true), Ct = Oi("COLLATE", true), Et = Oi("AVG_ROW_LENGTH", true), At = Oi("KEY_BLOCK_SIZE", true), gt = Oi("MAX_ROWS", true), Tt = Oi("MIN_ROWS", true), _t = Oi("STATS_SAMPLE_PAGES", true), St = Oi("CONNECTION", true), jt = Oi("COMPRESSION", true), xt = Oi("'", false), It = Oi("ZLIB", true), Rt = Oi("LZ4", true), Nt = Oi("ENGINE", true), Ot = Oi("IN", true), kt = Oi("ACCESS SHARE", true), Ut = Oi("ROW SHARE", true), Mt = Oi("ROW EXCLUSIVE", true), Dt = Oi("SHARE UPDATE EXCLUSIVE", true), Pt = Oi("SHARE ROW EXCLUSIVE", true), Gt = Oi("ACCESS EXCLUSIVE", true), Ft = Oi("SHARE", true), $t = Oi("MODE", true), Ht = Oi("NOWAIT", true), Bt = Oi("TABLES", true), qt = Oi("PREPARE", true), Yt = Oi("USAGE", true), Wt = function(r3) {
          return { type: "origin", value: Array.isArray(r3) ? r3[0] : r3 };
        }, Vt = Oi("CONNECT", true), Xt = Oi("PRIVILEGES", true), Qt = function(r3) {
          return { type: "origin", value: r3 };
        }, Kt = Oi("SEQUENCE", true), zt = Oi("DATABASE", true), Zt = Oi("DOMAIN", false), Jt = Oi("FUNCTION", false), re = Oi("ROUTINE", true), te = Oi("LANGUAGE", true), ee = Oi("LARGE", true), ne = Oi("SCHEMA", false), oe = Oi("FUNCTIONS", true), se = Oi("PROCEDURES", true), ue = Oi("ROUTINES", true), ae = Oi("PUBLIC", true), ie = Oi("GRANT", true), ce = Oi("OPTION", true), le = Oi("ADMIN", true), fe = Oi("REVOKE", true), pe = Oi("ELSEIF", true), be = Oi("THEN", true), ve = Oi("END", true), ye = Oi("DEBUG", true), de = Oi("LOG", true), we = Oi("INFO", true), he = Oi("NOTICE", true), Le = Oi("WARNING", true), me = Oi("EXCEPTION", true), Ce = Oi("MESSAGE", true), Ee = Oi("DETAIL", true), Ae = Oi("HINT", true), ge = Oi("ERRCODE", true), Te = Oi("COLUMN", true), _e = Oi("CONSTRAINT", true), Se = Oi("DATATYPE", true), je = Oi("TABLE", true), xe = Oi("SQLSTATE", true), Ie = Oi("RAISE", true), Re = Oi("LOOP", true), Ne = Oi("begin", true), Oe = Oi("commit", true), Ue = Oi("rollback", true), Me = Oi(";", false), De = Oi("(", false), Pe = Oi(")", false), Ge = Oi('"', false), Fe = Oi("OUTFILE", true), $e = Oi("DUMPFILE", true), He = Oi("BTREE", true), Be = Oi("HASH", true), qe = Oi("GIST", true), Ye = Oi("GIN", true), We = Oi("WITH", true), Ve = Oi("PARSER", true), Xe = Oi("VISIBLE", true), Qe = Oi("INVISIBLE", true), Ke = function(r3, t3) {
          return t3.unshift(r3), t3.forEach((r4) => {
            const { table: t4, as: e3 } = r4;
            Gv[t4] = t4, e3 && (Gv[e3] = t4), (function(r5) {
              const t5 = Ov(r5);
              r5.clear(), t5.forEach((t6) => r5.add(t6));
            })(Dv);
          }), t3;
        }, ze = Oi("LATERAL", true), Ze = Oi("TABLESAMPLE", true), Je = Oi("REPEATABLE", true), rn = Oi("CROSS", true), tn = Oi("FOLLOWING", true), en = Oi("PRECEDING", true), nn = Oi("UNBOUNDED", true), on = Oi("DO", true), sn = Oi("NOTHING", true), un = Oi("CONFLICT", true), an = function(r3, t3) {
          return Rv(r3, t3);
        }, cn = Oi("!", false), ln = Oi(">=", false), fn = Oi(">", false), pn = Oi("<=", false), bn = Oi("<>", false), vn = Oi("<", false), yn = Oi("!=", false), dn = Oi("SIMILAR", true), wn = Oi("!~*", false), hn = Oi("~*", false), Ln = Oi("~", false), mn = Oi("!~", false), Cn = Oi("ESCAPE", true), En = Oi("+", false), An = Oi("-", false), gn = Oi("*", false), Tn = Oi("/", false), _n = Oi("%", false), Sn = Oi("||", false), jn = Oi("$", false), xn = Oi("?|", false), In = Oi("?&", false), Rn = Oi("?", false), Nn = Oi("#-", false), On = Oi("#>>", false), kn = Oi("#>", false), Un = Oi("@>", false), Mn = Oi("<@", false), Dn = Oi("E", true), Pn = function(r3) {
          return { type: "default", value: r3 };
        }, Gn = function(r3) {
          return true === Tv[r3.toUpperCase()];
        }, Fn = /^[^"]/, $n = ki(['"'], true, false), Hn = /^[^']/, Bn = ki(["'"], true, false), qn = Oi("`", false), Yn = /^[^`]/, Wn = ki(["`"], true, false), Vn = /^[A-Za-z_\u4E00-\u9FA5\xC0-\u017F]/, Xn = ki([["A", "Z"], ["a", "z"], "_", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), Qn = /^[A-Za-z0-9_\-$\u4E00-\u9FA5\xC0-\u017F]/, Kn = ki([["A", "Z"], ["a", "z"], ["0", "9"], "_", "-", "$", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), zn = /^[A-Za-z0-9_\u4E00-\u9FA5\xC0-\u017F]/, Zn = ki([["A", "Z"], ["a", "z"], ["0", "9"], "_", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), Jn = Oi(":", false), ro = Oi("OVER", true), to = Oi("FILTER", true), eo = Oi("FIRST_VALUE", true), no = Oi("LAST_VALUE", true), oo = Oi("ROW_NUMBER", true), so = Oi("DENSE_RANK", true), uo = Oi("RANK", true), ao = Oi("LAG", true), io = Oi("LEAD", true), co = Oi("NTH_VALUE", true), lo = Oi("IGNORE", true), fo = Oi("RESPECT", true), po = Oi("percentile_cont", true), bo = Oi("percentile_disc", true), vo = Oi("within", true), yo = Oi("mode", true), wo = Oi("BOTH", true), ho = Oi("LEADING", true), Lo = Oi("TRAILING", true), mo = Oi("trim", true), Co = Oi("crosstab", true), Eo = Oi("POSITION", true), Ao = Oi("now", true), go = Oi("at", true), To = Oi("zone", true), _o = Oi("CENTURY", true), So = Oi("DAY", true), jo = Oi("DATE", true), xo = Oi("DECADE", true), Io = Oi("DOW", true), Ro = Oi("DOY", true), No = Oi("EPOCH", true), Oo = Oi("HOUR", true), ko = Oi("ISODOW", true), Uo = Oi("ISOYEAR", true), Mo = Oi("MICROSECONDS", true), Do = Oi("MILLENNIUM", true), Po = Oi("MILLISECONDS", true), Go = Oi("MINUTE", true), Fo = Oi("MONTH", true), $o = Oi("QUARTER", true), Ho = Oi("SECOND", true), Bo = Oi("TIMEZONE", true), qo = Oi("TIMEZONE_HOUR", true), Yo = Oi("TIMEZONE_MINUTE", true), Wo = Oi("WEEK", true), Vo = Oi("YEAR", true), Xo = Oi("NTILE", true), Qo = /^[\n]/, Ko = ki(["\n"], false, false), zo = /^[^"\\\0-\x1F\x7F]/, Zo = ki(['"', "\\", ["\0", ""], "\x7F"], true, false), Jo = /^[^'\\]/, rs = ki(["'", "\\"], true, false), ts = Oi("\\'", false), es = Oi('\\"', false), ns = Oi("\\\\", false), os = Oi("\\/", false), ss = Oi("\\b", false), us = Oi("\\f", false), as = Oi("\\n", false), is = Oi("\\r", false), cs = Oi("\\t", false), ls = Oi("\\u", false), fs = Oi("\\", false), ps = Oi("''", false), bs = /^[\n\r]/, vs = ki(["\n", "\r"], false, false), ys = Oi(".", false), ds = /^[0-9]/, ws = ki([["0", "9"]], false, false), hs = /^[0-9a-fA-F]/, Ls = ki([["0", "9"], ["a", "f"], ["A", "F"]], false, false), ms = /^[eE]/, Cs = ki(["e", "E"], false, false), Es = /^[+\-]/, As = ki(["+", "-"], false, false), gs = Oi("NOT NULL", true), Ts = Oi("TRUE", true), _s = Oi("FALSE", true), Ss = Oi("SHOW", true), js = Oi("DROP", true), xs = Oi("USE", true), Is = Oi("ALTER", true), Rs = Oi("SELECT", true), Ns = Oi("UPDATE", true), Os = Oi("CREATE", true), ks = Oi("TEMPORARY", true), Us = Oi("TEMP", true), Ms = Oi("DELETE", true), Ds = Oi("INSERT", true), Ps = Oi("RECURSIVE", true), Gs = Oi("REPLACE", true), Fs = Oi("RETURNING", true), $s = Oi("RENAME", true), Hs = (Oi("EXPLAIN", true), Oi("PARTITION", true)), Bs = Oi("INTO", true), qs = Oi("FROM", true), Ys = Oi("AS", true), Ws = Oi("TABLESPACE", true), Vs = Oi("DEALLOCATE", true), Xs = Oi("LEFT", true), Qs = Oi("RIGHT", true), Ks = Oi("FULL", true), zs = Oi("INNER", true), Zs = Oi("JOIN", true), Js = Oi("OUTER", true), ru = Oi("UNION", true), tu = Oi("INTERSECT", true), eu = Oi("EXCEPT", true), nu = Oi("VALUES", true), ou = Oi("USING", true), su = Oi("WHERE", true), uu = Oi("GROUP", true), au = Oi("BY", true), iu = Oi("ORDER", true), cu = Oi("HAVING", true), lu = Oi("QUALIFY", true), fu = Oi("LIMIT", true), pu = Oi("OFFSET", true), bu = Oi("ASC", true), vu = Oi("DESC", true), yu = Oi("ALL", true), du = Oi("DISTINCT", true), wu = Oi("BETWEEN", true), hu = Oi("IS", true), Lu = Oi("LIKE", true), mu = Oi("ILIKE", true), Cu = Oi("EXISTS", true), Eu = Oi("AND", true), Au = Oi("OR", true), gu = Oi("ARRAY", true), Tu = Oi("ARRAY_AGG", true), _u = Oi("STRING_AGG", true), Su = Oi("COUNT", true), ju = Oi("GROUP_CONCAT", true), xu = Oi("MAX", true), Iu = Oi("MIN", true), Ru = Oi("SUM", true), Nu = Oi("AVG", true), Ou = Oi("EXTRACT", true), ku = Oi("CALL", true), Uu = Oi("CASE", true), Mu = Oi("WHEN", true), Du = Oi("ELSE", true), Pu = Oi("CAST", true), Gu = Oi("BOOL", true), Fu = Oi("BOOLEAN", true), $u = Oi("CHAR", true), Hu = Oi("VARCHAR", true), Bu = Oi("NUMERIC", true), qu = Oi("DECIMAL", true), Yu = Oi("SIGNED", true), Wu = Oi("UNSIGNED", true), Vu = Oi("INT", true), Xu = Oi("ZEROFILL", true), Qu = Oi("INTEGER", true), Ku = Oi("JSON", true), zu = Oi("JSONB", true), Zu = Oi("GEOMETRY", true), Ju = Oi("SMALLINT", true), ra = Oi("SERIAL", true), ta = Oi("TINYINT", true), ea = Oi("TINYTEXT", true), na = Oi("TEXT", true), oa = Oi("MEDIUMTEXT", true), sa = Oi("LONGTEXT", true), ua = Oi("BIGINT", true), aa = Oi("ENUM", true), ia = Oi("FLOAT", true), ca = Oi("DOUBLE", true), la = Oi("BIGSERIAL", true), fa = Oi("REAL", true), pa = Oi("DATETIME", true), ba = Oi("TIME", true), va = Oi("TIMESTAMP", true), ya = Oi("TRUNCATE", true), da = Oi("USER", true), wa = Oi("UUID", true), ha = Oi("OID", true), La = Oi("REGCLASS", true), ma = Oi("REGCOLLATION", true), Ca = Oi("REGCONFIG", true), Ea = Oi("REGDICTIONARY", true), Aa = Oi("REGNAMESPACE", true), ga = Oi("REGOPER", true), Ta = Oi("REGOPERATOR", true), _a = Oi("REGPROC", true), Sa = Oi("REGPROCEDURE", true), ja = Oi("REGROLE", true), xa = Oi("REGTYPE", true), Ia = Oi("CURRENT_DATE", true), Ra = (Oi("ADDDATE", true), Oi("INTERVAL", true)), Na = Oi("CURRENT_TIME", true), Oa = Oi("CURRENT_TIMESTAMP", true), ka = Oi("SYSTEM_USER", true), Ua = Oi("GLOBAL", true), Ma = Oi("SESSION", true), Da = Oi("PERSIST", true), Pa = Oi("PERSIST_ONLY", true), Ga = Oi("VIEW", true), Fa = Oi("@", false), $a = Oi("@@", false), Ha = Oi("$$", false), Ba = Oi("return", true), qa = Oi("::", false), Ya = Oi("DUAL", true), Wa = Oi("ADD", true), Va = Oi("INDEX", true), Xa = Oi("FULLTEXT", true), Qa = Oi("SPATIAL", true), Ka = Oi("COMMENT", true), za = Oi("CONCURRENTLY", true), Za = Oi("REFERENCES", true), Ja = Oi("SQL_CALC_FOUND_ROWS", true), ri = Oi("SQL_CACHE", true), ti = Oi("SQL_NO_CACHE", true), ei = Oi("SQL_SMALL_RESULT", true), ni = Oi("SQL_BIG_RESULT", true), oi = Oi("SQL_BUFFER_RESULT", true), si = Oi(",", false), ui = Oi("[", false), ai = Oi("]", false), ii = Oi("->", false), ci = Oi("->>", false), li = Oi("&&", false), fi = Oi("/*", false), pi = Oi("*/", false), bi = Oi("--", false), vi = (Oi("#", false), { type: "any" }), yi = /^[ \t\n\r]/, di = ki([" ", "	", "\n", "\r"], false, false), wi = /^[^$]/, hi = ki(["$"], true, false), Li = function(r3) {
          return { dataType: r3 };
        }, mi = Oi("bytea", true), Ci = Oi("varying", true), Ei = Oi("PRECISION", true), Ai = Oi("WITHOUT", true), gi = Oi("ZONE", true), Ti = function(r3) {
          return { dataType: r3 };
        }, _i = Oi("RECORD", true), Si = 0, ji = 0, xi = [{ line: 1, column: 1 }], Ii = 0, Ri = [], Ni = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in u)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          a = u[t2.startRule];
        }
        function Oi(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function ki(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function Ui(t3) {
          var e3, n2 = xi[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !xi[e3]; ) e3--;
          for (n2 = { line: (n2 = xi[e3]).line, column: n2.column }; e3 < t3; ) 10 === r2.charCodeAt(e3) ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return xi[t3] = n2, n2;
        }
        function Mi(r3, t3) {
          var e3 = Ui(r3), n2 = Ui(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function Di(r3) {
          Si < Ii || (Si > Ii && (Ii = Si, Ri = []), Ri.push(r3));
        }
        function Pi(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function Gi() {
          var r3, t3;
          return r3 = Si, tv() !== s ? ((t3 = rc()) === s && (t3 = Hi()), t3 !== s ? (ji = r3, r3 = t3) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = rc()) === s && (r3 = Hi()), r3;
        }
        function Fi() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, c2, l2, f2;
            t4 = Si, (e3 = sp()) !== s && tv() !== s && (n2 = Ap()) !== s && tv() !== s && (o2 = sl()) !== s ? (ji = t4, p2 = e3, b2 = n2, (v2 = o2) && v2.forEach((r3) => Mv.add(`${p2}::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: p2.toLowerCase(), keyword: b2.toLowerCase(), name: v2 } }, t4 = e3) : (Si = t4, t4 = s);
            var p2, b2, v2;
            t4 === s && (t4 = Si, (e3 = sp()) !== s && tv() !== s && (n2 = Db()) !== s && tv() !== s ? ((o2 = Hb()) === s && (o2 = null), o2 !== s && tv() !== s ? (u2 = Si, "if" === r2.substr(Si, 2).toLowerCase() ? (a2 = r2.substr(Si, 2), Si += 2) : (a2 = s, 0 === Ni && Di(i)), a2 !== s && (c2 = tv()) !== s && (l2 = Bp()) !== s ? u2 = a2 = [a2, c2, l2] : (Si = u2, u2 = s), u2 === s && (u2 = null), u2 !== s && (a2 = tv()) !== s && (c2 = ef()) !== s && (l2 = tv()) !== s ? ("cascade" === r2.substr(Si, 7).toLowerCase() ? (f2 = r2.substr(Si, 7), Si += 7) : (f2 = s, 0 === Ni && Di(kr)), f2 === s && ("restrict" === r2.substr(Si, 8).toLowerCase() ? (f2 = r2.substr(Si, 8), Si += 8) : (f2 = s, 0 === Ni && Di(Ur))), f2 === s && (f2 = null), f2 !== s ? (ji = t4, e3 = (function(r3, t5, e4, n3, o3, s2) {
              return { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: r3.toLowerCase(), keyword: t5.toLowerCase(), prefix: e4, name: o3, options: s2 && [{ type: "origin", value: s2 }] } };
            })(e3, n2, o2, 0, c2, f2), t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s));
            return t4;
          })()) === s && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2, o2, u2, a2, i2, c2, l2;
              r3 = Si, (t5 = cp()) !== s && tv() !== s ? ((e3 = lp()) === s && (e3 = null), e3 !== s && tv() !== s && Ap() !== s && tv() !== s ? ((n2 = Yi()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = sl()) !== s && tv() !== s && (u2 = (function() {
                var r4, t6, e4, n3, o3, u3, a3, i3, c3;
                if (r4 = Si, (t6 = Vb()) !== s) if (tv() !== s) if ((e4 = nc()) !== s) {
                  for (n3 = [], o3 = Si, (u3 = tv()) !== s && (a3 = Yb()) !== s && (i3 = tv()) !== s && (c3 = nc()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Si = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = Si, (u3 = tv()) !== s && (a3 = Yb()) !== s && (i3 = tv()) !== s && (c3 = nc()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Si = o3, o3 = s);
                  n3 !== s && (o3 = tv()) !== s && (u3 = Xb()) !== s ? (ji = r4, t6 = Iv(e4, n3), r4 = t6) : (Si = r4, r4 = s);
                } else Si = r4, r4 = s;
                else Si = r4, r4 = s;
                else Si = r4, r4 = s;
                return r4;
              })()) !== s && tv() !== s ? ((a2 = (function() {
                var r4, t6, e4, n3, o3, u3, a3, i3;
                if (r4 = Si, (t6 = xc()) !== s) {
                  for (e4 = [], n3 = Si, (o3 = tv()) !== s ? ((u3 = Yb()) === s && (u3 = null), u3 !== s && (a3 = tv()) !== s && (i3 = xc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s)) : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s ? ((u3 = Yb()) === s && (u3 = null), u3 !== s && (a3 = tv()) !== s && (i3 = xc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s)) : (Si = n3, n3 = s);
                  e4 !== s ? (ji = r4, t6 = Iv(t6, e4), r4 = t6) : (Si = r4, r4 = s);
                } else Si = r4, r4 = s;
                return r4;
              })()) === s && (a2 = null), a2 !== s && tv() !== s ? ((i2 = wp()) === s && (i2 = yp()), i2 === s && (i2 = null), i2 !== s && tv() !== s ? ((c2 = Ep()) === s && (c2 = null), c2 !== s && tv() !== s ? ((l2 = qi()) === s && (l2 = null), l2 !== s ? (ji = r3, f2 = t5, p2 = e3, b2 = n2, y2 = u2, d2 = a2, w2 = i2, h2 = c2, L2 = l2, (v2 = o2) && v2.forEach((r4) => Mv.add(`create::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t5 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: f2[0].toLowerCase(), keyword: "table", temporary: p2 && p2[0].toLowerCase(), if_not_exists: b2, table: v2, ignore_replace: w2 && w2[0].toLowerCase(), as: h2 && h2[0].toLowerCase(), query_expr: L2 && L2.ast, create_definitions: y2, table_options: d2 } }, r3 = t5) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
              var f2, p2, b2, v2, y2, d2, w2, h2, L2;
              r3 === s && (r3 = Si, (t5 = cp()) !== s && tv() !== s ? ((e3 = lp()) === s && (e3 = null), e3 !== s && tv() !== s && Ap() !== s && tv() !== s ? ((n2 = Yi()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = sl()) !== s && tv() !== s && (u2 = (function r4() {
                var t6, e4;
                (t6 = (function() {
                  var r5, t7;
                  r5 = Si, $p() !== s && tv() !== s && (t7 = sl()) !== s ? (ji = r5, r5 = { type: "like", table: t7 }) : (Si = r5, r5 = s);
                  return r5;
                })()) === s && (t6 = Si, Vb() !== s && tv() !== s && (e4 = r4()) !== s && tv() !== s && Xb() !== s ? (ji = t6, (n3 = e4).parentheses = true, t6 = n3) : (Si = t6, t6 = s));
                var n3;
                return t6;
              })()) !== s ? (ji = r3, t5 = (function(r4, t6, e4, n3, o3) {
                return n3 && n3.forEach((r5) => Mv.add(`create::${[r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`)), { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: r4[0].toLowerCase(), keyword: "table", temporary: t6 && t6[0].toLowerCase(), if_not_exists: e4, table: n3, like: o3 } };
              })(t5, e3, n2, o2, u2), r3 = t5) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s));
              return r3;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2, h2, L2, m2, C2, E2;
              t5 = Si, (e3 = cp()) !== s && tv() !== s ? (n2 = Si, (o2 = Wp()) !== s && (u2 = tv()) !== s && (a2 = yp()) !== s ? n2 = o2 = [o2, u2, a2] : (Si = n2, n2 = s), n2 === s && (n2 = null), n2 !== s && (o2 = tv()) !== s ? ((u2 = $b()) === s && (u2 = null), u2 !== s && (a2 = tv()) !== s ? ("trigger" === r2.substr(Si, 7).toLowerCase() ? (i2 = r2.substr(Si, 7), Si += 7) : (i2 = s, 0 === Ni && Di(ot)), i2 !== s && tv() !== s && (c2 = mf()) !== s && tv() !== s ? ("before" === r2.substr(Si, 6).toLowerCase() ? (l2 = r2.substr(Si, 6), Si += 6) : (l2 = s, 0 === Ni && Di(st)), l2 === s && ("after" === r2.substr(Si, 5).toLowerCase() ? (l2 = r2.substr(Si, 5), Si += 5) : (l2 = s, 0 === Ni && Di(ut)), l2 === s && ("instead of" === r2.substr(Si, 10).toLowerCase() ? (l2 = r2.substr(Si, 10), Si += 10) : (l2 = s, 0 === Ni && Di(at)))), l2 !== s && tv() !== s && (f2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, i3;
                if (r3 = Si, (t6 = _c()) !== s) {
                  for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Wp()) !== s && (a3 = tv()) !== s && (i3 = _c()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Wp()) !== s && (a3 = tv()) !== s && (i3 = _c()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s);
                  e4 !== s ? (ji = r3, t6 = Iv(t6, e4), r3 = t6) : (Si = r3, r3 = s);
                } else Si = r3, r3 = s;
                return r3;
              })()) !== s && tv() !== s ? ("on" === r2.substr(Si, 2).toLowerCase() ? (p2 = r2.substr(Si, 2), Si += 2) : (p2 = s, 0 === Ni && Di($)), p2 !== s && tv() !== s && (b2 = cl()) !== s && tv() !== s ? (v2 = Si, (y2 = mp()) !== s && (d2 = tv()) !== s && (w2 = cl()) !== s ? v2 = y2 = [y2, d2, w2] : (Si = v2, v2 = s), v2 === s && (v2 = null), v2 !== s && (y2 = tv()) !== s ? ((d2 = (function() {
                var t6, e4, n3, o3, u3;
                t6 = Si, e4 = Si, "not" === r2.substr(Si, 3).toLowerCase() ? (n3 = r2.substr(Si, 3), Si += 3) : (n3 = s, 0 === Ni && Di(D));
                n3 === s && (n3 = null);
                n3 !== s && (o3 = tv()) !== s ? ("deferrable" === r2.substr(Si, 10).toLowerCase() ? (u3 = r2.substr(Si, 10), Si += 10) : (u3 = s, 0 === Ni && Di(ft)), u3 !== s ? e4 = n3 = [n3, o3, u3] : (Si = e4, e4 = s)) : (Si = e4, e4 = s);
                e4 !== s && (n3 = tv()) !== s ? ("initially immediate" === r2.substr(Si, 19).toLowerCase() ? (o3 = r2.substr(Si, 19), Si += 19) : (o3 = s, 0 === Ni && Di(pt)), o3 === s && ("initially deferred" === r2.substr(Si, 18).toLowerCase() ? (o3 = r2.substr(Si, 18), Si += 18) : (o3 = s, 0 === Ni && Di(bt))), o3 !== s ? (ji = t6, i3 = o3, e4 = { keyword: (a3 = e4) && a3[0] ? a3[0].toLowerCase() + " deferrable" : "deferrable", args: i3 && i3.toLowerCase() }, t6 = e4) : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                var a3, i3;
                return t6;
              })()) === s && (d2 = null), d2 !== s && (w2 = tv()) !== s ? ((h2 = (function() {
                var t6, e4, n3, o3;
                t6 = Si, "for" === r2.substr(Si, 3).toLowerCase() ? (e4 = r2.substr(Si, 3), Si += 3) : (e4 = s, 0 === Ni && Di(vt));
                e4 !== s && tv() !== s ? ("each" === r2.substr(Si, 4).toLowerCase() ? (n3 = r2.substr(Si, 4), Si += 4) : (n3 = s, 0 === Ni && Di(yt)), n3 === s && (n3 = null), n3 !== s && tv() !== s ? ("row" === r2.substr(Si, 3).toLowerCase() ? (o3 = r2.substr(Si, 3), Si += 3) : (o3 = s, 0 === Ni && Di(dt)), o3 === s && ("statement" === r2.substr(Si, 9).toLowerCase() ? (o3 = r2.substr(Si, 9), Si += 9) : (o3 = s, 0 === Ni && Di(wt))), o3 !== s ? (ji = t6, u3 = e4, i3 = o3, e4 = { keyword: (a3 = n3) ? `${u3.toLowerCase()} ${a3.toLowerCase()}` : u3.toLowerCase(), args: i3.toLowerCase() }, t6 = e4) : (Si = t6, t6 = s)) : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                var u3, a3, i3;
                return t6;
              })()) === s && (h2 = null), h2 !== s && tv() !== s ? ((L2 = (function() {
                var r3, t6;
                r3 = Si, Kp() !== s && tv() !== s && Vb() !== s && tv() !== s && (t6 = Gl()) !== s && tv() !== s && Xb() !== s ? (ji = r3, r3 = { type: "when", cond: t6, parentheses: true }) : (Si = r3, r3 = s);
                return r3;
              })()) === s && (L2 = null), L2 !== s && tv() !== s ? ("execute" === r2.substr(Si, 7).toLowerCase() ? (m2 = r2.substr(Si, 7), Si += 7) : (m2 = s, 0 === Ni && Di(it)), m2 !== s && tv() !== s ? ("procedure" === r2.substr(Si, 9).toLowerCase() ? (C2 = r2.substr(Si, 9), Si += 9) : (C2 = s, 0 === Ni && Di(ct)), C2 === s && ("function" === r2.substr(Si, 8).toLowerCase() ? (C2 = r2.substr(Si, 8), Si += 8) : (C2 = s, 0 === Ni && Di(ar))), C2 !== s && tv() !== s && (E2 = yv()) !== s ? (ji = t5, A2 = u2, g2 = i2, _2 = f2, S2 = b2, j2 = v2, x2 = d2, I2 = h2, R2 = L2, N2 = C2, O2 = E2, e3 = { type: "create", replace: n2 && "or replace", constraint: c2, location: (T2 = l2) && T2.toLowerCase(), events: _2, table: S2, from: j2 && j2[2], deferrable: x2, for_each: I2, when: R2, execute: { keyword: "execute " + N2.toLowerCase(), expr: O2 }, constraint_type: g2 && g2.toLowerCase(), keyword: g2 && g2.toLowerCase(), constraint_kw: A2 && A2.toLowerCase(), resource: "constraint" }, t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              var A2, g2, T2, _2, S2, j2, x2, I2, R2, N2, O2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, p2, b2, v2, y2, d2, w2, h2;
              t5 = Si, (e3 = cp()) !== s && tv() !== s ? ("extension" === r2.substr(Si, 9).toLowerCase() ? (n2 = r2.substr(Si, 9), Si += 9) : (n2 = s, 0 === Ni && Di(c)), n2 !== s && tv() !== s ? ((o2 = Yi()) === s && (o2 = null), o2 !== s && tv() !== s ? ((u2 = mf()) === s && (u2 = Bf()), u2 !== s && tv() !== s ? ((a2 = Ip()) === s && (a2 = null), a2 !== s && tv() !== s ? (i2 = Si, "schema" === r2.substr(Si, 6).toLowerCase() ? (p2 = r2.substr(Si, 6), Si += 6) : (p2 = s, 0 === Ni && Di(l)), p2 !== s && (b2 = tv()) !== s && (v2 = mf()) !== s ? i2 = p2 = [p2, b2, v2] : (Si = i2, i2 = s), i2 === s && (i2 = Bf()), i2 === s && (i2 = null), i2 !== s && (p2 = tv()) !== s ? (b2 = Si, "version" === r2.substr(Si, 7).toLowerCase() ? (v2 = r2.substr(Si, 7), Si += 7) : (v2 = s, 0 === Ni && Di(f)), v2 !== s && (y2 = tv()) !== s ? ((d2 = mf()) === s && (d2 = Bf()), d2 !== s ? b2 = v2 = [v2, y2, d2] : (Si = b2, b2 = s)) : (Si = b2, b2 = s), b2 === s && (b2 = null), b2 !== s && (v2 = tv()) !== s ? (y2 = Si, (d2 = mp()) !== s && (w2 = tv()) !== s ? ((h2 = mf()) === s && (h2 = Bf()), h2 !== s ? y2 = d2 = [d2, w2, h2] : (Si = y2, y2 = s)) : (Si = y2, y2 = s), y2 === s && (y2 = null), y2 !== s ? (ji = t5, L2 = o2, m2 = u2, C2 = a2, E2 = i2, A2 = b2, g2 = y2, e3 = { type: "create", keyword: n2.toLowerCase(), if_not_exists: L2, extension: kv(m2), with: C2 && C2[0].toLowerCase(), schema: kv(E2 && E2[2].toLowerCase()), version: kv(A2 && A2[2]), from: kv(g2 && g2[2]) }, t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              var L2, m2, C2, E2, A2, g2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2, h2, L2;
              t5 = Si, (e3 = cp()) !== s && tv() !== s ? ((n2 = Gb()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = Db()) !== s && tv() !== s ? ((u2 = Hb()) === s && (u2 = null), u2 !== s && tv() !== s ? ((a2 = af()) === s && (a2 = null), a2 !== s && tv() !== s && (i2 = Tp()) !== s && tv() !== s && (c2 = cl()) !== s && tv() !== s ? ((l2 = el()) === s && (l2 = null), l2 !== s && tv() !== s && Vb() !== s && tv() !== s && (f2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, i3;
                if (r3 = Si, (t6 = ec()) !== s) {
                  for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = ec()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = ec()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s);
                  e4 !== s ? (ji = r3, t6 = Iv(t6, e4), r3 = t6) : (Si = r3, r3 = s);
                } else Si = r3, r3 = s;
                return r3;
              })()) !== s && tv() !== s && Xb() !== s && tv() !== s ? (p2 = Si, (b2 = Ip()) !== s && (v2 = tv()) !== s && (y2 = Vb()) !== s && (d2 = tv()) !== s && (w2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, i3;
                if (r3 = Si, (t6 = ol()) !== s) {
                  for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = ol()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = ol()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s);
                  e4 !== s ? (ji = r3, t6 = Iv(t6, e4), r3 = t6) : (Si = r3, r3 = s);
                } else Si = r3, r3 = s;
                return r3;
              })()) !== s && (h2 = tv()) !== s && (L2 = Xb()) !== s ? p2 = b2 = [b2, v2, y2, d2, w2, h2, L2] : (Si = p2, p2 = s), p2 === s && (p2 = null), p2 !== s && (b2 = tv()) !== s ? (v2 = Si, (y2 = (function() {
                var t6, e4, n3, o3;
                t6 = Si, "tablespace" === r2.substr(Si, 10).toLowerCase() ? (e4 = r2.substr(Si, 10), Si += 10) : (e4 = s, 0 === Ni && Di(Ws));
                e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t6, t6 = e4 = "TABLESPACE") : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                return t6;
              })()) !== s && (d2 = tv()) !== s && (w2 = mf()) !== s ? v2 = y2 = [y2, d2, w2] : (Si = v2, v2 = s), v2 === s && (v2 = null), v2 !== s && (y2 = tv()) !== s ? ((d2 = pl()) === s && (d2 = null), d2 !== s && (w2 = tv()) !== s ? (ji = t5, m2 = e3, C2 = n2, E2 = o2, A2 = u2, g2 = a2, T2 = i2, _2 = c2, S2 = l2, j2 = f2, x2 = p2, I2 = v2, R2 = d2, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: m2[0].toLowerCase(), index_type: C2 && C2.toLowerCase(), keyword: E2.toLowerCase(), concurrently: A2 && A2.toLowerCase(), index: g2, on_kw: T2[0].toLowerCase(), table: _2, index_using: S2, index_columns: j2, with: x2 && x2[4], with_before_where: true, tablespace: I2 && { type: "origin", value: I2[2] }, where: R2 } }, t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              var m2, C2, E2, A2, g2, T2, _2, S2, j2, x2, I2, R2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2;
              t5 = Si, (e3 = cp()) !== s && tv() !== s ? ((n2 = lp()) === s && (n2 = fp()), n2 === s && (n2 = null), n2 !== s && tv() !== s && (function() {
                var t6, e4, n3, o3;
                t6 = Si, "sequence" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(Kt));
                e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t6, t6 = e4 = "SEQUENCE") : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                return t6;
              })() !== s && tv() !== s ? ((o2 = Yi()) === s && (o2 = null), o2 !== s && tv() !== s && (u2 = cl()) !== s && tv() !== s ? (a2 = Si, (i2 = Ep()) !== s && (c2 = tv()) !== s && (l2 = lf()) !== s ? a2 = i2 = [i2, c2, l2] : (Si = a2, a2 = s), a2 === s && (a2 = null), a2 !== s && (i2 = tv()) !== s ? ((c2 = (function() {
                var r3, t6, e4, n3, o3, u3;
                if (r3 = Si, (t6 = tc()) !== s) {
                  for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = tc()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = tc()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s);
                  e4 !== s ? (ji = r3, t6 = Iv(t6, e4, 1), r3 = t6) : (Si = r3, r3 = s);
                } else Si = r3, r3 = s;
                return r3;
              })()) === s && (c2 = null), c2 !== s ? (ji = t5, f2 = e3, p2 = n2, b2 = o2, y2 = a2, d2 = c2, (v2 = u2).as = y2 && y2[2], e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: f2[0].toLowerCase(), keyword: "sequence", temporary: p2 && p2[0].toLowerCase(), if_not_exists: b2, sequence: [v2], create_definitions: d2 } }, t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              var f2, p2, b2, v2, y2, d2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2;
              t5 = Si, (e3 = cp()) !== s && tv() !== s ? ((n2 = (function() {
                var t6, e4, n3, o3;
                t6 = Si, "database" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(zt));
                e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t6, t6 = e4 = "DATABASE") : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                return t6;
              })()) === s && (n2 = gp()), n2 !== s && tv() !== s ? ((o2 = Yi()) === s && (o2 = null), o2 !== s && tv() !== s && (u2 = vv()) !== s && tv() !== s ? ((a2 = (function() {
                var r3, t6, e4, n3, o3, u3;
                if (r3 = Si, (t6 = jc()) !== s) {
                  for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = jc()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = jc()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s);
                  e4 !== s ? (ji = r3, t6 = Iv(t6, e4, 1), r3 = t6) : (Si = r3, r3 = s);
                } else Si = r3, r3 = s;
                return r3;
              })()) === s && (a2 = null), a2 !== s ? (ji = t5, e3 = (function(r3, t6, e4, n3, o3) {
                const s2 = t6.toLowerCase();
                return { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: r3[0].toLowerCase(), keyword: s2, if_not_exists: e4, [s2]: { db: n3.schema, schema: n3.name }, create_definitions: o3 } };
              })(e3, n2, o2, u2, a2), t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2;
              t5 = Si, (e3 = cp()) !== s && tv() !== s ? ("domain" === r2.substr(Si, 6).toLowerCase() ? (n2 = r2.substr(Si, 6), Si += 6) : (n2 = s, 0 === Ni && Di(cr)), n2 !== s && tv() !== s && (o2 = cl()) !== s && tv() !== s ? ((u2 = Ep()) === s && (u2 = null), u2 !== s && tv() !== s && (a2 = Lv()) !== s && tv() !== s ? ((i2 = uc()) === s && (i2 = null), i2 !== s && tv() !== s ? ((c2 = ic()) === s && (c2 = null), c2 !== s && tv() !== s ? ((l2 = Ac()) === s && (l2 = null), l2 !== s ? (ji = t5, e3 = (function(r3, t6, e4, n3, o3, s2, u3, a3) {
                a3 && (a3.type = "constraint");
                const i3 = [s2, u3, a3].filter((r4) => r4);
                return { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: r3[0].toLowerCase(), keyword: t6.toLowerCase(), domain: { schema: e4.db, name: e4.table }, as: n3 && n3[0] && n3[0].toLowerCase(), target: o3, create_definitions: i3 } };
              })(e3, n2, o2, u2, a2, i2, c2, l2), t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2;
              t5 = Si, (e3 = cp()) !== s && tv() !== s ? ("type" === r2.substr(Si, 4).toLowerCase() ? (n2 = r2.substr(Si, 4), Si += 4) : (n2 = s, 0 === Ni && Di(ir)), n2 !== s && tv() !== s && (o2 = cl()) !== s && tv() !== s && (u2 = Ep()) !== s && tv() !== s && (a2 = yb()) !== s && tv() !== s && Vb() !== s && tv() !== s ? ((i2 = Ol()) === s && (i2 = null), i2 !== s && tv() !== s && Xb() !== s ? (ji = t5, c2 = e3, l2 = n2, f2 = o2, p2 = u2, b2 = a2, (v2 = i2).parentheses = true, Pv.add([f2.db, f2.table].filter((r3) => r3).join(".")), e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: c2[0].toLowerCase(), keyword: l2.toLowerCase(), name: { schema: f2.db, name: f2.table }, as: p2 && p2[0] && p2[0].toLowerCase(), resource: b2.toLowerCase(), create_definitions: v2 } }, t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              var c2, l2, f2, p2, b2, v2;
              t5 === s && (t5 = Si, (e3 = cp()) !== s && tv() !== s ? ("type" === r2.substr(Si, 4).toLowerCase() ? (n2 = r2.substr(Si, 4), Si += 4) : (n2 = s, 0 === Ni && Di(ir)), n2 !== s && tv() !== s && (o2 = cl()) !== s ? (ji = t5, e3 = (function(r3, t6, e4) {
                return Pv.add([e4.db, e4.table].filter((r4) => r4).join(".")), { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: r3[0].toLowerCase(), keyword: t6.toLowerCase(), name: { schema: e4.db, name: e4.table } } };
              })(e3, n2, o2), t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s));
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2, d2, w2, h2, L2, m2, C2, E2, A2;
              t5 = Si, (e3 = cp()) !== s && tv() !== s ? (n2 = Si, (o2 = Wp()) !== s && (u2 = tv()) !== s && (a2 = yp()) !== s ? n2 = o2 = [o2, u2, a2] : (Si = n2, n2 = s), n2 === s && (n2 = null), n2 !== s && (o2 = tv()) !== s ? ((u2 = fp()) === s && (u2 = lp()), u2 === s && (u2 = null), u2 !== s && (a2 = tv()) !== s ? ((i2 = vp()) === s && (i2 = null), i2 !== s && tv() !== s && (function() {
                var t6, e4, n3, o3;
                t6 = Si, "view" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(Ga));
                e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t6, t6 = e4 = "VIEW") : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                return t6;
              })() !== s && tv() !== s && (c2 = cl()) !== s && tv() !== s ? (l2 = Si, (f2 = Vb()) !== s && (d2 = tv()) !== s && (w2 = of()) !== s && (h2 = tv()) !== s && (L2 = Xb()) !== s ? l2 = f2 = [f2, d2, w2, h2, L2] : (Si = l2, l2 = s), l2 === s && (l2 = null), l2 !== s && (f2 = tv()) !== s ? (d2 = Si, (w2 = Ip()) !== s && (h2 = tv()) !== s && (L2 = Vb()) !== s && (m2 = tv()) !== s && (C2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, i3;
                if (r3 = Si, (t6 = Wi()) !== s) {
                  for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = Wi()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = Wi()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s);
                  e4 !== s ? (ji = r3, t6 = Iv(t6, e4), r3 = t6) : (Si = r3, r3 = s);
                } else Si = r3, r3 = s;
                return r3;
              })()) !== s && (E2 = tv()) !== s && (A2 = Xb()) !== s ? d2 = w2 = [w2, h2, L2, m2, C2, E2, A2] : (Si = d2, d2 = s), d2 === s && (d2 = null), d2 !== s && (w2 = tv()) !== s && (h2 = Ep()) !== s && (L2 = tv()) !== s && (m2 = qc()) !== s && (C2 = tv()) !== s ? ((E2 = (function() {
                var t6, e4, n3, o3, u3;
                t6 = Si, (e4 = Ip()) !== s && tv() !== s ? ("cascaded" === r2.substr(Si, 8).toLowerCase() ? (n3 = r2.substr(Si, 8), Si += 8) : (n3 = s, 0 === Ni && Di(p)), n3 === s && ("local" === r2.substr(Si, 5).toLowerCase() ? (n3 = r2.substr(Si, 5), Si += 5) : (n3 = s, 0 === Ni && Di(b))), n3 !== s && tv() !== s ? ("check" === r2.substr(Si, 5).toLowerCase() ? (o3 = r2.substr(Si, 5), Si += 5) : (o3 = s, 0 === Ni && Di(v)), o3 !== s && tv() !== s ? ("OPTION" === r2.substr(Si, 6) ? (u3 = "OPTION", Si += 6) : (u3 = s, 0 === Ni && Di(y)), u3 !== s ? (ji = t6, e4 = `with ${n3.toLowerCase()} check option`, t6 = e4) : (Si = t6, t6 = s)) : (Si = t6, t6 = s)) : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                t6 === s && (t6 = Si, (e4 = Ip()) !== s && tv() !== s ? ("check" === r2.substr(Si, 5).toLowerCase() ? (n3 = r2.substr(Si, 5), Si += 5) : (n3 = s, 0 === Ni && Di(v)), n3 !== s && tv() !== s ? ("OPTION" === r2.substr(Si, 6) ? (o3 = "OPTION", Si += 6) : (o3 = s, 0 === Ni && Di(y)), o3 !== s ? (ji = t6, t6 = e4 = "with check option") : (Si = t6, t6 = s)) : (Si = t6, t6 = s)) : (Si = t6, t6 = s));
                return t6;
              })()) === s && (E2 = null), E2 !== s ? (ji = t5, g2 = e3, T2 = n2, _2 = u2, S2 = i2, x2 = l2, I2 = d2, R2 = m2, N2 = E2, (j2 = c2).view = j2.table, delete j2.table, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: g2[0].toLowerCase(), keyword: "view", replace: T2 && "or replace", temporary: _2 && _2[0].toLowerCase(), recursive: S2 && S2.toLowerCase(), columns: x2 && x2[2], select: R2, view: j2, with_options: I2 && I2[4], with: N2 } }, t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              var g2, T2, _2, S2, j2, x2, I2, R2, N2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2;
              t5 = Si, (e3 = cp()) !== s && tv() !== s ? (n2 = Si, (o2 = Wp()) !== s && (u2 = tv()) !== s && (a2 = yp()) !== s ? n2 = o2 = [o2, u2, a2] : (Si = n2, n2 = s), n2 === s && (n2 = null), n2 !== s && (o2 = tv()) !== s ? ("aggregate" === r2.substr(Si, 9).toLowerCase() ? (u2 = r2.substr(Si, 9), Si += 9) : (u2 = s, 0 === Ni && Di(C)), u2 !== s && (a2 = tv()) !== s && (i2 = cl()) !== s && tv() !== s && Vb() !== s && tv() !== s && (c2 = cc()) !== s && tv() !== s && Xb() !== s && tv() !== s && Vb() !== s && tv() !== s && (l2 = (function() {
                var t6, e4, n3, o3, u3, a3, i3, c3;
                if (t6 = Si, (e4 = (function() {
                  var t7, e5, n4, o4, u4;
                  t7 = Si, "sfunc" === r2.substr(Si, 5).toLowerCase() ? (e5 = r2.substr(Si, 5), Si += 5) : (e5 = s, 0 === Ni && Di(L));
                  e5 !== s && tv() !== s && kb() !== s && tv() !== s && (n4 = cl()) !== s && tv() !== s && Yb() !== s && tv() !== s ? ("stype" === r2.substr(Si, 5).toLowerCase() ? (o4 = r2.substr(Si, 5), Si += 5) : (o4 = s, 0 === Ni && Di(m)), o4 !== s && tv() !== s && kb() !== s && tv() !== s && (u4 = Lv()) !== s ? (ji = t7, i4 = u4, e5 = [{ type: "sfunc", symbol: "=", value: { schema: (a4 = n4).db, name: a4.table } }, { type: "stype", symbol: "=", value: i4 }], t7 = e5) : (Si = t7, t7 = s)) : (Si = t7, t7 = s);
                  var a4, i4;
                  return t7;
                })()) !== s) {
                  for (n3 = [], o3 = Si, (u3 = tv()) !== s && (a3 = Yb()) !== s && (i3 = tv()) !== s && (c3 = Vi()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Si = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = Si, (u3 = tv()) !== s && (a3 = Yb()) !== s && (i3 = tv()) !== s && (c3 = Vi()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Si = o3, o3 = s);
                  n3 !== s ? (ji = t6, e4 = Iv(e4, n3), t6 = e4) : (Si = t6, t6 = s);
                } else Si = t6, t6 = s;
                return t6;
              })()) !== s && tv() !== s && Xb() !== s ? (ji = t5, f2 = i2, p2 = c2, b2 = l2, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "create", keyword: "aggregate", name: { schema: f2.db, name: f2.table }, args: { parentheses: true, expr: p2, orderby: p2.orderby }, options: b2 } }, t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              var f2, p2, b2;
              return t5;
            })());
            return t4;
          })()) === s && (t3 = Zi()) === s && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = Si, (t4 = Tb()) !== s && tv() !== s ? ((e3 = Ap()) === s && (e3 = null), e3 !== s && tv() !== s && (n2 = sl()) !== s ? (ji = r3, o2 = t4, u2 = e3, (a2 = n2) && a2.forEach((r4) => Mv.add(`${o2}::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t4 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: o2.toLowerCase(), keyword: u2 && u2.toLowerCase() || "table", name: a2 } }, r3 = t4) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
            var o2, u2, a2;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3;
            r3 = Si, (t4 = dp()) !== s && tv() !== s && Ap() !== s && tv() !== s && (e3 = (function() {
              var r4, t5, e4, n3, o2, u2, a2, i2;
              if (r4 = Si, (t5 = tl()) !== s) {
                for (e4 = [], n3 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = tl()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = tl()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (Si = n3, n3 = s);
                e4 !== s ? (ji = r4, t5 = Iv(t5, e4), r4 = t5) : (Si = r4, r4 = s);
              } else Si = r4, r4 = s;
              return r4;
            })()) !== s ? (ji = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && Mv.add(`rename::${[r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`))), t4 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "rename", table: n2 } }, r3 = t4) : (Si = r3, r3 = s);
            var n2;
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = Si, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "call" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(ku));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "CALL") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) !== s && tv() !== s && (n2 = yv()) !== s ? (ji = t4, o2 = n2, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "call", expr: o2 } }, t4 = e3) : (Si = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = Si, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "use" === r2.substr(Si, 3).toLowerCase() ? (e4 = r2.substr(Si, 3), Si += 3) : (e4 = s, 0 === Ni && Di(xs));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t5 = e4 = [e4, n3] : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) !== s && tv() !== s && (n2 = af()) !== s ? (ji = t4, o2 = n2, Mv.add(`use::${o2}::null`), e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "use", db: o2 } }, t4 = e3) : (Si = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2;
              r3 = Si, (t5 = up()) !== s && tv() !== s && Ap() !== s && tv() !== s && (e3 = sl()) !== s && tv() !== s && (n2 = (function() {
                var r4, t6, e4, n3, o3, u3, a2, i2;
                if (r4 = Si, (t6 = bc()) !== s) {
                  for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a2 = tv()) !== s && (i2 = bc()) !== s ? n3 = o3 = [o3, u3, a2, i2] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a2 = tv()) !== s && (i2 = bc()) !== s ? n3 = o3 = [o3, u3, a2, i2] : (Si = n3, n3 = s);
                  e4 !== s ? (ji = r4, t6 = Iv(t6, e4), r4 = t6) : (Si = r4, r4 = s);
                } else Si = r4, r4 = s;
                return r4;
              })()) !== s ? (ji = r3, u2 = n2, (o2 = e3) && o2.length > 0 && o2.forEach((r4) => Mv.add(`alter::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t5 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "alter", table: o2, expr: u2 } }, r3 = t5) : (Si = r3, r3 = s);
              var o2, u2;
              return r3;
            })()) === s && (t4 = (function() {
              var r3, t5, e3, n2, o2;
              r3 = Si, (t5 = up()) !== s && tv() !== s && (e3 = gp()) !== s && tv() !== s && (n2 = mf()) !== s && tv() !== s ? ((o2 = vc()) === s && (o2 = yc()) === s && (o2 = dc()), o2 !== s ? (ji = r3, t5 = (function(r4, t6, e4) {
                const n3 = r4.toLowerCase();
                return e4.resource = n3, e4[n3] = e4.table, delete e4.table, { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "alter", keyword: n3, schema: t6, expr: e4 } };
              })(e3, n2, o2), r3 = t5) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
              return r3;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2;
              t5 = Si, (e3 = up()) !== s && tv() !== s ? ("domain" === r2.substr(Si, 6).toLowerCase() ? (n2 = r2.substr(Si, 6), Si += 6) : (n2 = s, 0 === Ni && Di(cr)), n2 === s && ("type" === r2.substr(Si, 4).toLowerCase() ? (n2 = r2.substr(Si, 4), Si += 4) : (n2 = s, 0 === Ni && Di(ir))), n2 !== s && tv() !== s && (o2 = cl()) !== s && tv() !== s ? ((u2 = vc()) === s && (u2 = yc()) === s && (u2 = dc()), u2 !== s ? (ji = t5, e3 = (function(r3, t6, e4) {
                const n3 = r3.toLowerCase();
                return e4.resource = n3, e4[n3] = e4.table, delete e4.table, { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "alter", keyword: n3, name: { schema: t6.db, name: t6.table }, expr: e4 } };
              })(n2, o2, u2), t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2;
              t5 = Si, (e3 = up()) !== s && tv() !== s ? ("function" === r2.substr(Si, 8).toLowerCase() ? (n2 = r2.substr(Si, 8), Si += 8) : (n2 = s, 0 === Ni && Di(ar)), n2 !== s && tv() !== s && (o2 = cl()) !== s && tv() !== s ? (u2 = Si, (a2 = Vb()) !== s && (i2 = tv()) !== s ? ((c2 = pc()) === s && (c2 = null), c2 !== s && (l2 = tv()) !== s && (f2 = Xb()) !== s ? u2 = a2 = [a2, i2, c2, l2, f2] : (Si = u2, u2 = s)) : (Si = u2, u2 = s), u2 === s && (u2 = null), u2 !== s && (a2 = tv()) !== s ? ((i2 = vc()) === s && (i2 = yc()) === s && (i2 = dc()), i2 !== s ? (ji = t5, e3 = (function(r3, t6, e4, n3) {
                const o3 = r3.toLowerCase();
                n3.resource = o3, n3[o3] = n3.table, delete n3.table;
                const s2 = {};
                return e4 && e4[0] && (s2.parentheses = true), s2.expr = e4 && e4[2], { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "alter", keyword: o3, name: { schema: t6.db, name: t6.table }, args: s2, expr: n3 } };
              })(n2, o2, u2, i2), t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2;
              t5 = Si, (e3 = up()) !== s && tv() !== s ? ("aggregate" === r2.substr(Si, 9).toLowerCase() ? (n2 = r2.substr(Si, 9), Si += 9) : (n2 = s, 0 === Ni && Di(C)), n2 !== s && tv() !== s && (o2 = cl()) !== s && tv() !== s && Vb() !== s && tv() !== s && (u2 = cc()) !== s && tv() !== s && Xb() !== s && tv() !== s ? ((a2 = vc()) === s && (a2 = yc()) === s && (a2 = dc()), a2 !== s ? (ji = t5, e3 = (function(r3, t6, e4, n3) {
                const o3 = r3.toLowerCase();
                return n3.resource = o3, n3[o3] = n3.table, delete n3.table, { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "alter", keyword: o3, name: { schema: t6.db, name: t6.table }, args: { parentheses: true, expr: e4, orderby: e4.orderby }, expr: n3 } };
              })(n2, o2, u2, a2), t5 = e3) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })());
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Si, (e3 = Cp()) !== s && tv() !== s ? ((n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "global" === r2.substr(Si, 6).toLowerCase() ? (e4 = r2.substr(Si, 6), Si += 6) : (e4 = s, 0 === Ni && Di(Ua));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "GLOBAL") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "session" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(Ma));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "SESSION") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "local" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(b));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "LOCAL") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "persist" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(Da));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "PERSIST") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "persist_only" === r2.substr(Si, 12).toLowerCase() ? (e4 = r2.substr(Si, 12), Si += 12) : (e4 = s, 0 === Ni && Di(Pa));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "PERSIST_ONLY") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()), n2 === s && (n2 = null), n2 !== s && tv() !== s && (o2 = (function() {
              var r3, t5, e4, n3, o3, u3, a3, i2;
              if (r3 = Si, (t5 = cv()) !== s) {
                for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i2 = cv()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i2 = cv()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (Si = n3, n3 = s);
                e4 !== s ? (ji = r3, t5 = Iv(t5, e4), r3 = t5) : (Si = r3, r3 = s);
              } else Si = r3, r3 = s;
              return r3;
            })()) !== s ? (ji = t4, u2 = n2, (a2 = o2).keyword = u2, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "set", keyword: u2, expr: a2 } }, t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var u2, a2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = Si, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "lock" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(Vr));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t5 = e4 = [e4, n3] : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) !== s && tv() !== s ? ((n2 = Ap()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = sl()) !== s && tv() !== s ? ((u2 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "in" === r2.substr(Si, 2).toLowerCase() ? (e4 = r2.substr(Si, 2), Si += 2) : (e4 = s, 0 === Ni && Di(Ot));
              e4 !== s && tv() !== s ? ("access share" === r2.substr(Si, 12).toLowerCase() ? (n3 = r2.substr(Si, 12), Si += 12) : (n3 = s, 0 === Ni && Di(kt)), n3 === s && ("row share" === r2.substr(Si, 9).toLowerCase() ? (n3 = r2.substr(Si, 9), Si += 9) : (n3 = s, 0 === Ni && Di(Ut)), n3 === s && ("row exclusive" === r2.substr(Si, 13).toLowerCase() ? (n3 = r2.substr(Si, 13), Si += 13) : (n3 = s, 0 === Ni && Di(Mt)), n3 === s && ("share update exclusive" === r2.substr(Si, 22).toLowerCase() ? (n3 = r2.substr(Si, 22), Si += 22) : (n3 = s, 0 === Ni && Di(Dt)), n3 === s && ("share row exclusive" === r2.substr(Si, 19).toLowerCase() ? (n3 = r2.substr(Si, 19), Si += 19) : (n3 = s, 0 === Ni && Di(Pt)), n3 === s && ("exclusive" === r2.substr(Si, 9).toLowerCase() ? (n3 = r2.substr(Si, 9), Si += 9) : (n3 = s, 0 === Ni && Di(Qr)), n3 === s && ("access exclusive" === r2.substr(Si, 16).toLowerCase() ? (n3 = r2.substr(Si, 16), Si += 16) : (n3 = s, 0 === Ni && Di(Gt)), n3 === s && ("share" === r2.substr(Si, 5).toLowerCase() ? (n3 = r2.substr(Si, 5), Si += 5) : (n3 = s, 0 === Ni && Di(Ft))))))))), n3 !== s && tv() !== s ? ("mode" === r2.substr(Si, 4).toLowerCase() ? (o3 = r2.substr(Si, 4), Si += 4) : (o3 = s, 0 === Ni && Di($t)), o3 !== s ? (ji = t5, e4 = { mode: `in ${n3.toLowerCase()} mode` }, t5 = e4) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (u2 = null), u2 !== s && tv() !== s ? ("nowait" === r2.substr(Si, 6).toLowerCase() ? (a2 = r2.substr(Si, 6), Si += 6) : (a2 = s, 0 === Ni && Di(Ht)), a2 === s && (a2 = null), a2 !== s ? (ji = t4, i2 = n2, l2 = u2, f2 = a2, (c2 = o2) && c2.forEach((r3) => Mv.add(`lock::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "lock", keyword: i2 && i2.toLowerCase(), tables: c2.map((r3) => ({ table: r3 })), lock_mode: l2, nowait: f2 } }, t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var i2, c2, l2, f2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = Si, (e3 = op()) !== s && tv() !== s ? ("tables" === r2.substr(Si, 6).toLowerCase() ? (n2 = r2.substr(Si, 6), Si += 6) : (n2 = s, 0 === Ni && Di(Bt)), n2 !== s ? (ji = t4, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "show", keyword: "tables" } }, t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            t4 === s && (t4 = Si, (e3 = op()) !== s && tv() !== s && (n2 = hv()) !== s ? (ji = t4, o2 = n2, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "show", keyword: "var", var: o2 } }, t4 = e3) : (Si = t4, t4 = s));
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Si, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "deallocate" === r2.substr(Si, 10).toLowerCase() ? (e4 = r2.substr(Si, 10), Si += 10) : (e4 = s, 0 === Ni && Di(Vs));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "DEALLOCATE") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) !== s && tv() !== s ? ("prepare" === r2.substr(Si, 7).toLowerCase() ? (n2 = r2.substr(Si, 7), Si += 7) : (n2 = s, 0 === Ni && Di(qt)), n2 === s && (n2 = null), n2 !== s && tv() !== s ? ((o2 = mf()) === s && (o2 = Mp()), o2 !== s ? (ji = t4, u2 = n2, a2 = o2, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "deallocate", keyword: u2, expr: { type: "default", value: a2 } } }, t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var u2, a2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2;
            t4 = Si, (e3 = Dc()) !== s && tv() !== s && (n2 = (function() {
              var r3, t5, e4, n3, o3, u3, a3, i3;
              if (r3 = Si, (t5 = Oc()) !== s) {
                for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = Oc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = Oc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s);
                e4 !== s ? (ji = r3, t5 = Iv(t5, e4), r3 = t5) : (Si = r3, r3 = s);
              } else Si = r3, r3 = s;
              return r3;
            })()) !== s && tv() !== s && (o2 = Tp()) !== s && tv() !== s ? ((u2 = (function() {
              var t5, e4, n3;
              t5 = Si, (e4 = Ap()) === s && ("sequence" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(Kt)), e4 === s && ("database" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(zt)), e4 === s && ("DOMAIN" === r2.substr(Si, 6) ? (e4 = "DOMAIN", Si += 6) : (e4 = s, 0 === Ni && Di(Zt)), e4 === s && ("FUNCTION" === r2.substr(Si, 8) ? (e4 = "FUNCTION", Si += 8) : (e4 = s, 0 === Ni && Di(Jt)), e4 === s && ("procedure" === r2.substr(Si, 9).toLowerCase() ? (e4 = r2.substr(Si, 9), Si += 9) : (e4 = s, 0 === Ni && Di(ct)), e4 === s && ("routine" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(re)), e4 === s && ("language" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(te)), e4 === s && ("large" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(ee)), e4 === s && ("SCHEMA" === r2.substr(Si, 6) ? (e4 = "SCHEMA", Si += 6) : (e4 = s, 0 === Ni && Di(ne)))))))))));
              e4 !== s && (ji = t5, e4 = { type: "origin", value: e4.toUpperCase() });
              (t5 = e4) === s && (t5 = Si, (e4 = Mp()) !== s && tv() !== s ? ("tables" === r2.substr(Si, 6).toLowerCase() ? (n3 = r2.substr(Si, 6), Si += 6) : (n3 = s, 0 === Ni && Di(Bt)), n3 === s && ("sequence" === r2.substr(Si, 8).toLowerCase() ? (n3 = r2.substr(Si, 8), Si += 8) : (n3 = s, 0 === Ni && Di(Kt)), n3 === s && ("functions" === r2.substr(Si, 9).toLowerCase() ? (n3 = r2.substr(Si, 9), Si += 9) : (n3 = s, 0 === Ni && Di(oe)), n3 === s && ("procedures" === r2.substr(Si, 10).toLowerCase() ? (n3 = r2.substr(Si, 10), Si += 10) : (n3 = s, 0 === Ni && Di(se)), n3 === s && ("routines" === r2.substr(Si, 8).toLowerCase() ? (n3 = r2.substr(Si, 8), Si += 8) : (n3 = s, 0 === Ni && Di(ue)))))), n3 !== s && tv() !== s && Gp() !== s && tv() !== s && gp() !== s ? (ji = t5, t5 = e4 = { type: "origin", value: `all ${n3} in schema` }) : (Si = t5, t5 = s)) : (Si = t5, t5 = s));
              return t5;
            })()) === s && (u2 = null), u2 !== s && (a2 = tv()) !== s && (i2 = (function() {
              var r3, t5, e4, n3, o3, u3, a3, i3;
              if (r3 = Si, (t5 = kc()) !== s) {
                for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = kc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = kc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s);
                e4 !== s ? (ji = r3, t5 = Iv(t5, e4), r3 = t5) : (Si = r3, r3 = s);
              } else Si = r3, r3 = s;
              return r3;
            })()) !== s && (c2 = tv()) !== s ? ((l2 = np()) === s && (l2 = mp()), l2 !== s ? (ji = Si, b2 = l2, ({ revoke: "from", grant: "to" }[e3.type].toLowerCase() === b2[0].toLowerCase() ? void 0 : s) !== s && tv() !== s && (f2 = Mc()) !== s && tv() !== s ? ((p2 = (function() {
              var t5, e4, n3;
              t5 = Si, Ip() !== s && tv() !== s ? ("grant" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(ie)), e4 !== s && tv() !== s ? ("option" === r2.substr(Si, 6).toLowerCase() ? (n3 = r2.substr(Si, 6), Si += 6) : (n3 = s, 0 === Ni && Di(ce)), n3 !== s ? (ji = t5, t5 = { type: "origin", value: "with grant option" }) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (p2 = null), p2 !== s ? (ji = t4, e3 = (function(r3, t5, e4, n3, o3, s2, u3) {
              return { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { ...r3, keyword: "priv", objects: t5, on: { object_type: e4, priv_level: n3 }, to_from: o3[0], user_or_roles: s2, with: u3 } };
            })(e3, n2, u2, i2, l2, f2, p2), t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var b2;
            t4 === s && (t4 = Si, (e3 = Dc()) !== s && tv() !== s && (n2 = cf()) !== s && tv() !== s ? ((o2 = np()) === s && (o2 = mp()), o2 !== s ? (ji = Si, ((function(r3, t5, e4) {
              return { revoke: "from", grant: "to" }[r3.type].toLowerCase() === e4[0].toLowerCase();
            })(e3, 0, o2) ? void 0 : s) !== s && (u2 = tv()) !== s && (a2 = Mc()) !== s && (i2 = tv()) !== s ? ((c2 = (function() {
              var t5, e4, n3;
              t5 = Si, Ip() !== s && tv() !== s ? ("admin" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(le)), e4 !== s && tv() !== s ? ("option" === r2.substr(Si, 6).toLowerCase() ? (n3 = r2.substr(Si, 6), Si += 6) : (n3 = s, 0 === Ni && Di(ce)), n3 !== s ? (ji = t5, t5 = { type: "origin", value: "with admin option" }) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (c2 = null), c2 !== s ? (ji = t4, e3 = (function(r3, t5, e4, n3, o3) {
              return { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { ...r3, keyword: "role", objects: t5.map((r4) => ({ priv: { type: "string", value: r4 } })), to_from: e4[0], user_or_roles: n3, with: o3 } };
            })(e3, n2, o2, a2, c2), t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s));
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, c2, l2, f2, p2, b2, v2, y2;
            t4 = Si, "if" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(i));
            e3 !== s && tv() !== s && (n2 = Gl()) !== s && tv() !== s ? ("then" === r2.substr(Si, 4).toLowerCase() ? (o2 = r2.substr(Si, 4), Si += 4) : (o2 = s, 0 === Ni && Di(be)), o2 !== s && tv() !== s && (u2 = $i()) !== s && tv() !== s ? ((a2 = zb()) === s && (a2 = null), a2 !== s && tv() !== s ? ((c2 = (function() {
              var r3, t5, e4, n3, o3, u3;
              if (r3 = Si, (t5 = Pc()) !== s) {
                for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Pc()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Pc()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s);
                e4 !== s ? (ji = r3, t5 = Iv(t5, e4, 1), r3 = t5) : (Si = r3, r3 = s);
              } else Si = r3, r3 = s;
              return r3;
            })()) === s && (c2 = null), c2 !== s && tv() !== s ? (l2 = Si, (f2 = zp()) !== s && (p2 = tv()) !== s && (b2 = $i()) !== s ? l2 = f2 = [f2, p2, b2] : (Si = l2, l2 = s), l2 === s && (l2 = null), l2 !== s && (f2 = tv()) !== s ? ((p2 = zb()) === s && (p2 = null), p2 !== s && (b2 = tv()) !== s ? ("end" === r2.substr(Si, 3).toLowerCase() ? (v2 = r2.substr(Si, 3), Si += 3) : (v2 = s, 0 === Ni && Di(ve)), v2 !== s && tv() !== s ? ("if" === r2.substr(Si, 2).toLowerCase() ? (y2 = r2.substr(Si, 2), Si += 2) : (y2 = s, 0 === Ni && Di(i)), y2 !== s ? (ji = t4, d2 = n2, w2 = u2, h2 = a2, L2 = c2, m2 = l2, C2 = p2, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "if", keyword: "if", boolean_expr: d2, semicolons: [h2 || "", C2 || ""], prefix: { type: "origin", value: "then" }, if_expr: w2, elseif_expr: L2, else_expr: m2 && m2[2], suffix: { type: "origin", value: "end if" } } }, t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var d2, w2, h2, L2, m2, C2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2;
            t4 = Si, "raise" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(Ie));
            e3 !== s && tv() !== s ? ((n2 = (function() {
              var t5;
              "debug" === r2.substr(Si, 5).toLowerCase() ? (t5 = r2.substr(Si, 5), Si += 5) : (t5 = s, 0 === Ni && Di(ye));
              t5 === s && ("log" === r2.substr(Si, 3).toLowerCase() ? (t5 = r2.substr(Si, 3), Si += 3) : (t5 = s, 0 === Ni && Di(de)), t5 === s && ("info" === r2.substr(Si, 4).toLowerCase() ? (t5 = r2.substr(Si, 4), Si += 4) : (t5 = s, 0 === Ni && Di(we)), t5 === s && ("notice" === r2.substr(Si, 6).toLowerCase() ? (t5 = r2.substr(Si, 6), Si += 6) : (t5 = s, 0 === Ni && Di(he)), t5 === s && ("warning" === r2.substr(Si, 7).toLowerCase() ? (t5 = r2.substr(Si, 7), Si += 7) : (t5 = s, 0 === Ni && Di(Le)), t5 === s && ("exception" === r2.substr(Si, 9).toLowerCase() ? (t5 = r2.substr(Si, 9), Si += 9) : (t5 = s, 0 === Ni && Di(me)))))));
              return t5;
            })()) === s && (n2 = null), n2 !== s && tv() !== s ? ((o2 = (function() {
              var t5, e4, n3, o3, u3, a3, i3, c3;
              if (t5 = Si, (e4 = Bf()) !== s) {
                for (n3 = [], o3 = Si, (u3 = tv()) !== s && (a3 = Yb()) !== s && (i3 = tv()) !== s && (c3 = bv()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Si = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = Si, (u3 = tv()) !== s && (a3 = Yb()) !== s && (i3 = tv()) !== s && (c3 = bv()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Si = o3, o3 = s);
                n3 !== s ? (ji = t5, e4 = { type: "format", keyword: e4, expr: (l2 = n3) && l2.map((r3) => r3[3]) }, t5 = e4) : (Si = t5, t5 = s);
              } else Si = t5, t5 = s;
              var l2;
              t5 === s && (t5 = Si, "sqlstate" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(xe)), e4 !== s && (n3 = tv()) !== s && (o3 = Bf()) !== s ? (ji = t5, t5 = e4 = { type: "sqlstate", keyword: { type: "origin", value: "SQLSTATE" }, expr: [o3] }) : (Si = t5, t5 = s), t5 === s && (t5 = Si, (e4 = af()) !== s && (ji = t5, e4 = { type: "condition", expr: [{ type: "default", value: e4 }] }), t5 = e4));
              return t5;
            })()) === s && (o2 = null), o2 !== s && tv() !== s ? ((u2 = (function() {
              var t5, e4, n3, o3, u3, a3, i3, c3, f2, p2;
              if (t5 = Si, (e4 = xp()) !== s) if (tv() !== s) if ("message" === r2.substr(Si, 7).toLowerCase() ? (n3 = r2.substr(Si, 7), Si += 7) : (n3 = s, 0 === Ni && Di(Ce)), n3 === s && ("detail" === r2.substr(Si, 6).toLowerCase() ? (n3 = r2.substr(Si, 6), Si += 6) : (n3 = s, 0 === Ni && Di(Ee)), n3 === s && ("hint" === r2.substr(Si, 4).toLowerCase() ? (n3 = r2.substr(Si, 4), Si += 4) : (n3 = s, 0 === Ni && Di(Ae)), n3 === s && ("errcode" === r2.substr(Si, 7).toLowerCase() ? (n3 = r2.substr(Si, 7), Si += 7) : (n3 = s, 0 === Ni && Di(ge)), n3 === s && ("column" === r2.substr(Si, 6).toLowerCase() ? (n3 = r2.substr(Si, 6), Si += 6) : (n3 = s, 0 === Ni && Di(Te)), n3 === s && ("constraint" === r2.substr(Si, 10).toLowerCase() ? (n3 = r2.substr(Si, 10), Si += 10) : (n3 = s, 0 === Ni && Di(_e)), n3 === s && ("datatype" === r2.substr(Si, 8).toLowerCase() ? (n3 = r2.substr(Si, 8), Si += 8) : (n3 = s, 0 === Ni && Di(Se)), n3 === s && ("table" === r2.substr(Si, 5).toLowerCase() ? (n3 = r2.substr(Si, 5), Si += 5) : (n3 = s, 0 === Ni && Di(je)), n3 === s && ("schema" === r2.substr(Si, 6).toLowerCase() ? (n3 = r2.substr(Si, 6), Si += 6) : (n3 = s, 0 === Ni && Di(l)))))))))), n3 !== s) if (tv() !== s) if (kb() !== s) if (tv() !== s) if ((o3 = Gl()) !== s) {
                for (u3 = [], a3 = Si, (i3 = tv()) !== s && (c3 = Yb()) !== s && (f2 = tv()) !== s && (p2 = Gl()) !== s ? a3 = i3 = [i3, c3, f2, p2] : (Si = a3, a3 = s); a3 !== s; ) u3.push(a3), a3 = Si, (i3 = tv()) !== s && (c3 = Yb()) !== s && (f2 = tv()) !== s && (p2 = Gl()) !== s ? a3 = i3 = [i3, c3, f2, p2] : (Si = a3, a3 = s);
                u3 !== s ? (ji = t5, e4 = (function(r3, t6, e5) {
                  const n4 = [t6];
                  return e5 && e5.forEach((r4) => n4.push(r4[3])), { type: "using", option: r3, symbol: "=", expr: n4 };
                })(n3, o3, u3), t5 = e4) : (Si = t5, t5 = s);
              } else Si = t5, t5 = s;
              else Si = t5, t5 = s;
              else Si = t5, t5 = s;
              else Si = t5, t5 = s;
              else Si = t5, t5 = s;
              else Si = t5, t5 = s;
              else Si = t5, t5 = s;
              return t5;
            })()) === s && (u2 = null), u2 !== s ? (ji = t4, a2 = n2, i2 = o2, c2 = u2, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "raise", level: a2, using: c2, raise: i2 } }, t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var a2, i2, c2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2;
            t4 = Si, "execute" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(it));
            e3 !== s && tv() !== s && (n2 = af()) !== s && tv() !== s ? (o2 = Si, (u2 = Vb()) !== s && (a2 = tv()) !== s && (i2 = dv()) !== s && (c2 = tv()) !== s && (l2 = Xb()) !== s ? o2 = u2 = [u2, a2, i2, c2, l2] : (Si = o2, o2 = s), o2 === s && (o2 = null), o2 !== s ? (ji = t4, f2 = n2, p2 = o2, e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "execute", name: f2, args: p2 && { type: "expr_list", value: p2[2] } } }, t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var f2, p2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2;
            t4 = Si, (e3 = (function() {
              var t5, e4, n3;
              t5 = Si, "for" === r2.substr(Si, 3).toLowerCase() ? (e4 = r2.substr(Si, 3), Si += 3) : (e4 = s, 0 === Ni && Di(vt));
              e4 !== s && (ji = t5, e4 = { label: null, keyword: "for" });
              (t5 = e4) === s && (t5 = Si, (e4 = af()) !== s && tv() !== s ? ("for" === r2.substr(Si, 3).toLowerCase() ? (n3 = r2.substr(Si, 3), Si += 3) : (n3 = s, 0 === Ni && Di(vt)), n3 !== s ? (ji = t5, t5 = e4 = { label: e4, keyword: "for" }) : (Si = t5, t5 = s)) : (Si = t5, t5 = s));
              return t5;
            })()) !== s && tv() !== s && (n2 = af()) !== s && tv() !== s && Gp() !== s && tv() !== s && (o2 = Gc()) !== s && tv() !== s ? ("loop" === r2.substr(Si, 4).toLowerCase() ? (u2 = r2.substr(Si, 4), Si += 4) : (u2 = s, 0 === Ni && Di(Re)), u2 !== s && tv() !== s && (a2 = Hi()) !== s && tv() !== s && Zp() !== s && tv() !== s ? ("loop" === r2.substr(Si, 4).toLowerCase() ? (i2 = r2.substr(Si, 4), Si += 4) : (i2 = s, 0 === Ni && Di(Re)), i2 !== s && tv() !== s ? ((c2 = af()) === s && (c2 = null), c2 !== s ? (ji = Si, f2 = c2, (!(!(l2 = e3).label || !f2 || l2.label !== f2) || !l2.label && !f2 ? void 0 : s) !== s ? (ji = t4, e3 = (function(r3, t5, e4, n3, o3) {
              return { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "for", label: o3, target: t5, query: e4, stmts: n3.ast } };
            })(0, n2, o2, a2, c2), t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var l2, f2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Si, "begin" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(Ne));
            e3 === s && ("commit" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Oe)), e3 === s && ("rollback" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(Ue))));
            e3 !== s && (ji = t4, e3 = { type: "transaction", expr: { action: { type: "origin", value: e3 } } });
            return t4 = e3;
          })()), t3;
        }
        function $i() {
          var t3;
          return (t3 = qi()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2, u2, a2, i2;
            r3 = Si, (t4 = tv()) !== s ? ((e3 = Fc()) === s && (e3 = null), e3 !== s && tv() !== s && ip() !== s && tv() !== s && (n2 = sl()) !== s && tv() !== s && Cp() !== s && tv() !== s && (o2 = Tl()) !== s && tv() !== s ? ((u2 = rl()) === s && (u2 = null), u2 !== s && tv() !== s ? ((a2 = pl()) === s && (a2 = null), a2 !== s && tv() !== s ? ((i2 = Sl()) === s && (i2 = null), i2 !== s ? (ji = r3, t4 = (function(r4, t5, e4, n3, o3, s2) {
              const u3 = {}, a3 = (r5) => {
                const { server: t6, db: e5, schema: n4, as: o4, table: s3, join: a4 } = r5, i3 = a4 ? "select" : "update", c2 = [t6, e5, n4].filter(Boolean).join(".") || null;
                e5 && (u3[s3] = c2), s3 && Mv.add(`${i3}::${c2}::${s3}`);
              };
              return t5 && t5.forEach(a3), n3 && n3.forEach(a3), e4 && e4.forEach((r5) => {
                if (r5.table) {
                  const t6 = Nv(r5.table);
                  Mv.add(`update::${u3[t6] || null}::${t6}`);
                }
                Dv.add(`update::${r5.table}::${r5.column}`);
              }), { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { with: r4, type: "update", table: t5, set: e4, from: n3, where: o3, returning: s2 } };
            })(e3, n2, o2, u2, a2, i2), r3 = t4) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2;
            t4 = Si, (e3 = Il()) !== s && tv() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = cl()) !== s && tv() !== s ? ((u2 = xl()) === s && (u2 = null), u2 !== s && tv() !== s && Vb() !== s && tv() !== s && (a2 = of()) !== s && tv() !== s && Xb() !== s && tv() !== s && (i2 = jl()) !== s && tv() !== s ? ((c2 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, Tp() !== s && tv() !== s ? ("conflict" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(un)), e4 !== s && tv() !== s ? ((n3 = (function() {
                var r3, t6;
                r3 = Si, Vb() !== s && tv() !== s && (t6 = bl()) !== s && tv() !== s && Xb() !== s ? (ji = r3, r3 = { type: "column", expr: t6, parentheses: true }) : (Si = r3, r3 = s);
                return r3;
              })()) === s && (n3 = null), n3 !== s && tv() !== s && (o3 = (function() {
                var t6, e5, n4, o4, u3;
                t6 = Si, "do" === r2.substr(Si, 2).toLowerCase() ? (e5 = r2.substr(Si, 2), Si += 2) : (e5 = s, 0 === Ni && Di(on));
                e5 !== s && tv() !== s ? ("nothing" === r2.substr(Si, 7).toLowerCase() ? (n4 = r2.substr(Si, 7), Si += 7) : (n4 = s, 0 === Ni && Di(sn)), n4 !== s ? (ji = t6, t6 = e5 = { keyword: "do", expr: { type: "origin", value: "nothing" } }) : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                t6 === s && (t6 = Si, "do" === r2.substr(Si, 2).toLowerCase() ? (e5 = r2.substr(Si, 2), Si += 2) : (e5 = s, 0 === Ni && Di(on)), e5 !== s && tv() !== s && (n4 = ip()) !== s && tv() !== s && Cp() !== s && tv() !== s && (o4 = Tl()) !== s && tv() !== s ? ((u3 = pl()) === s && (u3 = null), u3 !== s ? (ji = t6, t6 = e5 = { keyword: "do", expr: { type: "update", set: o4, where: u3 } }) : (Si = t6, t6 = s)) : (Si = t6, t6 = s));
                return t6;
              })()) !== s ? (ji = t5, t5 = { type: "conflict", keyword: "on", target: n3, action: o3 }) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (c2 = null), c2 !== s && tv() !== s ? ((l2 = Sl()) === s && (l2 = null), l2 !== s ? (ji = t4, e3 = (function(r3, t5, e4, n3, o3, s2, u3) {
              if (t5 && (Mv.add(`insert::${[t5.db, t5.schema].filter(Boolean).join(".") || null}::${t5.table}`), t5.as = null), n3) {
                let r4 = t5 && t5.table || null;
                Array.isArray(o3.values) && o3.values.forEach((r5, t6) => {
                  if (r5.value.length != n3.length) throw new Error("Error: column count doesn't match value count at row " + (t6 + 1));
                }), n3.forEach((t6) => Dv.add(`insert::${r4}::${t6.value}`));
              }
              return { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: r3, table: [t5], columns: n3, values: o3, partition: e4, conflict: s2, returning: u3 } };
            })(e3, o2, u2, a2, i2, c2, l2), t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2, u2, a2, i2;
            r3 = Si, (t4 = Il()) !== s && tv() !== s ? ((e3 = wp()) === s && (e3 = null), e3 !== s && tv() !== s ? ((n2 = Lp()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = cl()) !== s && tv() !== s ? ((u2 = xl()) === s && (u2 = null), u2 !== s && tv() !== s && (a2 = jl()) !== s && tv() !== s ? ((i2 = Sl()) === s && (i2 = null), i2 !== s ? (ji = r3, t4 = (function(r4, t5, e4, n3, o3, s2, u3) {
              n3 && (Mv.add(`insert::${[n3.db, n3.schema].filter(Boolean).join(".") || null}::${n3.table}`), Dv.add(`insert::${n3.table}::(.*)`), n3.as = null);
              const a3 = [t5, e4].filter((r5) => r5).map((r5) => r5[0] && r5[0].toLowerCase()).join(" ");
              return { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: r4, table: [n3], columns: null, values: s2, partition: o3, prefix: a3, returning: u3 } };
            })(t4, e3, n2, o2, u2, a2, i2), r3 = t4) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2;
            r3 = Si, (t4 = pp()) !== s && tv() !== s ? ((e3 = sl()) === s && (e3 = null), e3 !== s && tv() !== s && (n2 = rl()) !== s && tv() !== s ? ((o2 = pl()) === s && (o2 = null), o2 !== s ? (ji = r3, t4 = (function(r4, t5, e4) {
              if (t5 && t5.forEach((r5) => {
                const { db: t6, as: e5, schema: n3, table: o3, join: s2 } = r5, u2 = s2 ? "select" : "delete", a2 = [t6, n3].filter(Boolean).join(".") || null;
                o3 && Mv.add(`${u2}::${a2}::${o3}`), s2 || Dv.add(`delete::${o3}::(.*)`);
              }), null === r4 && 1 === t5.length) {
                const e5 = t5[0];
                r4 = [{ db: e5.db, schema: e5.schema, table: e5.table, as: e5.as, addition: true }];
              }
              return { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "delete", table: r4, from: t5, where: e4 } };
            })(e3, n2, o2), r3 = t4) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
            return r3;
          })()) === s && (t3 = Fi()) === s && (t3 = (function() {
            var r3, t4;
            r3 = [], t4 = iv();
            for (; t4 !== s; ) r3.push(t4), t4 = iv();
            return r3;
          })()), t3;
        }
        function Hi() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = $i()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = zb()) !== s && (a2 = tv()) !== s && (i2 = $i()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = zb()) !== s && (a2 = tv()) !== s && (i2 = $i()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
              const e4 = r4 && r4.ast || r4, n3 = t4 && t4.length && t4[0].length >= 4 ? [e4] : e4;
              for (let r5 = 0; r5 < t4.length; r5++) t4[r5][3] && 0 !== t4[r5][3].length && n3.push(t4[r5][3] && t4[r5][3].ast || t4[r5][3]);
              return { tableList: Array.from(Mv), columnList: Ov(Dv), ast: n3 };
            })(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Bi() {
          var t3, e3, n2, o2;
          return t3 = Si, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "union" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(ru));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && tv() !== s ? ((n2 = Mp()) === s && (n2 = Dp()), n2 === s && (n2 = null), n2 !== s ? (ji = t3, t3 = e3 = (o2 = n2) ? "union " + o2.toLowerCase() : "union") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "intersect" === r2.substr(Si, 9).toLowerCase() ? (e4 = r2.substr(Si, 9), Si += 9) : (e4 = s, 0 === Ni && Di(tu));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (ji = t3, e3 = "intersect"), (t3 = e3) === s && (t3 = Si, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "except" === r2.substr(Si, 6).toLowerCase() ? (e4 = r2.substr(Si, 6), Si += 6) : (e4 = s, 0 === Ni && Di(eu));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (ji = t3, e3 = "except"), t3 = e3)), t3;
        }
        function qi() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Gc()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Bi()) !== s && (a2 = tv()) !== s && (i2 = Gc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Bi()) !== s && (a2 = tv()) !== s && (i2 = Gc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s && (n2 = tv()) !== s ? ((o2 = Cl()) === s && (o2 = null), o2 !== s && (u2 = tv()) !== s ? ((a2 = gl()) === s && (a2 = null), a2 !== s ? (ji = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return e4 && (r4._orderby = e4), n3 && n3.value && n3.value.length > 0 && (r4._limit = n3), { tableList: Array.from(Mv), columnList: Ov(Dv), ast: r4 };
            })(t3, e3, o2, a2)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Yi() {
          var t3, e3;
          return t3 = Si, "if" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(i)), e3 !== s && tv() !== s && qp() !== s && tv() !== s && Bp() !== s ? (ji = t3, t3 = e3 = "IF NOT EXISTS") : (Si = t3, t3 = s), t3;
        }
        function Wi() {
          var t3, e3, n2;
          return t3 = Si, "check_option" === r2.substr(Si, 12).toLowerCase() ? (e3 = r2.substr(Si, 12), Si += 12) : (e3 = s, 0 === Ni && Di(d)), e3 !== s && tv() !== s && kb() !== s && tv() !== s ? ("cascaded" === r2.substr(Si, 8).toLowerCase() ? (n2 = r2.substr(Si, 8), Si += 8) : (n2 = s, 0 === Ni && Di(p)), n2 === s && ("local" === r2.substr(Si, 5).toLowerCase() ? (n2 = r2.substr(Si, 5), Si += 5) : (n2 = s, 0 === Ni && Di(b))), n2 !== s ? (ji = t3, t3 = e3 = { type: "check_option", value: n2, symbol: "=" }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "security_barrier" === r2.substr(Si, 16).toLowerCase() ? (e3 = r2.substr(Si, 16), Si += 16) : (e3 = s, 0 === Ni && Di(w)), e3 === s && ("security_invoker" === r2.substr(Si, 16).toLowerCase() ? (e3 = r2.substr(Si, 16), Si += 16) : (e3 = s, 0 === Ni && Di(h))), e3 !== s && tv() !== s && kb() !== s && tv() !== s && (n2 = Hf()) !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
            return { type: r3.toLowerCase(), value: t4.value ? "true" : "false", symbol: "=" };
          })(e3, n2)) : (Si = t3, t3 = s)), t3;
        }
        function Vi() {
          var r3, t3, e3, n2;
          return r3 = Si, (t3 = af()) !== s && tv() !== s && kb() !== s && tv() !== s ? ((e3 = af()) === s && (e3 = Gl()), e3 !== s ? (ji = r3, r3 = t3 = { type: t3, symbol: "=", value: "string" == typeof (n2 = e3) ? { type: "default", value: n2 } : n2 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function Xi() {
          var r3, t3, e3;
          return r3 = Si, (t3 = ef()) !== s && tv() !== s && (e3 = Lv()) !== s ? (ji = r3, r3 = t3 = { column: t3, definition: e3 }) : (Si = r3, r3 = s), r3;
        }
        function Qi() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Xi()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Xi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Xi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Ki() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2;
          return t3 = Si, (e3 = mf()) !== s ? (ji = Si, ("begin" !== e3.toLowerCase() ? void 0 : s) !== s && tv() !== s ? ("constant" === r2.substr(Si, 8).toLowerCase() ? (n2 = r2.substr(Si, 8), Si += 8) : (n2 = s, 0 === Ni && Di(g)), n2 === s && (n2 = null), n2 !== s && tv() !== s && (o2 = Lv()) !== s && tv() !== s ? ((u2 = uc()) === s && (u2 = null), u2 !== s && tv() !== s ? (a2 = Si, (i2 = qp()) !== s && (c2 = tv()) !== s && (l2 = tp()) !== s ? a2 = i2 = [i2, c2, l2] : (Si = a2, a2 = s), a2 === s && (a2 = null), a2 !== s && (i2 = tv()) !== s ? (c2 = Si, (l2 = ep()) === s && (":=" === r2.substr(Si, 2) ? (l2 = ":=", Si += 2) : (l2 = s, 0 === Ni && Di(T))), l2 === s && (l2 = null), l2 !== s && (f2 = tv()) !== s ? (p2 = Si, Ni++, "begin" === r2.substr(Si, 5).toLowerCase() ? (b2 = r2.substr(Si, 5), Si += 5) : (b2 = s, 0 === Ni && Di(_)), Ni--, b2 !== s ? (Si = p2, p2 = void 0) : p2 = s, p2 === s && (p2 = Pf()) === s && (p2 = Gl()), p2 !== s ? c2 = l2 = [l2, f2, p2] : (Si = c2, c2 = s)) : (Si = c2, c2 = s), c2 === s && (c2 = null), c2 !== s && (l2 = tv()) !== s ? ((f2 = zb()) === s && (f2 = null), f2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4, n3, o3, s2, u3) {
            return { keyword: "variable", name: r3, constant: t4, datatype: e4, collate: n3, not_null: o3 && "not null", definition: s2 && s2[0] && { type: "default", keyword: s2[0], value: s2[2] } };
          })(e3, n2, o2, u2, a2, c2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function zi() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Si, (t3 = Ki()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Ki()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Ki()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3, 1)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Zi() {
          var t3, e3, n2, o2;
          return t3 = Si, "declare" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(S)), e3 !== s && tv() !== s && (n2 = zi()) !== s ? (ji = t3, o2 = n2, t3 = e3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { type: "declare", declare: o2, symbol: ";" } }) : (Si = t3, t3 = s), t3;
        }
        function Ji() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2, h2;
          if (t3 = Si, "LANGUAGE" === r2.substr(Si, 8) ? (e3 = "LANGUAGE", Si += 8) : (e3 = s, 0 === Ni && Di(j)), e3 !== s && (n2 = tv()) !== s && (o2 = mf()) !== s && (u2 = tv()) !== s ? (ji = t3, t3 = e3 = { prefix: "LANGUAGE", type: "default", value: o2 }) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "transorm" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(x)), e3 !== s && (n2 = tv()) !== s ? (o2 = Si, "FOR" === r2.substr(Si, 3) ? (u2 = "FOR", Si += 3) : (u2 = s, 0 === Ni && Di(I)), u2 !== s && (a2 = tv()) !== s ? ("TYPE" === r2.substr(Si, 4) ? (i2 = "TYPE", Si += 4) : (i2 = s, 0 === Ni && Di(R)), i2 !== s && (c2 = tv()) !== s && (l2 = mf()) !== s ? o2 = u2 = [u2, a2, i2, c2, l2] : (Si = o2, o2 = s)) : (Si = o2, o2 = s), o2 === s && (o2 = null), o2 !== s && (u2 = tv()) !== s ? (ji = t3, t3 = e3 = (h2 = o2) ? { prefix: ["TRANSORM", h2[0].toUpperCase(), h2[2].toUpperCase()].join(" "), type: "default", value: h2[4] } : { type: "origin", value: "TRANSORM" }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "window" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(N)), e3 === s && ("immutable" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(O)), e3 === s && ("stable" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(k)), e3 === s && ("volatile" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(U)), e3 === s && ("strict" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(M)))))), e3 !== s && (n2 = tv()) !== s ? (ji = t3, t3 = e3 = { type: "origin", value: e3 }) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "not" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(D)), e3 === s && (e3 = null), e3 !== s && (n2 = tv()) !== s ? ("leakproof" === r2.substr(Si, 9).toLowerCase() ? (o2 = r2.substr(Si, 9), Si += 9) : (o2 = s, 0 === Ni && Di(P)), o2 !== s && (u2 = tv()) !== s ? (ji = t3, t3 = e3 = { type: "origin", value: [e3, "LEAKPROOF"].filter((r3) => r3).join(" ") }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "called" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(G)), e3 === s && (e3 = Si, "returns" === r2.substr(Si, 7).toLowerCase() ? (n2 = r2.substr(Si, 7), Si += 7) : (n2 = s, 0 === Ni && Di(E)), n2 !== s && (o2 = tv()) !== s ? ("null" === r2.substr(Si, 4).toLowerCase() ? (u2 = r2.substr(Si, 4), Si += 4) : (u2 = s, 0 === Ni && Di(F)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s)), e3 === s && (e3 = null), e3 !== s && (n2 = tv()) !== s ? ("on" === r2.substr(Si, 2).toLowerCase() ? (o2 = r2.substr(Si, 2), Si += 2) : (o2 = s, 0 === Ni && Di($)), o2 !== s && (u2 = tv()) !== s ? ("null" === r2.substr(Si, 4).toLowerCase() ? (a2 = r2.substr(Si, 4), Si += 4) : (a2 = s, 0 === Ni && Di(F)), a2 !== s && (i2 = tv()) !== s ? ("input" === r2.substr(Si, 5).toLowerCase() ? (c2 = r2.substr(Si, 5), Si += 5) : (c2 = s, 0 === Ni && Di(H)), c2 !== s && (l2 = tv()) !== s ? (ji = t3, t3 = e3 = (function(r3) {
            return Array.isArray(r3) && (r3 = [r3[0], r3[2]].join(" ")), { type: "origin", value: r3 + " ON NULL INPUT" };
          })(e3)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "external" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(B)), e3 === s && (e3 = null), e3 !== s && (n2 = tv()) !== s ? ("security" === r2.substr(Si, 8).toLowerCase() ? (o2 = r2.substr(Si, 8), Si += 8) : (o2 = s, 0 === Ni && Di(q)), o2 !== s && (u2 = tv()) !== s ? ("invoker" === r2.substr(Si, 7).toLowerCase() ? (a2 = r2.substr(Si, 7), Si += 7) : (a2 = s, 0 === Ni && Di(Y)), a2 === s && ("definer" === r2.substr(Si, 7).toLowerCase() ? (a2 = r2.substr(Si, 7), Si += 7) : (a2 = s, 0 === Ni && Di(W))), a2 !== s && (i2 = tv()) !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
            return { type: "origin", value: [r3, "SECURITY", t4].filter((r4) => r4).join(" ") };
          })(e3, a2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "parallel" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(V)), e3 !== s && (n2 = tv()) !== s ? ("unsafe" === r2.substr(Si, 6).toLowerCase() ? (o2 = r2.substr(Si, 6), Si += 6) : (o2 = s, 0 === Ni && Di(X)), o2 === s && ("restricted" === r2.substr(Si, 10).toLowerCase() ? (o2 = r2.substr(Si, 10), Si += 10) : (o2 = s, 0 === Ni && Di(Q)), o2 === s && ("safe" === r2.substr(Si, 4).toLowerCase() ? (o2 = r2.substr(Si, 4), Si += 4) : (o2 = s, 0 === Ni && Di(K)))), o2 !== s && (u2 = tv()) !== s ? (ji = t3, t3 = e3 = (function(r3) {
            return { type: "origin", value: ["PARALLEL", r3].join(" ") };
          })(o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s))))))) {
            if (t3 = Si, (e3 = Ep()) !== s) if ((n2 = tv()) !== s) {
              if (o2 = [], z.test(r2.charAt(Si)) ? (u2 = r2.charAt(Si), Si++) : (u2 = s, 0 === Ni && Di(Z)), u2 !== s) for (; u2 !== s; ) o2.push(u2), z.test(r2.charAt(Si)) ? (u2 = r2.charAt(Si), Si++) : (u2 = s, 0 === Ni && Di(Z));
              else o2 = s;
              if (o2 !== s) if ((u2 = tv()) !== s) if ((a2 = Zi()) === s && (a2 = null), a2 !== s) if ((i2 = tv()) !== s) if ("begin" === r2.substr(Si, 5).toLowerCase() ? (c2 = r2.substr(Si, 5), Si += 5) : (c2 = s, 0 === Ni && Di(_)), c2 === s && (c2 = null), c2 !== s) if ((l2 = tv()) !== s) if ((f2 = Hi()) !== s) if (tv() !== s) if ((p2 = Zp()) === s && (p2 = null), p2 !== s) if (ji = Si, w2 = p2, ((d2 = c2) && w2 || !d2 && !w2 ? void 0 : s) !== s) if (tv() !== s) if ((b2 = zb()) === s && (b2 = null), b2 !== s) if (tv() !== s) {
                if (v2 = [], J.test(r2.charAt(Si)) ? (y2 = r2.charAt(Si), Si++) : (y2 = s, 0 === Ni && Di(rr)), y2 !== s) for (; y2 !== s; ) v2.push(y2), J.test(r2.charAt(Si)) ? (y2 = r2.charAt(Si), Si++) : (y2 = s, 0 === Ni && Di(rr));
                else v2 = s;
                v2 !== s && (y2 = tv()) !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4, n3, o3, s2) {
                  const u3 = r3.join(""), a3 = s2.join("");
                  if (u3 !== a3) throw new Error(`start symbol '${u3}'is not same with end symbol '${a3}'`);
                  return { type: "as", declare: t4 && t4.ast, begin: e4, expr: Array.isArray(n3.ast) ? n3.ast.flat() : [n3.ast], end: o3 && o3[0], symbol: u3 };
                })(o2, a2, c2, f2, p2, v2)) : (Si = t3, t3 = s);
              } else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
              else Si = t3, t3 = s;
            } else Si = t3, t3 = s;
            else Si = t3, t3 = s;
            t3 === s && (t3 = Si, "cost" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(tr)), e3 === s && ("rows" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(er))), e3 !== s && (n2 = tv()) !== s && (o2 = Xf()) !== s && (u2 = tv()) !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
              return t4.prefix = r3, t4;
            })(e3, o2)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "support" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(nr)), e3 !== s && (n2 = tv()) !== s && (o2 = vv()) !== s && (u2 = tv()) !== s ? (ji = t3, t3 = e3 = (function(r3) {
              return { prefix: "support", type: "default", value: [r3.schema && r3.schema.value, r3.name.value].filter((r4) => r4).join(".") };
            })(o2)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = Cp()) !== s && (n2 = tv()) !== s && (o2 = mf()) !== s && (u2 = tv()) !== s ? (a2 = Si, "to" === r2.substr(Si, 2).toLowerCase() ? (i2 = r2.substr(Si, 2), Si += 2) : (i2 = s, 0 === Ni && Di(or)), i2 === s && (61 === r2.charCodeAt(Si) ? (i2 = "=", Si++) : (i2 = s, 0 === Ni && Di(sr))), i2 !== s && (c2 = tv()) !== s && (l2 = cf()) !== s ? a2 = i2 = [i2, c2, l2] : (Si = a2, a2 = s), a2 === s && (a2 = Si, (i2 = mp()) !== s && (c2 = tv()) !== s ? ("current" === r2.substr(Si, 7).toLowerCase() ? (l2 = r2.substr(Si, 7), Si += 7) : (l2 = s, 0 === Ni && Di(ur)), l2 !== s ? a2 = i2 = [i2, c2, l2] : (Si = a2, a2 = s)) : (Si = a2, a2 = s)), a2 === s && (a2 = null), a2 !== s && (i2 = tv()) !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
              let e4;
              if (t4) {
                const r4 = Array.isArray(t4[2]) ? t4[2] : [t4[2]];
                e4 = { prefix: t4[0], expr: r4.map((r5) => ({ type: "default", value: r5 })) };
              }
              return { type: "set", parameter: r3, value: e4 };
            })(o2, a2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s))));
          }
          return t3;
        }
        function rc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2, h2;
          if (t3 = Si, cp() !== s) if (tv() !== s) if (e3 = Si, (n2 = Wp()) !== s && (o2 = tv()) !== s && (u2 = yp()) !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s) if ((n2 = tv()) !== s) if ("function" === r2.substr(Si, 8).toLowerCase() ? (o2 = r2.substr(Si, 8), Si += 8) : (o2 = s, 0 === Ni && Di(ar)), o2 !== s) if ((u2 = tv()) !== s) if ((a2 = cl()) !== s) if (tv() !== s) if (Vb() !== s) if (tv() !== s) if ((i2 = pc()) === s && (i2 = null), i2 !== s) if (tv() !== s) if (Xb() !== s) if (tv() !== s) if ((c2 = (function() {
            var t4, e4, n3, o3, u3;
            return t4 = Si, "returns" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(E)), e4 !== s && tv() !== s ? ("setof" === r2.substr(Si, 5).toLowerCase() ? (n3 = r2.substr(Si, 5), Si += 5) : (n3 = s, 0 === Ni && Di(A)), n3 === s && (n3 = null), n3 !== s && tv() !== s ? ((o3 = Lv()) === s && (o3 = cl()), o3 !== s ? (ji = t4, t4 = e4 = { type: "returns", keyword: n3, expr: o3 }) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s), t4 === s && (t4 = Si, "returns" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(E)), e4 !== s && tv() !== s && (n3 = Ap()) !== s && tv() !== s && (o3 = Vb()) !== s && tv() !== s && (u3 = Qi()) !== s && tv() !== s && Xb() !== s ? (ji = t4, t4 = e4 = { type: "returns", keyword: "table", expr: u3 }) : (Si = t4, t4 = s)), t4;
          })()) === s && (c2 = null), c2 !== s) if (tv() !== s) {
            for (l2 = [], f2 = Ji(); f2 !== s; ) l2.push(f2), f2 = Ji();
            l2 !== s && (f2 = tv()) !== s ? ((p2 = zb()) === s && (p2 = null), p2 !== s && tv() !== s ? (ji = t3, b2 = e3, v2 = o2, y2 = a2, d2 = i2, w2 = c2, h2 = l2, t3 = { tableList: Array.from(Mv), columnList: Ov(Dv), ast: { args: d2 || [], type: "create", replace: b2 && "or replace", name: { schema: y2.db, name: y2.table }, returns: w2, keyword: v2 && v2.toLowerCase(), options: h2 || [] } }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s);
          } else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          return t3;
        }
        function tc() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            return t4 = Si, "increment" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(lr)), e3 !== s && tv() !== s ? ((n2 = Np()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = Xf()) !== s ? (ji = t4, u2 = e3, a2 = o2, t4 = e3 = { resource: "sequence", prefix: n2 ? u2.toLowerCase() + " by" : u2.toLowerCase(), value: a2 }) : (Si = t4, t4 = s)) : (Si = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Si, "minvalue" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(fr)), e3 !== s && tv() !== s && (n2 = Xf()) !== s ? (ji = t4, t4 = e3 = pr(e3, n2)) : (Si = t4, t4 = s), t4 === s && (t4 = Si, "no" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(br)), e3 !== s && tv() !== s ? ("minvalue" === r2.substr(Si, 8).toLowerCase() ? (n2 = r2.substr(Si, 8), Si += 8) : (n2 = s, 0 === Ni && Di(fr)), n2 !== s ? (ji = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: "no minvalue" } }) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Si, "maxvalue" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(vr)), e3 !== s && tv() !== s && (n2 = Xf()) !== s ? (ji = t4, t4 = e3 = pr(e3, n2)) : (Si = t4, t4 = s), t4 === s && (t4 = Si, "no" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(br)), e3 !== s && tv() !== s ? ("maxvalue" === r2.substr(Si, 8).toLowerCase() ? (n2 = r2.substr(Si, 8), Si += 8) : (n2 = s, 0 === Ni && Di(vr)), n2 !== s ? (ji = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: "no maxvalue" } }) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            return t4 = Si, "start" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(yr)), e3 !== s && tv() !== s ? ((n2 = Ip()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = Xf()) !== s ? (ji = t4, u2 = e3, a2 = o2, t4 = e3 = { resource: "sequence", prefix: n2 ? u2.toLowerCase() + " with" : u2.toLowerCase(), value: a2 }) : (Si = t4, t4 = s)) : (Si = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Si, "cache" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(dr)), e3 !== s && tv() !== s && (n2 = Xf()) !== s ? (ji = t4, t4 = e3 = pr(e3, n2)) : (Si = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Si, "no" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(br)), e3 === s && (e3 = null), e3 !== s && tv() !== s ? ("cycle" === r2.substr(Si, 5).toLowerCase() ? (n2 = r2.substr(Si, 5), Si += 5) : (n2 = s, 0 === Ni && Di(wr)), n2 !== s ? (ji = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: e3 ? "no cycle" : "cycle" } }) : (Si = t4, t4 = s)) : (Si = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Si, "owned" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(hr)), e3 !== s && tv() !== s && Np() !== s && tv() !== s ? ("none" === r2.substr(Si, 4).toLowerCase() ? (n2 = r2.substr(Si, 4), Si += 4) : (n2 = s, 0 === Ni && Di(Lr)), n2 !== s ? (ji = t4, t4 = e3 = { resource: "sequence", prefix: "owned by", value: { type: "origin", value: "none" } }) : (Si = t4, t4 = s)) : (Si = t4, t4 = s), t4 === s && (t4 = Si, "owned" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(hr)), e3 !== s && tv() !== s && Np() !== s && tv() !== s && (n2 = ef()) !== s ? (ji = t4, t4 = e3 = { resource: "sequence", prefix: "owned by", value: n2 }) : (Si = t4, t4 = s)), t4;
          })()), t3;
        }
        function ec() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2;
          return t3 = Si, (e3 = Gl()) !== s && tv() !== s ? ((n2 = uc()) === s && (n2 = null), n2 !== s && tv() !== s ? ((o2 = af()) === s && (o2 = null), o2 !== s && tv() !== s ? ((u2 = kp()) === s && (u2 = Up()), u2 === s && (u2 = null), u2 !== s && tv() !== s ? (a2 = Si, "nulls" === r2.substr(Si, 5).toLowerCase() ? (i2 = r2.substr(Si, 5), Si += 5) : (i2 = s, 0 === Ni && Di(mr)), i2 !== s && (c2 = tv()) !== s ? ("first" === r2.substr(Si, 5).toLowerCase() ? (l2 = r2.substr(Si, 5), Si += 5) : (l2 = s, 0 === Ni && Di(Cr)), l2 === s && ("last" === r2.substr(Si, 4).toLowerCase() ? (l2 = r2.substr(Si, 4), Si += 4) : (l2 = s, 0 === Ni && Di(Er))), l2 !== s ? a2 = i2 = [i2, c2, l2] : (Si = a2, a2 = s)) : (Si = a2, a2 = s), a2 === s && (a2 = null), a2 !== s ? (ji = t3, f2 = e3, p2 = n2, b2 = o2, v2 = u2, y2 = a2, t3 = e3 = { ...f2, collate: p2, opclass: b2, order_by: v2 && v2.toLowerCase(), nulls: y2 && `${y2[0].toLowerCase()} ${y2[2].toLowerCase()}` }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function nc() {
          var r3;
          return (r3 = sc()) === s && (r3 = Lc()) === s && (r3 = mc()) === s && (r3 = Cc()), r3;
        }
        function oc() {
          var t3, e3, n2, o2;
          return (t3 = (function() {
            var r3, t4, e4;
            r3 = Si, (t4 = $f()) === s && (t4 = Ff());
            t4 !== s && tv() !== s ? ((e4 = ic()) === s && (e4 = null), e4 !== s ? (ji = r3, o3 = e4, (n3 = t4) && !n3.value && (n3.value = "null"), r3 = t4 = { default_val: o3, nullable: n3 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
            var n3, o3;
            r3 === s && (r3 = Si, (t4 = ic()) !== s && tv() !== s ? ((e4 = $f()) === s && (e4 = Ff()), e4 === s && (e4 = null), e4 !== s ? (ji = r3, t4 = (function(r4, t5) {
              return t5 && !t5.value && (t5.value = "null"), { default_val: r4, nullable: t5 };
            })(t4, e4), r3 = t4) : (Si = r3, r3 = s)) : (Si = r3, r3 = s));
            return r3;
          })()) === s && (t3 = Si, "auto_increment" === r2.substr(Si, 14).toLowerCase() ? (e3 = r2.substr(Si, 14), Si += 14) : (e3 = s, 0 === Ni && Di(Ar)), e3 !== s && (ji = t3, e3 = { auto_increment: e3.toLowerCase() }), (t3 = e3) === s && (t3 = Si, "unique" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(gr)), e3 !== s && tv() !== s ? ("key" === r2.substr(Si, 3).toLowerCase() ? (n2 = r2.substr(Si, 3), Si += 3) : (n2 = s, 0 === Ni && Di(Tr)), n2 === s && (n2 = null), n2 !== s ? (ji = t3, t3 = e3 = (function(r3) {
            const t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "primary" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(_r)), e3 === s && (e3 = null), e3 !== s && tv() !== s ? ("key" === r2.substr(Si, 3).toLowerCase() ? (n2 = r2.substr(Si, 3), Si += 3) : (n2 = s, 0 === Ni && Di(Tr)), n2 !== s ? (ji = t3, t3 = e3 = (function(r3) {
            const t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = ov()) !== s && (ji = t3, e3 = { comment: e3 }), (t3 = e3) === s && (t3 = Si, (e3 = uc()) !== s && (ji = t3, e3 = { collate: e3 }), (t3 = e3) === s && (t3 = Si, (e3 = (function() {
            var t4, e4, n3;
            t4 = Si, "column_format" === r2.substr(Si, 13).toLowerCase() ? (e4 = r2.substr(Si, 13), Si += 13) : (e4 = s, 0 === Ni && Di(Sr));
            e4 !== s && tv() !== s ? ("fixed" === r2.substr(Si, 5).toLowerCase() ? (n3 = r2.substr(Si, 5), Si += 5) : (n3 = s, 0 === Ni && Di(jr)), n3 === s && ("dynamic" === r2.substr(Si, 7).toLowerCase() ? (n3 = r2.substr(Si, 7), Si += 7) : (n3 = s, 0 === Ni && Di(xr)), n3 === s && ("default" === r2.substr(Si, 7).toLowerCase() ? (n3 = r2.substr(Si, 7), Si += 7) : (n3 = s, 0 === Ni && Di(Ir)))), n3 !== s ? (ji = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (ji = t3, e3 = { column_format: e3 }), (t3 = e3) === s && (t3 = Si, (e3 = (function() {
            var t4, e4, n3;
            t4 = Si, "storage" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(Rr));
            e4 !== s && tv() !== s ? ("disk" === r2.substr(Si, 4).toLowerCase() ? (n3 = r2.substr(Si, 4), Si += 4) : (n3 = s, 0 === Ni && Di(Nr)), n3 === s && ("memory" === r2.substr(Si, 6).toLowerCase() ? (n3 = r2.substr(Si, 6), Si += 6) : (n3 = s, 0 === Ni && Di(Or))), n3 !== s ? (ji = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (ji = t3, e3 = { storage: e3 }), (t3 = e3) === s && (t3 = Si, (e3 = gc()) !== s && (ji = t3, e3 = { reference_definition: e3 }), (t3 = e3) === s && (t3 = Si, (e3 = Sc()) !== s && tv() !== s ? ((n2 = kb()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = sf()) !== s ? (ji = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { character_set: { type: r3, value: e4, symbol: t4 } };
          })(e3, n2, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)))))))))), t3;
        }
        function sc() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = Si, (t3 = ef()) !== s && tv() !== s && (e3 = Lv()) !== s && tv() !== s ? ((n2 = (function() {
            var r4, t4, e4, n3, o3, u3;
            if (r4 = Si, (t4 = oc()) !== s) if (tv() !== s) {
              for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = oc()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = oc()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s);
              e4 !== s ? (ji = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (Si = r4, r4 = s);
            } else Si = r4, r4 = s;
            else Si = r4, r4 = s;
            return r4;
          })()) === s && (n2 = null), n2 !== s ? (ji = r3, o2 = t3, u2 = e3, a2 = n2, Dv.add(`create::${o2.table}::${o2.column.expr.value}`), r3 = t3 = { column: o2, definition: u2, resource: "column", ...a2 || {} }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function uc() {
          var t3, e3, n2;
          return t3 = Si, (function() {
            var t4, e4, n3, o2;
            t4 = Si, "collate" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(Ct));
            e4 !== s ? (n3 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t4, t4 = e4 = "COLLATE") : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })() !== s && tv() !== s ? ((e3 = kb()) === s && (e3 = null), e3 !== s && tv() !== s && (n2 = af()) !== s ? (ji = t3, t3 = { type: "collate", keyword: "collate", collate: { name: n2, symbol: e3 } }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function ac() {
          var r3, t3, e3, n2, o2;
          return r3 = Si, (t3 = ep()) === s && (t3 = kb()), t3 === s && (t3 = null), t3 !== s && tv() !== s && (e3 = Gl()) !== s ? (ji = r3, o2 = e3, r3 = t3 = { type: "default", keyword: (n2 = t3) && n2[0], value: o2 }) : (Si = r3, r3 = s), r3;
        }
        function ic() {
          var r3, t3;
          return r3 = Si, ep() !== s && tv() !== s && (t3 = Gl()) !== s ? (ji = r3, r3 = { type: "default", value: t3 }) : (Si = r3, r3 = s), r3;
        }
        function cc() {
          var r3, t3, e3;
          return r3 = Si, (t3 = Wb()) !== s && (ji = r3, t3 = [{ name: "*" }]), (r3 = t3) === s && (r3 = Si, (t3 = pc()) === s && (t3 = null), t3 !== s && tv() !== s && Op() !== s && tv() !== s && Np() !== s && tv() !== s && (e3 = pc()) !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
            const e4 = r4 || [];
            return e4.orderby = t4, e4;
          })(t3, e3)) : (Si = r3, r3 = s), r3 === s && (r3 = pc())), r3;
        }
        function lc() {
          var t3, e3;
          return t3 = Si, (e3 = Gp()) === s && ("out" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(Mr)), e3 === s && ("variadic" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(Dr)), e3 === s && ("inout" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(Pr))))), e3 !== s && (ji = t3, e3 = e3.toUpperCase()), t3 = e3;
        }
        function fc() {
          var r3, t3, e3, n2, o2;
          return r3 = Si, (t3 = lc()) === s && (t3 = null), t3 !== s && tv() !== s && (e3 = Lv()) !== s && tv() !== s ? ((n2 = ac()) === s && (n2 = null), n2 !== s ? (ji = r3, r3 = t3 = { mode: t3, type: e3, default: n2 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = Si, (t3 = lc()) === s && (t3 = null), t3 !== s && tv() !== s && (e3 = mf()) !== s && tv() !== s && (n2 = Lv()) !== s && tv() !== s ? ((o2 = ac()) === s && (o2 = null), o2 !== s ? (ji = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4, e4, n3) {
            return { mode: r4, name: t4, type: e4, default: n3 };
          })(t3, e3, n2, o2)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)), r3;
        }
        function pc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = fc()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = fc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = fc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function bc() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2;
            r4 = Si, (t3 = Ub()) !== s && tv() !== s ? ((e3 = Mb()) === s && (e3 = null), e3 !== s && tv() !== s && (n2 = sc()) !== s ? (ji = r4, o2 = e3, u2 = n2, t3 = { action: "add", ...u2, keyword: o2, resource: "column", type: "alter" }, r4 = t3) : (Si = r4, r4 = s)) : (Si = r4, r4 = s);
            var o2, u2;
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3;
            r4 = Si, Ub() !== s && tv() !== s && (t3 = Cc()) !== s ? (ji = r4, r4 = { action: "add", create_definitions: t3, resource: "constraint", type: "alter" }) : (Si = r4, r4 = s);
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3;
            r4 = Si, sp() !== s && tv() !== s ? ((t3 = Mb()) === s && (t3 = null), t3 !== s && tv() !== s && (e3 = ef()) !== s ? (ji = r4, r4 = { action: "drop", column: e3, keyword: t3, resource: "column", type: "alter" }) : (Si = r4, r4 = s)) : (Si = r4, r4 = s);
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3;
            r4 = Si, (t3 = Ub()) !== s && tv() !== s && (e3 = Lc()) !== s ? (ji = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (Si = r4, r4 = s);
            var n2;
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3;
            r4 = Si, (t3 = Ub()) !== s && tv() !== s && (e3 = mc()) !== s ? (ji = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (Si = r4, r4 = s);
            var n2;
            return r4;
          })()) === s && (r3 = vc()) === s && (r3 = wc()) === s && (r3 = hc()), r3;
        }
        function vc() {
          var r3, t3, e3, n2, o2;
          return r3 = Si, dp() !== s && tv() !== s ? ((t3 = np()) === s && (t3 = Ep()), t3 === s && (t3 = null), t3 !== s && tv() !== s && (e3 = af()) !== s ? (ji = r3, o2 = e3, r3 = { action: "rename", type: "alter", resource: "table", keyword: (n2 = t3) && n2[0].toLowerCase(), table: o2 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function yc() {
          var t3, e3, n2;
          return t3 = Si, "owner" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(Gr)), e3 !== s && tv() !== s && np() !== s && tv() !== s ? ((n2 = af()) === s && ("current_role" === r2.substr(Si, 12).toLowerCase() ? (n2 = r2.substr(Si, 12), Si += 12) : (n2 = s, 0 === Ni && Di(Fr)), n2 === s && ("current_user" === r2.substr(Si, 12).toLowerCase() ? (n2 = r2.substr(Si, 12), Si += 12) : (n2 = s, 0 === Ni && Di($r)), n2 === s && ("session_user" === r2.substr(Si, 12).toLowerCase() ? (n2 = r2.substr(Si, 12), Si += 12) : (n2 = s, 0 === Ni && Di(Hr))))), n2 !== s ? (ji = t3, t3 = e3 = { action: "owner", type: "alter", resource: "table", keyword: "to", table: n2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function dc() {
          var r3, t3;
          return r3 = Si, Cp() !== s && tv() !== s && gp() !== s && tv() !== s && (t3 = af()) !== s ? (ji = r3, r3 = { action: "set", type: "alter", resource: "table", keyword: "schema", table: t3 }) : (Si = r3, r3 = s), r3;
        }
        function wc() {
          var t3, e3, n2, o2;
          return t3 = Si, "algorithm" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(Br)), e3 !== s && tv() !== s ? ((n2 = kb()) === s && (n2 = null), n2 !== s && tv() !== s ? ("default" === r2.substr(Si, 7).toLowerCase() ? (o2 = r2.substr(Si, 7), Si += 7) : (o2 = s, 0 === Ni && Di(Ir)), o2 === s && ("instant" === r2.substr(Si, 7).toLowerCase() ? (o2 = r2.substr(Si, 7), Si += 7) : (o2 = s, 0 === Ni && Di(qr)), o2 === s && ("inplace" === r2.substr(Si, 7).toLowerCase() ? (o2 = r2.substr(Si, 7), Si += 7) : (o2 = s, 0 === Ni && Di(Yr)), o2 === s && ("copy" === r2.substr(Si, 4).toLowerCase() ? (o2 = r2.substr(Si, 4), Si += 4) : (o2 = s, 0 === Ni && Di(Wr))))), o2 !== s ? (ji = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function hc() {
          var t3, e3, n2, o2;
          return t3 = Si, "lock" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Vr)), e3 !== s && tv() !== s ? ((n2 = kb()) === s && (n2 = null), n2 !== s && tv() !== s ? ("default" === r2.substr(Si, 7).toLowerCase() ? (o2 = r2.substr(Si, 7), Si += 7) : (o2 = s, 0 === Ni && Di(Ir)), o2 === s && ("none" === r2.substr(Si, 4).toLowerCase() ? (o2 = r2.substr(Si, 4), Si += 4) : (o2 = s, 0 === Ni && Di(Lr)), o2 === s && ("shared" === r2.substr(Si, 6).toLowerCase() ? (o2 = r2.substr(Si, 6), Si += 6) : (o2 = s, 0 === Ni && Di(Xr)), o2 === s && ("exclusive" === r2.substr(Si, 9).toLowerCase() ? (o2 = r2.substr(Si, 9), Si += 9) : (o2 = s, 0 === Ni && Di(Qr))))), o2 !== s ? (ji = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Lc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          return r3 = Si, (t3 = Db()) === s && (t3 = Pb()), t3 !== s && tv() !== s ? ((e3 = hf()) === s && (e3 = null), e3 !== s && tv() !== s ? ((n2 = el()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = Hc()) !== s && tv() !== s ? ((u2 = nl()) === s && (u2 = null), u2 !== s && tv() !== s ? (ji = r3, a2 = n2, i2 = u2, r3 = t3 = { index: e3, definition: o2, keyword: t3.toLowerCase(), index_type: a2, resource: "index", index_options: i2 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function mc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = Si, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "fulltext" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(Xa));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t4, t4 = e4 = "FULLTEXT") : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) === s && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "spatial" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(Qa));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t4, t4 = e4 = "SPATIAL") : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()), e3 !== s && tv() !== s ? ((n2 = Db()) === s && (n2 = Pb()), n2 === s && (n2 = null), n2 !== s && tv() !== s ? ((o2 = hf()) === s && (o2 = null), o2 !== s && tv() !== s && (u2 = Hc()) !== s && tv() !== s ? ((a2 = nl()) === s && (a2 = null), a2 !== s && tv() !== s ? (ji = t3, i2 = e3, l2 = a2, t3 = e3 = { index: o2, definition: u2, keyword: (c2 = n2) && `${i2.toLowerCase()} ${c2.toLowerCase()}` || i2.toLowerCase(), index_options: l2, resource: "index" }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Cc() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = Si, (e3 = Ec()) === s && (e3 = null);
            e3 !== s && tv() !== s ? ("primary key" === r2.substr(Si, 11).toLowerCase() ? (n2 = r2.substr(Si, 11), Si += 11) : (n2 = s, 0 === Ni && Di(Kr)), n2 !== s && tv() !== s ? ((o2 = el()) === s && (o2 = null), o2 !== s && tv() !== s && (u2 = Hc()) !== s && tv() !== s ? ((a2 = nl()) === s && (a2 = null), a2 !== s ? (ji = t4, c2 = n2, l2 = o2, f2 = u2, p2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2.toLowerCase(), keyword: i2 && i2.keyword, index_type: l2, resource: "constraint", index_options: p2 }, t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2, u2, a2, i2;
            r3 = Si, (t4 = Ec()) === s && (t4 = null);
            t4 !== s && tv() !== s && (e3 = Gb()) !== s && tv() !== s ? ((n2 = Db()) === s && (n2 = Pb()), n2 === s && (n2 = null), n2 !== s && tv() !== s ? ((o2 = hf()) === s && (o2 = null), o2 !== s && tv() !== s ? ((u2 = el()) === s && (u2 = null), u2 !== s && tv() !== s && (a2 = Hc()) !== s && tv() !== s ? ((i2 = nl()) === s && (i2 = null), i2 !== s ? (ji = r3, l2 = e3, f2 = n2, p2 = o2, b2 = u2, v2 = a2, y2 = i2, t4 = { constraint: (c2 = t4) && c2.constraint, definition: v2, constraint_type: f2 && `${l2.toLowerCase()} ${f2.toLowerCase()}` || l2.toLowerCase(), keyword: c2 && c2.keyword, index_type: b2, index: p2, resource: "constraint", index_options: y2 }, r3 = t4) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
            var c2, l2, f2, p2, b2, v2, y2;
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = Si, (e3 = Ec()) === s && (e3 = null);
            e3 !== s && tv() !== s ? ("foreign key" === r2.substr(Si, 11).toLowerCase() ? (n2 = r2.substr(Si, 11), Si += 11) : (n2 = s, 0 === Ni && Di(zr)), n2 !== s && tv() !== s ? ((o2 = hf()) === s && (o2 = null), o2 !== s && tv() !== s && (u2 = Hc()) !== s && tv() !== s ? ((a2 = gc()) === s && (a2 = null), a2 !== s ? (ji = t4, c2 = n2, l2 = o2, f2 = u2, p2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2, keyword: i2 && i2.keyword, index: l2, resource: "constraint", reference_definition: p2 }, t4 = e3) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === s && (t3 = Ac()), t3;
        }
        function Ec() {
          var r3, t3, e3, n2;
          return r3 = Si, (t3 = $b()) !== s && tv() !== s ? ((e3 = af()) === s && (e3 = null), e3 !== s ? (ji = r3, n2 = e3, r3 = t3 = { keyword: t3.toLowerCase(), constraint: n2 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function Ac() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = Si, (e3 = Ec()) === s && (e3 = null), e3 !== s && tv() !== s ? ("check" === r2.substr(Si, 5).toLowerCase() ? (n2 = r2.substr(Si, 5), Si += 5) : (n2 = s, 0 === Ni && Di(v)), n2 !== s && tv() !== s && Vb() !== s && tv() !== s && (o2 = Fl()) !== s && tv() !== s && Xb() !== s ? (ji = t3, a2 = n2, i2 = o2, t3 = e3 = { constraint: (u2 = e3) && u2.constraint, definition: [i2], constraint_type: a2.toLowerCase(), keyword: u2 && u2.keyword, resource: "constraint" }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function gc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return t3 = Si, (e3 = Bb()) !== s && tv() !== s && (n2 = cl()) !== s && tv() !== s && (o2 = Hc()) !== s && tv() !== s ? ("match full" === r2.substr(Si, 10).toLowerCase() ? (u2 = r2.substr(Si, 10), Si += 10) : (u2 = s, 0 === Ni && Di(Zr)), u2 === s && ("match partial" === r2.substr(Si, 13).toLowerCase() ? (u2 = r2.substr(Si, 13), Si += 13) : (u2 = s, 0 === Ni && Di(Jr)), u2 === s && ("match simple" === r2.substr(Si, 12).toLowerCase() ? (u2 = r2.substr(Si, 12), Si += 12) : (u2 = s, 0 === Ni && Di(rt)))), u2 === s && (u2 = null), u2 !== s && tv() !== s ? ((a2 = Tc()) === s && (a2 = null), a2 !== s && tv() !== s ? ((i2 = Tc()) === s && (i2 = null), i2 !== s ? (ji = t3, c2 = u2, l2 = a2, f2 = i2, t3 = e3 = { definition: o2, table: [n2], keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = Tc()) !== s && (ji = t3, e3 = { on_action: [e3] }), t3 = e3), t3;
        }
        function Tc() {
          var t3, e3, n2, o2;
          return t3 = Si, Tp() !== s && tv() !== s ? ((e3 = pp()) === s && (e3 = ip()), e3 !== s && tv() !== s && (n2 = (function() {
            var t4, e4, n3;
            t4 = Si, (e4 = Sb()) !== s && tv() !== s && Vb() !== s && tv() !== s ? ((n3 = Ol()) === s && (n3 = null), n3 !== s && tv() !== s && Xb() !== s ? (ji = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            t4 === s && (t4 = Si, "restrict" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(Ur)), e4 === s && ("cascade" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(kr)), e4 === s && ("set null" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(tt)), e4 === s && ("no action" === r2.substr(Si, 9).toLowerCase() ? (e4 = r2.substr(Si, 9), Si += 9) : (e4 = s, 0 === Ni && Di(et)), e4 === s && ("set default" === r2.substr(Si, 11).toLowerCase() ? (e4 = r2.substr(Si, 11), Si += 11) : (e4 = s, 0 === Ni && Di(nt)), e4 === s && (e4 = Sb()))))), e4 !== s && (ji = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4);
            return t4;
          })()) !== s ? (ji = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function _c() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = Si, (e3 = bp()) === s && (e3 = pp()) === s && (e3 = Tb()), e3 !== s && (ji = t3, i2 = e3, e3 = { keyword: Array.isArray(i2) ? i2[0].toLowerCase() : i2.toLowerCase() }), (t3 = e3) === s && (t3 = Si, (e3 = ip()) !== s && tv() !== s ? (n2 = Si, "of" === r2.substr(Si, 2).toLowerCase() ? (o2 = r2.substr(Si, 2), Si += 2) : (o2 = s, 0 === Ni && Di(lt)), o2 !== s && (u2 = tv()) !== s && (a2 = bl()) !== s ? n2 = o2 = [o2, u2, a2] : (Si = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
            return { keyword: r3 && r3[0] && r3[0].toLowerCase(), args: t4 && { keyword: t4[0], columns: t4[2] } || null };
          })(e3, n2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)), t3;
        }
        function Sc() {
          var t3, e3, n2;
          return t3 = Si, "character" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(ht)), e3 !== s && tv() !== s ? ("set" === r2.substr(Si, 3).toLowerCase() ? (n2 = r2.substr(Si, 3), Si += 3) : (n2 = s, 0 === Ni && Di(Lt)), n2 !== s ? (ji = t3, t3 = e3 = "CHARACTER SET") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function jc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = Si, (e3 = ep()) === s && (e3 = null), e3 !== s && tv() !== s ? ((n2 = Sc()) === s && ("charset" === r2.substr(Si, 7).toLowerCase() ? (n2 = r2.substr(Si, 7), Si += 7) : (n2 = s, 0 === Ni && Di(mt)), n2 === s && ("collate" === r2.substr(Si, 7).toLowerCase() ? (n2 = r2.substr(Si, 7), Si += 7) : (n2 = s, 0 === Ni && Di(Ct)))), n2 !== s && tv() !== s ? ((o2 = kb()) === s && (o2 = null), o2 !== s && tv() !== s && (u2 = sf()) !== s ? (ji = t3, i2 = n2, c2 = o2, l2 = u2, t3 = e3 = { keyword: (a2 = e3) && `${a2[0].toLowerCase()} ${i2.toLowerCase()}` || i2.toLowerCase(), symbol: c2, value: l2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function xc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = Si, "auto_increment" === r2.substr(Si, 14).toLowerCase() ? (e3 = r2.substr(Si, 14), Si += 14) : (e3 = s, 0 === Ni && Di(Ar)), e3 === s && ("avg_row_length" === r2.substr(Si, 14).toLowerCase() ? (e3 = r2.substr(Si, 14), Si += 14) : (e3 = s, 0 === Ni && Di(Et)), e3 === s && ("key_block_size" === r2.substr(Si, 14).toLowerCase() ? (e3 = r2.substr(Si, 14), Si += 14) : (e3 = s, 0 === Ni && Di(At)), e3 === s && ("max_rows" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(gt)), e3 === s && ("min_rows" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(Tt)), e3 === s && ("stats_sample_pages" === r2.substr(Si, 18).toLowerCase() ? (e3 = r2.substr(Si, 18), Si += 18) : (e3 = s, 0 === Ni && Di(_t))))))), e3 !== s && tv() !== s ? ((n2 = kb()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = Xf()) !== s ? (ji = t3, c2 = n2, l2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: c2, value: l2.value }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = jc()) === s && (t3 = Si, (e3 = Fb()) === s && ("connection" === r2.substr(Si, 10).toLowerCase() ? (e3 = r2.substr(Si, 10), Si += 10) : (e3 = s, 0 === Ni && Di(St))), e3 !== s && tv() !== s ? ((n2 = kb()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = Bf()) !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "compression" === r2.substr(Si, 11).toLowerCase() ? (e3 = r2.substr(Si, 11), Si += 11) : (e3 = s, 0 === Ni && Di(jt)), e3 !== s && tv() !== s ? ((n2 = kb()) === s && (n2 = null), n2 !== s && tv() !== s ? (o2 = Si, 39 === r2.charCodeAt(Si) ? (u2 = "'", Si++) : (u2 = s, 0 === Ni && Di(xt)), u2 !== s ? ("zlib" === r2.substr(Si, 4).toLowerCase() ? (a2 = r2.substr(Si, 4), Si += 4) : (a2 = s, 0 === Ni && Di(It)), a2 === s && ("lz4" === r2.substr(Si, 3).toLowerCase() ? (a2 = r2.substr(Si, 3), Si += 3) : (a2 = s, 0 === Ni && Di(Rt)), a2 === s && ("none" === r2.substr(Si, 4).toLowerCase() ? (a2 = r2.substr(Si, 4), Si += 4) : (a2 = s, 0 === Ni && Di(Lr)))), a2 !== s ? (39 === r2.charCodeAt(Si) ? (i2 = "'", Si++) : (i2 = s, 0 === Ni && Di(xt)), i2 !== s ? o2 = u2 = [u2, a2, i2] : (Si = o2, o2 = s)) : (Si = o2, o2 = s)) : (Si = o2, o2 = s), o2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "engine" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Nt)), e3 !== s && tv() !== s ? ((n2 = kb()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = mf()) !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.toUpperCase() };
          })(e3, n2, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = hp()) !== s && tv() !== s && (n2 = Np()) !== s && tv() !== s && (o2 = Gl()) !== s ? (ji = t3, t3 = e3 = /* @__PURE__ */ (function(r3) {
            return { keyword: "partition by", value: r3 };
          })(o2)) : (Si = t3, t3 = s))))), t3;
        }
        function Ic() {
          var t3, e3, n2;
          return t3 = Si, (e3 = ap()) === s && (e3 = bp()) === s && (e3 = ip()) === s && (e3 = pp()) === s && (e3 = Tb()) === s && (e3 = Bb()) === s && ("trigger" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(ot))), e3 !== s && (ji = t3, n2 = e3, e3 = { type: "origin", value: Array.isArray(n2) ? n2[0] : n2 }), t3 = e3;
        }
        function Rc() {
          var t3, e3, n2, o2;
          return t3 = Si, Mp() !== s ? (e3 = Si, (n2 = tv()) !== s ? ("privileges" === r2.substr(Si, 10).toLowerCase() ? (o2 = r2.substr(Si, 10), Si += 10) : (o2 = s, 0 === Ni && Di(Xt)), o2 !== s ? e3 = n2 = [n2, o2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (ji = t3, t3 = { type: "origin", value: e3 ? "all privileges" : "all" }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Nc() {
          var t3;
          return (t3 = Ic()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = Si, "usage" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(Yt)), e3 === s && (e3 = ap()) === s && (e3 = ip()), e3 !== s && (ji = t4, e3 = Wt(e3)), t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = Si, (e3 = cp()) === s && ("connect" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Vt)), e3 === s && (e3 = lp()) === s && (e3 = fp())), e3 !== s && (ji = t4, e3 = Wt(e3)), t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = Si, "usage" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(Yt)), e3 !== s && (ji = t4, e3 = Qt(e3)), (t4 = e3) === s && (t4 = Rc()), t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = Si, "execute" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(it)), e3 !== s && (ji = t4, e3 = Qt(e3)), (t4 = e3) === s && (t4 = Rc()), t4;
          })()), t3;
        }
        function Oc() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return r3 = Si, (t3 = Nc()) !== s && tv() !== s ? (e3 = Si, (n2 = Vb()) !== s && (o2 = tv()) !== s && (u2 = bl()) !== s && (a2 = tv()) !== s && (i2 = Xb()) !== s ? e3 = n2 = [n2, o2, u2, a2, i2] : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (ji = r3, r3 = t3 = { priv: t3, columns: (c2 = e3) && c2[2] }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function kc() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = Si, t3 = Si, (e3 = af()) !== s && (n2 = tv()) !== s && (o2 = qb()) !== s ? t3 = e3 = [e3, n2, o2] : (Si = t3, t3 = s), t3 === s && (t3 = null), t3 !== s && (e3 = tv()) !== s ? ((n2 = af()) === s && (n2 = Wb()), n2 !== s ? (ji = r3, a2 = n2, r3 = t3 = { prefix: (u2 = t3) && u2[0], name: a2 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function Uc() {
          var t3, e3, n2, o2;
          return t3 = Si, (e3 = Rp()) === s && (e3 = null), e3 !== s && tv() !== s && (n2 = af()) !== s ? (ji = t3, o2 = n2, t3 = e3 = { name: { type: "origin", value: e3 ? `${group} ${o2}` : o2 } }) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "public" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(ae)), e3 === s && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "current_role" === r2.substr(Si, 12).toLowerCase() ? (e4 = r2.substr(Si, 12), Si += 12) : (e4 = s, 0 === Ni && Di(Fr));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t4, t4 = e4 = "CURRENT_ROLE") : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) === s && (e3 = jb()) === s && (e3 = xb()), e3 !== s && (ji = t3, e3 = /* @__PURE__ */ (function(r3) {
            return { name: { type: "origin", value: r3 } };
          })(e3)), t3 = e3), t3;
        }
        function Mc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Uc()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Uc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Uc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Dc() {
          var t3, e3, n2, o2, u2, a2, i2, c2;
          return t3 = Si, "grant" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(ie)), e3 !== s && (ji = t3, e3 = { type: "grant" }), (t3 = e3) === s && (t3 = Si, "revoke" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(fe)), e3 !== s && tv() !== s ? (n2 = Si, "grant" === r2.substr(Si, 5).toLowerCase() ? (o2 = r2.substr(Si, 5), Si += 5) : (o2 = s, 0 === Ni && Di(ie)), o2 !== s && (u2 = tv()) !== s ? ("option" === r2.substr(Si, 6).toLowerCase() ? (a2 = r2.substr(Si, 6), Si += 6) : (a2 = s, 0 === Ni && Di(ce)), a2 !== s && (i2 = tv()) !== s ? ("for" === r2.substr(Si, 3).toLowerCase() ? (c2 = r2.substr(Si, 3), Si += 3) : (c2 = s, 0 === Ni && Di(vt)), c2 !== s ? n2 = o2 = [o2, u2, a2, i2, c2] : (Si = n2, n2 = s)) : (Si = n2, n2 = s)) : (Si = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (ji = t3, t3 = e3 = { type: "revoke", grant_option_for: n2 && { type: "origin", value: "grant option for" } }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)), t3;
        }
        function Pc() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = Si, "elseif" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(pe)), e3 !== s && tv() !== s && (n2 = Gl()) !== s && tv() !== s ? ("then" === r2.substr(Si, 4).toLowerCase() ? (o2 = r2.substr(Si, 4), Si += 4) : (o2 = s, 0 === Ni && Di(be)), o2 !== s && tv() !== s && (u2 = $i()) !== s && tv() !== s ? ((a2 = zb()) === s && (a2 = null), a2 !== s ? (ji = t3, t3 = e3 = { type: "elseif", boolean_expr: n2, then: u2, semicolon: a2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Gc() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = Si, (e3 = ap()) !== s && (n2 = tv()) !== s ? (59 === r2.charCodeAt(Si) ? (o2 = ";", Si++) : (o2 = s, 0 === Ni && Di(Me)), o2 !== s ? (ji = t3, t3 = e3 = { type: "select" }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = qc()) === s && (t3 = Si, e3 = Si, 40 === r2.charCodeAt(Si) ? (n2 = "(", Si++) : (n2 = s, 0 === Ni && Di(De)), n2 !== s && (o2 = tv()) !== s && (u2 = Gc()) !== s && (a2 = tv()) !== s ? (41 === r2.charCodeAt(Si) ? (i2 = ")", Si++) : (i2 = s, 0 === Ni && Di(Pe)), i2 !== s ? e3 = n2 = [n2, o2, u2, a2, i2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s), e3 !== s && (ji = t3, e3 = { ...e3[2], parentheses_symbol: true }), t3 = e3), t3;
        }
        function Fc() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          if (r3 = Si, Ip() !== s) if (tv() !== s) if ((t3 = $c()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = $c()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = $c()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = Iv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          if (r3 === s) if (r3 = Si, tv() !== s) if (Ip() !== s) if ((t3 = tv()) !== s) if ((e3 = vp()) !== s) if ((n2 = tv()) !== s) if ((o2 = $c()) !== s) {
            for (u2 = [], a2 = Si, (i2 = tv()) !== s && (c2 = Yb()) !== s && (l2 = tv()) !== s && (f2 = $c()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Si = a2, a2 = s); a2 !== s; ) u2.push(a2), a2 = Si, (i2 = tv()) !== s && (c2 = Yb()) !== s && (l2 = tv()) !== s && (f2 = $c()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Si = a2, a2 = s);
            u2 !== s ? (ji = r3, r3 = (function(r4, t4) {
              return r4.recursive = true, Iv(r4, t4);
            })(o2, u2)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          return r3;
        }
        function $c() {
          var r3, t3, e3, n2, o2, u2;
          return r3 = Si, (t3 = Bf()) === s && (t3 = mf()), t3 !== s && tv() !== s ? ((e3 = Hc()) === s && (e3 = null), e3 !== s && tv() !== s && Ep() !== s && tv() !== s && Vb() !== s && tv() !== s && (n2 = $i()) !== s && tv() !== s && Xb() !== s ? (ji = r3, u2 = e3, "string" == typeof (o2 = t3) && (o2 = { type: "default", value: o2 }), r3 = t3 = { name: o2, stmt: n2.ast, columns: u2 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function Hc() {
          var r3, t3;
          return r3 = Si, Vb() !== s && tv() !== s && (t3 = bl()) !== s && tv() !== s && Xb() !== s ? (ji = r3, r3 = t3) : (Si = r3, r3 = s), r3;
        }
        function Bc() {
          var r3, t3, e3, n2, o2;
          return r3 = Si, (t3 = Dp()) !== s && tv() !== s && Tp() !== s && tv() !== s && Vb() !== s && tv() !== s && (e3 = bl()) !== s && tv() !== s && Xb() !== s ? (ji = r3, n2 = t3, o2 = e3, console.lo, r3 = t3 = { type: n2 + " ON", columns: o2 }) : (Si = r3, r3 = s), r3 === s && (r3 = Si, (t3 = Dp()) === s && (t3 = null), t3 !== s && (ji = r3, t3 = /* @__PURE__ */ (function(r4) {
            return { type: r4 };
          })(t3)), r3 = t3), r3;
        }
        function qc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2;
          return t3 = Si, tv() !== s ? ((e3 = Fc()) === s && (e3 = null), e3 !== s && tv() !== s && ap() !== s && ev() !== s ? ((n2 = (function() {
            var r3, t4, e4, n3, o3, u3;
            if (r3 = Si, (t4 = Yc()) !== s) {
              for (e4 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Yc()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Yc()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s);
              e4 !== s ? (ji = r3, t4 = (function(r4, t5) {
                const e5 = [r4];
                for (let r5 = 0, n4 = t5.length; r5 < n4; ++r5) e5.push(t5[r5][1]);
                return e5;
              })(t4, e4), r3 = t4) : (Si = r3, r3 = s);
            } else Si = r3, r3 = s;
            return r3;
          })()) === s && (n2 = null), n2 !== s && tv() !== s ? ((o2 = Bc()) === s && (o2 = null), o2 !== s && tv() !== s && (u2 = Wc()) !== s && tv() !== s ? ((a2 = Jc()) === s && (a2 = null), a2 !== s && tv() !== s ? ((i2 = rl()) === s && (i2 = null), i2 !== s && tv() !== s ? ((c2 = Jc()) === s && (c2 = null), c2 !== s && tv() !== s ? ((l2 = pl()) === s && (l2 = null), l2 !== s && tv() !== s ? ((f2 = (function() {
            var r3, t4, e4;
            r3 = Si, (t4 = Rp()) !== s && tv() !== s && Np() !== s && tv() !== s && (e4 = Ol()) !== s ? (ji = r3, t4 = { columns: e4.value }, r3 = t4) : (Si = r3, r3 = s);
            return r3;
          })()) === s && (f2 = null), f2 !== s && tv() !== s ? ((p2 = (function() {
            var t4, e4;
            t4 = Si, (function() {
              var t5, e5, n3, o3;
              t5 = Si, "having" === r2.substr(Si, 6).toLowerCase() ? (e5 = r2.substr(Si, 6), Si += 6) : (e5 = s, 0 === Ni && Di(cu));
              e5 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })() !== s && tv() !== s && (e4 = Fl()) !== s ? (ji = t4, t4 = e4) : (Si = t4, t4 = s);
            return t4;
          })()) === s && (p2 = null), p2 !== s && tv() !== s ? ((b2 = (function() {
            var t4, e4;
            t4 = Si, (function() {
              var t5, e5, n3, o3;
              t5 = Si, "qualify" === r2.substr(Si, 7).toLowerCase() ? (e5 = r2.substr(Si, 7), Si += 7) : (e5 = s, 0 === Ni && Di(lu));
              e5 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })() !== s && tv() !== s && (e4 = Fl()) !== s ? (ji = t4, t4 = e4) : (Si = t4, t4 = s);
            return t4;
          })()) === s && (b2 = null), b2 !== s && tv() !== s ? ((v2 = Cl()) === s && (v2 = null), v2 !== s && tv() !== s ? ((y2 = gl()) === s && (y2 = null), y2 !== s && tv() !== s ? ((d2 = (function() {
            var t4, e4;
            t4 = Si, (function() {
              var t5, e5, n3, o3;
              t5 = Si, "window" === r2.substr(Si, 6).toLowerCase() ? (e5 = r2.substr(Si, 6), Si += 6) : (e5 = s, 0 === Ni && Di(N));
              e5 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })() !== s && tv() !== s && (e4 = (function() {
              var r3, t5, e5, n3, o3, u3, a3, i3;
              if (r3 = Si, (t5 = vl()) !== s) {
                for (e5 = [], n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = vl()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s); n3 !== s; ) e5.push(n3), n3 = Si, (o3 = tv()) !== s && (u3 = Yb()) !== s && (a3 = tv()) !== s && (i3 = vl()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Si = n3, n3 = s);
                e5 !== s ? (ji = r3, t5 = Iv(t5, e5), r3 = t5) : (Si = r3, r3 = s);
              } else Si = r3, r3 = s;
              return r3;
            })()) !== s ? (ji = t4, t4 = { keyword: "window", type: "window", expr: e4 }) : (Si = t4, t4 = s);
            return t4;
          })()) === s && (d2 = null), d2 !== s && tv() !== s ? ((w2 = Jc()) === s && (w2 = null), w2 !== s ? (ji = t3, t3 = (function(r3, t4, e4, n3, o3, s2, u3, a3, i3, c3, l3, f3, p3, b3, v3) {
            if (o3 && u3 || o3 && v3 || u3 && v3 || o3 && u3 && v3) throw new Error("A given SQL statement can contain at most one INTO clause");
            return s2 && s2.forEach((r4) => r4.table && Mv.add(`select::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), { with: r3, type: "select", options: t4, distinct: e4, columns: n3, into: { ...o3 || u3 || v3 || {}, position: (o3 ? "column" : u3 && "from") || v3 && "end" }, from: s2, where: a3, groupby: i3, having: c3, qualify: l3, orderby: f3, limit: p3, window: b3 };
          })(e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Yc() {
          var t3, e3;
          return t3 = Si, (e3 = (function() {
            var t4;
            "sql_calc_found_rows" === r2.substr(Si, 19).toLowerCase() ? (t4 = r2.substr(Si, 19), Si += 19) : (t4 = s, 0 === Ni && Di(Ja));
            return t4;
          })()) === s && ((e3 = (function() {
            var t4;
            "sql_cache" === r2.substr(Si, 9).toLowerCase() ? (t4 = r2.substr(Si, 9), Si += 9) : (t4 = s, 0 === Ni && Di(ri));
            return t4;
          })()) === s && (e3 = (function() {
            var t4;
            "sql_no_cache" === r2.substr(Si, 12).toLowerCase() ? (t4 = r2.substr(Si, 12), Si += 12) : (t4 = s, 0 === Ni && Di(ti));
            return t4;
          })()), e3 === s && (e3 = (function() {
            var t4;
            "sql_big_result" === r2.substr(Si, 14).toLowerCase() ? (t4 = r2.substr(Si, 14), Si += 14) : (t4 = s, 0 === Ni && Di(ni));
            return t4;
          })()) === s && (e3 = (function() {
            var t4;
            "sql_small_result" === r2.substr(Si, 16).toLowerCase() ? (t4 = r2.substr(Si, 16), Si += 16) : (t4 = s, 0 === Ni && Di(ei));
            return t4;
          })()) === s && (e3 = (function() {
            var t4;
            "sql_buffer_result" === r2.substr(Si, 17).toLowerCase() ? (t4 = r2.substr(Si, 17), Si += 17) : (t4 = s, 0 === Ni && Di(oi));
            return t4;
          })())), e3 !== s && (ji = t3, e3 = e3), t3 = e3;
        }
        function Wc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Mp()) === s && (t3 = Si, (e3 = Wb()) !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Wb())), t3 !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Kc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Kc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
              Dv.add("select::null::(.*)");
              const e4 = { expr: { type: "column_ref", table: null, column: "*" }, as: null };
              return t4 && t4.length > 0 ? Iv(e4, t4) : [e4];
            })(0, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          if (r3 === s) if (r3 = Si, (t3 = Kc()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Kc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Kc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Vc() {
          var r3, t3;
          return r3 = Si, Qb() !== s && tv() !== s ? ((t3 = Xf()) === s && (t3 = Bf()), t3 !== s && tv() !== s && Kb() !== s ? (ji = r3, r3 = { brackets: true, index: t3 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function Xc() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Si, (t3 = Vc()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Vc()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Vc()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3, 1)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Qc() {
          var r3, t3, e3, n2, o2;
          return r3 = Si, (t3 = (function() {
            var r4, t4, e4, n3, o3, u2, a2, i2;
            if (r4 = Si, (t4 = Gl()) !== s) {
              for (e4 = [], n3 = Si, (o3 = tv()) !== s ? ((u2 = Yp()) === s && (u2 = Wp()) === s && (u2 = rv()), u2 !== s && (a2 = tv()) !== s && (i2 = Gl()) !== s ? n3 = o3 = [o3, u2, a2, i2] : (Si = n3, n3 = s)) : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o3 = tv()) !== s ? ((u2 = Yp()) === s && (u2 = Wp()) === s && (u2 = rv()), u2 !== s && (a2 = tv()) !== s && (i2 = Gl()) !== s ? n3 = o3 = [o3, u2, a2, i2] : (Si = n3, n3 = s)) : (Si = n3, n3 = s);
              e4 !== s ? (ji = r4, t4 = (function(r5, t5) {
                const e5 = r5.ast;
                if (e5 && "select" === e5.type && (!(r5.parentheses_symbol || r5.parentheses || r5.ast.parentheses || r5.ast.parentheses_symbol) || 1 !== e5.columns.length || "*" === e5.columns[0].expr.column)) throw new Error("invalid column clause with select statement");
                if (!t5 || 0 === t5.length) return r5;
                const n4 = t5.length;
                let o4 = t5[n4 - 1][3];
                for (let e6 = n4 - 1; e6 >= 0; e6--) {
                  const n5 = 0 === e6 ? r5 : t5[e6 - 1][3];
                  o4 = jv(t5[e6][1], n5, o4);
                }
                return o4;
              })(t4, e4), r4 = t4) : (Si = r4, r4 = s);
            } else Si = r4, r4 = s;
            return r4;
          })()) !== s && tv() !== s ? ((e3 = Xc()) === s && (e3 = null), e3 !== s ? (ji = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function Kc() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2;
          if (r3 = Si, (t3 = tf()) !== s && (ji = r3, t3 = { expr: t3, as: null }), (r3 = t3) === s) {
            if (r3 = Si, (t3 = nf()) === s && (t3 = Qc()), t3 !== s) if ((e3 = tv()) !== s) if ((n2 = Df()) !== s) if ((o2 = tv()) !== s) {
              for (u2 = [], a2 = Si, (i2 = tv()) !== s ? ((c2 = Xl()) === s && (c2 = Kl()), c2 !== s && (l2 = tv()) !== s && (f2 = Qc()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Si = a2, a2 = s)) : (Si = a2, a2 = s); a2 !== s; ) u2.push(a2), a2 = Si, (i2 = tv()) !== s ? ((c2 = Xl()) === s && (c2 = Kl()), c2 !== s && (l2 = tv()) !== s && (f2 = Qc()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Si = a2, a2 = s)) : (Si = a2, a2 = s);
              u2 !== s && (a2 = tv()) !== s ? ((i2 = Zc()) === s && (i2 = null), i2 !== s ? (ji = r3, r3 = t3 = (function(r4, t4, e4, n3) {
                return { ...t4, as: n3, type: "cast", expr: r4, tail: e4 && e4[0] && { operator: e4[0][1], expr: e4[0][3] } };
              })(t3, n2, u2, i2)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
            } else Si = r3, r3 = s;
            else Si = r3, r3 = s;
            else Si = r3, r3 = s;
            else Si = r3, r3 = s;
            r3 === s && (r3 = Si, (t3 = uf()) !== s && (e3 = tv()) !== s && (n2 = qb()) !== s ? (o2 = Si, (u2 = uf()) !== s && (a2 = tv()) !== s && (i2 = qb()) !== s ? o2 = u2 = [u2, a2, i2] : (Si = o2, o2 = s), o2 === s && (o2 = null), o2 !== s && (u2 = tv()) !== s && (a2 = Wb()) !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4 && t4[0];
              let n3;
              e4 && (n3 = r4, r4 = e4), Dv.add(`select::${r4}::(.*)`);
              return { expr: { type: "column_ref", table: r4, schema: n3, column: "*" }, as: null };
            })(t3, o2)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = Si, t3 = Si, (e3 = uf()) !== s && (n2 = tv()) !== s && (o2 = qb()) !== s ? t3 = e3 = [e3, n2, o2] : (Si = t3, t3 = s), t3 === s && (t3 = null), t3 !== s && (e3 = tv()) !== s && (n2 = Wb()) !== s ? (ji = r3, r3 = t3 = (function(r4) {
              const t4 = r4 && r4[0] || null;
              return Dv.add(`select::${t4.value}::(.*)`), { expr: { type: "column_ref", table: t4, column: "*" }, as: null };
            })(t3)) : (Si = r3, r3 = s), r3 === s && (r3 = Si, (t3 = Qc()) !== s && (e3 = tv()) !== s ? ((n2 = Zc()) === s && (n2 = null), n2 !== s ? (ji = r3, b2 = n2, "double_quote_string" !== (p2 = t3).type && "single_quote_string" !== p2.type || Dv.add("select::null::" + p2.value), r3 = t3 = { type: "expr", expr: p2, as: b2 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s))));
          }
          return r3;
        }
        function zc() {
          var r3, t3, e3;
          return r3 = Si, (t3 = Ep()) === s && (t3 = null), t3 !== s && tv() !== s && (e3 = lf()) !== s ? (ji = r3, r3 = t3 = e3) : (Si = r3, r3 = s), r3;
        }
        function Zc() {
          var r3, t3, e3;
          return r3 = Si, (t3 = Ep()) !== s && tv() !== s && (e3 = lf()) !== s ? (ji = r3, r3 = t3 = e3) : (Si = r3, r3 = s), r3 === s && (r3 = Si, (t3 = Ep()) === s && (t3 = null), t3 !== s && tv() !== s && (e3 = lf()) !== s ? (ji = r3, r3 = t3 = e3) : (Si = r3, r3 = s)), r3;
        }
        function Jc() {
          var t3, e3, n2;
          return t3 = Si, Lp() !== s && tv() !== s && (e3 = (function() {
            var r3, t4, e4, n3, o2, u2, a2, i2;
            if (r3 = Si, (t4 = wv()) !== s) {
              for (e4 = [], n3 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = wv()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (Si = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = wv()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (Si = n3, n3 = s);
              e4 !== s ? (ji = r3, t4 = Iv(t4, e4), r3 = t4) : (Si = r3, r3 = s);
            } else Si = r3, r3 = s;
            return r3;
          })()) !== s ? (ji = t3, t3 = { keyword: "var", type: "into", expr: e3 }) : (Si = t3, t3 = s), t3 === s && (t3 = Si, Lp() !== s && tv() !== s ? ("outfile" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Fe)), e3 === s && ("dumpfile" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di($e))), e3 === s && (e3 = null), e3 !== s && tv() !== s ? ((n2 = Bf()) === s && (n2 = af()), n2 !== s ? (ji = t3, t3 = { keyword: e3, type: "into", expr: n2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)), t3;
        }
        function rl() {
          var r3, t3;
          return r3 = Si, mp() !== s && tv() !== s && (t3 = sl()) !== s ? (ji = r3, r3 = t3) : (Si = r3, r3 = s), r3;
        }
        function tl() {
          var r3, t3, e3;
          return r3 = Si, (t3 = cl()) !== s && tv() !== s && np() !== s && tv() !== s && (e3 = cl()) !== s ? (ji = r3, r3 = t3 = [t3, e3]) : (Si = r3, r3 = s), r3;
        }
        function el() {
          var t3, e3;
          return t3 = Si, xp() !== s && tv() !== s ? ("btree" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(He)), e3 === s && ("hash" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Be)), e3 === s && ("gist" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(qe)), e3 === s && ("gin" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(Ye))))), e3 !== s ? (ji = t3, t3 = { keyword: "using", type: e3.toLowerCase() }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function nl() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Si, (t3 = ol()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = ol()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = ol()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
              const e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function ol() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = Si, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "key_block_size" === r2.substr(Si, 14).toLowerCase() ? (e4 = r2.substr(Si, 14), Si += 14) : (e4 = s, 0 === Ni && Di(At));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t4, t4 = e4 = "KEY_BLOCK_SIZE") : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && tv() !== s ? ((n2 = kb()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = Xf()) !== s ? (ji = t3, u2 = n2, a2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: u2, expr: a2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = mf()) !== s && tv() !== s && (n2 = kb()) !== s && tv() !== s ? ((o2 = Xf()) === s && (o2 = af()), o2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: r3.toLowerCase(), symbol: t4, expr: "string" == typeof e4 && { type: "origin", value: e4 } || e4 };
          })(e3, n2, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = el()) === s && (t3 = Si, "with" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(We)), e3 !== s && tv() !== s ? ("parser" === r2.substr(Si, 6).toLowerCase() ? (n2 = r2.substr(Si, 6), Si += 6) : (n2 = s, 0 === Ni && Di(Ve)), n2 !== s && tv() !== s && (o2 = mf()) !== s ? (ji = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "visible" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Xe)), e3 === s && ("invisible" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(Qe))), e3 !== s && (ji = t3, e3 = (function(r3) {
            return { type: r3.toLowerCase(), expr: r3.toLowerCase() };
          })(e3)), (t3 = e3) === s && (t3 = ov())))), t3;
        }
        function sl() {
          var r3, t3, e3, n2;
          if (r3 = Si, (t3 = al()) !== s) {
            for (e3 = [], n2 = ul(); n2 !== s; ) e3.push(n2), n2 = ul();
            e3 !== s ? (ji = r3, r3 = t3 = Ke(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function ul() {
          var r3, t3, e3;
          return r3 = Si, tv() !== s && (t3 = Yb()) !== s && tv() !== s && (e3 = al()) !== s ? (ji = r3, r3 = e3) : (Si = r3, r3 = s), r3 === s && (r3 = Si, tv() !== s && (t3 = (function() {
            var r4, t4, e4, n2, o2, u2, a2, i2, c2, l2, f2;
            if (r4 = Si, (t4 = il()) !== s) if (tv() !== s) if ((e4 = al()) !== s) if (tv() !== s) if ((n2 = xp()) !== s) if (tv() !== s) if (Vb() !== s) if (tv() !== s) if ((o2 = sf()) !== s) {
              for (u2 = [], a2 = Si, (i2 = tv()) !== s && (c2 = Yb()) !== s && (l2 = tv()) !== s && (f2 = sf()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Si = a2, a2 = s); a2 !== s; ) u2.push(a2), a2 = Si, (i2 = tv()) !== s && (c2 = Yb()) !== s && (l2 = tv()) !== s && (f2 = sf()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Si = a2, a2 = s);
              u2 !== s && (a2 = tv()) !== s && (i2 = Xb()) !== s ? (ji = r4, p2 = t4, v2 = o2, y2 = u2, (b2 = e4).join = p2, b2.using = Iv(v2, y2), r4 = t4 = b2) : (Si = r4, r4 = s);
            } else Si = r4, r4 = s;
            else Si = r4, r4 = s;
            else Si = r4, r4 = s;
            else Si = r4, r4 = s;
            else Si = r4, r4 = s;
            else Si = r4, r4 = s;
            else Si = r4, r4 = s;
            else Si = r4, r4 = s;
            else Si = r4, r4 = s;
            var p2, b2, v2, y2;
            r4 === s && (r4 = Si, (t4 = il()) !== s && tv() !== s && (e4 = al()) !== s && tv() !== s ? ((n2 = fl()) === s && (n2 = null), n2 !== s ? (ji = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (Si = r4, r4 = s)) : (Si = r4, r4 = s), r4 === s && (r4 = Si, (t4 = il()) === s && (t4 = Bi()), t4 !== s && tv() !== s && (e4 = Vb()) !== s && tv() !== s ? ((n2 = qi()) === s && (n2 = sl()), n2 !== s && tv() !== s && Xb() !== s && tv() !== s ? ((o2 = Zc()) === s && (o2 = null), o2 !== s && (u2 = tv()) !== s ? ((a2 = fl()) === s && (a2 = null), a2 !== s ? (ji = r4, t4 = (function(r5, t5, e5, n3) {
              return Array.isArray(t5) && (t5 = { type: "tables", expr: t5 }), t5.parentheses = true, { expr: t5, as: e5, join: r5, on: n3 };
            })(t4, n2, o2, a2), r4 = t4) : (Si = r4, r4 = s)) : (Si = r4, r4 = s)) : (Si = r4, r4 = s)) : (Si = r4, r4 = s)));
            return r4;
          })()) !== s ? (ji = r3, r3 = t3) : (Si = r3, r3 = s)), r3;
        }
        function al() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2;
          return t3 = Si, (e3 = (function() {
            var t4;
            "dual" === r2.substr(Si, 4).toLowerCase() ? (t4 = r2.substr(Si, 4), Si += 4) : (t4 = s, 0 === Ni && Di(Ya));
            return t4;
          })()) !== s && (ji = t3, e3 = { type: "dual" }), (t3 = e3) === s && (t3 = Si, (e3 = Rl()) !== s && tv() !== s ? ((n2 = zc()) === s && (n2 = null), n2 !== s ? (ji = t3, t3 = e3 = { expr: e3, as: n2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "lateral" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(ze)), e3 === s && (e3 = null), e3 !== s && tv() !== s && (n2 = Vb()) !== s && tv() !== s ? ((o2 = qi()) === s && (o2 = Rl()), o2 !== s && tv() !== s && (u2 = Xb()) !== s && (a2 = tv()) !== s ? ((i2 = zc()) === s && (i2 = null), i2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4.parentheses = true, { prefix: r3, expr: t4, as: e4 };
          })(e3, o2, i2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "lateral" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(ze)), e3 === s && (e3 = null), e3 !== s && tv() !== s && (n2 = Vb()) !== s && tv() !== s && (o2 = sl()) !== s && tv() !== s && (u2 = Xb()) !== s && (a2 = tv()) !== s ? ((i2 = zc()) === s && (i2 = null), i2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
            return { prefix: r3, expr: t4 = { type: "tables", expr: t4, parentheses: true }, as: e4 };
          })(e3, o2, i2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "lateral" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(ze)), e3 === s && (e3 = null), e3 !== s && tv() !== s && (n2 = kf()) !== s && tv() !== s ? ((o2 = Zc()) === s && (o2 = null), o2 !== s ? (ji = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { prefix: r3, type: "expr", expr: t4, as: e4 };
          })(e3, n2, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = cl()) !== s && tv() !== s ? ("tablesample" === r2.substr(Si, 11).toLowerCase() ? (n2 = r2.substr(Si, 11), Si += 11) : (n2 = s, 0 === Ni && Di(Ze)), n2 !== s && tv() !== s && (o2 = kf()) !== s && tv() !== s ? (u2 = Si, "repeatable" === r2.substr(Si, 10).toLowerCase() ? (a2 = r2.substr(Si, 10), Si += 10) : (a2 = s, 0 === Ni && Di(Je)), a2 !== s && (i2 = tv()) !== s && (c2 = Vb()) !== s && (l2 = tv()) !== s && (f2 = Xf()) !== s && (p2 = tv()) !== s && (b2 = Xb()) !== s ? u2 = a2 = [a2, i2, c2, l2, f2, p2, b2] : (Si = u2, u2 = s), u2 === s && (u2 = null), u2 !== s && (a2 = tv()) !== s ? ((i2 = Zc()) === s && (i2 = null), i2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            return { ...r3, as: n3, tablesample: { expr: t4, repeatable: e4 && e4[4] } };
          })(e3, o2, u2, i2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = cl()) !== s && tv() !== s ? ((n2 = Zc()) === s && (n2 = null), n2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
            return "var" === r3.type ? (r3.as = t4, r3) : { ...r3, as: t4 };
          })(e3, n2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s))))))), t3;
        }
        function il() {
          var t3, e3, n2, o2;
          return t3 = Si, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "left" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(Xs));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (n2 = tv()) !== s ? ((o2 = Sp()) === s && (o2 = null), o2 !== s && tv() !== s && _p() !== s ? (ji = t3, t3 = e3 = "LEFT JOIN") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "right" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(Qs));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (n2 = tv()) !== s ? ((o2 = Sp()) === s && (o2 = null), o2 !== s && tv() !== s && _p() !== s ? (ji = t3, t3 = e3 = "RIGHT JOIN") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "full" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(Ks));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (n2 = tv()) !== s ? ((o2 = Sp()) === s && (o2 = null), o2 !== s && tv() !== s && _p() !== s ? (ji = t3, t3 = e3 = "FULL JOIN") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "cross" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(rn)), e3 !== s && (n2 = tv()) !== s && (o2 = _p()) !== s ? (ji = t3, t3 = e3 = "CROSS JOIN") : (Si = t3, t3 = s), t3 === s && (t3 = Si, e3 = Si, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "inner" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(zs));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (o2 = tv()) !== s ? e3 = n2 = [n2, o2] : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = _p()) !== s ? (ji = t3, t3 = e3 = "INNER JOIN") : (Si = t3, t3 = s))))), t3;
        }
        function cl() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return r3 = Si, (t3 = af()) !== s ? (e3 = Si, (n2 = tv()) !== s && (o2 = qb()) !== s && (u2 = tv()) !== s ? ((a2 = af()) === s && (a2 = Wb()), a2 !== s ? e3 = n2 = [n2, o2, u2, a2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (n2 = Si, (o2 = tv()) !== s && (u2 = qb()) !== s && (a2 = tv()) !== s ? ((i2 = af()) === s && (i2 = Wb()), i2 !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s)) : (Si = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (ji = r3, r3 = t3 = (function(r4, t4, e4) {
            const n3 = { db: null, table: r4 };
            return null !== e4 ? (n3.db = r4, n3.schema = t4[3], n3.table = e4[3], n3) : (null !== t4 && (n3.db = r4, n3.table = t4[3]), n3);
          })(t3, e3, n2)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = Si, (t3 = wv()) !== s && (ji = r3, (c2 = t3).db = null, c2.table = c2.name, t3 = c2), r3 = t3), r3;
        }
        function ll() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Gl()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s ? ((u2 = Yp()) === s && (u2 = Wp()), u2 !== s && (a2 = tv()) !== s && (i2 = Gl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s)) : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s ? ((u2 = Yp()) === s && (u2 = Wp()), u2 !== s && (a2 = tv()) !== s && (i2 = Gl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s)) : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = jv(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function fl() {
          var r3, t3;
          return r3 = Si, Tp() !== s && tv() !== s && (t3 = Fl()) !== s ? (ji = r3, r3 = t3) : (Si = r3, r3 = s), r3;
        }
        function pl() {
          var t3, e3;
          return t3 = Si, (function() {
            var t4, e4, n2, o2;
            t4 = Si, "where" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(su));
            e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })() !== s && tv() !== s && (e3 = Fl()) !== s ? (ji = t3, t3 = e3) : (Si = t3, t3 = s), t3;
        }
        function bl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = ef()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = ef()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = ef()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function vl() {
          var r3, t3, e3;
          return r3 = Si, (t3 = mf()) !== s && tv() !== s && Ep() !== s && tv() !== s && (e3 = yl()) !== s ? (ji = r3, r3 = t3 = { name: t3, as_window_specification: e3 }) : (Si = r3, r3 = s), r3;
        }
        function yl() {
          var r3, t3;
          return (r3 = mf()) === s && (r3 = Si, Vb() !== s && tv() !== s ? ((t3 = (function() {
            var r4, t4, e3, n2;
            r4 = Si, (t4 = ml()) === s && (t4 = null);
            t4 !== s && tv() !== s ? ((e3 = Cl()) === s && (e3 = null), e3 !== s && tv() !== s ? ((n2 = (function() {
              var r5, t5, e4, n3, o2;
              r5 = Si, (t5 = Eb()) !== s && tv() !== s ? ((e4 = dl()) === s && (e4 = wl()), e4 !== s ? (ji = r5, r5 = t5 = { type: "rows", expr: e4 }) : (Si = r5, r5 = s)) : (Si = r5, r5 = s);
              r5 === s && (r5 = Si, (t5 = Eb()) !== s && tv() !== s && (e4 = Pp()) !== s && tv() !== s && (n3 = wl()) !== s && tv() !== s && Yp() !== s && tv() !== s && (o2 = dl()) !== s ? (ji = r5, t5 = jv(e4, { type: "origin", value: "rows" }, { type: "expr_list", value: [n3, o2] }), r5 = t5) : (Si = r5, r5 = s));
              return r5;
            })()) === s && (n2 = null), n2 !== s ? (ji = r4, r4 = t4 = { name: null, partitionby: t4, orderby: e3, window_frame_clause: n2 }) : (Si = r4, r4 = s)) : (Si = r4, r4 = s)) : (Si = r4, r4 = s);
            return r4;
          })()) === s && (t3 = null), t3 !== s && tv() !== s && Xb() !== s ? (ji = r3, r3 = { window_specification: t3 || {}, parentheses: true }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)), r3;
        }
        function dl() {
          var t3, e3, n2, o2;
          return t3 = Si, (e3 = Ll()) !== s && tv() !== s ? ("following" === r2.substr(Si, 9).toLowerCase() ? (n2 = r2.substr(Si, 9), Si += 9) : (n2 = s, 0 === Ni && Di(tn)), n2 !== s ? (ji = t3, (o2 = e3).value += " FOLLOWING", t3 = e3 = o2) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = hl()), t3;
        }
        function wl() {
          var t3, e3, n2, o2, u2;
          return t3 = Si, (e3 = Ll()) !== s && tv() !== s ? ("preceding" === r2.substr(Si, 9).toLowerCase() ? (n2 = r2.substr(Si, 9), Si += 9) : (n2 = s, 0 === Ni && Di(en)), n2 === s && ("following" === r2.substr(Si, 9).toLowerCase() ? (n2 = r2.substr(Si, 9), Si += 9) : (n2 = s, 0 === Ni && Di(tn))), n2 !== s ? (ji = t3, u2 = n2, (o2 = e3).value += " " + u2.toUpperCase(), t3 = e3 = o2) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = hl()), t3;
        }
        function hl() {
          var t3, e3, n2;
          return t3 = Si, "current" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(ur)), e3 !== s && tv() !== s ? ("row" === r2.substr(Si, 3).toLowerCase() ? (n2 = r2.substr(Si, 3), Si += 3) : (n2 = s, 0 === Ni && Di(dt)), n2 !== s ? (ji = t3, t3 = e3 = { type: "origin", value: "current row" }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Ll() {
          var t3, e3;
          return t3 = Si, "unbounded" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(nn)), e3 !== s && (ji = t3, e3 = { type: "origin", value: e3.toUpperCase() }), (t3 = e3) === s && (t3 = Xf()), t3;
        }
        function ml() {
          var r3, t3;
          return r3 = Si, hp() !== s && tv() !== s && Np() !== s && tv() !== s && (t3 = Wc()) !== s ? (ji = r3, r3 = t3) : (Si = r3, r3 = s), r3;
        }
        function Cl() {
          var r3, t3;
          return r3 = Si, Op() !== s && tv() !== s && Np() !== s && tv() !== s && (t3 = (function() {
            var r4, t4, e3, n2, o2, u2, a2, i2;
            if (r4 = Si, (t4 = El()) !== s) {
              for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = El()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = El()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
              e3 !== s ? (ji = r4, t4 = Iv(t4, e3), r4 = t4) : (Si = r4, r4 = s);
            } else Si = r4, r4 = s;
            return r4;
          })()) !== s ? (ji = r3, r3 = t3) : (Si = r3, r3 = s), r3;
        }
        function El() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = Si, (e3 = Gl()) !== s && tv() !== s ? ((n2 = Up()) === s && (n2 = kp()), n2 === s && (n2 = null), n2 !== s && tv() !== s ? (o2 = Si, "nulls" === r2.substr(Si, 5).toLowerCase() ? (u2 = r2.substr(Si, 5), Si += 5) : (u2 = s, 0 === Ni && Di(mr)), u2 !== s && (a2 = tv()) !== s ? ("first" === r2.substr(Si, 5).toLowerCase() ? (i2 = r2.substr(Si, 5), Si += 5) : (i2 = s, 0 === Ni && Di(Cr)), i2 === s && ("last" === r2.substr(Si, 4).toLowerCase() ? (i2 = r2.substr(Si, 4), Si += 4) : (i2 = s, 0 === Ni && Di(Er))), i2 === s && (i2 = null), i2 !== s ? o2 = u2 = [u2, a2, i2] : (Si = o2, o2 = s)) : (Si = o2, o2 = s), o2 === s && (o2 = null), o2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
            const n3 = { expr: r3, type: t4 };
            return n3.nulls = e4 && [e4[0], e4[2]].filter((r4) => r4).join(" "), n3;
          })(e3, n2, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Al() {
          var r3;
          return (r3 = Xf()) === s && (r3 = wv()) === s && (r3 = gf()), r3;
        }
        function gl() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = Si, e3 = Si, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "limit" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(fu));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (o2 = tv()) !== s ? ((u2 = Al()) === s && (u2 = Mp()), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = tv()) !== s ? (o2 = Si, (u2 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "offset" === r2.substr(Si, 6).toLowerCase() ? (e4 = r2.substr(Si, 6), Si += 6) : (e4 = s, 0 === Ni && Di(pu));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t4, t4 = e4 = "OFFSET") : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (a2 = tv()) !== s && (i2 = Al()) !== s ? o2 = u2 = [u2, a2, i2] : (Si = o2, o2 = s), o2 === s && (o2 = null), o2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push("string" == typeof r3[2] ? { type: "origin", value: "all" } : r3[2]), t4 && e4.push(t4[2]), { seperator: t4 && t4[0] && t4[0].toLowerCase() || "", value: e4 };
          })(e3, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Tl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = _l()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = _l()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = _l()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function _l() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = Si, e3 = Si, (n2 = af()) !== s && (o2 = tv()) !== s && (u2 = qb()) !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = tv()) !== s && (o2 = df()) !== s && (u2 = tv()) !== s ? (61 === r2.charCodeAt(Si) ? (a2 = "=", Si++) : (a2 = s, 0 === Ni && Di(sr)), a2 !== s && tv() !== s && (i2 = Gl()) !== s ? (ji = t3, t3 = e3 = { column: { expr: o2 }, value: i2, table: (l2 = e3) && l2[0] }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, e3 = Si, (n2 = af()) !== s && (o2 = tv()) !== s && (u2 = qb()) !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = tv()) !== s && (o2 = df()) !== s && (u2 = tv()) !== s ? (61 === r2.charCodeAt(Si) ? (a2 = "=", Si++) : (a2 = s, 0 === Ni && Di(sr)), a2 !== s && tv() !== s && (i2 = jp()) !== s && tv() !== s && Vb() !== s && tv() !== s && (c2 = ef()) !== s && tv() !== s && Xb() !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: { expr: t4 }, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)), t3;
        }
        function Sl() {
          var t3, e3, n2, o2, u2;
          return t3 = Si, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Si, "returning" === r2.substr(Si, 9).toLowerCase() ? (e4 = r2.substr(Si, 9), Si += 9) : (e4 = s, 0 === Ni && Di(Fs));
            e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t4, t4 = e4 = "RETURNING") : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && tv() !== s ? ((n2 = Wc()) === s && (n2 = Gc()), n2 !== s ? (ji = t3, u2 = n2, t3 = e3 = { type: (o2 = e3) && o2.toLowerCase() || "returning", columns: "*" === u2 && [{ type: "expr", expr: { type: "column_ref", table: null, column: "*" }, as: null }] || u2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function jl() {
          var r3, t3;
          return (r3 = Rl()) === s && (r3 = Si, (t3 = qi()) !== s && (ji = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function xl() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          if (r3 = Si, hp() !== s) if (tv() !== s) if ((t3 = Vb()) !== s) if (tv() !== s) if ((e3 = mf()) !== s) {
            for (n2 = [], o2 = Si, (u2 = tv()) !== s && (a2 = Yb()) !== s && (i2 = tv()) !== s && (c2 = mf()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (Si = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = Si, (u2 = tv()) !== s && (a2 = Yb()) !== s && (i2 = tv()) !== s && (c2 = mf()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (Si = o2, o2 = s);
            n2 !== s && (o2 = tv()) !== s && (u2 = Xb()) !== s ? (ji = r3, r3 = Iv(e3, n2)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          return r3 === s && (r3 = Si, hp() !== s && tv() !== s && (t3 = Nl()) !== s ? (ji = r3, r3 = t3) : (Si = r3, r3 = s)), r3;
        }
        function Il() {
          var r3, t3;
          return r3 = Si, (t3 = bp()) !== s && (ji = r3, t3 = "insert"), (r3 = t3) === s && (r3 = Si, (t3 = yp()) !== s && (ji = r3, t3 = "replace"), r3 = t3), r3;
        }
        function Rl() {
          var r3, t3;
          return r3 = Si, jp() !== s && tv() !== s && (t3 = (function() {
            var r4, t4, e3, n2, o2, u2, a2, i2;
            if (r4 = Si, (t4 = Nl()) !== s) {
              for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Nl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Nl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
              e3 !== s ? (ji = r4, t4 = Iv(t4, e3), r4 = t4) : (Si = r4, r4 = s);
            } else Si = r4, r4 = s;
            return r4;
          })()) !== s ? (ji = r3, r3 = { type: "values", values: t3 }) : (Si = r3, r3 = s), r3;
        }
        function Nl() {
          var r3, t3;
          return r3 = Si, Vb() !== s && tv() !== s && (t3 = Ol()) !== s && tv() !== s && Xb() !== s ? (ji = r3, r3 = t3) : (Si = r3, r3 = s), r3;
        }
        function Ol() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Gl()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Gl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = Gl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { type: "expr_list" };
              return e4.value = Iv(r4, t4), e4;
            })(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function kl() {
          var t3, e3, n2;
          return t3 = Si, _b() !== s && tv() !== s && (e3 = Gl()) !== s && tv() !== s && (n2 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Si, "year" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(Vo));
              e4 !== s ? (n3 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "YEAR") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Si, "month" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(Fo));
              e4 !== s ? (n3 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "MONTH") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Si, "day" === r2.substr(Si, 3).toLowerCase() ? (e4 = r2.substr(Si, 3), Si += 3) : (e4 = s, 0 === Ni && Di(So));
              e4 !== s ? (n3 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "DAY") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Si, "hour" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(Oo));
              e4 !== s ? (n3 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "HOUR") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Si, "minute" === r2.substr(Si, 6).toLowerCase() ? (e4 = r2.substr(Si, 6), Si += 6) : (e4 = s, 0 === Ni && Di(Go));
              e4 !== s ? (n3 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "MINUTE") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Si, "second" === r2.substr(Si, 6).toLowerCase() ? (e4 = r2.substr(Si, 6), Si += 6) : (e4 = s, 0 === Ni && Di(Ho));
              e4 !== s ? (n3 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "SECOND") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })());
            return t4;
          })()) !== s ? (ji = t3, t3 = { type: "interval", expr: e3, unit: n2.toLowerCase() }) : (Si = t3, t3 = s), t3 === s && (t3 = Si, _b() !== s && tv() !== s && (e3 = Bf()) !== s ? (ji = t3, t3 = /* @__PURE__ */ (function(r3) {
            return { type: "interval", expr: r3, unit: "" };
          })(e3)) : (Si = t3, t3 = s)), t3;
        }
        function Ul() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Si, (t3 = Ml()) !== s) if (tv() !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Ml()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Ml()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3, 1)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          return r3;
        }
        function Ml() {
          var t3, e3, n2;
          return t3 = Si, Kp() !== s && tv() !== s && (e3 = Fl()) !== s && tv() !== s && (function() {
            var t4, e4, n3, o2;
            t4 = Si, "then" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(be));
            e4 !== s ? (n3 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })() !== s && tv() !== s && (n2 = Gl()) !== s ? (ji = t3, t3 = { type: "when", cond: e3, result: n2 }) : (Si = t3, t3 = s), t3;
        }
        function Dl() {
          var r3, t3;
          return r3 = Si, zp() !== s && tv() !== s && (t3 = Gl()) !== s ? (ji = r3, r3 = { type: "else", result: t3 }) : (Si = r3, r3 = s), r3;
        }
        function Pl() {
          var r3;
          return (r3 = $l()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2;
            if (r4 = Si, (t3 = Xl()) !== s) {
              if (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Zl()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s), n2 !== s) for (; n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Zl()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s);
              else e3 = s;
              e3 !== s ? (ji = r4, t3 = Sv(t3, e3[0][1]), r4 = t3) : (Si = r4, r4 = s);
            } else Si = r4, r4 = s;
            return r4;
          })()), r3;
        }
        function Gl() {
          var r3;
          return (r3 = Pl()) === s && (r3 = qi()), r3;
        }
        function Fl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Gl()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s ? ((u2 = Yp()) === s && (u2 = Wp()) === s && (u2 = Yb()), u2 !== s && (a2 = tv()) !== s && (i2 = Gl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s)) : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s ? ((u2 = Yp()) === s && (u2 = Wp()) === s && (u2 = Yb()), u2 !== s && (a2 = tv()) !== s && (i2 = Gl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s)) : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) "," === t4[r5][1] ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = jv(t4[r5][1], n3, t4[r5][3]);
              if ("," === o3) {
                const r5 = { type: "expr_list" };
                return r5.value = n3, r5;
              }
              return n3;
            })(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function $l() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Hl()) !== s) {
            for (e3 = [], n2 = Si, (o2 = ev()) !== s && (u2 = Wp()) !== s && (a2 = tv()) !== s && (i2 = Hl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = ev()) !== s && (u2 = Wp()) !== s && (a2 = tv()) !== s && (i2 = Hl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = an(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Hl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Bl()) !== s) {
            for (e3 = [], n2 = Si, (o2 = ev()) !== s && (u2 = Yp()) !== s && (a2 = tv()) !== s && (i2 = Bl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = ev()) !== s && (u2 = Yp()) !== s && (a2 = tv()) !== s && (i2 = Bl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = an(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Bl() {
          var t3, e3, n2, o2, u2;
          return (t3 = ql()) === s && (t3 = (function() {
            var r3, t4, e4;
            r3 = Si, (t4 = (function() {
              var r4, t5, e5, n4, o4;
              r4 = Si, t5 = Si, (e5 = qp()) !== s && (n4 = tv()) !== s && (o4 = Bp()) !== s ? t5 = e5 = [e5, n4, o4] : (Si = t5, t5 = s);
              t5 !== s && (ji = r4, t5 = (u3 = t5)[0] + " " + u3[2]);
              var u3;
              (r4 = t5) === s && (r4 = Bp());
              return r4;
            })()) !== s && tv() !== s && Vb() !== s && tv() !== s && (e4 = qi()) !== s && tv() !== s && Xb() !== s ? (ji = r3, n3 = t4, (o3 = e4).parentheses = true, t4 = Sv(n3, o3), r3 = t4) : (Si = r3, r3 = s);
            var n3, o3;
            return r3;
          })()) === s && (t3 = Si, (e3 = qp()) === s && (e3 = Si, 33 === r2.charCodeAt(Si) ? (n2 = "!", Si++) : (n2 = s, 0 === Ni && Di(cn)), n2 !== s ? (o2 = Si, Ni++, 61 === r2.charCodeAt(Si) ? (u2 = "=", Si++) : (u2 = s, 0 === Ni && Di(sr)), Ni--, u2 === s ? o2 = void 0 : (Si = o2, o2 = s), o2 !== s ? e3 = n2 = [n2, o2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s)), e3 !== s && (n2 = tv()) !== s && (o2 = Bl()) !== s ? (ji = t3, t3 = e3 = Sv("NOT", o2)) : (Si = t3, t3 = s)), t3;
        }
        function ql() {
          var t3, e3, n2, o2, u2;
          return t3 = Si, (e3 = Vl()) !== s && tv() !== s ? ((n2 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e4, n3, o3, u3, a2;
              r3 = Si, t5 = [], e4 = Si, (n3 = tv()) !== s && (o3 = Yl()) !== s && (u3 = tv()) !== s && (a2 = Vl()) !== s ? e4 = n3 = [n3, o3, u3, a2] : (Si = e4, e4 = s);
              if (e4 !== s) for (; e4 !== s; ) t5.push(e4), e4 = Si, (n3 = tv()) !== s && (o3 = Yl()) !== s && (u3 = tv()) !== s && (a2 = Vl()) !== s ? e4 = n3 = [n3, o3, u3, a2] : (Si = e4, e4 = s);
              else t5 = s;
              t5 !== s && (ji = r3, t5 = { type: "arithmetic", tail: t5 });
              return r3 = t5;
            })()) === s && (t4 = (function() {
              var r3, t5, e4, n3;
              r3 = Si, (t5 = Wl()) !== s && tv() !== s && (e4 = Vb()) !== s && tv() !== s && (n3 = Ol()) !== s && tv() !== s && Xb() !== s ? (ji = r3, r3 = t5 = { op: t5, right: n3 }) : (Si = r3, r3 = s);
              r3 === s && (r3 = Si, (t5 = Wl()) !== s && tv() !== s ? ((e4 = wv()) === s && (e4 = Bf()) === s && (e4 = kf()), e4 !== s ? (ji = r3, t5 = /* @__PURE__ */ (function(r4, t6) {
                return { op: r4, right: t6 };
              })(t5, e4), r3 = t5) : (Si = r3, r3 = s)) : (Si = r3, r3 = s));
              return r3;
            })()) === s && (t4 = (function() {
              var r3, t5, e4, n3;
              r3 = Si, (t5 = (function() {
                var r4, t6, e5, n4, o3;
                r4 = Si, t6 = Si, (e5 = qp()) !== s && (n4 = tv()) !== s && (o3 = Pp()) !== s ? t6 = e5 = [e5, n4, o3] : (Si = t6, t6 = s);
                t6 !== s && (ji = r4, t6 = (u3 = t6)[0] + " " + u3[2]);
                var u3;
                (r4 = t6) === s && (r4 = Pp());
                return r4;
              })()) !== s && tv() !== s && (e4 = Vl()) !== s && tv() !== s && Yp() !== s && tv() !== s && (n3 = Vl()) !== s ? (ji = r3, r3 = t5 = { op: t5, right: { type: "expr_list", value: [e4, n3] } }) : (Si = r3, r3 = s);
              return r3;
            })()) === s && (t4 = (function() {
              var r3, t5, e4, n3, o3, u3, a2, i2, c2;
              r3 = Si, (t5 = Fp()) !== s && (e4 = tv()) !== s && (n3 = Vl()) !== s ? (ji = r3, r3 = t5 = { op: "IS", right: n3 }) : (Si = r3, r3 = s);
              r3 === s && (r3 = Si, (t5 = Fp()) !== s && (e4 = tv()) !== s ? (n3 = Si, (o3 = Dp()) !== s && (u3 = tv()) !== s && (a2 = mp()) !== s && (i2 = tv()) !== s && (c2 = cl()) !== s ? n3 = o3 = [o3, u3, a2, i2, c2] : (Si = n3, n3 = s), n3 !== s ? (ji = r3, t5 = (function(r4) {
                const { db: t6, table: e5 } = r4.pop(), n4 = "*" === e5 ? "*" : `"${e5}"`;
                return { op: "IS", right: { type: "default", value: "DISTINCT FROM " + (t6 ? `"${t6}".${n4}` : n4) } };
              })(n3), r3 = t5) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = Si, t5 = Si, (e4 = Fp()) !== s && (n3 = tv()) !== s && (o3 = qp()) !== s ? t5 = e4 = [e4, n3, o3] : (Si = t5, t5 = s), t5 !== s && (e4 = tv()) !== s && (n3 = Vl()) !== s ? (ji = r3, t5 = /* @__PURE__ */ (function(r4) {
                return { op: "IS NOT", right: r4 };
              })(n3), r3 = t5) : (Si = r3, r3 = s)));
              return r3;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, (e4 = (function() {
                var t6, e5, n4, o4, u4;
                t6 = Si, e5 = Si, (n4 = qp()) !== s && (o4 = tv()) !== s ? ((u4 = $p()) === s && (u4 = Hp()), u4 !== s ? e5 = n4 = [n4, o4, u4] : (Si = e5, e5 = s)) : (Si = e5, e5 = s);
                e5 !== s && (ji = t6, e5 = (a3 = e5)[0] + " " + a3[2]);
                var a3;
                (t6 = e5) === s && (t6 = $p()) === s && (t6 = Hp()) === s && (t6 = Si, "similar" === r2.substr(Si, 7).toLowerCase() ? (e5 = r2.substr(Si, 7), Si += 7) : (e5 = s, 0 === Ni && Di(dn)), e5 !== s && (n4 = tv()) !== s && (o4 = np()) !== s ? (ji = t6, t6 = e5 = "SIMILAR TO") : (Si = t6, t6 = s), t6 === s && (t6 = Si, (e5 = qp()) !== s && (n4 = tv()) !== s ? ("similar" === r2.substr(Si, 7).toLowerCase() ? (o4 = r2.substr(Si, 7), Si += 7) : (o4 = s, 0 === Ni && Di(dn)), o4 !== s && (u4 = tv()) !== s && np() !== s ? (ji = t6, t6 = e5 = "NOT SIMILAR TO") : (Si = t6, t6 = s)) : (Si = t6, t6 = s)));
                return t6;
              })()) !== s && tv() !== s ? ((n3 = Pf()) === s && (n3 = ql()), n3 !== s && tv() !== s ? ((o3 = (function() {
                var t6, e5, n4;
                t6 = Si, "escape" === r2.substr(Si, 6).toLowerCase() ? (e5 = r2.substr(Si, 6), Si += 6) : (e5 = s, 0 === Ni && Di(Cn));
                e5 !== s && tv() !== s && (n4 = Bf()) !== s ? (ji = t6, t6 = e5 = { type: "ESCAPE", value: n4 }) : (Si = t6, t6 = s);
                return t6;
              })()) === s && (o3 = null), o3 !== s ? (ji = t5, u3 = e4, a2 = n3, (i2 = o3) && (a2.escape = i2), t5 = e4 = { op: u3, right: a2 }) : (Si = t5, t5 = s)) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              var u3, a2, i2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3;
              t5 = Si, (e4 = (function() {
                var t6;
                "!~*" === r2.substr(Si, 3) ? (t6 = "!~*", Si += 3) : (t6 = s, 0 === Ni && Di(wn));
                t6 === s && ("~*" === r2.substr(Si, 2) ? (t6 = "~*", Si += 2) : (t6 = s, 0 === Ni && Di(hn)), t6 === s && (126 === r2.charCodeAt(Si) ? (t6 = "~", Si++) : (t6 = s, 0 === Ni && Di(Ln)), t6 === s && ("!~" === r2.substr(Si, 2) ? (t6 = "!~", Si += 2) : (t6 = s, 0 === Ni && Di(mn)))));
                return t6;
              })()) !== s && tv() !== s ? ((n3 = Pf()) === s && (n3 = ql()), n3 !== s ? (ji = t5, t5 = e4 = { op: e4, right: n3 }) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })());
            return t4;
          })()) === s && (n2 = null), n2 !== s ? (ji = t3, o2 = e3, t3 = e3 = null === (u2 = n2) ? o2 : "arithmetic" === u2.type ? Rv(o2, u2.tail) : jv(u2.op, o2, u2.right)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Bf()) === s && (t3 = ef()), t3;
        }
        function Yl() {
          var t3;
          return ">=" === r2.substr(Si, 2) ? (t3 = ">=", Si += 2) : (t3 = s, 0 === Ni && Di(ln)), t3 === s && (62 === r2.charCodeAt(Si) ? (t3 = ">", Si++) : (t3 = s, 0 === Ni && Di(fn)), t3 === s && ("<=" === r2.substr(Si, 2) ? (t3 = "<=", Si += 2) : (t3 = s, 0 === Ni && Di(pn)), t3 === s && ("<>" === r2.substr(Si, 2) ? (t3 = "<>", Si += 2) : (t3 = s, 0 === Ni && Di(bn)), t3 === s && (60 === r2.charCodeAt(Si) ? (t3 = "<", Si++) : (t3 = s, 0 === Ni && Di(vn)), t3 === s && (61 === r2.charCodeAt(Si) ? (t3 = "=", Si++) : (t3 = s, 0 === Ni && Di(sr)), t3 === s && ("!=" === r2.substr(Si, 2) ? (t3 = "!=", Si += 2) : (t3 = s, 0 === Ni && Di(yn)))))))), t3;
        }
        function Wl() {
          var r3, t3, e3, n2, o2, u2;
          return r3 = Si, t3 = Si, (e3 = qp()) !== s && (n2 = tv()) !== s && (o2 = Gp()) !== s ? t3 = e3 = [e3, n2, o2] : (Si = t3, t3 = s), t3 !== s && (ji = r3, t3 = (u2 = t3)[0] + " " + u2[2]), (r3 = t3) === s && (r3 = Gp()), r3;
        }
        function Vl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Ql()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Xl()) !== s && (a2 = tv()) !== s && (i2 = Ql()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Xl()) !== s && (a2 = tv()) !== s && (i2 = Ql()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && "column_ref" === r4.type && "*" === r4.column) throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ..._v() }));
              return Rv(r4, t4);
            })(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Xl() {
          var t3;
          return 43 === r2.charCodeAt(Si) ? (t3 = "+", Si++) : (t3 = s, 0 === Ni && Di(En)), t3 === s && (45 === r2.charCodeAt(Si) ? (t3 = "-", Si++) : (t3 = s, 0 === Ni && Di(An))), t3;
        }
        function Ql() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = Jl()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s ? ((u2 = Kl()) === s && (u2 = rv()), u2 !== s && (a2 = tv()) !== s && (i2 = Jl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s)) : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s ? ((u2 = Kl()) === s && (u2 = rv()), u2 !== s && (a2 = tv()) !== s && (i2 = Jl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s)) : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Rv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Kl() {
          var t3;
          return 42 === r2.charCodeAt(Si) ? (t3 = "*", Si++) : (t3 = s, 0 === Ni && Di(gn)), t3 === s && (47 === r2.charCodeAt(Si) ? (t3 = "/", Si++) : (t3 = s, 0 === Ni && Di(Tn)), t3 === s && (37 === r2.charCodeAt(Si) ? (t3 = "%", Si++) : (t3 = s, 0 === Ni && Di(_n)), t3 === s && ("||" === r2.substr(Si, 2) ? (t3 = "||", Si += 2) : (t3 = s, 0 === Ni && Di(Sn))))), t3;
        }
        function zl() {
          var r3, t3, e3, n2, o2;
          return r3 = Si, (t3 = ef()) !== s && tv() !== s ? ((e3 = Xc()) === s && (e3 = null), e3 !== s ? (ji = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function Zl() {
          var t3, e3, n2, o2, u2, a2;
          return (t3 = (function() {
            var t4, e4, n3, o3, u3, a3, i2, c2, l2;
            t4 = Si, (e4 = Jp()) !== s && tv() !== s && (n3 = Vb()) !== s && tv() !== s && (o3 = Gl()) !== s && tv() !== s && (u3 = Ep()) !== s && tv() !== s && (a3 = Lv()) !== s && tv() !== s && (i2 = Xb()) !== s ? (ji = t4, f2 = o3, p2 = a3, e4 = { type: "cast", keyword: e4.toLowerCase(), expr: f2, symbol: "as", target: [p2] }, t4 = e4) : (Si = t4, t4 = s);
            var f2, p2;
            t4 === s && (t4 = Si, (e4 = Jp()) !== s && tv() !== s && (n3 = Vb()) !== s && tv() !== s && (o3 = Gl()) !== s && tv() !== s && (u3 = Ep()) !== s && tv() !== s && (a3 = nb()) !== s && tv() !== s && (i2 = Vb()) !== s && tv() !== s && (c2 = Qf()) !== s && tv() !== s && Xb() !== s && tv() !== s && (l2 = Xb()) !== s ? (ji = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(e4, o3, c2), t4 = e4) : (Si = t4, t4 = s), t4 === s && (t4 = Si, (e4 = Jp()) !== s && tv() !== s && (n3 = Vb()) !== s && tv() !== s && (o3 = Gl()) !== s && tv() !== s && (u3 = Ep()) !== s && tv() !== s && (a3 = nb()) !== s && tv() !== s && (i2 = Vb()) !== s && tv() !== s && (c2 = Qf()) !== s && tv() !== s && Yb() !== s && tv() !== s && (l2 = Qf()) !== s && tv() !== s && Xb() !== s && tv() !== s && Xb() !== s ? (ji = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(e4, o3, c2, l2), t4 = e4) : (Si = t4, t4 = s), t4 === s && (t4 = Si, (e4 = Jp()) !== s && tv() !== s && (n3 = Vb()) !== s && tv() !== s && (o3 = Gl()) !== s && tv() !== s && (u3 = Ep()) !== s && tv() !== s && (a3 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = Si, "signed" === r2.substr(Si, 6).toLowerCase() ? (e5 = r2.substr(Si, 6), Si += 6) : (e5 = s, 0 === Ni && Di(Yu));
                e5 !== s ? (n4 = Si, Ni++, o4 = Cf(), Ni--, o4 === s ? n4 = void 0 : (Si = n4, n4 = s), n4 !== s ? (ji = t6, t6 = e5 = "SIGNED") : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                return t6;
              })()) === s && (t5 = ob());
              return t5;
            })()) !== s && tv() !== s ? ((i2 = ub()) === s && (i2 = null), i2 !== s && tv() !== s && (c2 = Xb()) !== s ? (ji = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: e5 + (n4 ? " " + n4 : "") }] };
            })(e4, o3, a3, i2), t4 = e4) : (Si = t4, t4 = s)) : (Si = t4, t4 = s), t4 === s && (t4 = Si, (e4 = Vb()) !== s && tv() !== s ? ((n3 = $l()) === s && (n3 = zl()) === s && (n3 = gf()), n3 !== s && tv() !== s && (o3 = Xb()) !== s && tv() !== s ? ((u3 = Df()) === s && (u3 = null), u3 !== s ? (ji = t4, e4 = (function(r3, t5) {
              return r3.parentheses = true, t5 ? { type: "cast", keyword: "cast", expr: r3, ...t5 } : r3;
            })(n3, u3), t4 = e4) : (Si = t4, t4 = s)) : (Si = t4, t4 = s)) : (Si = t4, t4 = s), t4 === s && (t4 = Si, (e4 = nf()) === s && (e4 = Pf()) === s && (e4 = kl()) === s && (e4 = (function() {
              var t5, e5, n4;
              t5 = Si, (e5 = (function() {
                var t6, e6, n5, o4, u4, a4, i3, c3, l3;
                t6 = Si, (e6 = (function() {
                  var t7, e7, n6, o5;
                  t7 = Si, "count" === r2.substr(Si, 5).toLowerCase() ? (e7 = r2.substr(Si, 5), Si += 5) : (e7 = s, 0 === Ni && Di(Su));
                  e7 !== s ? (n6 = Si, Ni++, o5 = Cf(), Ni--, o5 === s ? n6 = void 0 : (Si = n6, n6 = s), n6 !== s ? (ji = t7, t7 = e7 = "COUNT") : (Si = t7, t7 = s)) : (Si = t7, t7 = s);
                  return t7;
                })()) === s && (e6 = (function() {
                  var t7, e7, n6, o5;
                  t7 = Si, "group_concat" === r2.substr(Si, 12).toLowerCase() ? (e7 = r2.substr(Si, 12), Si += 12) : (e7 = s, 0 === Ni && Di(ju));
                  e7 !== s ? (n6 = Si, Ni++, o5 = Cf(), Ni--, o5 === s ? n6 = void 0 : (Si = n6, n6 = s), n6 !== s ? (ji = t7, t7 = e7 = "GROUP_CONCAT") : (Si = t7, t7 = s)) : (Si = t7, t7 = s);
                  return t7;
                })());
                e6 !== s && tv() !== s && Vb() !== s && tv() !== s && (n5 = (function() {
                  var t7, e7;
                  t7 = Si, (e7 = (function() {
                    var t8, e8;
                    t8 = Si, 42 === r2.charCodeAt(Si) ? (e8 = "*", Si++) : (e8 = s, 0 === Ni && Di(gn));
                    e8 !== s && (ji = t8, e8 = { type: "star", value: "*" });
                    return t8 = e8;
                  })()) !== s && (ji = t7, e7 = { expr: e7 });
                  (t7 = e7) === s && (t7 = xf());
                  return t7;
                })()) !== s && tv() !== s && (o4 = Xb()) !== s && tv() !== s ? ((u4 = _f()) === s && (u4 = null), u4 !== s ? (ji = t6, t6 = e6 = { type: "aggr_func", name: e6, args: n5, over: u4 }) : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                t6 === s && (t6 = Si, "percentile_cont" === r2.substr(Si, 15).toLowerCase() ? (e6 = r2.substr(Si, 15), Si += 15) : (e6 = s, 0 === Ni && Di(po)), e6 === s && ("percentile_disc" === r2.substr(Si, 15).toLowerCase() ? (e6 = r2.substr(Si, 15), Si += 15) : (e6 = s, 0 === Ni && Di(bo))), e6 !== s && tv() !== s && Vb() !== s && tv() !== s ? ((n5 = Xf()) === s && (n5 = Gf()), n5 !== s && tv() !== s && (o4 = Xb()) !== s && tv() !== s ? ("within" === r2.substr(Si, 6).toLowerCase() ? (u4 = r2.substr(Si, 6), Si += 6) : (u4 = s, 0 === Ni && Di(vo)), u4 !== s && tv() !== s && Rp() !== s && tv() !== s && (a4 = Vb()) !== s && tv() !== s && (i3 = Cl()) !== s && tv() !== s && (c3 = Xb()) !== s && tv() !== s ? ((l3 = _f()) === s && (l3 = null), l3 !== s ? (ji = t6, e6 = (function(r3, t7, e7, n6) {
                  return { type: "aggr_func", name: r3.toUpperCase(), args: { expr: t7 }, within_group_orderby: e7, over: n6 };
                })(e6, n5, i3, l3), t6 = e6) : (Si = t6, t6 = s)) : (Si = t6, t6 = s)) : (Si = t6, t6 = s)) : (Si = t6, t6 = s), t6 === s && (t6 = Si, "mode" === r2.substr(Si, 4).toLowerCase() ? (e6 = r2.substr(Si, 4), Si += 4) : (e6 = s, 0 === Ni && Di(yo)), e6 !== s && tv() !== s && Vb() !== s && tv() !== s && (n5 = Xb()) !== s && tv() !== s ? ("within" === r2.substr(Si, 6).toLowerCase() ? (o4 = r2.substr(Si, 6), Si += 6) : (o4 = s, 0 === Ni && Di(vo)), o4 !== s && tv() !== s && (u4 = Rp()) !== s && tv() !== s && Vb() !== s && tv() !== s && (a4 = Cl()) !== s && tv() !== s && (i3 = Xb()) !== s && tv() !== s ? ((c3 = _f()) === s && (c3 = null), c3 !== s ? (ji = t6, e6 = (function(r3, t7, e7) {
                  return { type: "aggr_func", name: r3.toUpperCase(), args: { expr: {} }, within_group_orderby: t7, over: e7 };
                })(e6, a4, c3), t6 = e6) : (Si = t6, t6 = s)) : (Si = t6, t6 = s)) : (Si = t6, t6 = s)));
                return t6;
              })()) === s && (e5 = (function() {
                var t6, e6, n5, o4;
                t6 = Si, (e6 = (function() {
                  var t7;
                  (t7 = (function() {
                    var t8, e7, n6, o5;
                    t8 = Si, "sum" === r2.substr(Si, 3).toLowerCase() ? (e7 = r2.substr(Si, 3), Si += 3) : (e7 = s, 0 === Ni && Di(Ru));
                    e7 !== s ? (n6 = Si, Ni++, o5 = Cf(), Ni--, o5 === s ? n6 = void 0 : (Si = n6, n6 = s), n6 !== s ? (ji = t8, t8 = e7 = "SUM") : (Si = t8, t8 = s)) : (Si = t8, t8 = s);
                    return t8;
                  })()) === s && (t7 = (function() {
                    var t8, e7, n6, o5;
                    t8 = Si, "max" === r2.substr(Si, 3).toLowerCase() ? (e7 = r2.substr(Si, 3), Si += 3) : (e7 = s, 0 === Ni && Di(xu));
                    e7 !== s ? (n6 = Si, Ni++, o5 = Cf(), Ni--, o5 === s ? n6 = void 0 : (Si = n6, n6 = s), n6 !== s ? (ji = t8, t8 = e7 = "MAX") : (Si = t8, t8 = s)) : (Si = t8, t8 = s);
                    return t8;
                  })()) === s && (t7 = (function() {
                    var t8, e7, n6, o5;
                    t8 = Si, "min" === r2.substr(Si, 3).toLowerCase() ? (e7 = r2.substr(Si, 3), Si += 3) : (e7 = s, 0 === Ni && Di(Iu));
                    e7 !== s ? (n6 = Si, Ni++, o5 = Cf(), Ni--, o5 === s ? n6 = void 0 : (Si = n6, n6 = s), n6 !== s ? (ji = t8, t8 = e7 = "MIN") : (Si = t8, t8 = s)) : (Si = t8, t8 = s);
                    return t8;
                  })()) === s && (t7 = (function() {
                    var t8, e7, n6, o5;
                    t8 = Si, "avg" === r2.substr(Si, 3).toLowerCase() ? (e7 = r2.substr(Si, 3), Si += 3) : (e7 = s, 0 === Ni && Di(Nu));
                    e7 !== s ? (n6 = Si, Ni++, o5 = Cf(), Ni--, o5 === s ? n6 = void 0 : (Si = n6, n6 = s), n6 !== s ? (ji = t8, t8 = e7 = "AVG") : (Si = t8, t8 = s)) : (Si = t8, t8 = s);
                    return t8;
                  })());
                  return t7;
                })()) !== s && tv() !== s && Vb() !== s && tv() !== s && (n5 = Vl()) !== s && tv() !== s && Xb() !== s && tv() !== s ? ((o4 = _f()) === s && (o4 = null), o4 !== s ? (ji = t6, e6 = { type: "aggr_func", name: e6, args: { expr: n5 }, over: o4, ..._v() }, t6 = e6) : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                return t6;
              })()) === s && (e5 = (function() {
                var t6, e6, n5, o4, u4, a4;
                t6 = Si, e6 = Si, (n5 = af()) !== s && (o4 = tv()) !== s && (u4 = qb()) !== s ? e6 = n5 = [n5, o4, u4] : (Si = e6, e6 = s);
                e6 === s && (e6 = null);
                e6 !== s && (n5 = tv()) !== s ? ((o4 = (function() {
                  var t7, e7, n6, o5;
                  t7 = Si, "array_agg" === r2.substr(Si, 9).toLowerCase() ? (e7 = r2.substr(Si, 9), Si += 9) : (e7 = s, 0 === Ni && Di(Tu));
                  e7 !== s ? (n6 = Si, Ni++, o5 = Cf(), Ni--, o5 === s ? n6 = void 0 : (Si = n6, n6 = s), n6 !== s ? (ji = t7, t7 = e7 = "ARRAY_AGG") : (Si = t7, t7 = s)) : (Si = t7, t7 = s);
                  return t7;
                })()) === s && (o4 = (function() {
                  var t7, e7, n6, o5;
                  t7 = Si, "string_agg" === r2.substr(Si, 10).toLowerCase() ? (e7 = r2.substr(Si, 10), Si += 10) : (e7 = s, 0 === Ni && Di(_u));
                  e7 !== s ? (n6 = Si, Ni++, o5 = Cf(), Ni--, o5 === s ? n6 = void 0 : (Si = n6, n6 = s), n6 !== s ? (ji = t7, t7 = e7 = "STRING_AGG") : (Si = t7, t7 = s)) : (Si = t7, t7 = s);
                  return t7;
                })()), o4 !== s && (u4 = tv()) !== s && Vb() !== s && tv() !== s && (a4 = xf()) !== s && tv() !== s && Xb() !== s ? (ji = t6, c3 = o4, l3 = a4, e6 = { type: "aggr_func", name: (i3 = e6) ? `${i3[0]}.${c3}` : c3, args: l3 }, t6 = e6) : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                var i3, c3, l3;
                return t6;
              })());
              e5 !== s && tv() !== s ? ((n4 = (function() {
                var t6, e6, n5;
                t6 = Si, "filter" === r2.substr(Si, 6).toLowerCase() ? (e6 = r2.substr(Si, 6), Si += 6) : (e6 = s, 0 === Ni && Di(to));
                e6 !== s && tv() !== s && Vb() !== s && tv() !== s && (n5 = pl()) !== s && tv() !== s && Xb() !== s ? (ji = t6, t6 = e6 = { keyword: "filter", parentheses: true, where: n5 }) : (Si = t6, t6 = s);
                return t6;
              })()) === s && (n4 = null), n4 !== s ? (ji = t5, e5 = (function(r3, t6) {
                return t6 && (r3.filter = t6), r3;
              })(e5, n4), t5 = e5) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (e4 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4;
                t6 = Si, (e5 = (function() {
                  var t7;
                  "row_number" === r2.substr(Si, 10).toLowerCase() ? (t7 = r2.substr(Si, 10), Si += 10) : (t7 = s, 0 === Ni && Di(oo));
                  t7 === s && ("dense_rank" === r2.substr(Si, 10).toLowerCase() ? (t7 = r2.substr(Si, 10), Si += 10) : (t7 = s, 0 === Ni && Di(so)), t7 === s && ("rank" === r2.substr(Si, 4).toLowerCase() ? (t7 = r2.substr(Si, 4), Si += 4) : (t7 = s, 0 === Ni && Di(uo))));
                  return t7;
                })()) !== s && tv() !== s && Vb() !== s && tv() !== s && Xb() !== s && tv() !== s && (n4 = _f()) !== s ? (ji = t6, t6 = e5 = { type: "window_func", name: e5, over: n4 }) : (Si = t6, t6 = s);
                return t6;
              })()) === s && (t5 = (function() {
                var t6, e5, n4, o4, u4;
                t6 = Si, (e5 = (function() {
                  var t7;
                  "lag" === r2.substr(Si, 3).toLowerCase() ? (t7 = r2.substr(Si, 3), Si += 3) : (t7 = s, 0 === Ni && Di(ao));
                  t7 === s && ("lead" === r2.substr(Si, 4).toLowerCase() ? (t7 = r2.substr(Si, 4), Si += 4) : (t7 = s, 0 === Ni && Di(io)), t7 === s && ("nth_value" === r2.substr(Si, 9).toLowerCase() ? (t7 = r2.substr(Si, 9), Si += 9) : (t7 = s, 0 === Ni && Di(co))));
                  return t7;
                })()) !== s && tv() !== s && Vb() !== s && tv() !== s && (n4 = Ol()) !== s && tv() !== s && Xb() !== s && tv() !== s ? ((o4 = Sf()) === s && (o4 = null), o4 !== s && tv() !== s && (u4 = _f()) !== s ? (ji = t6, t6 = e5 = { type: "window_func", name: e5, args: n4, over: u4, consider_nulls: o4 }) : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                return t6;
              })()) === s && (t5 = (function() {
                var t6, e5, n4, o4, u4;
                t6 = Si, (e5 = (function() {
                  var t7;
                  "first_value" === r2.substr(Si, 11).toLowerCase() ? (t7 = r2.substr(Si, 11), Si += 11) : (t7 = s, 0 === Ni && Di(eo));
                  t7 === s && ("last_value" === r2.substr(Si, 10).toLowerCase() ? (t7 = r2.substr(Si, 10), Si += 10) : (t7 = s, 0 === Ni && Di(no)));
                  return t7;
                })()) !== s && tv() !== s && Vb() !== s && tv() !== s && (n4 = Gl()) !== s && tv() !== s && Xb() !== s && tv() !== s ? ((o4 = Sf()) === s && (o4 = null), o4 !== s && tv() !== s && (u4 = _f()) !== s ? (ji = t6, t6 = e5 = { type: "window_func", name: e5, args: { type: "expr_list", value: [n4] }, over: u4, consider_nulls: o4 }) : (Si = t6, t6 = s)) : (Si = t6, t6 = s);
                return t6;
              })());
              return t5;
            })()) === s && (e4 = kf()) === s && (e4 = (function() {
              var r3, t5, e5, n4, o4, u4, a4, i3;
              return r3 = Si, Qp() !== s && tv() !== s && (t5 = Ul()) !== s && tv() !== s ? ((e5 = Dl()) === s && (e5 = null), e5 !== s && tv() !== s && (n4 = Zp()) !== s && tv() !== s ? ((o4 = Qp()) === s && (o4 = null), o4 !== s ? (ji = r3, a4 = t5, (i3 = e5) && a4.push(i3), r3 = { type: "case", expr: null, args: a4 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = Si, Qp() !== s && tv() !== s && (t5 = Gl()) !== s && tv() !== s && (e5 = Ul()) !== s && tv() !== s ? ((n4 = Dl()) === s && (n4 = null), n4 !== s && tv() !== s && (o4 = Zp()) !== s && tv() !== s ? ((u4 = Qp()) === s && (u4 = null), u4 !== s ? (ji = r3, r3 = (function(r4, t6, e6) {
                return e6 && t6.push(e6), { type: "case", expr: r4, args: t6 };
              })(t5, e5, n4)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)), r3;
            })()) === s && (e4 = zl()) === s && (e4 = gf()), e4 !== s && tv() !== s ? ((n3 = Df()) === s && (n3 = null), n3 !== s ? (ji = t4, e4 = (function(r3, t5) {
              return t5 ? { type: "cast", keyword: "cast", expr: r3, ...t5 } : r3;
            })(e4, n3), t4 = e4) : (Si = t4, t4 = s)) : (Si = t4, t4 = s))))));
            return t4;
          })()) === s && (t3 = Si, Vb() !== s && (e3 = tv()) !== s && (n2 = Fl()) !== s && (o2 = tv()) !== s && (u2 = Xb()) !== s ? (ji = t3, (a2 = n2).parentheses = true, t3 = a2) : (Si = t3, t3 = s), t3 === s && (t3 = wv()) === s && (t3 = Si, tv() !== s ? (36 === r2.charCodeAt(Si) ? (e3 = "$", Si++) : (e3 = s, 0 === Ni && Di(jn)), e3 !== s ? (60 === r2.charCodeAt(Si) ? (n2 = "<", Si++) : (n2 = s, 0 === Ni && Di(vn)), n2 !== s && (o2 = Xf()) !== s ? (62 === r2.charCodeAt(Si) ? (u2 = ">", Si++) : (u2 = s, 0 === Ni && Di(fn)), u2 !== s ? (ji = t3, t3 = { type: "origin", value: `$<${o2.value}>` }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s))), t3;
        }
        function Jl() {
          var t3, e3, n2, o2, u2;
          return (t3 = (function() {
            var t4, e4, n3, o3, u3, a2, i2, c2;
            if (t4 = Si, (e4 = rf()) !== s) if (tv() !== s) {
              for (n3 = [], o3 = Si, (u3 = tv()) !== s ? ("?|" === r2.substr(Si, 2) ? (a2 = "?|", Si += 2) : (a2 = s, 0 === Ni && Di(xn)), a2 === s && ("?&" === r2.substr(Si, 2) ? (a2 = "?&", Si += 2) : (a2 = s, 0 === Ni && Di(In)), a2 === s && (63 === r2.charCodeAt(Si) ? (a2 = "?", Si++) : (a2 = s, 0 === Ni && Di(Rn)), a2 === s && ("#-" === r2.substr(Si, 2) ? (a2 = "#-", Si += 2) : (a2 = s, 0 === Ni && Di(Nn)), a2 === s && ("#>>" === r2.substr(Si, 3) ? (a2 = "#>>", Si += 3) : (a2 = s, 0 === Ni && Di(On)), a2 === s && ("#>" === r2.substr(Si, 2) ? (a2 = "#>", Si += 2) : (a2 = s, 0 === Ni && Di(kn)), a2 === s && (a2 = Jb()) === s && (a2 = Zb()) === s && ("@>" === r2.substr(Si, 2) ? (a2 = "@>", Si += 2) : (a2 = s, 0 === Ni && Di(Un)), a2 === s && ("<@" === r2.substr(Si, 2) ? (a2 = "<@", Si += 2) : (a2 = s, 0 === Ni && Di(Mn))))))))), a2 !== s && (i2 = tv()) !== s && (c2 = rf()) !== s ? o3 = u3 = [u3, a2, i2, c2] : (Si = o3, o3 = s)) : (Si = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = Si, (u3 = tv()) !== s ? ("?|" === r2.substr(Si, 2) ? (a2 = "?|", Si += 2) : (a2 = s, 0 === Ni && Di(xn)), a2 === s && ("?&" === r2.substr(Si, 2) ? (a2 = "?&", Si += 2) : (a2 = s, 0 === Ni && Di(In)), a2 === s && (63 === r2.charCodeAt(Si) ? (a2 = "?", Si++) : (a2 = s, 0 === Ni && Di(Rn)), a2 === s && ("#-" === r2.substr(Si, 2) ? (a2 = "#-", Si += 2) : (a2 = s, 0 === Ni && Di(Nn)), a2 === s && ("#>>" === r2.substr(Si, 3) ? (a2 = "#>>", Si += 3) : (a2 = s, 0 === Ni && Di(On)), a2 === s && ("#>" === r2.substr(Si, 2) ? (a2 = "#>", Si += 2) : (a2 = s, 0 === Ni && Di(kn)), a2 === s && (a2 = Jb()) === s && (a2 = Zb()) === s && ("@>" === r2.substr(Si, 2) ? (a2 = "@>", Si += 2) : (a2 = s, 0 === Ni && Di(Un)), a2 === s && ("<@" === r2.substr(Si, 2) ? (a2 = "<@", Si += 2) : (a2 = s, 0 === Ni && Di(Mn))))))))), a2 !== s && (i2 = tv()) !== s && (c2 = rf()) !== s ? o3 = u3 = [u3, a2, i2, c2] : (Si = o3, o3 = s)) : (Si = o3, o3 = s);
              n3 !== s ? (ji = t4, l2 = e4, e4 = (f2 = n3) && 0 !== f2.length ? Rv(l2, f2) : l2, t4 = e4) : (Si = t4, t4 = s);
            } else Si = t4, t4 = s;
            else Si = t4, t4 = s;
            var l2, f2;
            return t4;
          })()) === s && (t3 = Si, (e3 = (function() {
            var t4;
            33 === r2.charCodeAt(Si) ? (t4 = "!", Si++) : (t4 = s, 0 === Ni && Di(cn));
            t4 === s && (45 === r2.charCodeAt(Si) ? (t4 = "-", Si++) : (t4 = s, 0 === Ni && Di(An)), t4 === s && (43 === r2.charCodeAt(Si) ? (t4 = "+", Si++) : (t4 = s, 0 === Ni && Di(En)), t4 === s && (126 === r2.charCodeAt(Si) ? (t4 = "~", Si++) : (t4 = s, 0 === Ni && Di(Ln)))));
            return t4;
          })()) !== s ? (n2 = Si, (o2 = tv()) !== s && (u2 = Jl()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = Sv(e3, n2[1])) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)), t3;
        }
        function rf() {
          var r3, t3, e3, n2, o2;
          return r3 = Si, (t3 = Zl()) !== s && tv() !== s ? ((e3 = Xc()) === s && (e3 = null), e3 !== s ? (ji = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function tf() {
          var t3, e3, n2, o2, u2, a2;
          if (t3 = Si, "e" === r2.substr(Si, 1).toLowerCase() ? (e3 = r2.charAt(Si), Si++) : (e3 = s, 0 === Ni && Di(Dn)), e3 !== s) if (39 === r2.charCodeAt(Si) ? (n2 = "'", Si++) : (n2 = s, 0 === Ni && Di(xt)), n2 !== s) if (tv() !== s) {
            for (o2 = [], u2 = Wf(); u2 !== s; ) o2.push(u2), u2 = Wf();
            o2 !== s && (u2 = tv()) !== s ? (39 === r2.charCodeAt(Si) ? (a2 = "'", Si++) : (a2 = s, 0 === Ni && Di(xt)), a2 !== s ? (ji = t3, t3 = e3 = { type: "default", value: `E'${o2.join("")}'` }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s);
          } else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          return t3;
        }
        function ef() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2;
          if ((r3 = tf()) === s && (r3 = Si, t3 = Si, (e3 = af()) !== s && (n2 = tv()) !== s && (o2 = qb()) !== s ? t3 = e3 = [e3, n2, o2] : (Si = t3, t3 = s), t3 === s && (t3 = null), t3 !== s && (e3 = tv()) !== s && (n2 = Wb()) !== s ? (ji = r3, r3 = t3 = (function(r4) {
            const t4 = r4 && r4[0] || null;
            return Dv.add(`select::${t4}::(.*)`), { type: "column_ref", table: t4, column: "*" };
          })(t3)) : (Si = r3, r3 = s), r3 === s)) {
            if (r3 = Si, (t3 = af()) !== s) if (e3 = Si, (n2 = tv()) !== s && (o2 = qb()) !== s && (u2 = tv()) !== s && (a2 = af()) !== s ? e3 = n2 = [n2, o2, u2, a2] : (Si = e3, e3 = s), e3 !== s) {
              if (n2 = [], o2 = Si, (u2 = tv()) !== s && (a2 = qb()) !== s && (i2 = tv()) !== s && (c2 = wf()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (Si = o2, o2 = s), o2 !== s) for (; o2 !== s; ) n2.push(o2), o2 = Si, (u2 = tv()) !== s && (a2 = qb()) !== s && (i2 = tv()) !== s && (c2 = wf()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (Si = o2, o2 = s);
              else n2 = s;
              n2 !== s ? (o2 = Si, (u2 = tv()) !== s && (a2 = uc()) !== s ? o2 = u2 = [u2, a2] : (Si = o2, o2 = s), o2 === s && (o2 = null), o2 !== s ? (ji = r3, r3 = t3 = (function(r4, t4, e4, n3) {
                if (1 === e4.length) return Dv.add(`select::${r4}.${t4[3]}::${e4[0][3].value}`), { type: "column_ref", schema: r4, table: t4[3], column: e4[0][3], collate: n3 && n3[1] };
                return { type: "column_ref", column: { expr: Rv(jv(".", r4, t4[3]), e4) }, collate: n3 && n3[1] };
              })(t3, e3, n2, o2)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
            } else Si = r3, r3 = s;
            else Si = r3, r3 = s;
            r3 === s && (r3 = Si, (t3 = af()) !== s && (e3 = tv()) !== s && (n2 = qb()) !== s && (o2 = tv()) !== s && (u2 = wf()) !== s ? (a2 = Si, (i2 = tv()) !== s && (c2 = uc()) !== s ? a2 = i2 = [i2, c2] : (Si = a2, a2 = s), a2 === s && (a2 = null), a2 !== s ? (ji = r3, l2 = t3, f2 = u2, p2 = a2, Dv.add(`select::${l2}::${f2.value}`), r3 = t3 = { type: "column_ref", table: l2, column: { expr: f2 }, collate: p2 && p2[1] }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = Si, (t3 = wf()) !== s ? (e3 = Si, Ni++, n2 = Vb(), Ni--, n2 === s ? e3 = void 0 : (Si = e3, e3 = s), e3 !== s ? (n2 = Si, (o2 = tv()) !== s && (u2 = uc()) !== s ? n2 = o2 = [o2, u2] : (Si = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
              return Dv.add("select::null::" + r4.value), { type: "column_ref", table: null, column: { expr: r4 }, collate: t4 && t4[1] };
            })(t3, n2)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)));
          }
          return r3;
        }
        function nf() {
          var r3, t3, e3;
          return r3 = Si, (t3 = qf()) !== s && (ji = r3, e3 = t3, Dv.add("select::null::" + e3.value), t3 = { type: "column_ref", table: null, column: { expr: e3 } }), r3 = t3;
        }
        function of() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = wf()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = wf()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = wf()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function sf() {
          var r3, t3;
          return r3 = Si, (t3 = mf()) !== s && (ji = r3, t3 = Pn(t3)), (r3 = t3) === s && (r3 = ff()), r3;
        }
        function uf() {
          var r3, t3;
          return r3 = Si, (t3 = mf()) !== s ? (ji = Si, (Gn(t3) ? s : void 0) !== s ? (ji = r3, r3 = t3 = { type: "default", value: t3 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = ff()), r3;
        }
        function af() {
          var r3, t3;
          return r3 = Si, (t3 = mf()) !== s ? (ji = Si, (Gn(t3) ? s : void 0) !== s ? (ji = r3, r3 = t3 = t3) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = pf()), r3;
        }
        function cf() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = af()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = af()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = af()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function lf() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return r3 = Si, (t3 = Lf()) !== s ? (ji = Si, (true === Tv[t3.toUpperCase()] ? s : void 0) !== s ? (e3 = Si, (n2 = tv()) !== s && (o2 = Vb()) !== s && (u2 = tv()) !== s && (a2 = of()) !== s && (i2 = tv()) !== s && (c2 = Xb()) !== s ? e3 = n2 = [n2, o2, u2, a2, i2, c2] : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
            return t4 ? `${r4}(${t4[3].map((r5) => r5.value).join(", ")})` : r4;
          })(t3, e3)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = Si, (t3 = bf()) !== s && (ji = r3, t3 = (function(r4) {
            return r4.value;
          })(t3)), r3 = t3), r3;
        }
        function ff() {
          var r3;
          return (r3 = bf()) === s && (r3 = vf()) === s && (r3 = yf()), r3;
        }
        function pf() {
          var r3, t3;
          return r3 = Si, (t3 = bf()) === s && (t3 = vf()) === s && (t3 = yf()), t3 !== s && (ji = r3, t3 = t3.value), r3 = t3;
        }
        function bf() {
          var t3, e3, n2, o2;
          if (t3 = Si, 34 === r2.charCodeAt(Si) ? (e3 = '"', Si++) : (e3 = s, 0 === Ni && Di(Ge)), e3 !== s) {
            if (n2 = [], Fn.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di($n)), o2 !== s) for (; o2 !== s; ) n2.push(o2), Fn.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di($n));
            else n2 = s;
            n2 !== s ? (34 === r2.charCodeAt(Si) ? (o2 = '"', Si++) : (o2 = s, 0 === Ni && Di(Ge)), o2 !== s ? (ji = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s);
          } else Si = t3, t3 = s;
          return t3;
        }
        function vf() {
          var t3, e3, n2, o2;
          if (t3 = Si, 39 === r2.charCodeAt(Si) ? (e3 = "'", Si++) : (e3 = s, 0 === Ni && Di(xt)), e3 !== s) {
            if (n2 = [], Hn.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(Bn)), o2 !== s) for (; o2 !== s; ) n2.push(o2), Hn.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(Bn));
            else n2 = s;
            n2 !== s ? (39 === r2.charCodeAt(Si) ? (o2 = "'", Si++) : (o2 = s, 0 === Ni && Di(xt)), o2 !== s ? (ji = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s);
          } else Si = t3, t3 = s;
          return t3;
        }
        function yf() {
          var t3, e3, n2, o2;
          if (t3 = Si, 96 === r2.charCodeAt(Si) ? (e3 = "`", Si++) : (e3 = s, 0 === Ni && Di(qn)), e3 !== s) {
            if (n2 = [], Yn.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(Wn)), o2 !== s) for (; o2 !== s; ) n2.push(o2), Yn.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(Wn));
            else n2 = s;
            n2 !== s ? (96 === r2.charCodeAt(Si) ? (o2 = "`", Si++) : (o2 = s, 0 === Ni && Di(qn)), o2 !== s ? (ji = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s);
          } else Si = t3, t3 = s;
          return t3;
        }
        function df() {
          var r3, t3;
          return r3 = Si, (t3 = Lf()) !== s && (ji = r3, t3 = Pn(t3)), (r3 = t3) === s && (r3 = ff()), r3;
        }
        function wf() {
          var r3, t3;
          return r3 = Si, (t3 = Lf()) !== s ? (ji = Si, (Gn(t3) ? s : void 0) !== s ? (ji = r3, r3 = t3 = { type: "default", value: t3 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = ff()), r3;
        }
        function hf() {
          var r3, t3;
          return r3 = Si, (t3 = Lf()) !== s ? (ji = Si, (Gn(t3) ? s : void 0) !== s ? (ji = r3, r3 = t3 = t3) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = pf()), r3;
        }
        function Lf() {
          var r3, t3, e3, n2;
          if (r3 = Si, (t3 = Cf()) !== s) {
            for (e3 = [], n2 = Af(); n2 !== s; ) e3.push(n2), n2 = Af();
            e3 !== s ? (ji = r3, r3 = t3 = t3 + e3.join("")) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function mf() {
          var r3, t3, e3, n2;
          if (r3 = Si, (t3 = Cf()) !== s) {
            for (e3 = [], n2 = Ef(); n2 !== s; ) e3.push(n2), n2 = Ef();
            e3 !== s ? (ji = r3, r3 = t3 = t3 + e3.join("")) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function Cf() {
          var t3;
          return Vn.test(r2.charAt(Si)) ? (t3 = r2.charAt(Si), Si++) : (t3 = s, 0 === Ni && Di(Xn)), t3;
        }
        function Ef() {
          var t3;
          return Qn.test(r2.charAt(Si)) ? (t3 = r2.charAt(Si), Si++) : (t3 = s, 0 === Ni && Di(Kn)), t3;
        }
        function Af() {
          var t3;
          return zn.test(r2.charAt(Si)) ? (t3 = r2.charAt(Si), Si++) : (t3 = s, 0 === Ni && Di(Zn)), t3;
        }
        function gf() {
          var t3, e3, n2, o2;
          return t3 = Si, e3 = Si, 58 === r2.charCodeAt(Si) ? (n2 = ":", Si++) : (n2 = s, 0 === Ni && Di(Jn)), n2 !== s && (o2 = mf()) !== s ? e3 = n2 = [n2, o2] : (Si = e3, e3 = s), e3 !== s && (ji = t3, e3 = { type: "param", value: e3[1] }), t3 = e3;
        }
        function Tf() {
          var r3, t3, e3;
          return r3 = Si, Tp() !== s && tv() !== s && ip() !== s && tv() !== s && (t3 = Sb()) !== s && tv() !== s && Vb() !== s && tv() !== s ? ((e3 = Ol()) === s && (e3 = null), e3 !== s && tv() !== s && Xb() !== s ? (ji = r3, r3 = { type: "on update", keyword: t3, parentheses: true, expr: e3 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = Si, Tp() !== s && tv() !== s && ip() !== s && tv() !== s && (t3 = Sb()) !== s ? (ji = r3, r3 = /* @__PURE__ */ (function(r4) {
            return { type: "on update", keyword: r4 };
          })(t3)) : (Si = r3, r3 = s)), r3;
        }
        function _f() {
          var t3, e3, n2, o2, u2;
          return t3 = Si, "over" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(ro)), e3 !== s && tv() !== s && (n2 = yl()) !== s ? (ji = t3, t3 = e3 = { type: "window", as_window_specification: n2 }) : (Si = t3, t3 = s), t3 === s && (t3 = Si, "over" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(ro)), e3 !== s && tv() !== s && (n2 = Vb()) !== s && tv() !== s ? ((o2 = ml()) === s && (o2 = null), o2 !== s && tv() !== s ? ((u2 = Cl()) === s && (u2 = null), u2 !== s && tv() !== s && Xb() !== s ? (ji = t3, t3 = e3 = { partitionby: o2, orderby: u2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Tf())), t3;
        }
        function Sf() {
          var t3, e3, n2;
          return t3 = Si, "ignore" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(lo)), e3 === s && ("respect" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(fo))), e3 !== s && tv() !== s ? ("nulls" === r2.substr(Si, 5).toLowerCase() ? (n2 = r2.substr(Si, 5), Si += 5) : (n2 = s, 0 === Ni && Di(mr)), n2 !== s ? (ji = t3, t3 = e3 = e3.toUpperCase() + " NULLS") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function jf() {
          var r3, t3;
          return r3 = Si, Yb() !== s && tv() !== s && (t3 = Bf()) !== s ? (ji = r3, r3 = { symbol: ke, delimiter: t3 }) : (Si = r3, r3 = s), r3;
        }
        function xf() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          if (r3 = Si, (t3 = Dp()) === s && (t3 = null), t3 !== s) if (tv() !== s) if ((e3 = Vb()) !== s) if (tv() !== s) if ((n2 = Gl()) !== s) if (tv() !== s) if ((o2 = Xb()) !== s) if (tv() !== s) {
            for (u2 = [], a2 = Si, (i2 = tv()) !== s ? ((c2 = Yp()) === s && (c2 = Wp()), c2 !== s && (l2 = tv()) !== s && (f2 = Gl()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Si = a2, a2 = s)) : (Si = a2, a2 = s); a2 !== s; ) u2.push(a2), a2 = Si, (i2 = tv()) !== s ? ((c2 = Yp()) === s && (c2 = Wp()), c2 !== s && (l2 = tv()) !== s && (f2 = Gl()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Si = a2, a2 = s)) : (Si = a2, a2 = s);
            u2 !== s && (a2 = tv()) !== s ? ((i2 = jf()) === s && (i2 = null), i2 !== s && (c2 = tv()) !== s ? ((l2 = Cl()) === s && (l2 = null), l2 !== s ? (ji = r3, r3 = t3 = (function(r4, t4, e4, n3, o3) {
              const s2 = e4.length;
              let u3 = t4;
              u3.parentheses = true;
              for (let r5 = 0; r5 < s2; ++r5) u3 = jv(e4[r5][1], u3, e4[r5][3]);
              return { distinct: r4, expr: u3, orderby: o3, separator: n3 };
            })(t3, n2, u2, i2, l2)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          else Si = r3, r3 = s;
          return r3 === s && (r3 = Si, (t3 = Dp()) === s && (t3 = null), t3 !== s && tv() !== s && (e3 = ll()) !== s && tv() !== s ? ((n2 = jf()) === s && (n2 = null), n2 !== s && tv() !== s ? ((o2 = Cl()) === s && (o2 = null), o2 !== s ? (ji = r3, r3 = t3 = { distinct: t3, expr: e3, orderby: o2, separator: n2 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s)), r3;
        }
        function If() {
          var t3, e3, n2;
          return t3 = Si, (e3 = (function() {
            var t4;
            return "both" === r2.substr(Si, 4).toLowerCase() ? (t4 = r2.substr(Si, 4), Si += 4) : (t4 = s, 0 === Ni && Di(wo)), t4 === s && ("leading" === r2.substr(Si, 7).toLowerCase() ? (t4 = r2.substr(Si, 7), Si += 7) : (t4 = s, 0 === Ni && Di(ho)), t4 === s && ("trailing" === r2.substr(Si, 8).toLowerCase() ? (t4 = r2.substr(Si, 8), Si += 8) : (t4 = s, 0 === Ni && Di(Lo)))), t4;
          })()) === s && (e3 = null), e3 !== s && tv() !== s ? ((n2 = Gl()) === s && (n2 = null), n2 !== s && tv() !== s && mp() !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
            let n3 = [];
            return r3 && n3.push({ type: "origin", value: r3 }), t4 && n3.push(t4), n3.push({ type: "origin", value: "from" }), { type: "expr_list", value: n3 };
          })(e3, n2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Rf() {
          var t3, e3, n2, o2;
          return t3 = Si, "trim" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(mo)), e3 !== s && tv() !== s && Vb() !== s && tv() !== s ? ((n2 = If()) === s && (n2 = null), n2 !== s && tv() !== s && (o2 = Gl()) !== s && tv() !== s && Xb() !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
            let e4 = r3 || { type: "expr_list", value: [] };
            return e4.value.push(t4), { type: "function", name: { name: [{ type: "origin", value: "trim" }] }, args: e4, ..._v() };
          })(n2, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Nf() {
          var t3, e3, n2, o2, u2;
          return t3 = Si, "crosstab" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(Co)), e3 !== s && tv() !== s && Vb() !== s && tv() !== s && (n2 = Ol()) !== s && tv() !== s && Xb() !== s && tv() !== s && Ep() !== s && tv() !== s && (o2 = mf()) !== s && tv() !== s && Vb() !== s && tv() !== s && (u2 = Qi()) !== s && tv() !== s && Xb() !== s ? (ji = t3, t3 = e3 = { type: "tablefunc", name: { name: [{ type: "default", value: "crosstab" }] }, args: n2, as: { type: "function", name: { name: [{ type: "default", value: o2 }] }, args: { type: "expr_list", value: u2.map((r3) => ({ ...r3, type: "column_definition" })) }, ..._v() }, ..._v() }) : (Si = t3, t3 = s), t3;
        }
        function Of() {
          var t3, e3, n2;
          return t3 = Si, "position" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(Eo)), e3 !== s && tv() !== s && Vb() !== s && tv() !== s && (n2 = (function() {
            var r3, t4, e4, n3, o2, u2, a2, i2;
            return r3 = Si, (t4 = Bf()) !== s && tv() !== s && Gp() !== s && tv() !== s && (e4 = Gl()) !== s ? (n3 = Si, (o2 = tv()) !== s && (u2 = mp()) !== s && (a2 = tv()) !== s && (i2 = Xf()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (Si = n3, n3 = s), n3 === s && (n3 = null), n3 !== s ? (ji = r3, r3 = t4 = (function(r4, t5, e5) {
              let n4 = [r4, { type: "origin", value: "in" }, t5];
              return e5 && (n4.push({ type: "origin", value: "from" }), n4.push(e5[3])), { type: "expr_list", value: n4 };
            })(t4, e4, n3)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
          })()) !== s && tv() !== s && Xb() !== s ? (ji = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: "position" }] }, separator: " ", args: n2, ..._v() }) : (Si = t3, t3 = s), t3;
        }
        function kf() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return (t3 = Rf()) === s && (t3 = Nf()) === s && (t3 = Of()) === s && (t3 = Si, "now" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(Ao)), e3 !== s && tv() !== s && (n2 = Vb()) !== s && tv() !== s ? ((o2 = Ol()) === s && (o2 = null), o2 !== s && tv() !== s && Xb() !== s && tv() !== s ? ("at" === r2.substr(Si, 2).toLowerCase() ? (u2 = r2.substr(Si, 2), Si += 2) : (u2 = s, 0 === Ni && Di(go)), u2 !== s && tv() !== s && Ab() !== s && tv() !== s ? ("zone" === r2.substr(Si, 4).toLowerCase() ? (a2 = r2.substr(Si, 4), Si += 4) : (a2 = s, 0 === Ni && Di(To)), a2 !== s && tv() !== s && (i2 = Bf()) !== s ? (ji = t3, c2 = e3, l2 = o2, (f2 = i2).prefix = "at time zone", t3 = e3 = { type: "function", name: { name: [{ type: "default", value: c2 }] }, args: l2 || { type: "expr_list", value: [] }, suffix: f2, ..._v() }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = (function() {
            var t4;
            (t4 = Mf()) === s && (t4 = jb()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "user" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(da));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "USER") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && (t4 = xb()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Si, "system_user" === r2.substr(Si, 11).toLowerCase() ? (e4 = r2.substr(Si, 11), Si += 11) : (e4 = s, 0 === Ni && Di(ka));
              e4 !== s ? (n3 = Si, Ni++, o3 = Cf(), Ni--, o3 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t5, t5 = e4 = "SYSTEM_USER") : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              return t5;
            })()) === s && ("ntile" === r2.substr(Si, 5).toLowerCase() ? (t4 = r2.substr(Si, 5), Si += 5) : (t4 = s, 0 === Ni && Di(Xo)));
            return t4;
          })()) !== s && tv() !== s && (n2 = Vb()) !== s && tv() !== s ? ((o2 = Ol()) === s && (o2 = null), o2 !== s && tv() !== s && Xb() !== s && tv() !== s ? ((u2 = _f()) === s && (u2 = null), u2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: "function", name: { name: [{ type: "origin", value: r3 }] }, args: t4 || { type: "expr_list", value: [] }, over: e4, ..._v() };
          })(e3, o2, u2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = (function() {
            var r3, t4, e4, n3, o3;
            r3 = Si, (t4 = Xp()) !== s && tv() !== s && Vb() !== s && tv() !== s && (e4 = Uf()) !== s && tv() !== s && mp() !== s && tv() !== s ? ((n3 = gb()) === s && (n3 = _b()) === s && (n3 = Ab()) === s && (n3 = mb()), n3 === s && (n3 = null), n3 !== s && tv() !== s && (o3 = Gl()) !== s && tv() !== s && Xb() !== s ? (ji = r3, u3 = e4, a3 = n3, i3 = o3, t4 = { type: t4.toLowerCase(), args: { field: u3, cast_type: a3, source: i3 }, ..._v() }, r3 = t4) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
            var u3, a3, i3;
            r3 === s && (r3 = Si, (t4 = Xp()) !== s && tv() !== s && Vb() !== s && tv() !== s && (e4 = Uf()) !== s && tv() !== s && mp() !== s && tv() !== s && (n3 = Gl()) !== s && tv() !== s && (o3 = Xb()) !== s ? (ji = r3, t4 = (function(r4, t5, e5) {
              return { type: r4.toLowerCase(), args: { field: t5, source: e5 }, ..._v() };
            })(t4, e4, n3), r3 = t4) : (Si = r3, r3 = s));
            return r3;
          })()) === s && (t3 = Si, (e3 = Mf()) !== s && tv() !== s ? ((n2 = Tf()) === s && (n2 = null), n2 !== s ? (ji = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ..._v() }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = vv()) !== s && tv() !== s && (n2 = Vb()) !== s && tv() !== s ? ((o2 = Fl()) === s && (o2 = null), o2 !== s && tv() !== s && Xb() !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, ..._v() };
          })(e3, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s))))), t3;
        }
        function Uf() {
          var t3, e3;
          return t3 = Si, "century" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(_o)), e3 === s && ("day" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(So)), e3 === s && ("date" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(jo)), e3 === s && ("decade" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(xo)), e3 === s && ("dow" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(Io)), e3 === s && ("doy" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(Ro)), e3 === s && ("epoch" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(No)), e3 === s && ("hour" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Oo)), e3 === s && ("isodow" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(ko)), e3 === s && ("isoyear" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Uo)), e3 === s && ("microseconds" === r2.substr(Si, 12).toLowerCase() ? (e3 = r2.substr(Si, 12), Si += 12) : (e3 = s, 0 === Ni && Di(Mo)), e3 === s && ("millennium" === r2.substr(Si, 10).toLowerCase() ? (e3 = r2.substr(Si, 10), Si += 10) : (e3 = s, 0 === Ni && Di(Do)), e3 === s && ("milliseconds" === r2.substr(Si, 12).toLowerCase() ? (e3 = r2.substr(Si, 12), Si += 12) : (e3 = s, 0 === Ni && Di(Po)), e3 === s && ("minute" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Go)), e3 === s && ("month" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(Fo)), e3 === s && ("quarter" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di($o)), e3 === s && ("second" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Ho)), e3 === s && ("timezone" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(Bo)), e3 === s && ("timezone_hour" === r2.substr(Si, 13).toLowerCase() ? (e3 = r2.substr(Si, 13), Si += 13) : (e3 = s, 0 === Ni && Di(qo)), e3 === s && ("timezone_minute" === r2.substr(Si, 15).toLowerCase() ? (e3 = r2.substr(Si, 15), Si += 15) : (e3 = s, 0 === Ni && Di(Yo)), e3 === s && ("week" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Wo)), e3 === s && ("year" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Vo))))))))))))))))))))))), e3 !== s && (ji = t3, e3 = e3), t3 = e3;
        }
        function Mf() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Si, "current_date" === r2.substr(Si, 12).toLowerCase() ? (e3 = r2.substr(Si, 12), Si += 12) : (e3 = s, 0 === Ni && Di(Ia));
            e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t4, t4 = e3 = "CURRENT_DATE") : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Si, "current_time" === r2.substr(Si, 12).toLowerCase() ? (e3 = r2.substr(Si, 12), Si += 12) : (e3 = s, 0 === Ni && Di(Na));
            e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t4, t4 = e3 = "CURRENT_TIME") : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) === s && (t3 = Sb()), t3;
        }
        function Df() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Si, t3 = [], e3 = Si, (n2 = Ob()) !== s && (o2 = tv()) !== s && (u2 = Lv()) !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s), e3 !== s) for (; e3 !== s; ) t3.push(e3), e3 = Si, (n2 = Ob()) !== s && (o2 = tv()) !== s && (u2 = Lv()) !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s);
          else t3 = s;
          return t3 !== s && (e3 = tv()) !== s ? ((n2 = Zc()) === s && (n2 = null), n2 !== s ? (ji = r3, r3 = t3 = { as: n2, symbol: "::", target: t3.map((r4) => r4[2]) }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function Pf() {
          var t3;
          return (t3 = Bf()) === s && (t3 = Xf()) === s && (t3 = Hf()) === s && (t3 = Ff()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = Si, (e3 = Ab()) === s && (e3 = mb()) === s && (e3 = gb()) === s && (e3 = Cb());
            if (e3 !== s) if (tv() !== s) {
              if (n2 = Si, 39 === r2.charCodeAt(Si) ? (o2 = "'", Si++) : (o2 = s, 0 === Ni && Di(xt)), o2 !== s) {
                for (u2 = [], a2 = Wf(); a2 !== s; ) u2.push(a2), a2 = Wf();
                u2 !== s ? (39 === r2.charCodeAt(Si) ? (a2 = "'", Si++) : (a2 = s, 0 === Ni && Di(xt)), a2 !== s ? n2 = o2 = [o2, u2, a2] : (Si = n2, n2 = s)) : (Si = n2, n2 = s);
              } else Si = n2, n2 = s;
              n2 !== s ? (ji = t4, i2 = n2, e3 = { type: e3.toLowerCase(), value: i2[1].join("") }, t4 = e3) : (Si = t4, t4 = s);
            } else Si = t4, t4 = s;
            else Si = t4, t4 = s;
            var i2;
            if (t4 === s) if (t4 = Si, (e3 = Ab()) === s && (e3 = mb()) === s && (e3 = gb()) === s && (e3 = Cb()), e3 !== s) if (tv() !== s) {
              if (n2 = Si, 34 === r2.charCodeAt(Si) ? (o2 = '"', Si++) : (o2 = s, 0 === Ni && Di(Ge)), o2 !== s) {
                for (u2 = [], a2 = Yf(); a2 !== s; ) u2.push(a2), a2 = Yf();
                u2 !== s ? (34 === r2.charCodeAt(Si) ? (a2 = '"', Si++) : (a2 = s, 0 === Ni && Di(Ge)), a2 !== s ? n2 = o2 = [o2, u2, a2] : (Si = n2, n2 = s)) : (Si = n2, n2 = s);
              } else Si = n2, n2 = s;
              n2 !== s ? (ji = t4, e3 = (function(r3, t5) {
                return { type: r3.toLowerCase(), value: t5[1].join("") };
              })(e3, n2), t4 = e3) : (Si = t4, t4 = s);
            } else Si = t4, t4 = s;
            else Si = t4, t4 = s;
            return t4;
          })()) === s && (t3 = Gf()), t3;
        }
        function Gf() {
          var r3, t3;
          return r3 = Si, Vp() !== s && tv() !== s && Qb() !== s && tv() !== s ? ((t3 = Ol()) === s && (t3 = null), t3 !== s && tv() !== s && Kb() !== s ? (ji = r3, r3 = { expr_list: t3 || { type: "origin", value: "" }, type: "array", keyword: "array", brackets: true }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function Ff() {
          var r3, t3;
          return r3 = Si, (t3 = tp()) !== s && (ji = r3, t3 = { type: "null", value: null }), r3 = t3;
        }
        function $f() {
          var t3, e3;
          return t3 = Si, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Si, "not null" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(gs));
            e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (ji = t3, e3 = { type: "not null", value: "not null" }), t3 = e3;
        }
        function Hf() {
          var t3, e3;
          return t3 = Si, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Si, "true" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(Ts));
            e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (ji = t3, e3 = { type: "bool", value: true }), (t3 = e3) === s && (t3 = Si, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Si, "false" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(_s));
            e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            return t4;
          })()) !== s && (ji = t3, e3 = { type: "bool", value: false }), t3 = e3), t3;
        }
        function Bf() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          if (t3 = Si, e3 = Si, 39 === r2.charCodeAt(Si) ? (n2 = "'", Si++) : (n2 = s, 0 === Ni && Di(xt)), n2 !== s) {
            for (o2 = [], u2 = Wf(); u2 !== s; ) o2.push(u2), u2 = Wf();
            o2 !== s ? (39 === r2.charCodeAt(Si) ? (u2 = "'", Si++) : (u2 = s, 0 === Ni && Di(xt)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s);
          } else Si = e3, e3 = s;
          if (e3 !== s) {
            if (n2 = [], Qo.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(Ko)), o2 !== s) for (; o2 !== s; ) n2.push(o2), Qo.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(Ko));
            else n2 = s;
            if (n2 !== s) if ((o2 = tv()) !== s) {
              if (u2 = Si, 39 === r2.charCodeAt(Si) ? (a2 = "'", Si++) : (a2 = s, 0 === Ni && Di(xt)), a2 !== s) {
                for (i2 = [], c2 = Wf(); c2 !== s; ) i2.push(c2), c2 = Wf();
                i2 !== s ? (39 === r2.charCodeAt(Si) ? (c2 = "'", Si++) : (c2 = s, 0 === Ni && Di(xt)), c2 !== s ? u2 = a2 = [a2, i2, c2] : (Si = u2, u2 = s)) : (Si = u2, u2 = s);
              } else Si = u2, u2 = s;
              u2 !== s ? (ji = t3, l2 = u2, t3 = e3 = { type: "single_quote_string", value: `${e3[1].join("")}${l2[1].join("")}` }) : (Si = t3, t3 = s);
            } else Si = t3, t3 = s;
            else Si = t3, t3 = s;
          } else Si = t3, t3 = s;
          if (t3 === s) {
            if (t3 = Si, e3 = Si, 39 === r2.charCodeAt(Si) ? (n2 = "'", Si++) : (n2 = s, 0 === Ni && Di(xt)), n2 !== s) {
              for (o2 = [], u2 = Wf(); u2 !== s; ) o2.push(u2), u2 = Wf();
              o2 !== s ? (39 === r2.charCodeAt(Si) ? (u2 = "'", Si++) : (u2 = s, 0 === Ni && Di(xt)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s);
            } else Si = e3, e3 = s;
            e3 !== s && (ji = t3, e3 = (function(r3) {
              return { type: "single_quote_string", value: r3[1].join("") };
            })(e3)), (t3 = e3) === s && (t3 = qf());
          }
          return t3;
        }
        function qf() {
          var t3, e3, n2, o2, u2;
          if (t3 = Si, e3 = Si, 34 === r2.charCodeAt(Si) ? (n2 = '"', Si++) : (n2 = s, 0 === Ni && Di(Ge)), n2 !== s) {
            for (o2 = [], u2 = Yf(); u2 !== s; ) o2.push(u2), u2 = Yf();
            o2 !== s ? (34 === r2.charCodeAt(Si) ? (u2 = '"', Si++) : (u2 = s, 0 === Ni && Di(Ge)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s);
          } else Si = e3, e3 = s;
          return e3 !== s ? (n2 = Si, Ni++, o2 = qb(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = { type: "double_quote_string", value: e3[1].join("") }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Yf() {
          var t3;
          return zo.test(r2.charAt(Si)) ? (t3 = r2.charAt(Si), Si++) : (t3 = s, 0 === Ni && Di(Zo)), t3 === s && (t3 = Vf()), t3;
        }
        function Wf() {
          var t3;
          return Jo.test(r2.charAt(Si)) ? (t3 = r2.charAt(Si), Si++) : (t3 = s, 0 === Ni && Di(rs)), t3 === s && (t3 = Vf()), t3;
        }
        function Vf() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return t3 = Si, "\\'" === r2.substr(Si, 2) ? (e3 = "\\'", Si += 2) : (e3 = s, 0 === Ni && Di(ts)), e3 !== s && (ji = t3, e3 = "\\'"), (t3 = e3) === s && (t3 = Si, '\\"' === r2.substr(Si, 2) ? (e3 = '\\"', Si += 2) : (e3 = s, 0 === Ni && Di(es)), e3 !== s && (ji = t3, e3 = '\\"'), (t3 = e3) === s && (t3 = Si, "\\\\" === r2.substr(Si, 2) ? (e3 = "\\\\", Si += 2) : (e3 = s, 0 === Ni && Di(ns)), e3 !== s && (ji = t3, e3 = "\\\\"), (t3 = e3) === s && (t3 = Si, "\\/" === r2.substr(Si, 2) ? (e3 = "\\/", Si += 2) : (e3 = s, 0 === Ni && Di(os)), e3 !== s && (ji = t3, e3 = "\\/"), (t3 = e3) === s && (t3 = Si, "\\b" === r2.substr(Si, 2) ? (e3 = "\\b", Si += 2) : (e3 = s, 0 === Ni && Di(ss)), e3 !== s && (ji = t3, e3 = "\b"), (t3 = e3) === s && (t3 = Si, "\\f" === r2.substr(Si, 2) ? (e3 = "\\f", Si += 2) : (e3 = s, 0 === Ni && Di(us)), e3 !== s && (ji = t3, e3 = "\f"), (t3 = e3) === s && (t3 = Si, "\\n" === r2.substr(Si, 2) ? (e3 = "\\n", Si += 2) : (e3 = s, 0 === Ni && Di(as)), e3 !== s && (ji = t3, e3 = "\n"), (t3 = e3) === s && (t3 = Si, "\\r" === r2.substr(Si, 2) ? (e3 = "\\r", Si += 2) : (e3 = s, 0 === Ni && Di(is)), e3 !== s && (ji = t3, e3 = "\r"), (t3 = e3) === s && (t3 = Si, "\\t" === r2.substr(Si, 2) ? (e3 = "\\t", Si += 2) : (e3 = s, 0 === Ni && Di(cs)), e3 !== s && (ji = t3, e3 = "	"), (t3 = e3) === s && (t3 = Si, "\\u" === r2.substr(Si, 2) ? (e3 = "\\u", Si += 2) : (e3 = s, 0 === Ni && Di(ls)), e3 !== s && (n2 = rp()) !== s && (o2 = rp()) !== s && (u2 = rp()) !== s && (a2 = rp()) !== s ? (ji = t3, i2 = n2, c2 = o2, l2 = u2, f2 = a2, t3 = e3 = String.fromCharCode(parseInt("0x" + i2 + c2 + l2 + f2))) : (Si = t3, t3 = s), t3 === s && (t3 = Si, 92 === r2.charCodeAt(Si) ? (e3 = "\\", Si++) : (e3 = s, 0 === Ni && Di(fs)), e3 !== s && (ji = t3, e3 = "\\"), (t3 = e3) === s && (t3 = Si, "''" === r2.substr(Si, 2) ? (e3 = "''", Si += 2) : (e3 = s, 0 === Ni && Di(ps)), e3 !== s && (ji = t3, e3 = "''"), t3 = e3))))))))))), t3;
        }
        function Xf() {
          var r3, t3, e3;
          return r3 = Si, (t3 = (function() {
            var r4, t4, e4, n2;
            r4 = Si, (t4 = Qf()) === s && (t4 = null);
            t4 !== s && (e4 = Kf()) !== s && (n2 = zf()) !== s ? (ji = r4, r4 = t4 = { type: "bigint", value: (t4 || "") + e4 + n2 }) : (Si = r4, r4 = s);
            r4 === s && (r4 = Si, (t4 = Qf()) === s && (t4 = null), t4 !== s && (e4 = Kf()) !== s ? (ji = r4, t4 = (function(r5, t5) {
              const e5 = (r5 || "") + t5;
              return r5 && xv(r5) ? { type: "bigint", value: e5 } : parseFloat(e5).toFixed(t5.length - 1);
            })(t4, e4), r4 = t4) : (Si = r4, r4 = s), r4 === s && (r4 = Si, (t4 = Qf()) !== s && (e4 = zf()) !== s ? (ji = r4, t4 = (function(r5, t5) {
              return { type: "bigint", value: r5 + t5 };
            })(t4, e4), r4 = t4) : (Si = r4, r4 = s), r4 === s && (r4 = Si, (t4 = Qf()) !== s && (ji = r4, t4 = (function(r5) {
              return xv(r5) ? { type: "bigint", value: r5 } : parseFloat(r5);
            })(t4)), r4 = t4)));
            return r4;
          })()) !== s && (ji = r3, t3 = (e3 = t3) && "bigint" === e3.type ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function Qf() {
          var t3, e3, n2;
          return (t3 = Zf()) === s && (t3 = Jf()) === s && (t3 = Si, 45 === r2.charCodeAt(Si) ? (e3 = "-", Si++) : (e3 = s, 0 === Ni && Di(An)), e3 === s && (43 === r2.charCodeAt(Si) ? (e3 = "+", Si++) : (e3 = s, 0 === Ni && Di(En))), e3 !== s && (n2 = Zf()) !== s ? (ji = t3, t3 = e3 = e3 + n2) : (Si = t3, t3 = s), t3 === s && (t3 = Si, 45 === r2.charCodeAt(Si) ? (e3 = "-", Si++) : (e3 = s, 0 === Ni && Di(An)), e3 === s && (43 === r2.charCodeAt(Si) ? (e3 = "+", Si++) : (e3 = s, 0 === Ni && Di(En))), e3 !== s && (n2 = Jf()) !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (Si = t3, t3 = s))), t3;
        }
        function Kf() {
          var t3, e3, n2;
          return t3 = Si, 46 === r2.charCodeAt(Si) ? (e3 = ".", Si++) : (e3 = s, 0 === Ni && Di(ys)), e3 !== s && (n2 = Zf()) !== s ? (ji = t3, t3 = e3 = "." + n2) : (Si = t3, t3 = s), t3;
        }
        function zf() {
          var t3, e3, n2;
          return t3 = Si, (e3 = (function() {
            var t4, e4, n3;
            t4 = Si, ms.test(r2.charAt(Si)) ? (e4 = r2.charAt(Si), Si++) : (e4 = s, 0 === Ni && Di(Cs));
            e4 !== s ? (Es.test(r2.charAt(Si)) ? (n3 = r2.charAt(Si), Si++) : (n3 = s, 0 === Ni && Di(As)), n3 === s && (n3 = null), n3 !== s ? (ji = t4, t4 = e4 = e4 + (null !== (o2 = n3) ? o2 : "")) : (Si = t4, t4 = s)) : (Si = t4, t4 = s);
            var o2;
            return t4;
          })()) !== s && (n2 = Zf()) !== s ? (ji = t3, t3 = e3 = e3 + n2) : (Si = t3, t3 = s), t3;
        }
        function Zf() {
          var r3, t3, e3;
          if (r3 = Si, t3 = [], (e3 = Jf()) !== s) for (; e3 !== s; ) t3.push(e3), e3 = Jf();
          else t3 = s;
          return t3 !== s && (ji = r3, t3 = t3.join("")), r3 = t3;
        }
        function Jf() {
          var t3;
          return ds.test(r2.charAt(Si)) ? (t3 = r2.charAt(Si), Si++) : (t3 = s, 0 === Ni && Di(ws)), t3;
        }
        function rp() {
          var t3;
          return hs.test(r2.charAt(Si)) ? (t3 = r2.charAt(Si), Si++) : (t3 = s, 0 === Ni && Di(Ls)), t3;
        }
        function tp() {
          var t3, e3, n2, o2;
          return t3 = Si, "null" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(F)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function ep() {
          var t3, e3, n2, o2;
          return t3 = Si, "default" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Ir)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function np() {
          var t3, e3, n2, o2;
          return t3 = Si, "to" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(or)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function op() {
          var t3, e3, n2, o2;
          return t3 = Si, "show" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Ss)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function sp() {
          var t3, e3, n2, o2;
          return t3 = Si, "drop" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(js)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "DROP") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function up() {
          var t3, e3, n2, o2;
          return t3 = Si, "alter" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(Is)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function ap() {
          var t3, e3, n2, o2;
          return t3 = Si, "select" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Rs)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function ip() {
          var t3, e3, n2, o2;
          return t3 = Si, "update" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Ns)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function cp() {
          var t3, e3, n2, o2;
          return t3 = Si, "create" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Os)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function lp() {
          var t3, e3, n2, o2;
          return t3 = Si, "temporary" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(ks)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function fp() {
          var t3, e3, n2, o2;
          return t3 = Si, "temp" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Us)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function pp() {
          var t3, e3, n2, o2;
          return t3 = Si, "delete" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Ms)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function bp() {
          var t3, e3, n2, o2;
          return t3 = Si, "insert" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Ds)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function vp() {
          var t3, e3, n2, o2;
          return t3 = Si, "recursive" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(Ps)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "RECURSIVE") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function yp() {
          var t3, e3, n2, o2;
          return t3 = Si, "replace" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Gs)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function dp() {
          var t3, e3, n2, o2;
          return t3 = Si, "rename" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di($s)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function wp() {
          var t3, e3, n2, o2;
          return t3 = Si, "ignore" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(lo)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function hp() {
          var t3, e3, n2, o2;
          return t3 = Si, "partition" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(Hs)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "PARTITION") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Lp() {
          var t3, e3, n2, o2;
          return t3 = Si, "into" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Bs)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function mp() {
          var t3, e3, n2, o2;
          return t3 = Si, "from" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(qs)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Cp() {
          var t3, e3, n2, o2;
          return t3 = Si, "set" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(Lt)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "SET") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Ep() {
          var t3, e3, n2, o2;
          return t3 = Si, "as" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(Ys)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Ap() {
          var t3, e3, n2, o2;
          return t3 = Si, "table" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(je)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "TABLE") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function gp() {
          var t3, e3, n2, o2;
          return t3 = Si, "schema" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(l)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "SCHEMA") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Tp() {
          var t3, e3, n2, o2;
          return t3 = Si, "on" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di($)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function _p() {
          var t3, e3, n2, o2;
          return t3 = Si, "join" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Zs)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Sp() {
          var t3, e3, n2, o2;
          return t3 = Si, "outer" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(Js)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function jp() {
          var t3, e3, n2, o2;
          return t3 = Si, "values" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(nu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function xp() {
          var t3, e3, n2, o2;
          return t3 = Si, "using" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(ou)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Ip() {
          var t3, e3, n2, o2;
          return t3 = Si, "with" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(We)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Rp() {
          var t3, e3, n2, o2;
          return t3 = Si, "group" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(uu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Np() {
          var t3, e3, n2, o2;
          return t3 = Si, "by" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(au)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Op() {
          var t3, e3, n2, o2;
          return t3 = Si, "order" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(iu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function kp() {
          var t3, e3, n2, o2;
          return t3 = Si, "asc" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(bu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "ASC") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Up() {
          var t3, e3, n2, o2;
          return t3 = Si, "desc" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(vu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "DESC") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Mp() {
          var t3, e3, n2, o2;
          return t3 = Si, "all" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(yu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "ALL") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Dp() {
          var t3, e3, n2, o2;
          return t3 = Si, "distinct" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(du)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "DISTINCT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Pp() {
          var t3, e3, n2, o2;
          return t3 = Si, "between" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(wu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "BETWEEN") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Gp() {
          var t3, e3, n2, o2;
          return t3 = Si, "in" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(Ot)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "IN") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Fp() {
          var t3, e3, n2, o2;
          return t3 = Si, "is" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(hu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "IS") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function $p() {
          var t3, e3, n2, o2;
          return t3 = Si, "like" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Lu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "LIKE") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Hp() {
          var t3, e3, n2, o2;
          return t3 = Si, "ilike" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(mu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "ILIKE") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Bp() {
          var t3, e3, n2, o2;
          return t3 = Si, "exists" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Cu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "EXISTS") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function qp() {
          var t3, e3, n2, o2;
          return t3 = Si, "not" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(D)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "NOT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Yp() {
          var t3, e3, n2, o2;
          return t3 = Si, "and" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(Eu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "AND") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Wp() {
          var t3, e3, n2, o2;
          return t3 = Si, "or" === r2.substr(Si, 2).toLowerCase() ? (e3 = r2.substr(Si, 2), Si += 2) : (e3 = s, 0 === Ni && Di(Au)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "OR") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Vp() {
          var t3, e3, n2, o2;
          return t3 = Si, "array" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(gu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "ARRAY") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Xp() {
          var t3, e3, n2, o2;
          return t3 = Si, "extract" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Ou)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "EXTRACT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Qp() {
          var t3, e3, n2, o2;
          return t3 = Si, "case" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Uu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Kp() {
          var t3, e3, n2, o2;
          return t3 = Si, "when" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Mu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function zp() {
          var t3, e3, n2, o2;
          return t3 = Si, "else" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Du)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Zp() {
          var t3, e3, n2, o2;
          return t3 = Si, "end" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(ve)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Jp() {
          var t3, e3, n2, o2;
          return t3 = Si, "cast" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(Pu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "CAST") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function rb() {
          var t3, e3, n2, o2;
          return t3 = Si, "char" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di($u)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "CHAR") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function tb() {
          var t3, e3, n2, o2;
          return t3 = Si, "varchar" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Hu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "VARCHAR") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function eb() {
          var t3, e3, n2, o2;
          return t3 = Si, "numeric" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Bu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "NUMERIC") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function nb() {
          var t3, e3, n2, o2;
          return t3 = Si, "decimal" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(qu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "DECIMAL") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function ob() {
          var t3, e3, n2, o2;
          return t3 = Si, "unsigned" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(Wu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "UNSIGNED") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function sb() {
          var t3, e3, n2, o2;
          return t3 = Si, "int" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(Vu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "INT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function ub() {
          var t3, e3, n2, o2;
          return t3 = Si, "integer" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Qu)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "INTEGER") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function ab() {
          var t3, e3, n2, o2;
          return t3 = Si, "smallint" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(Ju)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "SMALLINT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function ib() {
          var t3, e3, n2, o2;
          return t3 = Si, "serial" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(ra)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "SERIAL") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function cb() {
          var t3, e3, n2, o2;
          return t3 = Si, "tinyint" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(ta)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "TINYINT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function lb() {
          var t3, e3, n2, o2;
          return t3 = Si, "tinytext" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(ea)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "TINYTEXT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function fb() {
          var t3, e3, n2, o2;
          return t3 = Si, "text" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(na)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "TEXT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function pb() {
          var t3, e3, n2, o2;
          return t3 = Si, "mediumtext" === r2.substr(Si, 10).toLowerCase() ? (e3 = r2.substr(Si, 10), Si += 10) : (e3 = s, 0 === Ni && Di(oa)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "MEDIUMTEXT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function bb() {
          var t3, e3, n2, o2;
          return t3 = Si, "longtext" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(sa)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "LONGTEXT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function vb() {
          var t3, e3, n2, o2;
          return t3 = Si, "bigint" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(ua)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "BIGINT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function yb() {
          var t3, e3, n2, o2;
          return t3 = Si, "enum" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(aa)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "ENUM") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function db() {
          var t3, e3, n2, o2;
          return t3 = Si, "float" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(ia)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "FLOAT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function wb() {
          var t3, e3, n2, o2;
          return t3 = Si, "double" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(ca)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "DOUBLE") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function hb() {
          var t3, e3, n2, o2;
          return t3 = Si, "bigserial" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(la)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "BIGSERIAL") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Lb() {
          var t3, e3, n2, o2;
          return t3 = Si, "real" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(fa)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "REAL") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function mb() {
          var t3, e3, n2, o2;
          return t3 = Si, "date" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(jo)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "DATE") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Cb() {
          var t3, e3, n2, o2;
          return t3 = Si, "datetime" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(pa)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "DATETIME") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Eb() {
          var t3, e3, n2, o2;
          return t3 = Si, "rows" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(er)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "ROWS") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Ab() {
          var t3, e3, n2, o2;
          return t3 = Si, "time" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(ba)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "TIME") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function gb() {
          var t3, e3, n2, o2;
          return t3 = Si, "timestamp" === r2.substr(Si, 9).toLowerCase() ? (e3 = r2.substr(Si, 9), Si += 9) : (e3 = s, 0 === Ni && Di(va)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "TIMESTAMP") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Tb() {
          var t3, e3, n2, o2;
          return t3 = Si, "truncate" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(ya)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "TRUNCATE") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function _b() {
          var t3, e3, n2, o2;
          return t3 = Si, "interval" === r2.substr(Si, 8).toLowerCase() ? (e3 = r2.substr(Si, 8), Si += 8) : (e3 = s, 0 === Ni && Di(Ra)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "INTERVAL") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Sb() {
          var t3, e3, n2, o2;
          return t3 = Si, "current_timestamp" === r2.substr(Si, 17).toLowerCase() ? (e3 = r2.substr(Si, 17), Si += 17) : (e3 = s, 0 === Ni && Di(Oa)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function jb() {
          var t3, e3, n2, o2;
          return t3 = Si, "current_user" === r2.substr(Si, 12).toLowerCase() ? (e3 = r2.substr(Si, 12), Si += 12) : (e3 = s, 0 === Ni && Di($r)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "CURRENT_USER") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function xb() {
          var t3, e3, n2, o2;
          return t3 = Si, "session_user" === r2.substr(Si, 12).toLowerCase() ? (e3 = r2.substr(Si, 12), Si += 12) : (e3 = s, 0 === Ni && Di(Hr)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "SESSION_USER") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Ib() {
          var t3;
          return 36 === r2.charCodeAt(Si) ? (t3 = "$", Si++) : (t3 = s, 0 === Ni && Di(jn)), t3;
        }
        function Rb() {
          var t3;
          return "$$" === r2.substr(Si, 2) ? (t3 = "$$", Si += 2) : (t3 = s, 0 === Ni && Di(Ha)), t3;
        }
        function Nb() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "@@" === r2.substr(Si, 2) ? (t4 = "@@", Si += 2) : (t4 = s, 0 === Ni && Di($a)), t4;
          })()) === s && (t3 = (function() {
            var t4;
            return 64 === r2.charCodeAt(Si) ? (t4 = "@", Si++) : (t4 = s, 0 === Ni && Di(Fa)), t4;
          })()) === s && (t3 = Ib()) === s && (t3 = Ib()), t3;
        }
        function Ob() {
          var t3;
          return "::" === r2.substr(Si, 2) ? (t3 = "::", Si += 2) : (t3 = s, 0 === Ni && Di(qa)), t3;
        }
        function kb() {
          var t3;
          return 61 === r2.charCodeAt(Si) ? (t3 = "=", Si++) : (t3 = s, 0 === Ni && Di(sr)), t3;
        }
        function Ub() {
          var t3, e3, n2, o2;
          return t3 = Si, "add" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(Wa)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "ADD") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Mb() {
          var t3, e3, n2, o2;
          return t3 = Si, "column" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(Te)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "COLUMN") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Db() {
          var t3, e3, n2, o2;
          return t3 = Si, "index" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(Va)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "INDEX") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Pb() {
          var t3, e3, n2, o2;
          return t3 = Si, "key" === r2.substr(Si, 3).toLowerCase() ? (e3 = r2.substr(Si, 3), Si += 3) : (e3 = s, 0 === Ni && Di(Tr)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "KEY") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Gb() {
          var t3, e3, n2, o2;
          return t3 = Si, "unique" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(gr)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "UNIQUE") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Fb() {
          var t3, e3, n2, o2;
          return t3 = Si, "comment" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Ka)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "COMMENT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function $b() {
          var t3, e3, n2, o2;
          return t3 = Si, "constraint" === r2.substr(Si, 10).toLowerCase() ? (e3 = r2.substr(Si, 10), Si += 10) : (e3 = s, 0 === Ni && Di(_e)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "CONSTRAINT") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Hb() {
          var t3, e3, n2, o2;
          return t3 = Si, "concurrently" === r2.substr(Si, 12).toLowerCase() ? (e3 = r2.substr(Si, 12), Si += 12) : (e3 = s, 0 === Ni && Di(za)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "CONCURRENTLY") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Bb() {
          var t3, e3, n2, o2;
          return t3 = Si, "references" === r2.substr(Si, 10).toLowerCase() ? (e3 = r2.substr(Si, 10), Si += 10) : (e3 = s, 0 === Ni && Di(Za)), e3 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t3, t3 = e3 = "REFERENCES") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function qb() {
          var t3;
          return 46 === r2.charCodeAt(Si) ? (t3 = ".", Si++) : (t3 = s, 0 === Ni && Di(ys)), t3;
        }
        function Yb() {
          var t3;
          return 44 === r2.charCodeAt(Si) ? (t3 = ",", Si++) : (t3 = s, 0 === Ni && Di(si)), t3;
        }
        function Wb() {
          var t3;
          return 42 === r2.charCodeAt(Si) ? (t3 = "*", Si++) : (t3 = s, 0 === Ni && Di(gn)), t3;
        }
        function Vb() {
          var t3;
          return 40 === r2.charCodeAt(Si) ? (t3 = "(", Si++) : (t3 = s, 0 === Ni && Di(De)), t3;
        }
        function Xb() {
          var t3;
          return 41 === r2.charCodeAt(Si) ? (t3 = ")", Si++) : (t3 = s, 0 === Ni && Di(Pe)), t3;
        }
        function Qb() {
          var t3;
          return 91 === r2.charCodeAt(Si) ? (t3 = "[", Si++) : (t3 = s, 0 === Ni && Di(ui)), t3;
        }
        function Kb() {
          var t3;
          return 93 === r2.charCodeAt(Si) ? (t3 = "]", Si++) : (t3 = s, 0 === Ni && Di(ai)), t3;
        }
        function zb() {
          var t3;
          return 59 === r2.charCodeAt(Si) ? (t3 = ";", Si++) : (t3 = s, 0 === Ni && Di(Me)), t3;
        }
        function Zb() {
          var t3;
          return "->" === r2.substr(Si, 2) ? (t3 = "->", Si += 2) : (t3 = s, 0 === Ni && Di(ii)), t3;
        }
        function Jb() {
          var t3;
          return "->>" === r2.substr(Si, 3) ? (t3 = "->>", Si += 3) : (t3 = s, 0 === Ni && Di(ci)), t3;
        }
        function rv() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "||" === r2.substr(Si, 2) ? (t4 = "||", Si += 2) : (t4 = s, 0 === Ni && Di(Sn)), t4;
          })()) === s && (t3 = (function() {
            var t4;
            return "&&" === r2.substr(Si, 2) ? (t4 = "&&", Si += 2) : (t4 = s, 0 === Ni && Di(li)), t4;
          })()), t3;
        }
        function tv() {
          var r3, t3;
          for (r3 = [], (t3 = uv()) === s && (t3 = nv()); t3 !== s; ) r3.push(t3), (t3 = uv()) === s && (t3 = nv());
          return r3;
        }
        function ev() {
          var r3, t3;
          if (r3 = [], (t3 = uv()) === s && (t3 = nv()), t3 !== s) for (; t3 !== s; ) r3.push(t3), (t3 = uv()) === s && (t3 = nv());
          else r3 = s;
          return r3;
        }
        function nv() {
          var t3;
          return (t3 = (function t4() {
            var e3, n2, o2, u2, a2, i2, c2;
            e3 = Si, "/*" === r2.substr(Si, 2) ? (n2 = "/*", Si += 2) : (n2 = s, 0 === Ni && Di(fi));
            if (n2 !== s) {
              for (o2 = [], u2 = Si, a2 = Si, Ni++, "*/" === r2.substr(Si, 2) ? (i2 = "*/", Si += 2) : (i2 = s, 0 === Ni && Di(pi)), Ni--, i2 === s ? a2 = void 0 : (Si = a2, a2 = s), a2 !== s ? (i2 = Si, Ni++, "/*" === r2.substr(Si, 2) ? (c2 = "/*", Si += 2) : (c2 = s, 0 === Ni && Di(fi)), Ni--, c2 === s ? i2 = void 0 : (Si = i2, i2 = s), i2 !== s && (c2 = sv()) !== s ? u2 = a2 = [a2, i2, c2] : (Si = u2, u2 = s)) : (Si = u2, u2 = s), u2 === s && (u2 = t4()); u2 !== s; ) o2.push(u2), u2 = Si, a2 = Si, Ni++, "*/" === r2.substr(Si, 2) ? (i2 = "*/", Si += 2) : (i2 = s, 0 === Ni && Di(pi)), Ni--, i2 === s ? a2 = void 0 : (Si = a2, a2 = s), a2 !== s ? (i2 = Si, Ni++, "/*" === r2.substr(Si, 2) ? (c2 = "/*", Si += 2) : (c2 = s, 0 === Ni && Di(fi)), Ni--, c2 === s ? i2 = void 0 : (Si = i2, i2 = s), i2 !== s && (c2 = sv()) !== s ? u2 = a2 = [a2, i2, c2] : (Si = u2, u2 = s)) : (Si = u2, u2 = s), u2 === s && (u2 = t4());
              o2 !== s ? ("*/" === r2.substr(Si, 2) ? (u2 = "*/", Si += 2) : (u2 = s, 0 === Ni && Di(pi)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s);
            } else Si = e3, e3 = s;
            return e3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = Si, "--" === r2.substr(Si, 2) ? (e3 = "--", Si += 2) : (e3 = s, 0 === Ni && Di(bi));
            if (e3 !== s) {
              for (n2 = [], o2 = Si, u2 = Si, Ni++, a2 = av(), Ni--, a2 === s ? u2 = void 0 : (Si = u2, u2 = s), u2 !== s && (a2 = sv()) !== s ? o2 = u2 = [u2, a2] : (Si = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = Si, u2 = Si, Ni++, a2 = av(), Ni--, a2 === s ? u2 = void 0 : (Si = u2, u2 = s), u2 !== s && (a2 = sv()) !== s ? o2 = u2 = [u2, a2] : (Si = o2, o2 = s);
              n2 !== s ? t4 = e3 = [e3, n2] : (Si = t4, t4 = s);
            } else Si = t4, t4 = s;
            return t4;
          })()), t3;
        }
        function ov() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = Si, (t3 = Fb()) !== s && tv() !== s ? ((e3 = kb()) === s && (e3 = null), e3 !== s && tv() !== s && (n2 = Bf()) !== s ? (ji = r3, u2 = e3, a2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: u2, value: a2 }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function sv() {
          var t3;
          return r2.length > Si ? (t3 = r2.charAt(Si), Si++) : (t3 = s, 0 === Ni && Di(vi)), t3;
        }
        function uv() {
          var t3;
          return yi.test(r2.charAt(Si)) ? (t3 = r2.charAt(Si), Si++) : (t3 = s, 0 === Ni && Di(di)), t3;
        }
        function av() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            t4 = Si, Ni++, r2.length > Si ? (e4 = r2.charAt(Si), Si++) : (e4 = s, 0 === Ni && Di(vi));
            Ni--, e4 === s ? t4 = void 0 : (Si = t4, t4 = s);
            return t4;
          })()) === s) if (t3 = [], bs.test(r2.charAt(Si)) ? (e3 = r2.charAt(Si), Si++) : (e3 = s, 0 === Ni && Di(vs)), e3 !== s) for (; e3 !== s; ) t3.push(e3), bs.test(r2.charAt(Si)) ? (e3 = r2.charAt(Si), Si++) : (e3 = s, 0 === Ni && Di(vs));
          else t3 = s;
          return t3;
        }
        function iv() {
          var t3, e3;
          return t3 = Si, ji = Si, Uv = [], (true ? void 0 : s) !== s && tv() !== s ? ((e3 = cv()) === s && (e3 = (function() {
            var t4, e4;
            t4 = Si, (function() {
              var t5;
              return "return" === r2.substr(Si, 6).toLowerCase() ? (t5 = r2.substr(Si, 6), Si += 6) : (t5 = s, 0 === Ni && Di(Ba)), t5;
            })() !== s && tv() !== s && (e4 = lv()) !== s ? (ji = t4, t4 = { type: "return", expr: e4 }) : (Si = t4, t4 = s);
            return t4;
          })()), e3 !== s ? (ji = t3, t3 = { type: "proc", stmt: e3, vars: Uv }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function cv() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = Si, (e3 = wv()) === s && (e3 = hv()), e3 !== s && tv() !== s ? ((n2 = (function() {
            var t4;
            return ":=" === r2.substr(Si, 2) ? (t4 = ":=", Si += 2) : (t4 = s, 0 === Ni && Di(T)), t4;
          })()) === s && (n2 = kb()) === s && (n2 = np()), n2 !== s && tv() !== s && (o2 = lv()) !== s ? (ji = t3, u2 = n2, a2 = o2, t3 = e3 = { type: "assign", left: e3, symbol: Array.isArray(u2) ? u2[0] : u2, right: a2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function lv() {
          var r3;
          return (r3 = Gc()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = Si, (t3 = wv()) !== s && tv() !== s && (e3 = il()) !== s && tv() !== s && (n2 = wv()) !== s && tv() !== s && (o2 = fl()) !== s ? (ji = r4, r4 = t3 = { type: "join", ltable: t3, rtable: n2, op: e3, on: o2 }) : (Si = r4, r4 = s);
            return r4;
          })()) === s && (r3 = fv()) === s && (r3 = (function() {
            var r4, t3;
            r4 = Si, Qb() !== s && tv() !== s && (t3 = dv()) !== s && tv() !== s && Kb() !== s ? (ji = r4, r4 = { type: "array", value: t3 }) : (Si = r4, r4 = s);
            return r4;
          })()), r3;
        }
        function fv() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = pv()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Xl()) !== s && (a2 = tv()) !== s && (i2 = pv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Xl()) !== s && (a2 = tv()) !== s && (i2 = pv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = an(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function pv() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = bv()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Kl()) !== s && (a2 = tv()) !== s && (i2 = bv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Kl()) !== s && (a2 = tv()) !== s && (i2 = bv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = an(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function bv() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return (r3 = Pf()) === s && (r3 = wv()) === s && (r3 = yv()) === s && (r3 = gf()) === s && (r3 = Si, (t3 = Vb()) !== s && (e3 = tv()) !== s && (n2 = fv()) !== s && (o2 = tv()) !== s && (u2 = Xb()) !== s ? (ji = r3, (c2 = n2).parentheses = true, r3 = t3 = c2) : (Si = r3, r3 = s), r3 === s && (r3 = Si, (t3 = mf()) !== s ? (e3 = Si, (n2 = qb()) !== s && (o2 = tv()) !== s && (u2 = mf()) !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (ji = r3, a2 = t3, r3 = t3 = (i2 = e3) ? { type: "column_ref", table: a2, column: i2[2] } : { type: "var", name: a2, prefix: null }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s))), r3;
        }
        function vv() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = Si, (t3 = sf()) !== s ? (e3 = Si, (n2 = tv()) !== s && (o2 = qb()) !== s && (u2 = tv()) !== s && (a2 = sf()) !== s ? e3 = n2 = [n2, o2, u2, a2] : (Si = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (ji = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { name: [r4] };
            return null !== t4 && (e4.schema = r4, e4.name = [t4[3]]), e4;
          })(t3, e3)) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function yv() {
          var r3, t3, e3;
          return r3 = Si, (t3 = vv()) !== s && tv() !== s && Vb() !== s && tv() !== s ? ((e3 = dv()) === s && (e3 = null), e3 !== s && tv() !== s && Xb() !== s ? (ji = r3, r3 = t3 = { type: "function", name: t3, args: { type: "expr_list", value: e3 }, ..._v() }) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3;
        }
        function dv() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Si, (t3 = bv()) !== s) {
            for (e3 = [], n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = bv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Si, (o2 = tv()) !== s && (u2 = Yb()) !== s && (a2 = tv()) !== s && (i2 = bv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Si = n2, n2 = s);
            e3 !== s ? (ji = r3, r3 = t3 = Iv(t3, e3)) : (Si = r3, r3 = s);
          } else Si = r3, r3 = s;
          return r3;
        }
        function wv() {
          var t3, e3, n2, o2, u2, a2, i2;
          if (t3 = Si, (e3 = Rb()) !== s) {
            for (n2 = [], wi.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(hi)); o2 !== s; ) n2.push(o2), wi.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(hi));
            n2 !== s && (o2 = Rb()) !== s ? (ji = t3, t3 = e3 = { type: "var", name: n2.join(""), prefix: "$$", suffix: "$$" }) : (Si = t3, t3 = s);
          } else Si = t3, t3 = s;
          if (t3 === s) {
            if (t3 = Si, (e3 = Ib()) !== s) if ((n2 = hf()) !== s) if ((o2 = Ib()) !== s) {
              for (u2 = [], wi.test(r2.charAt(Si)) ? (a2 = r2.charAt(Si), Si++) : (a2 = s, 0 === Ni && Di(hi)); a2 !== s; ) u2.push(a2), wi.test(r2.charAt(Si)) ? (a2 = r2.charAt(Si), Si++) : (a2 = s, 0 === Ni && Di(hi));
              u2 !== s && (a2 = Ib()) !== s && (i2 = hf()) !== s ? (ji = Si, ((function(r3, t4, e4) {
                if (r3 !== e4) return true;
              })(n2, 0, i2) ? s : void 0) !== s && Ib() !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
                return { type: "var", name: t4.join(""), prefix: `$${r3}$`, suffix: `$${e4}$` };
              })(n2, u2, i2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s);
            } else Si = t3, t3 = s;
            else Si = t3, t3 = s;
            else Si = t3, t3 = s;
            t3 === s && (t3 = Si, (e3 = Nb()) !== s && (n2 = hv()) !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
              return { type: "var", ...t4, prefix: r3 };
            })(e3, n2)) : (Si = t3, t3 = s));
          }
          return t3;
        }
        function hv() {
          var t3, e3, n2, o2, u2;
          return t3 = Si, 34 === r2.charCodeAt(Si) ? (e3 = '"', Si++) : (e3 = s, 0 === Ni && Di(Ge)), e3 === s && (e3 = null), e3 !== s && (n2 = mf()) !== s && (o2 = (function() {
            var t4, e4, n3, o3, u3;
            t4 = Si, e4 = [], n3 = Si, 46 === r2.charCodeAt(Si) ? (o3 = ".", Si++) : (o3 = s, 0 === Ni && Di(ys));
            o3 !== s && (u3 = mf()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s);
            for (; n3 !== s; ) e4.push(n3), n3 = Si, 46 === r2.charCodeAt(Si) ? (o3 = ".", Si++) : (o3 = s, 0 === Ni && Di(ys)), o3 !== s && (u3 = mf()) !== s ? n3 = o3 = [o3, u3] : (Si = n3, n3 = s);
            e4 !== s && (ji = t4, e4 = (function(r3) {
              const t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4));
            return t4 = e4;
          })()) !== s ? (34 === r2.charCodeAt(Si) ? (u2 = '"', Si++) : (u2 = s, 0 === Ni && Di(Ge)), u2 === s && (u2 = null), u2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            if (r3 && !n3 || !r3 && n3) throw new Error("double quoted not match");
            return Uv.push(t4), { type: "var", name: t4, members: e4, quoted: r3 && n3 ? '"' : null, prefix: null };
          })(e3, n2, o2, u2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3 === s && (t3 = Si, (e3 = Xf()) !== s && (ji = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function Lv() {
          var t3;
          return (t3 = (function() {
            var r3, t4, e3;
            r3 = Si, (t4 = Av()) === s && (t4 = Cv());
            t4 !== s && tv() !== s && Qb() !== s && tv() !== s && (e3 = Kb()) !== s && tv() !== s && Qb() !== s && tv() !== s && Kb() !== s ? (ji = r3, n2 = t4, t4 = { ...n2, array: { dimension: 2 } }, r3 = t4) : (Si = r3, r3 = s);
            var n2;
            r3 === s && (r3 = Si, (t4 = Av()) === s && (t4 = Cv()), t4 !== s && tv() !== s && Qb() !== s && tv() !== s ? ((e3 = Xf()) === s && (e3 = null), e3 !== s && tv() !== s && Kb() !== s ? (ji = r3, t4 = (function(r4, t5) {
              return { ...r4, array: { dimension: 1, length: [t5] } };
            })(t4, e3), r3 = t4) : (Si = r3, r3 = s)) : (Si = r3, r3 = s), r3 === s && (r3 = Si, (t4 = Av()) === s && (t4 = Cv()), t4 !== s && tv() !== s && Vp() !== s ? (ji = r3, t4 = (function(r4) {
              return { ...r4, array: { keyword: "array" } };
            })(t4), r3 = t4) : (Si = r3, r3 = s)));
            return r3;
          })()) === s && (t3 = Cv()) === s && (t3 = Av()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Si, (e3 = mb()) === s && (e3 = Cb());
            if (e3 !== s) if (tv() !== s) if (Vb() !== s) if (tv() !== s) {
              if (n2 = [], ds.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(ws)), o2 !== s) for (; o2 !== s; ) n2.push(o2), ds.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(ws));
              else n2 = s;
              n2 !== s && (o2 = tv()) !== s && Xb() !== s ? (ji = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (Si = t4, t4 = s);
            } else Si = t4, t4 = s;
            else Si = t4, t4 = s;
            else Si = t4, t4 = s;
            else Si = t4, t4 = s;
            t4 === s && (t4 = Si, (e3 = mb()) === s && (e3 = Cb()), e3 !== s && (ji = t4, e3 = Ti(e3)), (t4 = e3) === s && (t4 = (function() {
              var t5, e4, n3, o3, u2, a2;
              t5 = Si, (e4 = Ab()) === s && (e4 = gb());
              if (e4 !== s) if (tv() !== s) if ((n3 = Vb()) !== s) if (tv() !== s) {
                if (o3 = [], ds.test(r2.charAt(Si)) ? (u2 = r2.charAt(Si), Si++) : (u2 = s, 0 === Ni && Di(ws)), u2 !== s) for (; u2 !== s; ) o3.push(u2), ds.test(r2.charAt(Si)) ? (u2 = r2.charAt(Si), Si++) : (u2 = s, 0 === Ni && Di(ws));
                else o3 = s;
                o3 !== s && (u2 = tv()) !== s && Xb() !== s && tv() !== s ? ((a2 = gv()) === s && (a2 = null), a2 !== s ? (ji = t5, e4 = (function(r3, t6, e5) {
                  return { dataType: r3, length: parseInt(t6.join(""), 10), parentheses: true, suffix: e5 };
                })(e4, o3, a2), t5 = e4) : (Si = t5, t5 = s)) : (Si = t5, t5 = s);
              } else Si = t5, t5 = s;
              else Si = t5, t5 = s;
              else Si = t5, t5 = s;
              else Si = t5, t5 = s;
              t5 === s && (t5 = Si, (e4 = Ab()) === s && (e4 = gb()), e4 !== s && tv() !== s ? ((n3 = gv()) === s && (n3 = null), n3 !== s ? (ji = t5, e4 = /* @__PURE__ */ (function(r3, t6) {
                return { dataType: r3, suffix: t6 };
              })(e4, n3), t5 = e4) : (Si = t5, t5 = s)) : (Si = t5, t5 = s));
              return t5;
            })()));
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Si, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "json" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(Ku)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "JSON") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "jsonb" === r2.substr(Si, 5).toLowerCase() ? (e4 = r2.substr(Si, 5), Si += 5) : (e4 = s, 0 === Ni && Di(zu)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "JSONB") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })());
            e3 !== s && (ji = t4, e3 = Ti(e3));
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Si, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "geometry" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(Zu)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "GEOMETRY") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) !== s && (ji = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var r3, t4;
            r3 = Si, (t4 = lb()) === s && (t4 = fb()) === s && (t4 = pb()) === s && (t4 = bb());
            t4 !== s && Qb() !== s && tv() !== s && Kb() !== s ? (ji = r3, r3 = t4 = { dataType: t4 + "[]" }) : (Si = r3, r3 = s);
            r3 === s && (r3 = Si, (t4 = lb()) === s && (t4 = fb()) === s && (t4 = pb()) === s && (t4 = bb()), t4 !== s && (ji = r3, t4 = /* @__PURE__ */ (function(r4) {
              return { dataType: r4 };
            })(t4)), r3 = t4);
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Si, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "uuid" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(wa)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "UUID") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) !== s && (ji = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Si, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "bool" === r2.substr(Si, 4).toLowerCase() ? (e4 = r2.substr(Si, 4), Si += 4) : (e4 = s, 0 === Ni && Di(Gu)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "BOOL") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "boolean" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(Fu)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "BOOLEAN") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })());
            e3 !== s && (ji = t4, e3 = Li(e3));
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3;
            r3 = Si, (t4 = yb()) !== s && tv() !== s && (e3 = Nl()) !== s ? (ji = r3, n2 = t4, (o2 = e3).parentheses = true, r3 = t4 = { dataType: n2, expr: o2 }) : (Si = r3, r3 = s);
            var n2, o2;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4;
            r3 = Si, (t4 = ib()) === s && (t4 = _b());
            t4 !== s && (ji = r3, t4 = Ti(t4));
            return r3 = t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Si, "bytea" === r2.substr(Si, 5).toLowerCase() ? (e3 = r2.substr(Si, 5), Si += 5) : (e3 = s, 0 === Ni && Di(mi));
            e3 !== s && (ji = t4, e3 = { dataType: "BYTEA" });
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Si, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "oid" === r2.substr(Si, 3).toLowerCase() ? (e4 = r2.substr(Si, 3), Si += 3) : (e4 = s, 0 === Ni && Di(ha)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "OID") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regclass" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(La)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGCLASS") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regcollation" === r2.substr(Si, 12).toLowerCase() ? (e4 = r2.substr(Si, 12), Si += 12) : (e4 = s, 0 === Ni && Di(ma)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGCOLLATION") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regconfig" === r2.substr(Si, 9).toLowerCase() ? (e4 = r2.substr(Si, 9), Si += 9) : (e4 = s, 0 === Ni && Di(Ca)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGCONFIG") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regdictionary" === r2.substr(Si, 13).toLowerCase() ? (e4 = r2.substr(Si, 13), Si += 13) : (e4 = s, 0 === Ni && Di(Ea)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGDICTIONARY") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regnamespace" === r2.substr(Si, 12).toLowerCase() ? (e4 = r2.substr(Si, 12), Si += 12) : (e4 = s, 0 === Ni && Di(Aa)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGNAMESPACE") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regoper" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(ga)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGOPER") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regoperator" === r2.substr(Si, 11).toLowerCase() ? (e4 = r2.substr(Si, 11), Si += 11) : (e4 = s, 0 === Ni && Di(Ta)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGOPERATOR") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regproc" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(_a)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGPROC") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regprocedure" === r2.substr(Si, 12).toLowerCase() ? (e4 = r2.substr(Si, 12), Si += 12) : (e4 = s, 0 === Ni && Di(Sa)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGPROCEDURE") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regrole" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(ja)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGROLE") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Si, "regtype" === r2.substr(Si, 7).toLowerCase() ? (e4 = r2.substr(Si, 7), Si += 7) : (e4 = s, 0 === Ni && Di(xa)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t5, t5 = e4 = "REGTYPE") : (Si = t5, t5 = s)) : (Si = t5, t5 = s), t5;
            })());
            e3 !== s && (ji = t4, e3 = Li(e3));
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Si, "record" === r2.substr(Si, 6).toLowerCase() ? (e3 = r2.substr(Si, 6), Si += 6) : (e3 = s, 0 === Ni && Di(_i));
            e3 !== s && (ji = t4, e3 = { dataType: "RECORD" });
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var r3, t4;
            r3 = Si, (t4 = mf()) !== s ? (ji = Si, e3 = t4, (Pv.has(e3) ? void 0 : s) !== s ? (ji = r3, t4 = /* @__PURE__ */ (function(r4) {
              return { dataType: r4 };
            })(t4), r3 = t4) : (Si = r3, r3 = s)) : (Si = r3, r3 = s);
            var e3;
            return r3;
          })()), t3;
        }
        function mv() {
          var t3, e3;
          return t3 = Si, (function() {
            var t4, e4, n2, o2;
            return t4 = Si, "character" === r2.substr(Si, 9).toLowerCase() ? (e4 = r2.substr(Si, 9), Si += 9) : (e4 = s, 0 === Ni && Di(ht)), e4 !== s ? (n2 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n2 = void 0 : (Si = n2, n2 = s), n2 !== s ? (ji = t4, t4 = e4 = "CHARACTER") : (Si = t4, t4 = s)) : (Si = t4, t4 = s), t4;
          })() !== s && tv() !== s ? ("varying" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Ci)), e3 === s && (e3 = null), e3 !== s ? (ji = t3, t3 = "CHARACTER VARYING") : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Cv() {
          var t3, e3, n2, o2;
          if (t3 = Si, (e3 = rb()) === s && (e3 = tb()) === s && (e3 = mv()), e3 !== s) if (tv() !== s) if (Vb() !== s) if (tv() !== s) {
            if (n2 = [], ds.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(ws)), o2 !== s) for (; o2 !== s; ) n2.push(o2), ds.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(ws));
            else n2 = s;
            n2 !== s && (o2 = tv()) !== s && Xb() !== s ? (ji = t3, t3 = e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }) : (Si = t3, t3 = s);
          } else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          return t3 === s && (t3 = Si, (e3 = rb()) === s && (e3 = mv()) === s && (e3 = tb()), e3 !== s && (ji = t3, e3 = /* @__PURE__ */ (function(r3) {
            return { dataType: r3 };
          })(e3)), t3 = e3), t3;
        }
        function Ev() {
          var t3, e3, n2;
          return t3 = Si, (e3 = ob()) === s && (e3 = null), e3 !== s && tv() !== s ? ((n2 = (function() {
            var t4, e4, n3, o2;
            return t4 = Si, "zerofill" === r2.substr(Si, 8).toLowerCase() ? (e4 = r2.substr(Si, 8), Si += 8) : (e4 = s, 0 === Ni && Di(Xu)), e4 !== s ? (n3 = Si, Ni++, o2 = Cf(), Ni--, o2 === s ? n3 = void 0 : (Si = n3, n3 = s), n3 !== s ? (ji = t4, t4 = e4 = "ZEROFILL") : (Si = t4, t4 = s)) : (Si = t4, t4 = s), t4;
          })()) === s && (n2 = null), n2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push(r3), t4 && e4.push(t4), e4;
          })(e3, n2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        function Av() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2;
          if (t3 = Si, (e3 = eb()) === s && (e3 = nb()) === s && (e3 = sb()) === s && (e3 = ub()) === s && (e3 = ab()) === s && (e3 = cb()) === s && (e3 = vb()) === s && (e3 = db()) === s && (e3 = Si, (n2 = wb()) !== s && (o2 = tv()) !== s ? ("precision" === r2.substr(Si, 9).toLowerCase() ? (u2 = r2.substr(Si, 9), Si += 9) : (u2 = s, 0 === Ni && Di(Ei)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s), e3 === s && (e3 = wb()) === s && (e3 = ib()) === s && (e3 = hb()) === s && (e3 = Lb())), e3 !== s) if ((n2 = tv()) !== s) if ((o2 = Vb()) !== s) if ((u2 = tv()) !== s) {
            if (a2 = [], ds.test(r2.charAt(Si)) ? (i2 = r2.charAt(Si), Si++) : (i2 = s, 0 === Ni && Di(ws)), i2 !== s) for (; i2 !== s; ) a2.push(i2), ds.test(r2.charAt(Si)) ? (i2 = r2.charAt(Si), Si++) : (i2 = s, 0 === Ni && Di(ws));
            else a2 = s;
            if (a2 !== s) if ((i2 = tv()) !== s) {
              if (c2 = Si, (l2 = Yb()) !== s) if ((f2 = tv()) !== s) {
                if (p2 = [], ds.test(r2.charAt(Si)) ? (b2 = r2.charAt(Si), Si++) : (b2 = s, 0 === Ni && Di(ws)), b2 !== s) for (; b2 !== s; ) p2.push(b2), ds.test(r2.charAt(Si)) ? (b2 = r2.charAt(Si), Si++) : (b2 = s, 0 === Ni && Di(ws));
                else p2 = s;
                p2 !== s ? c2 = l2 = [l2, f2, p2] : (Si = c2, c2 = s);
              } else Si = c2, c2 = s;
              else Si = c2, c2 = s;
              c2 === s && (c2 = null), c2 !== s && (l2 = tv()) !== s && (f2 = Xb()) !== s && (p2 = tv()) !== s ? ((b2 = Ev()) === s && (b2 = null), b2 !== s ? (ji = t3, v2 = e3, y2 = a2, d2 = c2, w2 = b2, t3 = e3 = { dataType: Array.isArray(v2) ? `${v2[0].toUpperCase()} ${v2[2].toUpperCase()}` : v2, length: parseInt(y2.join(""), 10), scale: d2 && parseInt(d2[2].join(""), 10), parentheses: true, suffix: w2 }) : (Si = t3, t3 = s)) : (Si = t3, t3 = s);
            } else Si = t3, t3 = s;
            else Si = t3, t3 = s;
          } else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          else Si = t3, t3 = s;
          if (t3 === s) {
            if (t3 = Si, (e3 = eb()) === s && (e3 = nb()) === s && (e3 = sb()) === s && (e3 = ub()) === s && (e3 = ab()) === s && (e3 = cb()) === s && (e3 = vb()) === s && (e3 = db()) === s && (e3 = Si, (n2 = wb()) !== s && (o2 = tv()) !== s ? ("precision" === r2.substr(Si, 9).toLowerCase() ? (u2 = r2.substr(Si, 9), Si += 9) : (u2 = s, 0 === Ni && Di(Ei)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s), e3 === s && (e3 = wb()) === s && (e3 = ib()) === s && (e3 = hb()) === s && (e3 = Lb())), e3 !== s) {
              if (n2 = [], ds.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(ws)), o2 !== s) for (; o2 !== s; ) n2.push(o2), ds.test(r2.charAt(Si)) ? (o2 = r2.charAt(Si), Si++) : (o2 = s, 0 === Ni && Di(ws));
              else n2 = s;
              n2 !== s && (o2 = tv()) !== s ? ((u2 = Ev()) === s && (u2 = null), u2 !== s ? (ji = t3, t3 = e3 = (function(r3, t4, e4) {
                return { dataType: Array.isArray(r3) ? `${r3[0].toUpperCase()} ${r3[2].toUpperCase()}` : r3, length: parseInt(t4.join(""), 10), suffix: e4 };
              })(e3, n2, u2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s);
            } else Si = t3, t3 = s;
            t3 === s && (t3 = Si, (e3 = eb()) === s && (e3 = nb()) === s && (e3 = sb()) === s && (e3 = ub()) === s && (e3 = ab()) === s && (e3 = cb()) === s && (e3 = vb()) === s && (e3 = db()) === s && (e3 = Si, (n2 = wb()) !== s && (o2 = tv()) !== s ? ("precision" === r2.substr(Si, 9).toLowerCase() ? (u2 = r2.substr(Si, 9), Si += 9) : (u2 = s, 0 === Ni && Di(Ei)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Si = e3, e3 = s)) : (Si = e3, e3 = s), e3 === s && (e3 = wb()) === s && (e3 = ib()) === s && (e3 = hb()) === s && (e3 = Lb())), e3 !== s && (n2 = tv()) !== s ? ((o2 = Ev()) === s && (o2 = null), o2 !== s && (u2 = tv()) !== s ? (ji = t3, t3 = e3 = (function(r3, t4) {
              return { dataType: Array.isArray(r3) ? `${r3[0].toUpperCase()} ${r3[2].toUpperCase()}` : r3, suffix: t4 };
            })(e3, o2)) : (Si = t3, t3 = s)) : (Si = t3, t3 = s));
          }
          return t3;
        }
        function gv() {
          var t3, e3, n2;
          return t3 = Si, "without" === r2.substr(Si, 7).toLowerCase() ? (e3 = r2.substr(Si, 7), Si += 7) : (e3 = s, 0 === Ni && Di(Ai)), e3 === s && ("with" === r2.substr(Si, 4).toLowerCase() ? (e3 = r2.substr(Si, 4), Si += 4) : (e3 = s, 0 === Ni && Di(We))), e3 !== s && tv() !== s && Ab() !== s && tv() !== s ? ("zone" === r2.substr(Si, 4).toLowerCase() ? (n2 = r2.substr(Si, 4), Si += 4) : (n2 = s, 0 === Ni && Di(gi)), n2 !== s ? (ji = t3, t3 = e3 = [e3.toUpperCase(), "TIME", "ZONE"]) : (Si = t3, t3 = s)) : (Si = t3, t3 = s), t3;
        }
        const Tv = { ALTER: true, ALL: true, ADD: true, AND: true, AS: true, ASC: true, BETWEEN: true, BY: true, CALL: true, CASE: true, CREATE: true, CONTAINS: true, CURRENT_DATE: true, CURRENT_TIME: true, CURRENT_TIMESTAMP: true, CURRENT_USER: true, DELETE: true, DESC: true, DISTINCT: true, DROP: true, ELSE: true, END: true, EXISTS: true, EXPLAIN: true, EXCEPT: true, FALSE: true, FROM: true, FULL: true, GROUP: true, HAVING: true, IN: true, INNER: true, INSERT: true, INTERSECT: true, INTO: true, IS: true, JOIN: true, JSON: true, LEFT: true, LIKE: true, LIMIT: true, NOT: true, NULL: true, NULLS: true, OFFSET: true, ON: true, OR: true, ORDER: true, OUTER: true, RECURSIVE: true, RENAME: true, RIGHT: true, SELECT: true, SESSION_USER: true, SET: true, SHOW: true, SYSTEM_USER: true, TABLE: true, THEN: true, TRUE: true, TRUNCATE: true, UNION: true, UPDATE: true, USING: true, WITH: true, WHEN: true, WHERE: true, WINDOW: true, GLOBAL: true, SESSION: true, LOCAL: true, PERSIST: true, PERSIST_ONLY: true };
        function _v() {
          return t2.includeLocations ? { loc: Mi(ji, Si) } : {};
        }
        function Sv(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function jv(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3 };
        }
        function xv(r3) {
          const t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function Iv(r3, t3, e3 = 3) {
          const n2 = Array.isArray(r3) ? r3 : [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function Rv(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = jv(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function Nv(r3) {
          const t3 = Gv[r3];
          return t3 || (r3 || null);
        }
        function Ov(r3) {
          const t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            const r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = Nv(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        function kv(r3) {
          return "string" == typeof r3 ? { type: "same", value: r3 } : r3;
        }
        let Uv = [];
        const Mv = /* @__PURE__ */ new Set(), Dv = /* @__PURE__ */ new Set(), Pv = /* @__PURE__ */ new Set(), Gv = {};
        if ((e2 = a()) !== s && Si === r2.length) return e2;
        throw e2 !== s && Si < r2.length && Di({ type: "end" }), Pi(Ri, Ii < r2.length ? r2.charAt(Ii) : null, Ii < r2.length ? Mi(Ii, Ii + 1) : Mi(Ii, Ii));
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
        return j;
      })), e.d(n, "commonOptionConnector", (function() {
        return a;
      })), e.d(n, "connector", (function() {
        return i;
      })), e.d(n, "commonTypeValue", (function() {
        return m;
      })), e.d(n, "commentToSQL", (function() {
        return T;
      })), e.d(n, "createBinaryExpr", (function() {
        return l;
      })), e.d(n, "createValueExpr", (function() {
        return c;
      })), e.d(n, "dataTypeToSQL", (function() {
        return A;
      })), e.d(n, "DEFAULT_OPT", (function() {
        return s;
      })), e.d(n, "escape", (function() {
        return f;
      })), e.d(n, "literalToSQL", (function() {
        return L;
      })), e.d(n, "columnIdentifierToSql", (function() {
        return y;
      })), e.d(n, "getParserOpt", (function() {
        return p;
      })), e.d(n, "identifierToSql", (function() {
        return d;
      })), e.d(n, "onPartitionsToSQL", (function() {
        return E;
      })), e.d(n, "replaceParams", (function() {
        return C;
      })), e.d(n, "returningToSQL", (function() {
        return S;
      })), e.d(n, "hasVal", (function() {
        return h;
      })), e.d(n, "setParserOpt", (function() {
        return b;
      })), e.d(n, "toUpper", (function() {
        return w;
      })), e.d(n, "topToSQL", (function() {
        return v;
      })), e.d(n, "triggerEventToSQL", (function() {
        return _;
      }));
      var s = { database: "redshift", type: "table", trimQuery: true, parseOptions: { includeLocations: false } }, u = s;
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
        return u;
      }
      function b(r2) {
        u = r2;
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
      function w(r2) {
        if (r2) return r2.toUpperCase();
      }
      function h(r2) {
        return r2;
      }
      function L(r2) {
        if (r2) {
          var t2 = r2.prefix, e2 = r2.type, n2 = r2.parentheses, s2 = r2.suffix, u2 = r2.value, a2 = "object" === o(r2) ? u2 : r2;
          switch (e2) {
            case "backticks_quote_string":
              a2 = "`".concat(u2, "`");
              break;
            case "string":
              a2 = "'".concat(u2, "'");
              break;
            case "regex_string":
              a2 = 'r"'.concat(u2, '"');
              break;
            case "hex_string":
              a2 = "X'".concat(u2, "'");
              break;
            case "full_hex_string":
              a2 = "0x".concat(u2);
              break;
            case "natural_string":
              a2 = "N'".concat(u2, "'");
              break;
            case "bit_string":
              a2 = "b'".concat(u2, "'");
              break;
            case "double_quote_string":
              a2 = '"'.concat(u2, '"');
              break;
            case "single_quote_string":
              a2 = "'".concat(u2, "'");
              break;
            case "boolean":
            case "bool":
              a2 = u2 ? "TRUE" : "FALSE";
              break;
            case "null":
              a2 = "NULL";
              break;
            case "star":
              a2 = "*";
              break;
            case "param":
              a2 = "".concat(t2 || ":").concat(u2), t2 = null;
              break;
            case "origin":
              a2 = u2.toUpperCase();
              break;
            case "date":
            case "datetime":
            case "time":
            case "timestamp":
              a2 = "".concat(e2.toUpperCase(), " '").concat(u2, "'");
              break;
            case "var_string":
              a2 = "N'".concat(u2, "'");
              break;
            case "unicode_string":
              a2 = "U&'".concat(u2, "'");
          }
          var i2 = [];
          return t2 && i2.push(w(t2)), i2.push(a2), s2 && ("string" == typeof s2 && i2.push(s2), "object" === o(s2) && (s2.collate ? i2.push(bt(s2.collate)) : i2.push(L(s2)))), a2 = i2.join(" "), n2 ? "(".concat(a2, ")") : a2;
        }
      }
      function m(r2) {
        if (!r2) return [];
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value;
        return [t2.toUpperCase(), e2, "string" == typeof n2 ? n2.toUpperCase() : L(n2)].filter(h);
      }
      function C(r2, t2) {
        return (function r3(t3, e2) {
          return Object.keys(t3).filter((function(r4) {
            var e3 = t3[r4];
            return Array.isArray(e3) || "object" === o(e3) && null !== e3;
          })).forEach((function(n2) {
            var s2 = t3[n2];
            if ("object" !== o(s2) || "param" !== s2.type) return r3(s2, e2);
            if (void 0 === e2[s2.value]) throw new Error("no value for parameter :".concat(s2.value, " found"));
            return t3[n2] = c(e2[s2.value]), null;
          })), t3;
        })(JSON.parse(JSON.stringify(r2)), t2);
      }
      function E(r2) {
        var t2 = r2.type, e2 = r2.partitions;
        return [w(t2), "(".concat(e2.map((function(r3) {
          if ("range" !== r3.type) return L(r3);
          var t3 = r3.start, e3 = r3.end, n2 = r3.symbol;
          return "".concat(L(t3), " ").concat(w(n2), " ").concat(L(e3));
        })).join(", "), ")")].join(" ");
      }
      function A(r2) {
        var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.parentheses, s2 = r2.scale, u2 = r2.suffix, a2 = "";
        null != n2 && (a2 = s2 ? "".concat(n2, ", ").concat(s2) : n2), o2 && (a2 = "(".concat(a2, ")")), u2 && u2.length && (a2 += " ".concat(u2.join(" ")));
        var i2 = t2 ? "".concat(t2, ".") : "";
        return "".concat(i2).concat(e2).concat(a2);
      }
      function g(r2) {
        if (r2) {
          var t2 = r2.dataType, e2 = r2.definition, n2 = r2.anglebracket, o2 = w(t2);
          if ("ARRAY" !== o2 && "STRUCT" !== o2) return o2;
          var s2 = e2 && e2.map((function(r3) {
            return [r3.field_name, g(r3.field_type)].filter(h).join(" ");
          })).join(", ");
          return n2 ? "".concat(o2, "<").concat(s2, ">") : "".concat(o2, " ").concat(s2);
        }
      }
      function T(r2) {
        if (r2) {
          var t2 = [], e2 = r2.keyword, n2 = r2.symbol, o2 = r2.value;
          return t2.push(e2.toUpperCase()), n2 && t2.push(n2), t2.push(L(o2)), t2.join(" ");
        }
      }
      function _(r2) {
        return r2.map((function(r3) {
          var t2 = r3.keyword, e2 = r3.args, n2 = [w(t2)];
          if (e2) {
            var o2 = e2.keyword, s2 = e2.columns;
            n2.push(w(o2), s2.map(At).join(", "));
          }
          return n2.join(" ");
        })).join(" OR ");
      }
      function S(r2) {
        return r2 ? ["RETURNING", r2.columns.map(It).filter(h).join(", ")].join(" ") : "";
      }
      function j(r2) {
        return r2 ? [w(r2.keyword), w(r2.args)] : [];
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
          var e2 = r2.keyword, n2 = r2.seed, o2 = r2.increment, s2 = r2.parentheses, u2 = w(e2);
          return s2 && (u2 += "(".concat(L(n2), ", ").concat(L(o2), ")")), u2;
        }
      }
      function I(r2) {
        if (r2) return r2.map(St).filter(h).join(", ");
      }
      function R(r2) {
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
        return [t2.toUpperCase(), w(e2)];
      }
      function k(r2) {
        if (r2) {
          var t2 = r2.type, e2 = r2.expr, n2 = r2.symbol, o2 = t2.toUpperCase(), s2 = [];
          switch (s2.push(o2), o2) {
            case "KEY_BLOCK_SIZE":
              n2 && s2.push(n2), s2.push(L(e2));
              break;
            case "BTREE":
            case "HASH":
              s2.length = 0, s2.push.apply(s2, R(O(r2)));
              break;
            case "WITH PARSER":
              s2.push(e2);
              break;
            case "VISIBLE":
            case "INVISIBLE":
              break;
            case "COMMENT":
              s2.shift(), s2.push(T(r2));
              break;
            case "DATA_COMPRESSION":
              s2.push(n2, w(e2.value), E(e2.on));
              break;
            default:
              s2.push(n2, L(e2));
          }
          return s2.filter(h).join(" ");
        }
      }
      function U(r2) {
        return r2 ? r2.map(k) : [];
      }
      function M(r2) {
        var t2 = r2.constraint_type, e2 = r2.index_type, n2 = r2.index_options, o2 = void 0 === n2 ? [] : n2, s2 = r2.definition, u2 = r2.on, a2 = r2.with, i2 = [];
        if (i2.push.apply(i2, R(O(e2))), s2 && s2.length) {
          var c2 = "CHECK" === w(t2) ? "(".concat(lt(s2[0]), ")") : "(".concat(s2.map((function(r3) {
            return lt(r3);
          })).join(", "), ")");
          i2.push(c2);
        }
        return i2.push(U(o2).join(" ")), a2 && i2.push("WITH (".concat(U(a2).join(", "), ")")), u2 && i2.push("ON [".concat(u2, "]")), i2;
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
        var o2 = r2.right.escape || {}, s2 = Array.isArray(r2.left) ? r2.left.map(lt).join(", ") : lt(r2.left), u2 = bt(r2.collate), a2 = [s2, t2, e2, w(o2.type), lt(o2.value)].filter(h).join("." === t2 ? "" : " "), i2 = r2.parentheses ? "(".concat(a2, ")") : a2;
        return u2 && (i2 = "".concat(i2, " ").concat(u2)), i2;
      }
      function P(r2) {
        var t2 = r2.name, e2 = r2.type;
        switch (e2) {
          case "table":
          case "view":
            var n2 = [d(t2.db), d(t2.table)].filter(h).join(".");
            return "".concat(w(e2), " ").concat(n2);
          case "column":
            return "COLUMN ".concat(At(t2));
          default:
            return "".concat(w(e2), " ").concat(L(t2));
        }
      }
      function G(r2) {
        var t2 = r2.keyword, e2 = r2.expr;
        return [w(t2), L(e2)].filter(h).join(" ");
      }
      function F(r2) {
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
      function H(r2) {
        return r2 ? [r2.prefix.map(L).join(" "), lt(r2.value), r2.suffix.map(L).join(" ")] : [];
      }
      function B(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat(F(H(n2)), F(H(e2))).filter(h).join(" ")) : (function(r3) {
          var t3 = r3.seperator, e3 = r3.value;
          return 1 === e3.length && "offset" === t3 ? i("OFFSET", lt(e3[0])) : i("LIMIT", e3.map(lt).join("".concat("offset" === t3 ? " " : "").concat(w(t3), " ")));
        })(r2) : "";
        var t2, e2, n2;
      }
      function q(r2) {
        if (r2 && 0 !== r2.length) {
          var t2 = r2[0].recursive ? "RECURSIVE " : "", e2 = r2.map((function(r3) {
            var t3 = r3.name, e3 = r3.stmt, n2 = r3.columns, o2 = Array.isArray(n2) ? "(".concat(n2.map(At).join(", "), ")") : "", s2 = a("values" === e3.type ? "VALUES" : "", lt, e3);
            return "".concat("default" === t3.type ? d(t3.value) : L(t3)).concat(o2, " AS (").concat(s2, ")");
          })).join(", ");
          return "WITH ".concat(t2).concat(e2);
        }
      }
      function Y(r2) {
        if (r2 && r2.position) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = [], o2 = w(t2);
          switch (o2) {
            case "VAR":
              n2.push(e2.map(ct).join(", "));
              break;
            default:
              n2.push(o2, "string" == typeof e2 ? d(e2) : lt(e2));
          }
          return n2.filter(h).join(" ");
        }
      }
      function W(r2) {
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, s2 = r2.for, u2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = void 0 === c2 ? {} : c2, f2 = r2.locking_read, p2 = r2.groupby, b2 = r2.having, y2 = r2.into, d2 = void 0 === y2 ? {} : y2, m2 = r2.isolation, C2 = r2.limit, E2 = r2.options, A2 = r2.orderby, g2 = r2.parentheses_symbol, T2 = r2.qualify, _2 = r2.top, S2 = r2.window, j2 = r2.with, x2 = r2.where, I2 = [q(j2), "SELECT", w(t2)];
        Array.isArray(E2) && I2.push(E2.join(" ")), I2.push((function(r3) {
          if (r3) {
            if ("string" == typeof r3) return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [w(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(h).join(" ");
          }
        })(o2), v(_2), Nt(e2, u2));
        var R2 = d2.position, N2 = "";
        R2 && (N2 = a("INTO", Y, d2)), "column" === R2 && I2.push(N2), I2.push(a("FROM", Cr, u2)), "from" === R2 && I2.push(N2);
        var O2 = l2 || {}, k2 = O2.keyword, U2 = O2.expr;
        I2.push(a(k2, lt, U2)), I2.push(a("WHERE", lt, x2)), p2 && (I2.push(i("GROUP BY", ft(p2.columns).join(", "))), I2.push(ft(p2.modifiers).join(", "))), I2.push(a("HAVING", lt, b2)), I2.push(a("QUALIFY", lt, T2)), I2.push(a("WINDOW", lt, S2)), I2.push(pt(A2, "order by")), I2.push(bt(n2)), I2.push(B(C2)), m2 && I2.push(a(m2.keyword, L, m2.expr)), I2.push(w(f2)), "end" === R2 && I2.push(N2), I2.push((function(r3) {
          if (r3) {
            var t3 = r3.expr, e3 = r3.keyword, n3 = [w(r3.type), w(e3)];
            return t3 ? "".concat(n3.join(" "), "(").concat(lt(t3), ")") : n3.join(" ");
          }
        })(s2));
        var M2 = I2.filter(h).join(" ");
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
        var s2, u2 = true, a2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          a2 = true, s2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (a2) throw s2;
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
            var o2 = t2.value, s2 = {}, u2 = o2.value;
            for (var a2 in o2) "value" !== a2 && "keyword" !== a2 && (s2[a2] = o2[a2]);
            var i2 = [At(s2)], c2 = "";
            u2 && (c2 = lt(u2), i2.push("=", c2)), e2.push(i2.filter(h).join(" "));
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
        return ["@".concat(t2), "=", lt(e2)].filter(h).join(" ");
      }
      function z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.terminated, n2 = r2.enclosed, o2 = r2.escaped;
        return [w(t2), L(e2), L(n2), L(o2)].filter(h).join(" ");
      }
      function Z(r2) {
        if (!r2) return "";
        var t2 = r2.keyword, e2 = r2.starting, n2 = r2.terminated;
        return [w(t2), L(e2), L(n2)].filter(h).join(" ");
      }
      function J(r2) {
        if (!r2) return "";
        var t2 = r2.count, e2 = r2.suffix;
        return ["IGNORE", L(t2), e2].filter(h).join(" ");
      }
      function rr(r2) {
        if (!r2) return "";
        var t2 = r2.mode, e2 = r2.local, n2 = r2.file, o2 = r2.replace_ignore, s2 = r2.table, u2 = r2.partition, i2 = r2.character_set, c2 = r2.column, l2 = r2.fields, f2 = r2.lines, p2 = r2.set, b2 = r2.ignore;
        return ["LOAD DATA", w(t2), w(e2), "INFILE", L(n2), w(o2), "INTO TABLE", mr(s2), ar(u2), a("CHARACTER SET", L, i2), z(l2), Z(f2), J(b2), Nt(c2), a("SET", Q, p2)].filter(h).join(" ");
      }
      function tr(r2) {
        var t2 = r2.left, e2 = r2.right, n2 = r2.symbol, o2 = r2.keyword;
        t2.keyword = o2;
        var s2 = lt(t2), u2 = lt(e2);
        return [s2, w(n2), u2].filter(h).join(" ");
      }
      function er(r2) {
        var t2, e2, n2, o2, s2 = r2.keyword, u2 = r2.suffix, i2 = "";
        switch (w(s2)) {
          case "BINLOG":
            e2 = (t2 = r2).in, n2 = t2.from, o2 = t2.limit, i2 = [a("IN", L, e2 && e2.right), a("FROM", Cr, n2), B(o2)].filter(h).join(" ");
            break;
          case "CHARACTER":
          case "COLLATION":
            i2 = (function(r3) {
              var t3 = r3.expr;
              if (t3) return "LIKE" === w(t3.op) ? a("LIKE", L, t3.right) : a("WHERE", lt, t3);
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
                var e3 = t3.user, n3 = t3.host, o3 = t3.role_list, s3 = "'".concat(e3, "'");
                return n3 && (s3 += "@'".concat(n3, "'")), ["FOR", s3, o3 && "USING", o3 && o3.map((function(r4) {
                  return "'".concat(r4, "'");
                })).join(", ")].filter(h).join(" ");
              }
            })(r2);
            break;
          case "CREATE":
            i2 = a("", mr, r2[u2]);
            break;
          case "VAR":
            i2 = ct(r2.var), s2 = "";
        }
        return ["SHOW", w(s2), w(u2), i2].filter(h).join(" ");
      }
      var nr = { alter: function(r2) {
        var t2 = r2.keyword;
        switch (void 0 === t2 ? "table" : t2) {
          case "aggregate":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name, s2 = r3.type, u2 = t3.expr, a2 = t3.orderby;
              return [w(s2), w(n2), [[d(o2.schema), d(o2.name)].filter(h).join("."), "(".concat(u2.map(nt).join(", ")).concat(a2 ? [" ORDER", "BY", a2.map(nt).join(", ")].join(" ") : "", ")")].filter(h).join(""), et(e2)].filter(h).join(" ");
            })(r2);
          case "table":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.table, n2 = r3.if_exists, o2 = r3.prefix, s2 = r3.expr, u2 = void 0 === s2 ? [] : s2, a2 = w(t3), i2 = Cr(e2), c2 = u2.map(lt);
              return [a2, "TABLE", w(n2), L(o2), i2, c2.join(", ")].filter(h).join(" ");
            })(r2);
          case "schema":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.schema;
              return [w(r3.type), w(e2), d(n2), et(t3)].filter(h).join(" ");
            })(r2);
          case "sequence":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.keyword, n2 = r3.sequence, o2 = r3.if_exists, s2 = r3.expr, u2 = void 0 === s2 ? [] : s2, a2 = w(t3), i2 = Cr(n2), c2 = u2.map(Qr);
              return [a2, w(e2), w(o2), i2, c2.join(", ")].filter(h).join(" ");
            })(r2);
          case "domain":
          case "type":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.name;
              return [w(r3.type), w(e2), [d(n2.schema), d(n2.name)].filter(h).join("."), et(t3)].filter(h).join(" ");
            })(r2);
          case "function":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name;
              return [w(r3.type), w(n2), [[d(o2.schema), d(o2.name)].filter(h).join("."), t3 && "(".concat(t3.expr ? t3.expr.map(nt).join(", ") : "", ")")].filter(h).join(""), et(e2)].filter(h).join(" ");
            })(r2);
          case "view":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.columns, n2 = r3.attributes, o2 = r3.select, s2 = r3.view, u2 = r3.with, a2 = w(t3), i2 = mr(s2), c2 = [a2, "VIEW", i2];
              e2 && c2.push("(".concat(e2.map(At).join(", "), ")"));
              n2 && c2.push("WITH ".concat(n2.map(w).join(", ")));
              c2.push("AS", W(o2)), u2 && c2.push(w(u2));
              return c2.filter(h).join(" ");
            })(r2);
        }
      }, analyze: function(r2) {
        var t2 = r2.type, e2 = r2.table;
        return [w(t2), mr(e2)].join(" ");
      }, attach: function(r2) {
        var t2 = r2.type, e2 = r2.database, n2 = r2.expr, o2 = r2.as, s2 = r2.schema;
        return [w(t2), w(e2), lt(n2), w(o2), d(s2)].filter(h).join(" ");
      }, create: function(r2) {
        var t2 = r2.keyword, e2 = "";
        switch (t2.toLowerCase()) {
          case "aggregate":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, s2 = r3.args, u2 = r3.options, a2 = [w(t3), w(e3), w(n2)], i2 = [d(o2.schema), o2.name].filter(h).join("."), c2 = "".concat(s2.expr.map(nt).join(", ")).concat(s2.orderby ? [" ORDER", "BY", s2.orderby.map(nt).join(", ")].join(" ") : "");
              return a2.push("".concat(i2, "(").concat(c2, ")"), "(".concat(u2.map(rt).join(", "), ")")), a2.filter(h).join(" ");
            })(r2);
            break;
          case "table":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.table, o2 = r3.like, s2 = r3.as, u2 = r3.temporary, a2 = r3.if_not_exists, i2 = r3.create_definitions, c2 = r3.table_options, l2 = r3.ignore_replace, f2 = r3.replace, b2 = r3.partition_of, v2 = r3.query_expr, y2 = r3.unlogged, d2 = r3.with, m2 = [w(t3), w(f2), w(u2), w(y2), w(e3), w(a2), Cr(n2)];
              if (o2) {
                var C2 = o2.type, E2 = Cr(o2.table);
                return m2.push(w(C2), E2), m2.filter(h).join(" ");
              }
              if (b2) return m2.concat([zr(b2)]).filter(h).join(" ");
              i2 && m2.push("(".concat(i2.map(Qr).join(", "), ")"));
              if (c2) {
                var A2 = p().database, g2 = A2 && "sqlite" === A2.toLowerCase() ? ", " : " ";
                m2.push(c2.map(Er).join(g2));
              }
              if (d2) {
                var T2 = d2.map((function(r4) {
                  return [L(r4.keyword), w(r4.symbol), L(r4.value)].join(" ");
                })).join(", ");
                m2.push("WITH (".concat(T2, ")"));
              }
              m2.push(w(l2), w(s2)), v2 && m2.push(or(v2));
              return m2.filter(h).join(" ");
            })(r2);
            break;
          case "trigger":
            e2 = "constraint" === r2.resource ? (function(r3) {
              var t3 = r3.constraint, e3 = r3.constraint_kw, n2 = r3.deferrable, o2 = r3.events, s2 = r3.execute, u2 = r3.for_each, a2 = r3.from, i2 = r3.location, c2 = r3.keyword, l2 = r3.or, f2 = r3.type, p2 = r3.table, b2 = r3.when, v2 = [w(f2), w(l2), w(e3), w(c2), d(t3), w(i2)], y2 = _(o2);
              v2.push(y2, "ON", mr(p2)), a2 && v2.push("FROM", mr(a2));
              v2.push.apply(v2, Wr(j(n2)).concat(Wr(j(u2)))), b2 && v2.push(w(b2.type), lt(b2.cond));
              return v2.push(w(s2.keyword), Yr(s2.expr)), v2.filter(h).join(" ");
            })(r2) : (function(r3) {
              var t3 = r3.definer, e3 = r3.for_each, n2 = r3.keyword, o2 = r3.execute, s2 = r3.type, u2 = r3.table, i2 = r3.if_not_exists, c2 = r3.temporary, l2 = r3.trigger, f2 = r3.events, p2 = r3.order, b2 = r3.time, v2 = r3.when, y2 = [w(s2), w(c2), lt(t3), w(n2), w(i2), mr(l2), w(b2), f2.map((function(r4) {
                var t4 = [w(r4.keyword)], e4 = r4.args;
                return e4 && t4.push(w(e4.keyword), e4.columns.map(At).join(", ")), t4.join(" ");
              })), "ON", mr(u2), w(e3 && e3.keyword), w(e3 && e3.args), p2 && "".concat(w(p2.keyword), " ").concat(d(p2.trigger)), a("WHEN", lt, v2), w(o2.prefix)];
              switch (o2.type) {
                case "set":
                  y2.push(a("SET", Q, o2.expr));
                  break;
                case "multiple":
                  y2.push(sr(o2.expr.ast));
              }
              return y2.push(w(o2.suffix)), y2.filter(h).join(" ");
            })(r2);
            break;
          case "extension":
            e2 = (function(r3) {
              var t3 = r3.extension, e3 = r3.from, n2 = r3.if_not_exists, o2 = r3.keyword, s2 = r3.schema, u2 = r3.type, i2 = r3.with, c2 = r3.version;
              return [w(u2), w(o2), w(n2), L(t3), w(i2), a("SCHEMA", L, s2), a("VERSION", L, c2), a("FROM", L, e3)].filter(h).join(" ");
            })(r2);
            break;
          case "function":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, s2 = r3.args, u2 = r3.returns, a2 = r3.options, i2 = r3.last, c2 = [w(t3), w(e3), w(n2)], l2 = [L(o2.schema), o2.name.map(L).join(".")].filter(h).join("."), f2 = s2.map(nt).filter(h).join(", ");
              return c2.push("".concat(l2, "(").concat(f2, ")"), (function(r4) {
                var t4 = r4.type, e4 = r4.keyword, n3 = r4.expr;
                return [w(t4), w(e4), Array.isArray(n3) ? "(".concat(n3.map(jt).join(", "), ")") : Zr(n3)].filter(h).join(" ");
              })(u2), a2.map(Jr).join(" "), i2), c2.filter(h).join(" ");
            })(r2);
            break;
          case "index":
            e2 = (function(r3) {
              var t3 = r3.concurrently, e3 = r3.filestream_on, n2 = r3.keyword, o2 = r3.if_not_exists, s2 = r3.include, u2 = r3.index_columns, i2 = r3.index_type, c2 = r3.index_using, l2 = r3.index, f2 = r3.on, p2 = r3.index_options, b2 = r3.algorithm_option, v2 = r3.lock_option, y2 = r3.on_kw, m2 = r3.table, C2 = r3.tablespace, E2 = r3.type, A2 = r3.where, g2 = r3.with, T2 = r3.with_before_where, _2 = g2 && "WITH (".concat(U(g2).join(", "), ")"), S2 = s2 && "".concat(w(s2.keyword), " (").concat(s2.columns.map((function(r4) {
                return "string" == typeof r4 ? d(r4) : lt(r4);
              })).join(", "), ")"), j2 = l2;
              l2 && (j2 = "string" == typeof l2 ? d(l2) : [d(l2.schema), d(l2.name)].filter(h).join("."));
              var x2 = [w(E2), w(i2), w(n2), w(o2), w(t3), j2, w(y2), mr(m2)].concat(Wr(O(c2)), ["(".concat(I(u2), ")"), S2, U(p2).join(" "), et(b2), et(v2), a("TABLESPACE", L, C2)]);
              T2 ? x2.push(_2, a("WHERE", lt, A2)) : x2.push(a("WHERE", lt, A2), _2);
              return x2.push(a("ON", lt, f2), a("FILESTREAM_ON", L, e3)), x2.filter(h).join(" ");
            })(r2);
            break;
          case "sequence":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.sequence, o2 = r3.temporary, s2 = r3.if_not_exists, u2 = r3.create_definitions, a2 = [w(t3), w(o2), w(e3), w(s2), Cr(n2)];
              u2 && a2.push(u2.map(Qr).join(" "));
              return a2.filter(h).join(" ");
            })(r2);
            break;
          case "database":
          case "schema":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.replace, o2 = r3.if_not_exists, s2 = r3.create_definitions, u2 = r3[e3], a2 = u2.db, i2 = u2.schema, c2 = [L(a2), i2.map(L).join(".")].filter(h).join("."), l2 = [w(t3), w(n2), w(e3), w(o2), c2];
              s2 && l2.push(s2.map(Er).join(" "));
              return l2.filter(h).join(" ");
            })(r2);
            break;
          case "view":
            e2 = (function(r3) {
              var t3 = r3.algorithm, e3 = r3.columns, n2 = r3.definer, o2 = r3.if_not_exists, s2 = r3.keyword, u2 = r3.recursive, a2 = r3.replace, i2 = r3.select, c2 = r3.sql_security, l2 = r3.temporary, f2 = r3.type, p2 = r3.view, b2 = r3.with, v2 = r3.with_options, L2 = p2.db, C2 = p2.schema, E2 = p2.view, A2 = [d(L2), d(C2), d(E2)].filter(h).join(".");
              return [w(f2), w(a2), w(l2), w(u2), t3 && "ALGORITHM = ".concat(w(t3)), lt(n2), c2 && "SQL SECURITY ".concat(w(c2)), w(s2), w(o2), A2, e3 && "(".concat(e3.map(y).join(", "), ")"), v2 && ["WITH", "(".concat(v2.map((function(r4) {
                return m(r4).join(" ");
              })).join(", "), ")")].join(" "), "AS", or(i2), w(b2)].filter(h).join(" ");
            })(r2);
            break;
          case "domain":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.domain, n2 = r3.type, o2 = r3.keyword, s2 = r3.target, u2 = r3.create_definitions, a2 = [w(n2), w(o2), [d(e3.schema), d(e3.name)].filter(h).join("."), w(t3), A(s2)];
              if (u2 && u2.length > 0) {
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
                  var s3, u3 = true, a3 = false;
                  return { s: function() {
                    e4 = e4.call(r4);
                  }, n: function() {
                    var r5 = e4.next();
                    return u3 = r5.done, r5;
                  }, e: function(r5) {
                    a3 = true, s3 = r5;
                  }, f: function() {
                    try {
                      u3 || null == e4.return || e4.return();
                    } finally {
                      if (a3) throw s3;
                    }
                  } };
                })(u2);
                try {
                  for (l2.s(); !(i2 = l2.n()).done; ) {
                    var f2 = i2.value, p2 = f2.type;
                    switch (p2) {
                      case "collate":
                        c2.push(lt(f2));
                        break;
                      case "default":
                        c2.push(w(p2), lt(f2.value));
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
                a2.push(c2.filter(h).join(" "));
              }
              return a2.filter(h).join(" ");
            })(r2);
            break;
          case "type":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.create_definitions, n2 = r3.keyword, o2 = r3.name, s2 = r3.resource, u2 = [w(r3.type), w(n2), [d(o2.schema), d(o2.name)].filter(h).join("."), w(t3), w(s2)];
              if (e3) {
                var a2 = [];
                switch (s2) {
                  case "enum":
                  case "range":
                    a2.push(lt(e3));
                    break;
                  default:
                    a2.push("(".concat(e3.map(Qr).join(", "), ")"));
                }
                u2.push(a2.filter(h).join(" "));
              }
              return u2.filter(h).join(" ");
            })(r2);
            break;
          case "user":
            e2 = (function(r3) {
              var t3 = r3.attribute, e3 = r3.comment, n2 = r3.default_role, o2 = r3.if_not_exists, s2 = r3.keyword, u2 = r3.lock_option, i2 = r3.password_options, c2 = r3.require, l2 = r3.resource_options, f2 = r3.type, p2 = r3.user.map((function(r4) {
                var t4 = r4.user, e4 = r4.auth_option, n3 = [kr(t4)];
                return e4 && n3.push(w(e4.keyword), e4.auth_plugin, L(e4.value)), n3.filter(h).join(" ");
              })).join(", "), b2 = [w(f2), w(s2), w(o2), p2];
              n2 && b2.push(w(n2.keyword), n2.value.map(kr).join(", "));
              b2.push(a(c2 && c2.keyword, lt, c2 && c2.value)), l2 && b2.push(w(l2.keyword), l2.value.map((function(r4) {
                return lt(r4);
              })).join(" "));
              i2 && i2.forEach((function(r4) {
                return b2.push(a(r4.keyword, lt, r4.value));
              }));
              return b2.push(L(u2), T(e3), L(t3)), b2.filter(h).join(" ");
            })(r2);
            break;
          default:
            throw new Error("unknown create resource ".concat(t2));
        }
        return e2;
      }, comment: function(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = r2.target;
        return [w(r2.type), w(e2), P(n2), G(t2)].filter(h).join(" ");
      }, select: W, deallocate: function(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.expr;
        return [w(t2), w(e2), lt(n2)].filter(h).join(" ");
      }, delete: function(r2) {
        var t2 = r2.columns, e2 = r2.from, n2 = r2.table, o2 = r2.where, s2 = r2.orderby, u2 = r2.with, i2 = r2.limit, c2 = r2.returning, l2 = [q(u2), "DELETE"], f2 = Nt(t2, e2);
        return l2.push(f2), Array.isArray(n2) && (1 === n2.length && true === n2[0].addition || l2.push(Cr(n2))), l2.push(a("FROM", Cr, e2)), l2.push(a("WHERE", lt, o2)), l2.push(pt(s2, "order by")), l2.push(B(i2)), l2.push(S(c2)), l2.filter(h).join(" ");
      }, exec: function(r2) {
        var t2 = r2.keyword, e2 = r2.module, n2 = r2.parameters;
        return [w(t2), mr(e2), (n2 || []).map(K).filter(h).join(", ")].filter(h).join(" ");
      }, execute: function(r2) {
        var t2 = r2.type, e2 = r2.name, n2 = r2.args, o2 = [w(t2)], s2 = [e2];
        n2 && s2.push("(".concat(lt(n2).join(", "), ")"));
        return o2.push(s2.join("")), o2.filter(h).join(" ");
      }, explain: function(r2) {
        var t2 = r2.type, e2 = r2.expr;
        return [w(t2), W(e2)].join(" ");
      }, for: function(r2) {
        var t2 = r2.type, e2 = r2.label, n2 = r2.target, o2 = r2.query, s2 = r2.stmts;
        return [e2, w(t2), n2, "IN", sr([o2]), "LOOP", sr(s2), "END LOOP", e2].filter(h).join(" ");
      }, update: function(r2) {
        var t2 = r2.from, e2 = r2.table, n2 = r2.set, o2 = r2.where, s2 = r2.orderby, u2 = r2.with, i2 = r2.limit, c2 = r2.returning;
        return [q(u2), "UPDATE", Cr(e2), a("SET", Q, n2), a("FROM", Cr, t2), a("WHERE", lt, o2), pt(s2, "order by"), B(i2), S(c2)].filter(h).join(" ");
      }, if: function(r2) {
        var t2 = r2.boolean_expr, e2 = r2.else_expr, n2 = r2.elseif_expr, o2 = r2.if_expr, s2 = r2.prefix, u2 = r2.go, a2 = r2.semicolons, i2 = r2.suffix, c2 = [w(r2.type), lt(t2), L(s2), "".concat(_r(o2.ast || o2)).concat(a2[0]), w(u2)];
        n2 && c2.push(n2.map((function(r3) {
          return [w(r3.type), lt(r3.boolean_expr), "THEN", _r(r3.then.ast || r3.then), r3.semicolon].filter(h).join(" ");
        })).join(" "));
        e2 && c2.push("ELSE", "".concat(_r(e2.ast || e2)).concat(a2[1]));
        return c2.push(L(i2)), c2.filter(h).join(" ");
      }, insert: fr, load_data: rr, drop: Rr, truncate: Rr, replace: fr, declare: function(r2) {
        var t2 = r2.type, e2 = r2.declare, n2 = r2.symbol, o2 = [w(t2)], s2 = e2.map((function(r3) {
          var t3 = r3.at, e3 = r3.name, n3 = r3.as, o3 = r3.constant, s3 = r3.datatype, u2 = r3.not_null, a2 = r3.prefix, i2 = r3.definition, c2 = r3.keyword, l2 = [[t3, e3].filter(h).join(""), w(n3), w(o3)];
          switch (c2) {
            case "variable":
              l2.push(gt(s3), lt(r3.collate), w(u2)), i2 && l2.push(w(i2.keyword), lt(i2.value));
              break;
            case "cursor":
              l2.push(w(a2));
              break;
            case "table":
              l2.push(w(a2), "(".concat(i2.map(Qr).join(", "), ")"));
          }
          return l2.filter(h).join(" ");
        })).join("".concat(n2, " "));
        return o2.push(s2), o2.join(" ");
      }, use: function(r2) {
        var t2 = r2.type, e2 = r2.db, n2 = w(t2), o2 = d(e2);
        return "".concat(n2, " ").concat(o2);
      }, rename: function(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = [], o2 = "".concat(t2 && t2.toUpperCase(), " TABLE");
        if (e2) {
          var s2, u2 = Sr(e2);
          try {
            for (u2.s(); !(s2 = u2.n()).done; ) {
              var a2 = s2.value.map(mr);
              n2.push(a2.join(" TO "));
            }
          } catch (r3) {
            u2.e(r3);
          } finally {
            u2.f();
          }
        }
        return "".concat(o2, " ").concat(n2.join(", "));
      }, call: function(r2) {
        var t2 = lt(r2.expr);
        return "".concat("CALL", " ").concat(t2);
      }, desc: Nr, describe: Nr, set: function(r2) {
        var t2 = r2.type, e2 = r2.expr, n2 = r2.keyword, o2 = w(t2), s2 = e2.map(lt).join(", ");
        return [o2, w(n2), s2].filter(h).join(" ");
      }, lock: Or, unlock: Or, show: er, grant: Ur, revoke: Ur, proc: function(r2) {
        var t2 = r2.stmt;
        switch (t2.type) {
          case "assign":
            return tr(t2);
          case "return":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.expr;
              return [w(t3), lt(e2)].join(" ");
            })(t2);
        }
      }, raise: function(r2) {
        var t2 = r2.type, e2 = r2.level, n2 = r2.raise, o2 = r2.using, s2 = [w(t2), w(e2)];
        n2 && s2.push([L(n2.keyword), "format" === n2.type && n2.expr.length > 0 && ","].filter(h).join(""), n2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        o2 && s2.push(w(o2.type), w(o2.option), o2.symbol, o2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        return s2.filter(h).join(" ");
      }, transaction: function(r2) {
        var t2 = r2.expr, e2 = t2.action, n2 = t2.keyword, o2 = t2.modes, s2 = [L(e2), w(n2)];
        return o2 && s2.push(o2.map(L).join(", ")), s2.filter(h).join(" ");
      } };
      function or(r2) {
        if (!r2) return "";
        for (var t2 = nr[r2.type], e2 = r2, n2 = e2._parentheses, o2 = e2._orderby, s2 = e2._limit, u2 = [n2 && "(", t2(r2)]; r2._next; ) {
          var a2 = nr[r2._next.type], i2 = w(r2.set_op);
          u2.push(i2, a2(r2._next)), r2 = r2._next;
        }
        return u2.push(n2 && ")", pt(o2, "order by"), B(s2)), u2.filter(h).join(" ");
      }
      function sr(r2) {
        for (var t2 = [], e2 = 0, n2 = r2.length; e2 < n2; ++e2) {
          var o2 = r2[e2] && r2[e2].ast ? r2[e2].ast : r2[e2], s2 = or(o2);
          e2 === n2 - 1 && "transaction" === o2.type && (s2 = "".concat(s2, " ;")), t2.push(s2);
        }
        return t2.join(" ; ");
      }
      function ur(r2) {
        var t2 = r2.type;
        return "select" === t2 ? or(r2) : ("values" === t2 ? r2.values : r2).map((function(r3) {
          var t3 = lt(r3);
          return [w(r3.prefix), "(".concat(t3, ")")].filter(h).join("");
        })).join(", ");
      }
      function ar(r2) {
        if (!r2) return "";
        var t2 = ["PARTITION", "("];
        if (Array.isArray(r2)) t2.push(r2.map((function(r3) {
          return d(r3);
        })).join(", "));
        else {
          var e2 = r2.value;
          t2.push(e2.map(lt).join(", "));
        }
        return t2.push(")"), t2.filter(h).join("");
      }
      function ir(r2) {
        if (!r2) return "";
        switch (r2.type) {
          case "column":
            return "(".concat(r2.expr.map(At).join(", "), ")");
        }
      }
      function cr(r2) {
        var t2 = r2.expr, e2 = r2.keyword, n2 = t2.type, o2 = [w(e2)];
        switch (n2) {
          case "origin":
            o2.push(L(t2));
            break;
          case "update":
            o2.push("UPDATE", a("SET", Q, t2.set), a("WHERE", lt, t2.where));
        }
        return o2.filter(h).join(" ");
      }
      function lr(r2) {
        if (!r2) return "";
        var t2 = r2.action;
        return [ir(r2.target), cr(t2)].filter(h).join(" ");
      }
      function fr(r2) {
        var t2 = r2.table, e2 = r2.type, n2 = r2.or, o2 = void 0 === n2 ? [] : n2, s2 = r2.prefix, u2 = void 0 === s2 ? "into" : s2, i2 = r2.columns, c2 = r2.conflict, l2 = r2.values, f2 = r2.where, p2 = r2.on_duplicate_update, b2 = r2.partition, v2 = r2.returning, y2 = r2.set, d2 = p2 || {}, m2 = d2.keyword, C2 = d2.set, E2 = [w(e2), o2.map(L).join(" "), w(u2), Cr(t2), ar(b2)];
        return Array.isArray(i2) && E2.push("(".concat(i2.map(L).join(", "), ")")), E2.push(a(l2 && "values" === l2.type ? "VALUES" : "", ur, l2)), E2.push(a("ON CONFLICT", lr, c2)), E2.push(a("SET", Q, y2)), E2.push(a("WHERE", lt, f2)), E2.push(a(m2, Q, C2)), E2.push(S(v2)), E2.filter(h).join(" ");
      }
      function pr(r2) {
        var t2 = r2.expr, e2 = r2.unit, n2 = r2.suffix;
        return ["INTERVAL", lt(t2), w(e2), lt(n2)].filter(h).join(" ");
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
        return ["".concat(w(t2), "(").concat(n2 && lt(n2) || "", ")"), a("AS", "string" == typeof e2 ? d : lt, e2), a(w(o2 && o2.keyword), d, o2 && o2.as)].filter(h).join(" ");
      }
      function dr(r2) {
        if (r2) switch (r2.type) {
          case "pivot":
          case "unpivot":
            return (function(r3) {
              var t2 = r3.as, e2 = r3.column, n2 = r3.expr, o2 = r3.in_expr, s2 = r3.type, u2 = [lt(n2), "FOR", At(e2), D(o2)], a2 = ["".concat(w(s2), "(").concat(u2.join(" "), ")")];
              return t2 && a2.push("AS", d(t2)), a2.join(" ");
            })(r2);
          default:
            return "";
        }
      }
      function wr(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = r2.index, o2 = r2.index_columns, s2 = r2.parentheses, u2 = r2.prefix, a2 = [];
          switch (t2.toLowerCase()) {
            case "forceseek":
              a2.push(w(t2), "(".concat(d(n2)), "(".concat(o2.map(lt).filter(h).join(", "), "))"));
              break;
            case "spatial_window_max_cells":
              a2.push(w(t2), "=", lt(e2));
              break;
            case "index":
              a2.push(w(u2), w(t2), s2 ? "(".concat(e2.map((function(r3) {
                return d(r3);
              })).join(", "), ")") : "= ".concat(d(e2)));
              break;
            default:
              a2.push(lt(e2));
          }
          return a2.filter(h).join(" ");
        }
      }
      function hr(r2, t2) {
        var e2 = r2.name, n2 = r2.symbol;
        return [w(e2), n2, t2].filter(h).join(" ");
      }
      function Lr(r2) {
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
        return t2.filter(h).join(" ");
      }
      function mr(r2) {
        if ("UNNEST" === w(r2.type)) return yr(r2);
        var t2, e2, n2, o2, s2 = r2.table, u2 = r2.db, i2 = r2.as, c2 = r2.expr, l2 = r2.operator, f2 = r2.prefix, p2 = r2.schema, b2 = r2.server, v2 = r2.suffix, y2 = r2.tablesample, C2 = r2.temporal_table, E2 = r2.table_hint, A2 = r2.surround, g2 = void 0 === A2 ? {} : A2, T2 = d(b2, false, g2.server), _2 = d(u2, false, g2.db), S2 = d(p2, false, g2.schema), j2 = s2 && d(s2, false, g2.table);
        if (c2) switch (c2.type) {
          case "values":
            var x2 = c2.parentheses, I2 = c2.values, R2 = c2.prefix, N2 = [x2 && "(", "", x2 && ")"], O2 = ur(I2);
            R2 && (O2 = O2.split("(").slice(1).map((function(r3) {
              return "".concat(w(R2), "(").concat(r3);
            })).join("")), N2[1] = "VALUES ".concat(O2), j2 = N2.filter(h).join("");
            break;
          case "tumble":
            j2 = (function(r3) {
              if (!r3) return "";
              var t3 = r3.data, e3 = r3.timecol, n3 = r3.offset, o3 = r3.size, s3 = [d(t3.expr.db), d(t3.expr.schema), d(t3.expr.table)].filter(h).join("."), u3 = "DESCRIPTOR(".concat(At(e3.expr), ")"), a2 = ["TABLE(TUMBLE(TABLE ".concat(hr(t3, s3)), hr(e3, u3)], i3 = hr(o3, pr(o3.expr));
              return n3 && n3.expr ? a2.push(i3, "".concat(hr(n3, pr(n3.expr)), "))")) : a2.push("".concat(i3, "))")), a2.filter(h).join(", ");
            })(c2);
            break;
          case "generator":
            e2 = (t2 = c2).keyword, n2 = t2.type, o2 = t2.generators.map((function(r3) {
              return m(r3).join(" ");
            })).join(", "), j2 = "".concat(w(e2), "(").concat(w(n2), "(").concat(o2, "))");
            break;
          default:
            j2 = lt(c2);
        }
        var k2 = [[T2, _2, S2, j2 = [w(f2), j2, w(v2)].filter(h).join(" ")].filter(h).join(".")];
        if (y2) {
          var U2 = ["TABLESAMPLE", lt(y2.expr), L(y2.repeatable)].filter(h).join(" ");
          k2.push(U2);
        }
        k2.push((function(r3) {
          if (r3) {
            var t3 = r3.keyword, e3 = r3.expr;
            return [w(t3), Lr(e3)].filter(h).join(" ");
          }
        })(C2), a("AS", "string" == typeof i2 ? d : lt, i2), dr(l2)), E2 && k2.push(w(E2.keyword), "(".concat(E2.expr.map(wr).filter(h).join(", "), ")"));
        var M2 = k2.filter(h).join(" ");
        return r2.parentheses ? "(".concat(M2, ")") : M2;
      }
      function Cr(r2) {
        if (!r2) return "";
        if (!Array.isArray(r2)) {
          var t2 = r2.expr, e2 = r2.parentheses, n2 = r2.joins, o2 = Cr(t2);
          if (e2) {
            for (var s2 = [], u2 = [], i2 = true === e2 ? 1 : e2.length, c2 = 0; c2++ < i2; ) s2.push("("), u2.push(")");
            var l2 = n2 && n2.length > 0 ? Cr([""].concat(br(n2))) : "";
            return s2.join("") + o2 + u2.join("") + l2;
          }
          return o2;
        }
        var f2 = r2[0], p2 = [];
        if ("dual" === f2.type) return "DUAL";
        p2.push(mr(f2));
        for (var b2 = 1; b2 < r2.length; ++b2) {
          var v2 = r2[b2], y2 = v2.on, d2 = v2.using, m2 = v2.join, C2 = [], E2 = Array.isArray(v2) || Object.hasOwnProperty.call(v2, "joins");
          C2.push(m2 ? " ".concat(w(m2)) : ","), C2.push(E2 ? Cr(v2) : mr(v2)), C2.push(a("ON", lt, y2)), d2 && C2.push("USING (".concat(d2.map(L).join(", "), ")")), p2.push(C2.filter(h).join(" "));
        }
        return p2.filter(h).join("");
      }
      function Er(r2) {
        var t2 = r2.keyword, e2 = r2.symbol, n2 = r2.value, o2 = [t2.toUpperCase()];
        e2 && o2.push(e2);
        var s2 = L(n2);
        switch (t2) {
          case "partition by":
          case "default collate":
            s2 = lt(n2);
            break;
          case "options":
            s2 = "(".concat(n2.map((function(r3) {
              return [r3.keyword, r3.symbol, lt(r3.value)].join(" ");
            })).join(", "), ")");
            break;
          case "cluster by":
            s2 = n2.map(lt).join(", ");
        }
        return o2.push(s2), o2.filter(h).join(" ");
      }
      var Ar = ["analyze", "attach", "select", "deallocate", "delete", "exec", "update", "insert", "drop", "rename", "truncate", "call", "desc", "describe", "use", "alter", "set", "create", "lock", "unlock", "declare", "show", "replace", "if", "grant", "revoke", "proc", "raise", "execute", "transaction", "explain", "comment", "load_data"];
      function gr(r2) {
        var t2 = r2 && r2.ast ? r2.ast : r2;
        if (!Ar.includes(t2.type)) throw new Error("".concat(t2.type, " statements not supported at the moment"));
      }
      function Tr(r2) {
        return Array.isArray(r2) ? (r2.forEach(gr), sr(r2)) : (gr(r2), or(r2));
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
      function Sr(r2, t2) {
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
        var s2, u2 = true, a2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          a2 = true, s2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (a2) throw s2;
          }
        } };
      }
      function jr(r2) {
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
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.name, o2 = r2.prefix, s2 = r2.suffix, u2 = [w(t2), w(e2), w(o2)];
        switch (e2) {
          case "table":
            u2.push(Cr(n2));
            break;
          case "trigger":
            u2.push([n2[0].schema ? "".concat(d(n2[0].schema), ".") : "", d(n2[0].trigger)].filter(h).join(""));
            break;
          case "database":
          case "schema":
          case "procedure":
            u2.push(d(n2));
            break;
          case "view":
            u2.push(Cr(n2), r2.options && r2.options.map(lt).filter(h).join(" "));
            break;
          case "index":
            u2.push.apply(u2, [At(n2)].concat(jr(r2.table ? ["ON", mr(r2.table)] : []), [r2.options && r2.options.map(lt).filter(h).join(" ")]));
            break;
          case "type":
            u2.push(n2.map(At).join(", "), r2.options && r2.options.map(lt).filter(h).join(" "));
        }
        return s2 && u2.push(s2.map(lt).filter(h).join(" ")), u2.filter(h).join(" ");
      }
      function Nr(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = w(t2), o2 = "string" == typeof e2 ? d(e2) : mr(e2);
        return "".concat(n2, " ").concat(o2);
      }
      function Or(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.tables, o2 = [t2.toUpperCase(), w(e2)];
        if ("UNLOCK" === t2.toUpperCase()) return o2.join(" ");
        var s2, u2 = [], a2 = Sr(n2);
        try {
          var i2 = function() {
            var r3 = s2.value, t3 = r3.table, e3 = r3.lock_type, n3 = [mr(t3)];
            if (e3) {
              n3.push(["prefix", "type", "suffix"].map((function(r4) {
                return w(e3[r4]);
              })).filter(h).join(" "));
            }
            u2.push(n3.join(" "));
          };
          for (a2.s(); !(s2 = a2.n()).done; ) i2();
        } catch (r3) {
          a2.e(r3);
        } finally {
          a2.f();
        }
        return o2.push.apply(o2, [u2.join(", ")].concat(jr((function(r3) {
          var t3 = r3.lock_mode, e3 = r3.nowait, n3 = [];
          if (t3) {
            var o3 = t3.mode;
            n3.push(o3.toUpperCase());
          }
          return e3 && n3.push(e3.toUpperCase()), n3;
        })(r2)))), o2.filter(h).join(" ");
      }
      function kr(r2) {
        var t2 = r2.name, e2 = r2.host, n2 = [L(t2)];
        return e2 && n2.push("@", L(e2)), n2.join("");
      }
      function Ur(r2) {
        var t2 = r2.type, e2 = r2.grant_option_for, n2 = r2.keyword, o2 = r2.objects, s2 = r2.on, u2 = r2.to_from, a2 = r2.user_or_roles, i2 = r2.with, c2 = [w(t2), L(e2)], l2 = o2.map((function(r3) {
          var t3 = r3.priv, e3 = r3.columns, n3 = [lt(t3)];
          return e3 && n3.push("(".concat(e3.map(At).join(", "), ")")), n3.join(" ");
        })).join(", ");
        if (c2.push(l2), s2) switch (c2.push("ON"), n2) {
          case "priv":
            c2.push(L(s2.object_type), s2.priv_level.map((function(r3) {
              return [d(r3.prefix), d(r3.name)].filter(h).join(".");
            })).join(", "));
            break;
          case "proxy":
            c2.push(kr(s2));
        }
        return c2.push(w(u2), a2.map(kr).join(", ")), c2.push(L(i2)), c2.filter(h).join(" ");
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
          var t2 = r2.constraint, e2 = r2.constraint_type, n2 = r2.enforced, o2 = r2.index, s2 = r2.keyword, u2 = r2.reference_definition, i2 = r2.for, c2 = r2.with_values, l2 = [], f2 = p().database;
          l2.push(w(s2)), l2.push(d(t2));
          var b2 = w(e2);
          return "sqlite" === f2.toLowerCase() && "UNIQUE KEY" === b2 && (b2 = "UNIQUE"), l2.push(b2), l2.push("sqlite" !== f2.toLowerCase() && d(o2)), l2.push.apply(l2, Mr(M(r2))), l2.push.apply(l2, Mr(Tt(u2))), l2.push(w(n2)), l2.push(a("FOR", d, i2)), l2.push(L(c2)), l2.filter(h).join(" ");
        }
      }
      function Gr(r2) {
        if (r2) {
          var t2 = r2.type;
          return "rows" === t2 ? [w(t2), lt(r2.expr)].filter(h).join(" ") : lt(r2);
        }
      }
      function Fr(r2) {
        if ("string" == typeof r2) return r2;
        var t2 = r2.window_specification;
        return "(".concat((function(r3) {
          var t3 = r3.name, e2 = r3.partitionby, n2 = r3.orderby, o2 = r3.window_frame_clause;
          return [t3, pt(e2, "partition by"), pt(n2, "order by"), Gr(o2)].filter(h).join(" ");
        })(t2), ")");
      }
      function $r(r2) {
        var t2 = r2.name, e2 = r2.as_window_specification;
        return "".concat(t2, " AS ").concat(Fr(e2));
      }
      function Hr(r2) {
        if (r2) {
          var t2 = r2.as_window_specification, e2 = r2.expr, n2 = r2.keyword, o2 = r2.type, s2 = r2.parentheses, u2 = w(o2);
          if ("WINDOW" === u2) return "OVER ".concat(Fr(t2));
          if ("ON UPDATE" === u2) {
            var a2 = "".concat(w(o2), " ").concat(w(n2)), i2 = lt(e2) || [];
            return s2 && (a2 = "".concat(a2, "(").concat(i2.join(", "), ")")), a2;
          }
          if (r2.partitionby) return ["OVER", "(".concat(pt(r2.partitionby, "partition by")), "".concat(pt(r2.orderby, "order by"), ")")].filter(h).join(" ");
          throw new Error("unknown over type");
        }
      }
      function Br(r2) {
        if (!r2 || !r2.array) return "";
        var t2 = r2.array.keyword;
        if (t2) return w(t2);
        for (var e2 = r2.array, n2 = e2.dimension, o2 = e2.length, s2 = [], u2 = 0; u2 < n2; u2++) s2.push("["), o2 && o2[u2] && s2.push(L(o2[u2])), s2.push("]");
        return s2.join("");
      }
      function qr(r2) {
        for (var t2 = r2.target, e2 = r2.expr, n2 = r2.keyword, o2 = r2.symbol, s2 = r2.as, u2 = r2.offset, a2 = r2.parentheses, i2 = r2.collate, c2 = Ct({ expr: e2, offset: u2 }), l2 = [], f2 = 0, p2 = t2.length; f2 < p2; ++f2) {
          var b2 = t2[f2], v2 = b2.angle_brackets, y2 = b2.length, m2 = b2.dataType, C2 = b2.parentheses, E2 = b2.quoted, A2 = b2.scale, g2 = b2.suffix, T2 = b2.expr, _2 = T2 ? lt(T2) : "";
          null != y2 && (_2 = A2 ? "".concat(y2, ", ").concat(A2) : y2), C2 && (_2 = "(".concat(_2, ")")), v2 && (_2 = "<".concat(_2, ">")), g2 && g2.length && (_2 += " ".concat(g2.map(L).join(" ")));
          var S2 = "::", j2 = "", x2 = [];
          "as" === o2 && (0 === f2 && (c2 = "".concat(w(n2), "(").concat(c2)), j2 = ")", S2 = " ".concat(o2.toUpperCase(), " ")), 0 === f2 && x2.push(c2);
          var I2 = Br(b2);
          x2.push(S2, E2, m2, E2, I2, _2, j2), l2.push(x2.filter(h).join(""));
        }
        var R2 = bt(i2);
        s2 && l2.push(" AS ".concat(d(s2)));
        var N2 = [l2.filter(h).join(""), R2].filter(h).join(" ");
        return a2 ? "(".concat(N2, ")") : N2;
      }
      function Yr(r2) {
        var t2 = r2.args, e2 = r2.array_index, n2 = r2.collate, o2 = r2.name, s2 = r2.args_parentheses, u2 = r2.parentheses, a2 = r2.within_group, i2 = r2.over, c2 = r2.suffix, l2 = Hr(i2), f2 = (function(r3) {
          if (!r3) return "";
          var t3 = r3.type, e3 = r3.keyword, n3 = r3.orderby;
          return [w(t3), w(e3), "(".concat(pt(n3, "order by"), ")")].filter(h).join(" ");
        })(a2), p2 = lt(c2), b2 = bt(n2), v2 = [L(o2.schema), o2.name.map(L).join(".")].filter(h).join(".");
        if (!t2) return [v2, b2, f2, l2].filter(h).join(" ");
        var y2 = r2.separator || ", ", d2 = 0;
        if ("TRIM" === w(v2)) for (var m2 = 0, C2 = t2.value.length; m2 < C2; ++m2) {
          var E2 = t2.value[m2];
          if ("origin" === E2.type && "from" === E2.value) {
            d2 = m2;
            break;
          }
        }
        var A2 = [v2];
        A2.push(false === s2 ? " " : "(");
        var g2 = lt(t2);
        if (Array.isArray(y2)) {
          for (var T2 = g2[0], _2 = 1, S2 = g2.length; _2 < S2; ++_2) T2 = [T2, g2[_2]].join(" ".concat(lt(y2[_2 - 1]), " "));
          A2.push(T2);
        } else "TRIM" === w(v2) && d2 > 0 ? A2.push([g2.slice(0, d2 + 1).join(" "), g2.slice(d2 + 1).join(", ")].join(" ")) : A2.push(g2.join(y2));
        return false !== s2 && A2.push(")"), A2.push(Et(e2)), A2 = [A2.join(""), p2, b2].filter(h).join(" "), [u2 ? "(".concat(A2, ")") : A2, f2, l2].filter(h).join(" ");
      }
      function Wr(r2) {
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
        var t2, e2, n2, o2, s2 = r2.resource;
        switch (s2) {
          case "column":
            return jt(r2);
          case "index":
            return e2 = [], n2 = (t2 = r2).keyword, o2 = t2.index, e2.push(w(n2)), e2.push(o2), e2.push.apply(e2, R(M(t2))), e2.filter(h).join(" ");
          case "constraint":
            return Pr(r2);
          case "sequence":
            return [w(r2.prefix), lt(r2.value)].filter(h).join(" ");
          default:
            throw new Error("unknown resource = ".concat(s2, " type"));
        }
      }
      function Kr(r2) {
        var t2 = [];
        switch (r2.keyword) {
          case "from":
            t2.push("FROM", "(".concat(L(r2.from), ")"), "TO", "(".concat(L(r2.to), ")"));
            break;
          case "in":
            t2.push("IN", "(".concat(lt(r2.in), ")"));
            break;
          case "with":
            t2.push("WITH", "(MODULUS ".concat(L(r2.modulus), ", REMAINDER ").concat(L(r2.remainder), ")"));
        }
        return t2.filter(h).join(" ");
      }
      function zr(r2) {
        var t2 = r2.keyword, e2 = r2.table, n2 = r2.for_values, o2 = r2.tablespace, s2 = [w(t2), mr(e2), w(n2.keyword), Kr(n2.expr)];
        return o2 && s2.push("TABLESPACE", L(o2)), s2.filter(h).join(" ");
      }
      function Zr(r2) {
        return r2.dataType ? A(r2) : [d(r2.db), d(r2.schema), d(r2.table)].filter(h).join(".");
      }
      function Jr(r2) {
        var t2 = r2.type;
        switch (t2) {
          case "as":
            return [w(t2), r2.symbol, or(r2.declare), w(r2.begin), sr(r2.expr), w(r2.end), r2.symbol].filter(h).join(" ");
          case "set":
            return [w(t2), r2.parameter, w(r2.value && r2.value.prefix), r2.value && r2.value.expr.map(lt).join(", ")].filter(h).join(" ");
          case "return":
            return [w(t2), lt(r2.expr)].filter(h).join(" ");
          default:
            return lt(r2);
        }
      }
      function rt(r2) {
        var t2 = r2.type, e2 = r2.symbol, n2 = r2.value, o2 = [w(t2), e2];
        switch (w(t2)) {
          case "SFUNC":
            o2.push([d(n2.schema), n2.name].filter(h).join("."));
            break;
          case "STYPE":
          case "MSTYPE":
            o2.push(A(n2));
            break;
          default:
            o2.push(lt(n2));
        }
        return o2.filter(h).join(" ");
      }
      function tt(r2, t2) {
        switch (r2) {
          case "add":
            var e2 = t2.map((function(r3) {
              var t3 = r3.name, e3 = r3.value;
              return ["PARTITION", L(t3), "VALUES", w(e3.type), "(".concat(L(e3.expr), ")")].join(" ");
            })).join(", ");
            return "(".concat(e2, ")");
          default:
            return Nt(t2);
        }
      }
      function et(r2) {
        if (!r2) return "";
        var t2 = r2.action, e2 = r2.create_definitions, n2 = r2.if_not_exists, o2 = r2.keyword, s2 = r2.if_exists, u2 = r2.old_column, a2 = r2.prefix, i2 = r2.resource, c2 = r2.symbol, l2 = r2.suffix, f2 = "", p2 = [];
        switch (i2) {
          case "column":
            p2 = [jt(r2)];
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
            f2 = [c2, w(r2[i2])].filter(h).join(" ");
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
        var b2 = [w(t2), w(o2), w(n2), w(s2), u2 && At(u2), w(a2), f2 && f2.trim(), p2.filter(h).join(" ")];
        return l2 && b2.push(w(l2.keyword), l2.expr && At(l2.expr)), b2.filter(h).join(" ");
      }
      function nt(r2) {
        var t2 = r2.default && [w(r2.default.keyword), lt(r2.default.value)].join(" ");
        return [w(r2.mode), r2.name, A(r2.type), t2].filter(h).join(" ");
      }
      function ot(r2) {
        return (ot = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      function st(r2) {
        var t2 = r2.expr_list;
        switch (w(r2.type)) {
          case "STRUCT":
          case "ROW":
            return "(".concat(Nt(t2), ")");
          case "ARRAY":
            return (function(r3) {
              var t3 = r3.array_path, e2 = r3.brackets, n2 = r3.expr_list, o2 = r3.parentheses;
              if (!n2) return "[".concat(Nt(t3), "]");
              var s2 = Array.isArray(n2) ? n2.map((function(r4) {
                return "(".concat(Nt(r4), ")");
              })).filter(h).join(", ") : lt(n2);
              return e2 ? "[".concat(s2, "]") : o2 ? "(".concat(s2, ")") : s2;
            })(r2);
          default:
            return "";
        }
      }
      function ut(r2) {
        var t2 = r2.definition, e2 = r2.keyword, n2 = r2.orderby, o2 = r2.limit, s2 = [w(e2)];
        return t2 && "object" === ot(t2) && (s2.length = 0, s2.push(g(t2))), s2.push(st(r2), pt(n2, "order by"), B(o2)), s2.filter(h).join("");
      }
      function at(r2) {
        return (at = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var it = { alter: et, aggr_func: function(r2) {
        var t2 = r2.args, e2 = r2.filter, n2 = r2.over, o2 = r2.within_group_orderby, s2 = lt(t2.expr);
        s2 = Array.isArray(s2) ? s2.join(", ") : s2;
        var u2 = r2.name, a2 = Hr(n2);
        t2.distinct && (s2 = ["DISTINCT", s2].join(" ")), t2.separator && t2.separator.delimiter && (s2 = [s2, L(t2.separator.delimiter)].join("".concat(t2.separator.symbol, " "))), t2.separator && t2.separator.expr && (s2 = [s2, lt(t2.separator.expr)].join(" ")), t2.orderby && (s2 = [s2, pt(t2.orderby, "order by")].join(" ")), t2.separator && t2.separator.value && (s2 = [s2, w(t2.separator.keyword), L(t2.separator.value)].filter(h).join(" "));
        var i2 = o2 ? "WITHIN GROUP (".concat(pt(o2, "order by"), ")") : "", c2 = e2 ? "FILTER (WHERE ".concat(lt(e2.where), ")") : "";
        return ["".concat(u2, "(").concat(s2, ")"), i2, a2, c2].filter(h).join(" ");
      }, any_value: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = r2.over, o2 = t2.expr, s2 = t2.having, u2 = "".concat(w(e2), "(").concat(lt(o2));
        return s2 && (u2 = "".concat(u2, " HAVING ").concat(w(s2.prefix), " ").concat(lt(s2.expr))), [u2 = "".concat(u2, ")"), Hr(n2)].filter(h).join(" ");
      }, window_func: function(r2) {
        var t2 = r2.over;
        return [(function(r3) {
          var t3 = r3.args, e2 = r3.name, n2 = r3.consider_nulls, o2 = void 0 === n2 ? "" : n2, s2 = r3.separator, u2 = void 0 === s2 ? ", " : s2;
          return [e2, "(", t3 ? lt(t3).join(u2) : "", ")", o2 && " ", o2].filter(h).join("");
        })(r2), Hr(t2)].filter(h).join(" ");
      }, array: ut, assign: tr, binary_expr: D, case: function(r2) {
        var t2 = ["CASE"], e2 = r2.args, n2 = r2.expr, o2 = r2.parentheses;
        n2 && t2.push(lt(n2));
        for (var s2 = 0, u2 = e2.length; s2 < u2; ++s2) t2.push(e2[s2].type.toUpperCase()), e2[s2].cond && (t2.push(lt(e2[s2].cond)), t2.push("THEN")), t2.push(lt(e2[s2].result));
        return t2.push("END"), o2 ? "(".concat(t2.join(" "), ")") : t2.join(" ");
      }, cast: qr, collate: bt, column_ref: At, column_definition: jt, datatype: A, extract: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = t2.field, o2 = t2.cast_type, s2 = t2.source, u2 = ["".concat(w(e2), "(").concat(w(n2)), "FROM", w(o2), lt(s2)];
        return "".concat(u2.filter(h).join(" "), ")");
      }, flatten: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = ["input", "path", "outer", "recursive", "mode"].map((function(r3) {
          return (function(r4) {
            if (!r4) return "";
            var t3 = r4.type, e3 = r4.symbol, n3 = r4.value;
            return [w(t3), e3, lt(n3)].filter(h).join(" ");
          })(t2[r3]);
        })).filter(h).join(", ");
        return "".concat(w(e2), "(").concat(n2, ")");
      }, fulltext_search: function(r2) {
        var t2 = r2.against, e2 = r2.as, n2 = r2.columns, o2 = r2.match, s2 = r2.mode, u2 = [w(o2), "(".concat(n2.map((function(r3) {
          return At(r3);
        })).join(", "), ")")].join(" "), a2 = [w(t2), ["(", lt(r2.expr), s2 && " ".concat(L(s2)), ")"].filter(h).join("")].join(" ");
        return [u2, a2, xt(e2)].filter(h).join(" ");
      }, function: Yr, lambda: function(r2) {
        var t2 = r2.args, e2 = r2.expr, n2 = t2.value, o2 = t2.parentheses, s2 = n2.map(lt).join(", ");
        return [o2 ? "(".concat(s2, ")") : s2, "->", lt(e2)].join(" ");
      }, load_data: rr, insert: or, interval: pr, json: function(r2) {
        var t2 = r2.keyword, e2 = r2.expr_list;
        return [w(t2), e2.map((function(r3) {
          return lt(r3);
        })).join(", ")].join(" ");
      }, json_object_arg: function(r2) {
        var t2 = r2.expr, e2 = t2.key, n2 = t2.value, o2 = t2.on, s2 = [lt(e2), "VALUE", lt(n2)];
        return o2 && s2.push("ON", "NULL", lt(o2)), s2.filter(h).join(" ");
      }, json_visitor: function(r2) {
        return [r2.symbol, lt(r2.expr)].join("");
      }, func_arg: function(r2) {
        var t2 = r2.value;
        return [t2.name, t2.symbol, lt(t2.expr)].filter(h).join(" ");
      }, show: er, struct: ut, tablefunc: function(r2) {
        var t2 = r2.as, e2 = r2.name, n2 = r2.args, o2 = [L(e2.schema), e2.name.map(L).join(".")].filter(h).join(".");
        return ["".concat(o2, "(").concat(lt(n2).join(", "), ")"), "AS", Yr(t2)].join(" ");
      }, tables: Cr, unnest: yr, values: ur, window: function(r2) {
        return r2.expr.map($r).join(", ");
      } };
      function ct(r2) {
        var t2 = r2.prefix, e2 = void 0 === t2 ? "@" : t2, n2 = r2.name, o2 = r2.members, s2 = r2.quoted, u2 = r2.suffix, a2 = [], i2 = o2 && o2.length > 0 ? "".concat(n2, ".").concat(o2.join(".")) : n2, c2 = "".concat(e2 || "").concat(i2);
        return u2 && (c2 += u2), a2.push(c2), [s2, a2.join(" "), s2].filter(h).join("");
      }
      function lt(r2) {
        if (r2) {
          var t2 = r2;
          if (r2.ast) {
            var e2 = t2.ast;
            Reflect.deleteProperty(t2, e2);
            for (var n2 = 0, o2 = Object.keys(e2); n2 < o2.length; n2++) {
              var s2 = o2[n2];
              t2[s2] = e2[s2];
            }
          }
          var u2 = t2.type;
          return "expr" === u2 ? lt(t2.expr) : it[u2] ? it[u2](t2) : L(t2);
        }
      }
      function ft(r2) {
        return r2 ? (Array.isArray(r2) || (r2 = [r2]), r2.map(lt)) : [];
      }
      function pt(r2, t2) {
        if (!Array.isArray(r2)) return "";
        var e2 = [], n2 = w(t2);
        switch (n2) {
          case "ORDER BY":
            e2 = r2.map((function(r3) {
              return [lt(r3.expr), r3.type || "ASC", w(r3.nulls)].filter(h).join(" ");
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
          var t2 = r2.keyword, e2 = r2.collate, n2 = e2.name, o2 = e2.symbol, s2 = e2.value, u2 = [w(t2)];
          return s2 || u2.push(o2), u2.push(Array.isArray(n2) ? n2.map(L).join(".") : L(n2)), s2 && u2.push(o2), u2.push(lt(s2)), u2.filter(h).join(" ");
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
            wt(r2, t3, e2[t3]);
          })) : Object.getOwnPropertyDescriptors ? Object.defineProperties(r2, Object.getOwnPropertyDescriptors(e2)) : yt(Object(e2)).forEach((function(t3) {
            Object.defineProperty(r2, t3, Object.getOwnPropertyDescriptor(e2, t3));
          }));
        }
        return r2;
      }
      function wt(r2, t2, e2) {
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
      function ht(r2) {
        return (function(r3) {
          if (Array.isArray(r3)) return mt(r3);
        })(r2) || (function(r3) {
          if ("undefined" != typeof Symbol && null != r3[Symbol.iterator] || null != r3["@@iterator"]) return Array.from(r3);
        })(r2) || Lt(r2) || (function() {
          throw new TypeError("Invalid attempt to spread non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
        })();
      }
      function Lt(r2, t2) {
        if (r2) {
          if ("string" == typeof r2) return mt(r2, t2);
          var e2 = {}.toString.call(r2).slice(8, -1);
          return "Object" === e2 && r2.constructor && (e2 = r2.constructor.name), "Map" === e2 || "Set" === e2 ? Array.from(r2) : "Arguments" === e2 || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e2) ? mt(r2, t2) : void 0;
        }
      }
      function mt(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Ct(r2, t2) {
        if ("string" == typeof r2) return d(r2, t2);
        var e2 = r2.expr, n2 = r2.offset, o2 = r2.suffix, s2 = n2 && n2.map((function(r3) {
          return ["[", r3.name, "".concat(r3.name ? "(" : ""), L(r3.value), "".concat(r3.name ? ")" : ""), "]"].filter(h).join("");
        })).join("");
        return [lt(e2), s2, o2].filter(h).join("");
      }
      function Et(r2) {
        if (!r2 || 0 === r2.length) return "";
        var t2, e2 = [], n2 = (function(r3, t3) {
          var e3 = "undefined" != typeof Symbol && r3[Symbol.iterator] || r3["@@iterator"];
          if (!e3) {
            if (Array.isArray(r3) || (e3 = Lt(r3)) || t3 && r3 && "number" == typeof r3.length) {
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
          var s3, u2 = true, a2 = false;
          return { s: function() {
            e3 = e3.call(r3);
          }, n: function() {
            var r4 = e3.next();
            return u2 = r4.done, r4;
          }, e: function(r4) {
            a2 = true, s3 = r4;
          }, f: function() {
            try {
              u2 || null == e3.return || e3.return();
            } finally {
              if (a2) throw s3;
            }
          } };
        })(r2);
        try {
          for (n2.s(); !(t2 = n2.n()).done; ) {
            var o2 = t2.value, s2 = o2.brackets ? "[".concat(lt(o2.index), "]") : "".concat(o2.notation).concat(lt(o2.index));
            o2.property && (s2 = "".concat(s2, ".").concat(L(o2.property))), e2.push(s2);
          }
        } catch (r3) {
          n2.e(r3);
        } finally {
          n2.f();
        }
        return e2.join("");
      }
      function At(r2) {
        var t2 = r2.array_index, e2 = r2.as, n2 = r2.column, o2 = r2.collate, s2 = r2.db, u2 = r2.isDual, i2 = r2.notations, c2 = void 0 === i2 ? [] : i2, l2 = r2.options, f2 = r2.schema, p2 = r2.table, b2 = r2.parentheses, v2 = r2.suffix, y2 = r2.order_by, L2 = r2.subFields, m2 = void 0 === L2 ? [] : L2, C2 = "*" === n2 ? "*" : Ct(n2, u2), E2 = [s2, f2, p2].filter(h).map((function(r3) {
          return "".concat("string" == typeof r3 ? d(r3) : lt(r3));
        })), A2 = E2[0];
        if (A2) {
          for (var g2 = 1; g2 < E2.length; ++g2) A2 = "".concat(A2).concat(c2[g2] || ".").concat(E2[g2]);
          C2 = "".concat(A2).concat(c2[g2] || ".").concat(C2);
        }
        var T2 = [C2 = ["".concat(C2).concat(Et(t2))].concat(ht(m2)).join("."), bt(o2), lt(l2), a("AS", lt, e2)];
        T2.push("string" == typeof v2 ? w(v2) : lt(v2)), T2.push(w(y2));
        var _2 = T2.filter(h).join(" ");
        return b2 ? "(".concat(_2, ")") : _2;
      }
      function gt(r2) {
        if (r2) {
          var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.suffix, s2 = r2.scale, u2 = r2.expr, a2 = A({ schema: t2, dataType: e2, length: n2, suffix: o2, scale: s2, parentheses: null != n2 });
          if (u2 && (a2 += lt(u2)), r2.array) {
            var i2 = Br(r2);
            a2 += [/^\[.*\]$/.test(i2) ? "" : " ", i2].join("");
          }
          return a2;
        }
      }
      function Tt(r2) {
        var t2 = [];
        if (!r2) return t2;
        var e2 = r2.definition, n2 = r2.keyword, o2 = r2.match, s2 = r2.table, u2 = r2.on_action;
        return t2.push(w(n2)), t2.push(Cr(s2)), t2.push(e2 && "(".concat(e2.map((function(r3) {
          return lt(r3);
        })).join(", "), ")")), t2.push(w(o2)), u2.map((function(r3) {
          return t2.push(w(r3.type), lt(r3.value));
        })), t2.filter(h);
      }
      function _t(r2) {
        var t2 = [], e2 = r2.nullable, n2 = r2.character_set, o2 = r2.check, s2 = r2.comment, u2 = r2.constraint, i2 = r2.collate, c2 = r2.storage, l2 = r2.using, f2 = r2.default_val, b2 = r2.generated, v2 = r2.auto_increment, y2 = r2.unique, d2 = r2.primary_key, C2 = r2.column_format, E2 = r2.reference_definition, A2 = r2.generated_by_default, g2 = [w(e2 && e2.action), w(e2 && e2.value)].filter(h).join(" ");
        if (b2 || t2.push(g2), f2) {
          var _2 = f2.type, S2 = f2.value;
          t2.push(_2.toUpperCase(), lt(S2));
        }
        var j2 = p().database;
        return u2 && t2.push(w(u2.keyword), L(u2.constraint)), t2.push(Pr(o2)), t2.push((function(r3) {
          if (r3) return [w(r3.value), "(".concat(lt(r3.expr), ")"), w(r3.storage_type)].filter(h).join(" ");
        })(b2)), b2 && t2.push(g2), t2.push(x(v2), w(d2), w(y2), L(A2), T(s2)), t2.push.apply(t2, ht(m(n2))), "sqlite" !== j2.toLowerCase() && t2.push(lt(i2)), t2.push.apply(t2, ht(m(C2))), t2.push.apply(t2, ht(m(c2))), t2.push.apply(t2, ht(Tt(E2))), t2.push(a("USING", lt, l2)), t2.filter(h).join(" ");
      }
      function St(r2) {
        var t2 = r2.order_by, e2 = r2.column, n2 = r2.collate, o2 = r2.nulls, s2 = r2.opclass, u2 = "string" == typeof e2 ? { type: "column_ref", table: r2.table, column: e2 } : dt(dt({}, r2), {}, { order_by: null });
        return u2.collate = null, [lt(u2), lt(n2), s2, w(t2), w(o2)].filter(h).join(" ");
      }
      function jt(r2) {
        var t2 = [], e2 = At(r2.column), n2 = gt(r2.definition);
        return t2.push(e2), t2.push(n2), t2.push(_t(r2)), t2.filter(h).join(" ");
      }
      function xt(r2) {
        return r2 ? "object" === vt(r2) ? ["AS", lt(r2)].join(" ") : ["AS", /^(`?)[a-z_][0-9a-z_]*(`?)$/i.test(r2) ? d(r2) : y(r2)].join(" ") : "";
      }
      function It(r2, t2) {
        var e2 = r2.expr, n2 = r2.type;
        if ("cast" === n2) return qr(r2);
        t2 && (e2.isDual = t2);
        var o2 = lt(e2), s2 = r2.expr_list;
        if (s2) {
          var u2 = [o2], a2 = s2.map((function(r3) {
            return It(r3, t2);
          })).join(", ");
          return u2.push([w(n2), n2 && "(", a2, n2 && ")"].filter(h).join("")), u2.filter(h).join(" ");
        }
        return e2.parentheses && Reflect.has(e2, "array_index") && "cast" !== e2.type && (o2 = "(".concat(o2, ")")), e2.array_index && "column_ref" !== e2.type && "function" !== e2.type && (o2 = "".concat(o2).concat(Et(e2.array_index))), [o2, xt(r2.as)].filter(h).join(" ");
      }
      function Rt(r2) {
        var t2 = Array.isArray(r2) && r2[0];
        return !(!t2 || "dual" !== t2.type);
      }
      function Nt(r2, t2) {
        if (!r2 || "*" === r2) return r2;
        var e2 = Rt(t2);
        return r2.map((function(r3) {
          return It(r3, e2);
        })).join(", ");
      }
      it.var = ct, it.expr_list = function(r2) {
        var t2 = ft(r2.value), e2 = r2.parentheses, n2 = r2.separator;
        if (!e2 && !n2) return t2;
        var o2 = n2 || ", ", s2 = t2.join(o2);
        return e2 ? "(".concat(s2, ")") : s2;
      }, it.select = function(r2) {
        var t2 = "object" === at(r2._next) ? or(r2) : W(r2);
        return r2.parentheses ? "(".concat(t2, ")") : t2;
      }, it.unary_expr = function(r2) {
        var t2 = r2.operator, e2 = r2.parentheses, n2 = r2.expr, o2 = "-" === t2 || "+" === t2 || "~" === t2 || "!" === t2 ? "" : " ", s2 = "".concat(t2).concat(o2).concat(lt(n2));
        return e2 ? "(".concat(s2, ")") : s2;
      }, it.map_object = function(r2) {
        var t2 = r2.keyword, e2 = r2.expr.map((function(r3) {
          return [L(r3.key), L(r3.value)].join(", ");
        })).join(", ");
        return [w(t2), "[".concat(e2, "]")].join("");
      };
      var Ot = e(0);
      function kt(r2) {
        return (kt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var Ut, Mt, Dt, Pt = (Ut = {}, Mt = "redshift", Dt = Ot.parse, (Mt = (function(r2) {
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
      function Gt(r2) {
        return (Gt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
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
        var s2, u2 = true, a2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          a2 = true, s2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (a2) throw s2;
          }
        } };
      }
      function $t(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function Ht(r2, t2) {
        for (var e2 = 0; e2 < t2.length; e2++) {
          var n2 = t2[e2];
          n2.enumerable = n2.enumerable || false, n2.configurable = true, "value" in n2 && (n2.writable = true), Object.defineProperty(r2, Bt(n2.key), n2);
        }
      }
      function Bt(r2) {
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
          return t2 && Ht(r2.prototype, t2), e2 && Ht(r2, e2), Object.defineProperty(r2, "prototype", { writable: false }), r2;
        })((function r2() {
          !(function(r3, t2) {
            if (!(r3 instanceof t2)) throw new TypeError("Cannot call a class as a function");
          })(this, r2);
        }), [{ key: "astify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : s, e2 = this.parse(r2, t2);
          return e2 && e2.ast;
        } }, { key: "sqlify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : s;
          return b(t2), _r(r2);
        } }, { key: "exprToSQL", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : s;
          return b(t2), lt(r2);
        } }, { key: "columnsToSQL", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : s;
          if (b(e2), !r2 || "*" === r2) return [];
          var n2 = Rt(t2);
          return r2.map((function(r3) {
            return It(r3, n2);
          }));
        } }, { key: "parse", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : s, e2 = t2.database, n2 = void 0 === e2 ? "redshift" : e2;
          b(t2);
          var o2 = n2.toLowerCase();
          if (Pt[o2]) return Pt[o2](false === t2.trimQuery ? r2 : r2.trim(), t2.parseOptions || s.parseOptions);
          throw new Error("".concat(n2, " is not supported currently"));
        } }, { key: "whiteListCheck", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : s;
          if (t2 && 0 !== t2.length) {
            var n2 = e2.type, o2 = void 0 === n2 ? "table" : n2;
            if (!this["".concat(o2, "List")] || "function" != typeof this["".concat(o2, "List")]) throw new Error("".concat(o2, " is not valid check mode"));
            var u2, a2 = this["".concat(o2, "List")].bind(this), i2 = a2(r2, e2), c2 = true, l2 = "", f2 = Ft(i2);
            try {
              for (f2.s(); !(u2 = f2.n()).done; ) {
                var p2, b2 = u2.value, v2 = false, y2 = Ft(t2);
                try {
                  for (y2.s(); !(p2 = y2.n()).done; ) {
                    var d2 = p2.value, w2 = new RegExp("^".concat(d2, "$"), "i");
                    if (w2.test(b2)) {
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
      function Yt(r2) {
        return (Yt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      "object" === ("undefined" == typeof self ? "undefined" : Yt(self)) && self && (self.NodeSQLParser = { Parser: qt, util: n }), "undefined" == typeof global && "object" === ("undefined" == typeof window ? "undefined" : Yt(window)) && window && (window.global = window), "object" === ("undefined" == typeof global ? "undefined" : Yt(global)) && global && global.window && (global.window.NodeSQLParser = { Parser: qt, util: n });
    }]));
  }
});
export default require_redshift();
