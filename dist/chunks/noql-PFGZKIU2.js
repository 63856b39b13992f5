import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  require_BigInteger
} from "./chunk-HH7QAQAU.js";
import {
  __commonJS
} from "./chunk-AUHH7KO2.js";

// node_modules/node-sql-parser/build/noql.js
var require_noql = __commonJS({
  "node_modules/node-sql-parser/build/noql.js"(exports) {
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
        var e2, s = {}, u = { start: Oi }, a = Oi, i = Si("IF", true), c = Si("EXTENSION", true), l = Si("SCHEMA", true), f = Si("VERSION", true), p = Si("CASCADED", true), b = Si("LOCAL", true), v = Si("CHECK", true), y = Si("OPTION", false), d = Si("check_option", true), w = Si("security_barrier", true), h = Si("security_invoker", true), L = Si("SFUNC", true), m = Si("STYPE", true), C = Si("AGGREGATE", true), E = Si("RETURNS", true), A = Si("SETOF", true), g = Si("CONSTANT", true), T = Si(":=", false), _ = Si("BEGIN", true), S = Si("DECLARE", true), j = Si("LANGUAGE", false), x = Si("TRANSORM", true), I = Si("FOR", false), R = Si("TYPE", false), N = Si("WINDOW", true), O = Si("IMMUTABLE", true), k = Si("STABLE", true), U = Si("VOLATILE", true), M = Si("STRICT", true), D = Si("NOT", true), P = Si("LEAKPROOF", true), G = Si("CALLED", true), $ = Si("NULL", true), F = Si("ON", true), H = Si("INPUT", true), B = Si("EXTERNAL", true), q = Si("SECURITY", true), W = Si("INVOKER", true), Y = Si("DEFINER", true), V = Si("PARALLEL", true), X = Si("UNSAFE", true), Q = Si("RESTRICTED", true), K = Si("SAFE", true), z = /^[^ s\t\n\r]/, Z = ji([" ", "s", "	", "\n", "\r"], true, false), J = /^[^ s\t\n\r;]/, rr = ji([" ", "s", "	", "\n", "\r", ";"], true, false), tr = Si("COST", true), er = Si("ROWS", true), nr = Si("SUPPORT", true), or = Si("TO", true), sr = Si("=", false), ur = Si("CURRENT", true), ar = Si("FUNCTION", true), ir = Si("TYPE", true), cr = Si("DOMAIN", true), lr = Si("INCREMENT", true), fr = Si("MINVALUE", true), pr = function(r3, t3) {
          return { resource: "sequence", prefix: r3.toLowerCase(), value: t3 };
        }, br = Si("NO", true), vr = Si("MAXVALUE", true), yr = Si("START", true), dr = Si("CACHE", true), wr = Si("CYCLE", true), hr = Si("OWNED", true), Lr = Si("NONE", true), mr = Si("NULLS", true), Cr = Si("FIRST", true), Er = Si("LAST", true), Ar = Si("AUTO_INCREMENT", true), gr = Si("UNIQUE", true), Tr = Si("KEY", true), _r = Si("PRIMARY", true), Sr = Si("COLUMN_FORMAT", true), jr = Si("FIXED", true), xr = Si("DYNAMIC", true), Ir = Si("DEFAULT", true), Rr = Si("STORAGE", true), Nr = Si("DISK", true), Or = Si("MEMORY", true), kr = Si("CASCADE", true), Ur = Si("RESTRICT", true), Mr = Si("OUT", true), Dr = Si("VARIADIC", true), Pr = Si("INOUT", true), Gr = Si("OWNER", true), $r = Si("CURRENT_ROLE", true), Fr = Si("CURRENT_USER", true), Hr = Si("SESSION_USER", true), Br = Si("ALGORITHM", true), qr = Si("INSTANT", true), Wr = Si("INPLACE", true), Yr = Si("COPY", true), Vr = Si("LOCK", true), Xr = Si("SHARED", true), Qr = Si("EXCLUSIVE", true), Kr = Si("PRIMARY KEY", true), zr = Si("FOREIGN KEY", true), Zr = Si("MATCH FULL", true), Jr = Si("MATCH PARTIAL", true), rt = Si("MATCH SIMPLE", true), tt = Si("SET NULL", true), et = Si("NO ACTION", true), nt = Si("SET DEFAULT", true), ot = Si("TRIGGER", true), st = Si("BEFORE", true), ut = Si("AFTER", true), at = Si("INSTEAD OF", true), it = Si("EXECUTE", true), ct = Si("PROCEDURE", true), lt = Si("OF", true), ft = Si("DEFERRABLE", true), pt = Si("INITIALLY IMMEDIATE", true), bt = Si("INITIALLY DEFERRED", true), vt = Si("FOR", true), yt = Si("EACH", true), dt = Si("ROW", true), wt = Si("STATEMENT", true), ht = Si("CHARACTER", true), Lt = Si("SET", true), mt = Si("CHARSET", true), Ct = Si("COLLATE", true), Et = Si("AVG_ROW_LENGTH", true), At = Si("KEY_BLOCK_SIZE", true), gt = Si("MAX_ROWS", true), Tt = Si("MIN_ROWS", true), _t = Si("STATS_SAMPLE_PAGES", true), St = Si("CONNECTION", true), jt = Si("COMPRESSION", true), xt = Si("'", false), It = Si("ZLIB", true), Rt = Si("LZ4", true), Nt = Si("ENGINE", true), Ot = Si("IN", true), kt = Si("ACCESS SHARE", true), Ut = Si("ROW SHARE", true), Mt = Si("ROW EXCLUSIVE", true), Dt = Si("SHARE UPDATE EXCLUSIVE", true), Pt = Si("SHARE ROW EXCLUSIVE", true), Gt = Si("ACCESS EXCLUSIVE", true), $t = Si("SHARE", true), Ft = Si("MODE", true), Ht = Si("NOWAIT", true), Bt = Si("TABLES", true), qt = Si("PREPARE", true), Wt = Si("USAGE", true), Yt = function(r3) {
          return { type: "origin", value: Array.isArray(r3) ? r3[0] : r3 };
        }, Vt = Si("CONNECT", true), Xt = Si("PRIVILEGES", true), Qt = function(r3) {
          return { type: "origin", value: r3 };
        }, Kt = Si("SEQUENCE", true), zt = Si("DATABASE", true), Zt = Si("DOMAIN", false), Jt = Si("FUNCTION", false), re = Si("ROUTINE", true), te = Si("LANGUAGE", true), ee = Si("LARGE", true), ne = Si("SCHEMA", false), oe = Si("FUNCTIONS", true), se = Si("PROCEDURES", true), ue = Si("ROUTINES", true), ae = Si("PUBLIC", true), ie = Si("GRANT", true), ce = Si("OPTION", true), le = Si("ADMIN", true), fe = Si("REVOKE", true), pe = Si("ELSEIF", true), be = Si("THEN", true), ve = Si("END", true), ye = Si("DEBUG", true), de = Si("LOG", true), we = Si("INFO", true), he = Si("NOTICE", true), Le = Si("WARNING", true), me = Si("EXCEPTION", true), Ce = Si("MESSAGE", true), Ee = Si("DETAIL", true), Ae = Si("HINT", true), ge = Si("ERRCODE", true), Te = Si("COLUMN", true), _e = Si("CONSTRAINT", true), Se = Si("DATATYPE", true), je = Si("TABLE", true), xe = Si("SQLSTATE", true), Ie = Si("RAISE", true), Re = Si("LOOP", true), Ne = Si(";", false), Oe = Si("(", false), Ue = Si(")", false), Me = Si('"', false), De = Si("OUTFILE", true), Pe = Si("DUMPFILE", true), Ge = Si("BTREE", true), $e = Si("HASH", true), Fe = Si("GIST", true), He = Si("GIN", true), Be = Si("WITH", true), qe = Si("PARSER", true), We = Si("VISIBLE", true), Ye = Si("INVISIBLE", true), Ve = function(r3, t3) {
          return t3.unshift(r3), t3.forEach((r4) => {
            const { table: t4, as: e3 } = r4;
            _v[t4] = t4, e3 && (_v[e3] = t4), (function(r5) {
              const t5 = Cv(r5);
              r5.clear(), t5.forEach((t6) => r5.add(t6));
            })(Tv);
          }), t3;
        }, Xe = Si("LATERAL", true), Qe = Si("TABLESAMPLE", true), Ke = Si("REPEATABLE", true), ze = Si("CROSS", true), Ze = Si("FOLLOWING", true), Je = Si("PRECEDING", true), rn = Si("UNBOUNDED", true), tn = Si("DO", true), en = Si("NOTHING", true), nn = Si("CONFLICT", true), on = function(r3, t3) {
          return Lv(r3, t3);
        }, sn = Si("!", false), un = Si(">=", false), an = Si(">", false), cn = Si("<=", false), ln = Si("<>", false), fn = Si("<", false), pn = Si("!=", false), bn = Si("SIMILAR", true), vn = Si("!~*", false), yn = Si("~*", false), dn = Si("~", false), wn = Si("!~", false), hn = Si("ESCAPE", true), Ln = Si("+", false), mn = Si("-", false), Cn = Si("*", false), En = Si("/", false), An = Si("%", false), gn = Si("||", false), Tn = Si("$", false), _n = Si("?|", false), Sn = Si("?&", false), jn = Si("?", false), xn = Si("#-", false), In = Si("#>>", false), Rn = Si("#>", false), Nn = Si("@>", false), On = Si("<@", false), kn = Si("E", true), Un = function(r3) {
          return true === bv[r3.toUpperCase()];
        }, Mn = /^[^"]/, Dn = ji(['"'], true, false), Pn = /^[^']/, Gn = ji(["'"], true, false), $n = Si("`", false), Fn = /^[^`]/, Hn = ji(["`"], true, false), Bn = /^[A-Za-z_\u4E00-\u9FA5\xC0-\u017F]/, qn = ji([["A", "Z"], ["a", "z"], "_", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), Wn = /^[A-Za-z0-9_\-$\u4E00-\u9FA5\xC0-\u017F]/, Yn = ji([["A", "Z"], ["a", "z"], ["0", "9"], "_", "-", "$", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), Vn = /^[A-Za-z0-9_\u4E00-\u9FA5\xC0-\u017F]/, Xn = ji([["A", "Z"], ["a", "z"], ["0", "9"], "_", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), Qn = Si(":", false), Kn = Si("OVER", true), zn = Si("FILTER", true), Zn = Si("FIRST_VALUE", true), Jn = Si("LAST_VALUE", true), ro = Si("ROW_NUMBER", true), to = Si("DENSE_RANK", true), eo = Si("RANK", true), no = Si("LAG", true), oo = Si("LEAD", true), so = Si("NTH_VALUE", true), uo = Si("IGNORE", true), ao = Si("RESPECT", true), io = Si("percentile_cont", true), co = Si("percentile_disc", true), lo = Si("within", true), fo = Si("mode", true), po = Si("BOTH", true), bo = Si("LEADING", true), vo = Si("TRAILING", true), yo = Si("trim", true), wo = Si("crosstab", true), ho = Si("now", true), Lo = Si("at", true), mo = Si("zone", true), Co = Si("CENTURY", true), Eo = Si("DAY", true), Ao = Si("DATE", true), go = Si("DECADE", true), To = Si("DOW", true), _o = Si("DOY", true), So = Si("EPOCH", true), jo = Si("HOUR", true), xo = Si("ISODOW", true), Io = Si("ISOYEAR", true), Ro = Si("MICROSECONDS", true), No = Si("MILLENNIUM", true), Oo = Si("MILLISECONDS", true), ko = Si("MINUTE", true), Uo = Si("MONTH", true), Mo = Si("QUARTER", true), Do = Si("SECOND", true), Po = Si("TIMEZONE", true), Go = Si("TIMEZONE_HOUR", true), $o = Si("TIMEZONE_MINUTE", true), Fo = Si("WEEK", true), Ho = Si("YEAR", true), Bo = Si("NTILE", true), qo = /^[\n]/, Wo = ji(["\n"], false, false), Yo = /^[^"\\\0-\x1F\x7F]/, Vo = ji(['"', "\\", ["\0", ""], "\x7F"], true, false), Xo = /^[^'\\]/, Qo = ji(["'", "\\"], true, false), Ko = Si("\\'", false), zo = Si('\\"', false), Zo = Si("\\\\", false), Jo = Si("\\/", false), rs = Si("\\b", false), ts = Si("\\f", false), es = Si("\\n", false), ns = Si("\\r", false), os = Si("\\t", false), ss = Si("\\u", false), us = Si("\\", false), as = Si("''", false), is = /^[\n\r]/, cs = ji(["\n", "\r"], false, false), ls = Si(".", false), fs = /^[0-9]/, ps = ji([["0", "9"]], false, false), bs = /^[0-9a-fA-F]/, vs = ji([["0", "9"], ["a", "f"], ["A", "F"]], false, false), ys = /^[eE]/, ds = ji(["e", "E"], false, false), ws = /^[+\-]/, hs = ji(["+", "-"], false, false), Ls = Si("NOT NULL", true), ms = Si("TRUE", true), Cs = Si("FALSE", true), Es = Si("SHOW", true), As = Si("DROP", true), gs = Si("USE", true), Ts = Si("ALTER", true), _s = Si("SELECT", true), Ss = Si("UPDATE", true), js = Si("CREATE", true), xs = Si("TEMPORARY", true), Is = Si("TEMP", true), Rs = Si("DELETE", true), Ns = Si("INSERT", true), Os = Si("RECURSIVE", true), ks = Si("REPLACE", true), Us = Si("RETURNING", true), Ms = Si("RENAME", true), Ds = (Si("EXPLAIN", true), Si("PARTITION", true)), Ps = Si("INTO", true), Gs = Si("FROM", true), $s = Si("AS", true), Fs = Si("TABLESPACE", true), Hs = Si("DEALLOCATE", true), Bs = Si("LEFT", true), qs = Si("RIGHT", true), Ws = Si("FULL", true), Ys = Si("INNER", true), Vs = Si("JOIN", true), Xs = Si("OUTER", true), Qs = Si("UNION", true), Ks = Si("INTERSECT", true), zs = Si("EXCEPT", true), Zs = Si("VALUES", true), Js = Si("USING", true), ru = Si("WHERE", true), tu = Si("GROUP", true), eu = Si("BY", true), nu = Si("ORDER", true), ou = Si("HAVING", true), su = Si("LIMIT", true), uu = Si("OFFSET", true), au = Si("ASC", true), iu = Si("DESC", true), cu = Si("ALL", true), lu = Si("DISTINCT", true), fu = Si("BETWEEN", true), pu = Si("IS", true), bu = Si("LIKE", true), vu = Si("ILIKE", true), yu = Si("EXISTS", true), du = Si("AND", true), wu = Si("OR", true), hu = Si("ARRAY", true), Lu = Si("ARRAY_AGG", true), mu = Si("STRING_AGG", true), Cu = Si("COUNT", true), Eu = Si("GROUP_CONCAT", true), Au = Si("MAX", true), gu = Si("MIN", true), Tu = Si("SUM", true), _u = Si("AVG", true), Su = Si("EXTRACT", true), ju = Si("CALL", true), xu = Si("CASE", true), Iu = Si("WHEN", true), Ru = Si("ELSE", true), Nu = Si("CAST", true), Ou = Si("BOOL", true), ku = Si("BOOLEAN", true), Uu = Si("CHAR", true), Mu = Si("VARCHAR", true), Du = Si("NUMERIC", true), Pu = Si("DECIMAL", true), Gu = Si("SIGNED", true), $u = Si("UNSIGNED", true), Fu = Si("INT", true), Hu = Si("ZEROFILL", true), Bu = Si("INTEGER", true), qu = Si("JSON", true), Wu = Si("JSONB", true), Yu = Si("GEOMETRY", true), Vu = Si("SMALLINT", true), Xu = Si("SERIAL", true), Qu = Si("TINYINT", true), Ku = Si("TINYTEXT", true), zu = Si("TEXT", true), Zu = Si("MEDIUMTEXT", true), Ju = Si("LONGTEXT", true), ra = Si("BIGINT", true), ta = Si("ENUM", true), ea = Si("FLOAT", true), na = Si("DOUBLE", true), oa = Si("BIGSERIAL", true), sa = Si("REAL", true), ua = Si("DATETIME", true), aa = Si("TIME", true), ia = Si("TIMESTAMP", true), ca = Si("TRUNCATE", true), la = Si("USER", true), fa = Si("UUID", true), pa = Si("OID", true), ba = Si("REGCLASS", true), va = Si("REGCOLLATION", true), ya = Si("REGCONFIG", true), da = Si("REGDICTIONARY", true), wa = Si("REGNAMESPACE", true), ha = Si("REGOPER", true), La = Si("REGOPERATOR", true), ma = Si("REGPROC", true), Ca = Si("REGPROCEDURE", true), Ea = Si("REGROLE", true), Aa = Si("REGTYPE", true), ga = Si("CURRENT_DATE", true), Ta = (Si("ADDDATE", true), Si("INTERVAL", true)), _a = Si("CURRENT_TIME", true), Sa = Si("CURRENT_TIMESTAMP", true), ja = Si("SYSTEM_USER", true), xa = Si("GLOBAL", true), Ia = Si("SESSION", true), Ra = Si("PERSIST", true), Na = Si("PERSIST_ONLY", true), Oa = Si("VIEW", true), ka = Si("@", false), Ua = Si("@@", false), Ma = Si("$$", false), Da = Si("return", true), Pa = Si("::", false), Ga = Si("DUAL", true), $a = Si("ADD", true), Fa = Si("INDEX", true), Ha = Si("FULLTEXT", true), Ba = Si("SPATIAL", true), qa = Si("COMMENT", true), Wa = Si("CONCURRENTLY", true), Ya = Si("REFERENCES", true), Va = Si("SQL_CALC_FOUND_ROWS", true), Xa = Si("SQL_CACHE", true), Qa = Si("SQL_NO_CACHE", true), Ka = Si("SQL_SMALL_RESULT", true), za = Si("SQL_BIG_RESULT", true), Za = Si("SQL_BUFFER_RESULT", true), Ja = Si(",", false), ri = Si("[", false), ti = Si("]", false), ei = Si("->", false), ni = Si("->>", false), oi = Si("&&", false), si = Si("/*", false), ui = Si("*/", false), ai = Si("--", false), ii = (Si("#", false), { type: "any" }), ci = /^[ \t\n\r]/, li = ji([" ", "	", "\n", "\r"], false, false), fi = /^[^$]/, pi = ji(["$"], true, false), bi = function(r3) {
          return { dataType: r3 };
        }, vi = Si("bytea", true), yi = Si("varying", true), di = Si("PRECISION", true), wi = Si("WITHOUT", true), hi = Si("ZONE", true), Li = function(r3) {
          return { dataType: r3 };
        }, mi = Si("RECORD", true), Ci = 0, Ei = 0, Ai = [{ line: 1, column: 1 }], gi = 0, Ti = [], _i = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in u)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          a = u[t2.startRule];
        }
        function Si(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function ji(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function xi(t3) {
          var e3, n2 = Ai[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !Ai[e3]; ) e3--;
          for (n2 = { line: (n2 = Ai[e3]).line, column: n2.column }; e3 < t3; ) 10 === r2.charCodeAt(e3) ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return Ai[t3] = n2, n2;
        }
        function Ii(r3, t3) {
          var e3 = xi(r3), n2 = xi(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function Ri(r3) {
          Ci < gi || (Ci > gi && (gi = Ci, Ti = []), Ti.push(r3));
        }
        function Ni(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function Oi() {
          var t3, e3;
          return t3 = Ci, Bb() !== s ? ((e3 = (function() {
            var t4, e4, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2;
            if (t4 = Ci, (e4 = zf()) !== s) if (Bb() !== s) if (n2 = Ci, (o2 = kp()) !== s && (u2 = Bb()) !== s && (a2 = np()) !== s ? n2 = o2 = [o2, u2, a2] : (Ci = n2, n2 = s), n2 === s && (n2 = null), n2 !== s) if ((o2 = Bb()) !== s) if ("function" === r2.substr(Ci, 8).toLowerCase() ? (u2 = r2.substr(Ci, 8), Ci += 8) : (u2 = s, 0 === _i && Ri(ar)), u2 !== s) if ((a2 = Bb()) !== s) if ((i2 = el()) !== s) if (Bb() !== s) if (Ub() !== s) if (Bb() !== s) if ((c2 = sc()) === s && (c2 = null), c2 !== s) if (Bb() !== s) if (Mb() !== s) if (Bb() !== s) if ((l2 = (function() {
              var t5, e5, n3, o3, u3;
              t5 = Ci, "returns" === r2.substr(Ci, 7).toLowerCase() ? (e5 = r2.substr(Ci, 7), Ci += 7) : (e5 = s, 0 === _i && Ri(E));
              e5 !== s && Bb() !== s ? ("setof" === r2.substr(Ci, 5).toLowerCase() ? (n3 = r2.substr(Ci, 5), Ci += 5) : (n3 = s, 0 === _i && Ri(A)), n3 === s && (n3 = null), n3 !== s && Bb() !== s ? ((o3 = av()) === s && (o3 = el()), o3 !== s ? (Ei = t5, t5 = e5 = { type: "returns", keyword: n3, expr: o3 }) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              t5 === s && (t5 = Ci, "returns" === r2.substr(Ci, 7).toLowerCase() ? (e5 = r2.substr(Ci, 7), Ci += 7) : (e5 = s, 0 === _i && Ri(E)), e5 !== s && Bb() !== s && (n3 = fp()) !== s && Bb() !== s && (o3 = Ub()) !== s && Bb() !== s && (u3 = Bi()) !== s && Bb() !== s && Mb() !== s ? (Ei = t5, t5 = e5 = { type: "returns", keyword: "table", expr: u3 }) : (Ci = t5, t5 = s));
              return t5;
            })()) === s && (l2 = null), l2 !== s) if (Bb() !== s) {
              for (f2 = [], p2 = Vi(); p2 !== s; ) f2.push(p2), p2 = Vi();
              f2 !== s && (p2 = Bb()) !== s ? ((b2 = Gb()) === s && (b2 = null), b2 !== s && Bb() !== s ? (Ei = t4, v2 = n2, y2 = u2, d2 = i2, w2 = c2, h2 = l2, L2 = f2, e4 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { args: w2 || [], type: "create", replace: v2 && "or replace", name: { schema: d2.db, name: d2.table }, returns: h2, keyword: y2 && y2.toLowerCase(), options: L2 || [] } }, t4 = e4) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            } else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            var v2, y2, d2, w2, h2, L2;
            return t4;
          })()) === s && (e3 = Mi()), e3 !== s ? (Ei = t3, t3 = e3) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function ki() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, c2, l2, f2;
            t4 = Ci, (e3 = Vf()) !== s && Bb() !== s && (n2 = fp()) !== s && Bb() !== s && (o2 = Zc()) !== s ? (Ei = t4, p2 = e3, b2 = n2, (v2 = o2) && v2.forEach((r3) => gv.add(`${p2}::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: p2.toLowerCase(), keyword: b2.toLowerCase(), name: v2 } }, t4 = e3) : (Ci = t4, t4 = s);
            var p2, b2, v2;
            t4 === s && (t4 = Ci, (e3 = Vf()) !== s && Bb() !== s && (n2 = Tb()) !== s && Bb() !== s ? ((o2 = Ib()) === s && (o2 = null), o2 !== s && Bb() !== s ? (u2 = Ci, "if" === r2.substr(Ci, 2).toLowerCase() ? (a2 = r2.substr(Ci, 2), Ci += 2) : (a2 = s, 0 === _i && Ri(i)), a2 !== s && (c2 = Bb()) !== s && (l2 = Rp()) !== s ? u2 = a2 = [a2, c2, l2] : (Ci = u2, u2 = s), u2 === s && (u2 = null), u2 !== s && (a2 = Bb()) !== s && (c2 = Ql()) !== s && (l2 = Bb()) !== s ? ("cascade" === r2.substr(Ci, 7).toLowerCase() ? (f2 = r2.substr(Ci, 7), Ci += 7) : (f2 = s, 0 === _i && Ri(kr)), f2 === s && ("restrict" === r2.substr(Ci, 8).toLowerCase() ? (f2 = r2.substr(Ci, 8), Ci += 8) : (f2 = s, 0 === _i && Ri(Ur))), f2 === s && (f2 = null), f2 !== s ? (Ei = t4, e3 = (function(r3, t5, e4, n3, o3, s2) {
              return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: r3.toLowerCase(), keyword: t5.toLowerCase(), prefix: e4, name: o3, options: s2 && [{ type: "origin", value: s2 }] } };
            })(e3, n2, o2, 0, c2, f2), t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s));
            return t4;
          })()) === s && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2, o2, u2, a2, i2, c2, l2;
              r3 = Ci, (t5 = zf()) !== s && Bb() !== s ? ((e3 = Zf()) === s && (e3 = null), e3 !== s && Bb() !== s && fp() !== s && Bb() !== s ? ((n2 = Gi()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Zc()) !== s && Bb() !== s && (u2 = (function() {
                var r4, t6, e4, n3, o3, u3, a3, i3, c3;
                if (r4 = Ci, (t6 = Ub()) !== s) if (Bb() !== s) if ((e4 = Ki()) !== s) {
                  for (n3 = [], o3 = Ci, (u3 = Bb()) !== s && (a3 = Ob()) !== s && (i3 = Bb()) !== s && (c3 = Ki()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Ci = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = Ci, (u3 = Bb()) !== s && (a3 = Ob()) !== s && (i3 = Bb()) !== s && (c3 = Ki()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Ci = o3, o3 = s);
                  n3 !== s && (o3 = Bb()) !== s && (u3 = Mb()) !== s ? (Ei = r4, t6 = hv(e4, n3), r4 = t6) : (Ci = r4, r4 = s);
                } else Ci = r4, r4 = s;
                else Ci = r4, r4 = s;
                else Ci = r4, r4 = s;
                return r4;
              })()) !== s && Bb() !== s ? ((a2 = (function() {
                var r4, t6, e4, n3, o3, u3, a3, i3;
                if (r4 = Ci, (t6 = Ec()) !== s) {
                  for (e4 = [], n3 = Ci, (o3 = Bb()) !== s ? ((u3 = Ob()) === s && (u3 = null), u3 !== s && (a3 = Bb()) !== s && (i3 = Ec()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s)) : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s ? ((u3 = Ob()) === s && (u3 = null), u3 !== s && (a3 = Bb()) !== s && (i3 = Ec()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s)) : (Ci = n3, n3 = s);
                  e4 !== s ? (Ei = r4, t6 = hv(t6, e4), r4 = t6) : (Ci = r4, r4 = s);
                } else Ci = r4, r4 = s;
                return r4;
              })()) === s && (a2 = null), a2 !== s && Bb() !== s ? ((i2 = sp()) === s && (i2 = np()), i2 === s && (i2 = null), i2 !== s && Bb() !== s ? ((c2 = lp()) === s && (c2 = null), c2 !== s && Bb() !== s ? ((l2 = Pi()) === s && (l2 = null), l2 !== s ? (Ei = r3, f2 = t5, p2 = e3, b2 = n2, y2 = u2, d2 = a2, w2 = i2, h2 = c2, L2 = l2, (v2 = o2) && v2.forEach((r4) => gv.add(`create::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t5 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: f2[0].toLowerCase(), keyword: "table", temporary: p2 && p2[0].toLowerCase(), if_not_exists: b2, table: v2, ignore_replace: w2 && w2[0].toLowerCase(), as: h2 && h2[0].toLowerCase(), query_expr: L2 && L2.ast, create_definitions: y2, table_options: d2 } }, r3 = t5) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
              var f2, p2, b2, v2, y2, d2, w2, h2, L2;
              r3 === s && (r3 = Ci, (t5 = zf()) !== s && Bb() !== s ? ((e3 = Zf()) === s && (e3 = null), e3 !== s && Bb() !== s && fp() !== s && Bb() !== s ? ((n2 = Gi()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Zc()) !== s && Bb() !== s && (u2 = (function r4() {
                var t6, e4;
                (t6 = (function() {
                  var r5, t7;
                  r5 = Ci, xp() !== s && Bb() !== s && (t7 = Zc()) !== s ? (Ei = r5, r5 = { type: "like", table: t7 }) : (Ci = r5, r5 = s);
                  return r5;
                })()) === s && (t6 = Ci, Ub() !== s && Bb() !== s && (e4 = r4()) !== s && Bb() !== s && Mb() !== s ? (Ei = t6, (n3 = e4).parentheses = true, t6 = n3) : (Ci = t6, t6 = s));
                var n3;
                return t6;
              })()) !== s ? (Ei = r3, t5 = (function(r4, t6, e4, n3, o3) {
                return n3 && n3.forEach((r5) => gv.add(`create::${[r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`)), { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: r4[0].toLowerCase(), keyword: "table", temporary: t6 && t6[0].toLowerCase(), if_not_exists: e4, table: n3, like: o3 } };
              })(t5, e3, n2, o2, u2), r3 = t5) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s));
              return r3;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2, h2, L2, m2, C2, E2;
              t5 = Ci, (e3 = zf()) !== s && Bb() !== s ? (n2 = Ci, (o2 = kp()) !== s && (u2 = Bb()) !== s && (a2 = np()) !== s ? n2 = o2 = [o2, u2, a2] : (Ci = n2, n2 = s), n2 === s && (n2 = null), n2 !== s && (o2 = Bb()) !== s ? ((u2 = xb()) === s && (u2 = null), u2 !== s && (a2 = Bb()) !== s ? ("trigger" === r2.substr(Ci, 7).toLowerCase() ? (i2 = r2.substr(Ci, 7), Ci += 7) : (i2 = s, 0 === _i && Ri(ot)), i2 !== s && Bb() !== s && (c2 = lf()) !== s && Bb() !== s ? ("before" === r2.substr(Ci, 6).toLowerCase() ? (l2 = r2.substr(Ci, 6), Ci += 6) : (l2 = s, 0 === _i && Ri(st)), l2 === s && ("after" === r2.substr(Ci, 5).toLowerCase() ? (l2 = r2.substr(Ci, 5), Ci += 5) : (l2 = s, 0 === _i && Ri(ut)), l2 === s && ("instead of" === r2.substr(Ci, 10).toLowerCase() ? (l2 = r2.substr(Ci, 10), Ci += 10) : (l2 = s, 0 === _i && Ri(at)))), l2 !== s && Bb() !== s && (f2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, i3;
                if (r3 = Ci, (t6 = Lc()) !== s) {
                  for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = kp()) !== s && (a3 = Bb()) !== s && (i3 = Lc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = kp()) !== s && (a3 = Bb()) !== s && (i3 = Lc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s);
                  e4 !== s ? (Ei = r3, t6 = hv(t6, e4), r3 = t6) : (Ci = r3, r3 = s);
                } else Ci = r3, r3 = s;
                return r3;
              })()) !== s && Bb() !== s ? ("on" === r2.substr(Ci, 2).toLowerCase() ? (p2 = r2.substr(Ci, 2), Ci += 2) : (p2 = s, 0 === _i && Ri(F)), p2 !== s && Bb() !== s && (b2 = el()) !== s && Bb() !== s ? (v2 = Ci, (y2 = ip()) !== s && (d2 = Bb()) !== s && (w2 = el()) !== s ? v2 = y2 = [y2, d2, w2] : (Ci = v2, v2 = s), v2 === s && (v2 = null), v2 !== s && (y2 = Bb()) !== s ? ((d2 = (function() {
                var t6, e4, n3, o3, u3;
                t6 = Ci, e4 = Ci, "not" === r2.substr(Ci, 3).toLowerCase() ? (n3 = r2.substr(Ci, 3), Ci += 3) : (n3 = s, 0 === _i && Ri(D));
                n3 === s && (n3 = null);
                n3 !== s && (o3 = Bb()) !== s ? ("deferrable" === r2.substr(Ci, 10).toLowerCase() ? (u3 = r2.substr(Ci, 10), Ci += 10) : (u3 = s, 0 === _i && Ri(ft)), u3 !== s ? e4 = n3 = [n3, o3, u3] : (Ci = e4, e4 = s)) : (Ci = e4, e4 = s);
                e4 !== s && (n3 = Bb()) !== s ? ("initially immediate" === r2.substr(Ci, 19).toLowerCase() ? (o3 = r2.substr(Ci, 19), Ci += 19) : (o3 = s, 0 === _i && Ri(pt)), o3 === s && ("initially deferred" === r2.substr(Ci, 18).toLowerCase() ? (o3 = r2.substr(Ci, 18), Ci += 18) : (o3 = s, 0 === _i && Ri(bt))), o3 !== s ? (Ei = t6, i3 = o3, e4 = { keyword: (a3 = e4) && a3[0] ? a3[0].toLowerCase() + " deferrable" : "deferrable", args: i3 && i3.toLowerCase() }, t6 = e4) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                var a3, i3;
                return t6;
              })()) === s && (d2 = null), d2 !== s && (w2 = Bb()) !== s ? ((h2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ci, "for" === r2.substr(Ci, 3).toLowerCase() ? (e4 = r2.substr(Ci, 3), Ci += 3) : (e4 = s, 0 === _i && Ri(vt));
                e4 !== s && Bb() !== s ? ("each" === r2.substr(Ci, 4).toLowerCase() ? (n3 = r2.substr(Ci, 4), Ci += 4) : (n3 = s, 0 === _i && Ri(yt)), n3 === s && (n3 = null), n3 !== s && Bb() !== s ? ("row" === r2.substr(Ci, 3).toLowerCase() ? (o3 = r2.substr(Ci, 3), Ci += 3) : (o3 = s, 0 === _i && Ri(dt)), o3 === s && ("statement" === r2.substr(Ci, 9).toLowerCase() ? (o3 = r2.substr(Ci, 9), Ci += 9) : (o3 = s, 0 === _i && Ri(wt))), o3 !== s ? (Ei = t6, u3 = e4, i3 = o3, e4 = { keyword: (a3 = n3) ? `${u3.toLowerCase()} ${a3.toLowerCase()}` : u3.toLowerCase(), args: i3.toLowerCase() }, t6 = e4) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                var u3, a3, i3;
                return t6;
              })()) === s && (h2 = null), h2 !== s && Bb() !== s ? ((L2 = (function() {
                var r3, t6;
                r3 = Ci, Pp() !== s && Bb() !== s && Ub() !== s && Bb() !== s && (t6 = Nl()) !== s && Bb() !== s && Mb() !== s ? (Ei = r3, r3 = { type: "when", cond: t6, parentheses: true }) : (Ci = r3, r3 = s);
                return r3;
              })()) === s && (L2 = null), L2 !== s && Bb() !== s ? ("execute" === r2.substr(Ci, 7).toLowerCase() ? (m2 = r2.substr(Ci, 7), Ci += 7) : (m2 = s, 0 === _i && Ri(it)), m2 !== s && Bb() !== s ? ("procedure" === r2.substr(Ci, 9).toLowerCase() ? (C2 = r2.substr(Ci, 9), Ci += 9) : (C2 = s, 0 === _i && Ri(ct)), C2 === s && ("function" === r2.substr(Ci, 8).toLowerCase() ? (C2 = r2.substr(Ci, 8), Ci += 8) : (C2 = s, 0 === _i && Ri(ar))), C2 !== s && Bb() !== s && (E2 = nv()) !== s ? (Ei = t5, A2 = u2, g2 = i2, _2 = f2, S2 = b2, j2 = v2, x2 = d2, I2 = h2, R2 = L2, N2 = C2, O2 = E2, e3 = { type: "create", replace: n2 && "or replace", constraint: c2, location: (T2 = l2) && T2.toLowerCase(), events: _2, table: S2, from: j2 && j2[2], deferrable: x2, for_each: I2, when: R2, execute: { keyword: "execute " + N2.toLowerCase(), expr: O2 }, constraint_type: g2 && g2.toLowerCase(), keyword: g2 && g2.toLowerCase(), constraint_kw: A2 && A2.toLowerCase(), resource: "constraint" }, t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              var A2, g2, T2, _2, S2, j2, x2, I2, R2, N2, O2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, p2, b2, v2, y2, d2, w2, h2;
              t5 = Ci, (e3 = zf()) !== s && Bb() !== s ? ("extension" === r2.substr(Ci, 9).toLowerCase() ? (n2 = r2.substr(Ci, 9), Ci += 9) : (n2 = s, 0 === _i && Ri(c)), n2 !== s && Bb() !== s ? ((o2 = Gi()) === s && (o2 = null), o2 !== s && Bb() !== s ? ((u2 = lf()) === s && (u2 = Nf()), u2 !== s && Bb() !== s ? ((a2 = hp()) === s && (a2 = null), a2 !== s && Bb() !== s ? (i2 = Ci, "schema" === r2.substr(Ci, 6).toLowerCase() ? (p2 = r2.substr(Ci, 6), Ci += 6) : (p2 = s, 0 === _i && Ri(l)), p2 !== s && (b2 = Bb()) !== s && (v2 = lf()) !== s ? i2 = p2 = [p2, b2, v2] : (Ci = i2, i2 = s), i2 === s && (i2 = Nf()), i2 === s && (i2 = null), i2 !== s && (p2 = Bb()) !== s ? (b2 = Ci, "version" === r2.substr(Ci, 7).toLowerCase() ? (v2 = r2.substr(Ci, 7), Ci += 7) : (v2 = s, 0 === _i && Ri(f)), v2 !== s && (y2 = Bb()) !== s ? ((d2 = lf()) === s && (d2 = Nf()), d2 !== s ? b2 = v2 = [v2, y2, d2] : (Ci = b2, b2 = s)) : (Ci = b2, b2 = s), b2 === s && (b2 = null), b2 !== s && (v2 = Bb()) !== s ? (y2 = Ci, (d2 = ip()) !== s && (w2 = Bb()) !== s ? ((h2 = lf()) === s && (h2 = Nf()), h2 !== s ? y2 = d2 = [d2, w2, h2] : (Ci = y2, y2 = s)) : (Ci = y2, y2 = s), y2 === s && (y2 = null), y2 !== s ? (Ei = t5, L2 = o2, m2 = u2, C2 = a2, E2 = i2, A2 = b2, g2 = y2, e3 = { type: "create", keyword: n2.toLowerCase(), if_not_exists: L2, extension: Ev(m2), with: C2 && C2[0].toLowerCase(), schema: Ev(E2 && E2[2].toLowerCase()), version: Ev(A2 && A2[2]), from: Ev(g2 && g2[2]) }, t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              var L2, m2, C2, E2, A2, g2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2, h2, L2;
              t5 = Ci, (e3 = zf()) !== s && Bb() !== s ? ((n2 = Sb()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Tb()) !== s && Bb() !== s ? ((u2 = Ib()) === s && (u2 = null), u2 !== s && Bb() !== s ? ((a2 = Zl()) === s && (a2 = null), a2 !== s && Bb() !== s && (i2 = bp()) !== s && Bb() !== s && (c2 = el()) !== s && Bb() !== s ? ((l2 = Qc()) === s && (l2 = null), l2 !== s && Bb() !== s && Ub() !== s && Bb() !== s && (f2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, i3;
                if (r3 = Ci, (t6 = Qi()) !== s) {
                  for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = Qi()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = Qi()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s);
                  e4 !== s ? (Ei = r3, t6 = hv(t6, e4), r3 = t6) : (Ci = r3, r3 = s);
                } else Ci = r3, r3 = s;
                return r3;
              })()) !== s && Bb() !== s && Mb() !== s && Bb() !== s ? (p2 = Ci, (b2 = hp()) !== s && (v2 = Bb()) !== s && (y2 = Ub()) !== s && (d2 = Bb()) !== s && (w2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, i3;
                if (r3 = Ci, (t6 = zc()) !== s) {
                  for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = zc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = zc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s);
                  e4 !== s ? (Ei = r3, t6 = hv(t6, e4), r3 = t6) : (Ci = r3, r3 = s);
                } else Ci = r3, r3 = s;
                return r3;
              })()) !== s && (h2 = Bb()) !== s && (L2 = Mb()) !== s ? p2 = b2 = [b2, v2, y2, d2, w2, h2, L2] : (Ci = p2, p2 = s), p2 === s && (p2 = null), p2 !== s && (b2 = Bb()) !== s ? (v2 = Ci, (y2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ci, "tablespace" === r2.substr(Ci, 10).toLowerCase() ? (e4 = r2.substr(Ci, 10), Ci += 10) : (e4 = s, 0 === _i && Ri(Fs));
                e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t6, t6 = e4 = "TABLESPACE") : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                return t6;
              })()) !== s && (d2 = Bb()) !== s && (w2 = lf()) !== s ? v2 = y2 = [y2, d2, w2] : (Ci = v2, v2 = s), v2 === s && (v2 = null), v2 !== s && (y2 = Bb()) !== s ? ((d2 = sl()) === s && (d2 = null), d2 !== s && (w2 = Bb()) !== s ? (Ei = t5, m2 = e3, C2 = n2, E2 = o2, A2 = u2, g2 = a2, T2 = i2, _2 = c2, S2 = l2, j2 = f2, x2 = p2, I2 = v2, R2 = d2, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: m2[0].toLowerCase(), index_type: C2 && C2.toLowerCase(), keyword: E2.toLowerCase(), concurrently: A2 && A2.toLowerCase(), index: g2, on_kw: T2[0].toLowerCase(), table: _2, index_using: S2, index_columns: j2, with: x2 && x2[4], with_before_where: true, tablespace: I2 && { type: "origin", value: I2[2] }, where: R2 } }, t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              var m2, C2, E2, A2, g2, T2, _2, S2, j2, x2, I2, R2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2;
              t5 = Ci, (e3 = zf()) !== s && Bb() !== s ? ((n2 = Zf()) === s && (n2 = Jf()), n2 === s && (n2 = null), n2 !== s && Bb() !== s && (function() {
                var t6, e4, n3, o3;
                t6 = Ci, "sequence" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(Kt));
                e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t6, t6 = e4 = "SEQUENCE") : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                return t6;
              })() !== s && Bb() !== s ? ((o2 = Gi()) === s && (o2 = null), o2 !== s && Bb() !== s && (u2 = el()) !== s && Bb() !== s ? (a2 = Ci, (i2 = lp()) !== s && (c2 = Bb()) !== s && (l2 = rf()) !== s ? a2 = i2 = [i2, c2, l2] : (Ci = a2, a2 = s), a2 === s && (a2 = null), a2 !== s && (i2 = Bb()) !== s ? ((c2 = (function() {
                var r3, t6, e4, n3, o3, u3;
                if (r3 = Ci, (t6 = Xi()) !== s) {
                  for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Xi()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Xi()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s);
                  e4 !== s ? (Ei = r3, t6 = hv(t6, e4, 1), r3 = t6) : (Ci = r3, r3 = s);
                } else Ci = r3, r3 = s;
                return r3;
              })()) === s && (c2 = null), c2 !== s ? (Ei = t5, f2 = e3, p2 = n2, b2 = o2, y2 = a2, d2 = c2, (v2 = u2).as = y2 && y2[2], e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: f2[0].toLowerCase(), keyword: "sequence", temporary: p2 && p2[0].toLowerCase(), if_not_exists: b2, sequence: [v2], create_definitions: d2 } }, t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              var f2, p2, b2, v2, y2, d2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2;
              t5 = Ci, (e3 = zf()) !== s && Bb() !== s ? ((n2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ci, "database" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(zt));
                e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t6, t6 = e4 = "DATABASE") : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                return t6;
              })()) === s && (n2 = pp()), n2 !== s && Bb() !== s ? ((o2 = Gi()) === s && (o2 = null), o2 !== s && Bb() !== s && (u2 = ev()) !== s && Bb() !== s ? ((a2 = (function() {
                var r3, t6, e4, n3, o3, u3;
                if (r3 = Ci, (t6 = Cc()) !== s) {
                  for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Cc()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Cc()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s);
                  e4 !== s ? (Ei = r3, t6 = hv(t6, e4, 1), r3 = t6) : (Ci = r3, r3 = s);
                } else Ci = r3, r3 = s;
                return r3;
              })()) === s && (a2 = null), a2 !== s ? (Ei = t5, e3 = (function(r3, t6, e4, n3, o3) {
                const s2 = t6.toLowerCase();
                return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: r3[0].toLowerCase(), keyword: s2, if_not_exists: e4, [s2]: { db: n3.schema, schema: n3.name }, create_definitions: o3 } };
              })(e3, n2, o2, u2, a2), t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2;
              t5 = Ci, (e3 = zf()) !== s && Bb() !== s ? ("domain" === r2.substr(Ci, 6).toLowerCase() ? (n2 = r2.substr(Ci, 6), Ci += 6) : (n2 = s, 0 === _i && Ri(cr)), n2 !== s && Bb() !== s && (o2 = el()) !== s && Bb() !== s ? ((u2 = lp()) === s && (u2 = null), u2 !== s && Bb() !== s && (a2 = av()) !== s && Bb() !== s ? ((i2 = Ji()) === s && (i2 = null), i2 !== s && Bb() !== s ? ((c2 = tc()) === s && (c2 = null), c2 !== s && Bb() !== s ? ((l2 = dc()) === s && (l2 = null), l2 !== s ? (Ei = t5, e3 = (function(r3, t6, e4, n3, o3, s2, u3, a3) {
                a3 && (a3.type = "constraint");
                const i3 = [s2, u3, a3].filter((r4) => r4);
                return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: r3[0].toLowerCase(), keyword: t6.toLowerCase(), domain: { schema: e4.db, name: e4.table }, as: n3 && n3[0] && n3[0].toLowerCase(), target: o3, create_definitions: i3 } };
              })(e3, n2, o2, u2, a2, i2, c2, l2), t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2;
              t5 = Ci, (e3 = zf()) !== s && Bb() !== s ? ("type" === r2.substr(Ci, 4).toLowerCase() ? (n2 = r2.substr(Ci, 4), Ci += 4) : (n2 = s, 0 === _i && Ri(ir)), n2 !== s && Bb() !== s && (o2 = el()) !== s && Bb() !== s && (u2 = lp()) !== s && Bb() !== s && (a2 = nb()) !== s && Bb() !== s && Ub() !== s && Bb() !== s ? ((i2 = _l()) === s && (i2 = null), i2 !== s && Bb() !== s && Mb() !== s ? (Ei = t5, c2 = e3, l2 = n2, f2 = o2, p2 = u2, b2 = a2, (v2 = i2).parentheses = true, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: c2[0].toLowerCase(), keyword: l2.toLowerCase(), name: { schema: f2.db, name: f2.table }, as: p2 && p2[0] && p2[0].toLowerCase(), resource: b2.toLowerCase(), create_definitions: v2 } }, t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              var c2, l2, f2, p2, b2, v2;
              t5 === s && (t5 = Ci, (e3 = zf()) !== s && Bb() !== s ? ("type" === r2.substr(Ci, 4).toLowerCase() ? (n2 = r2.substr(Ci, 4), Ci += 4) : (n2 = s, 0 === _i && Ri(ir)), n2 !== s && Bb() !== s && (o2 = el()) !== s ? (Ei = t5, e3 = (function(r3, t6, e4) {
                return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: r3[0].toLowerCase(), keyword: t6.toLowerCase(), name: { schema: e4.db, name: e4.table } } };
              })(e3, n2, o2), t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s));
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2, d2, w2, h2, L2, m2, C2, E2, A2;
              t5 = Ci, (e3 = zf()) !== s && Bb() !== s ? (n2 = Ci, (o2 = kp()) !== s && (u2 = Bb()) !== s && (a2 = np()) !== s ? n2 = o2 = [o2, u2, a2] : (Ci = n2, n2 = s), n2 === s && (n2 = null), n2 !== s && (o2 = Bb()) !== s ? ((u2 = Jf()) === s && (u2 = Zf()), u2 === s && (u2 = null), u2 !== s && (a2 = Bb()) !== s ? ((i2 = ep()) === s && (i2 = null), i2 !== s && Bb() !== s && (function() {
                var t6, e4, n3, o3;
                t6 = Ci, "view" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(Oa));
                e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t6, t6 = e4 = "VIEW") : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                return t6;
              })() !== s && Bb() !== s && (c2 = el()) !== s && Bb() !== s ? (l2 = Ci, (f2 = Ub()) !== s && (d2 = Bb()) !== s && (w2 = Kl()) !== s && (h2 = Bb()) !== s && (L2 = Mb()) !== s ? l2 = f2 = [f2, d2, w2, h2, L2] : (Ci = l2, l2 = s), l2 === s && (l2 = null), l2 !== s && (f2 = Bb()) !== s ? (d2 = Ci, (w2 = hp()) !== s && (h2 = Bb()) !== s && (L2 = Ub()) !== s && (m2 = Bb()) !== s && (C2 = (function() {
                var r3, t6, e4, n3, o3, u3, a3, i3;
                if (r3 = Ci, (t6 = $i()) !== s) {
                  for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = $i()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = $i()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s);
                  e4 !== s ? (Ei = r3, t6 = hv(t6, e4), r3 = t6) : (Ci = r3, r3 = s);
                } else Ci = r3, r3 = s;
                return r3;
              })()) !== s && (E2 = Bb()) !== s && (A2 = Mb()) !== s ? d2 = w2 = [w2, h2, L2, m2, C2, E2, A2] : (Ci = d2, d2 = s), d2 === s && (d2 = null), d2 !== s && (w2 = Bb()) !== s && (h2 = lp()) !== s && (L2 = Bb()) !== s && (m2 = Dc()) !== s && (C2 = Bb()) !== s ? ((E2 = (function() {
                var t6, e4, n3, o3, u3;
                t6 = Ci, (e4 = hp()) !== s && Bb() !== s ? ("cascaded" === r2.substr(Ci, 8).toLowerCase() ? (n3 = r2.substr(Ci, 8), Ci += 8) : (n3 = s, 0 === _i && Ri(p)), n3 === s && ("local" === r2.substr(Ci, 5).toLowerCase() ? (n3 = r2.substr(Ci, 5), Ci += 5) : (n3 = s, 0 === _i && Ri(b))), n3 !== s && Bb() !== s ? ("check" === r2.substr(Ci, 5).toLowerCase() ? (o3 = r2.substr(Ci, 5), Ci += 5) : (o3 = s, 0 === _i && Ri(v)), o3 !== s && Bb() !== s ? ("OPTION" === r2.substr(Ci, 6) ? (u3 = "OPTION", Ci += 6) : (u3 = s, 0 === _i && Ri(y)), u3 !== s ? (Ei = t6, e4 = `with ${n3.toLowerCase()} check option`, t6 = e4) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                t6 === s && (t6 = Ci, (e4 = hp()) !== s && Bb() !== s ? ("check" === r2.substr(Ci, 5).toLowerCase() ? (n3 = r2.substr(Ci, 5), Ci += 5) : (n3 = s, 0 === _i && Ri(v)), n3 !== s && Bb() !== s ? ("OPTION" === r2.substr(Ci, 6) ? (o3 = "OPTION", Ci += 6) : (o3 = s, 0 === _i && Ri(y)), o3 !== s ? (Ei = t6, t6 = e4 = "with check option") : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s));
                return t6;
              })()) === s && (E2 = null), E2 !== s ? (Ei = t5, g2 = e3, T2 = n2, _2 = u2, S2 = i2, x2 = l2, I2 = d2, R2 = m2, N2 = E2, (j2 = c2).view = j2.table, delete j2.table, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: g2[0].toLowerCase(), keyword: "view", replace: T2 && "or replace", temporary: _2 && _2[0].toLowerCase(), recursive: S2 && S2.toLowerCase(), columns: x2 && x2[2], select: R2, view: j2, with_options: I2 && I2[4], with: N2 } }, t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              var g2, T2, _2, S2, j2, x2, I2, R2, N2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2;
              t5 = Ci, (e3 = zf()) !== s && Bb() !== s ? (n2 = Ci, (o2 = kp()) !== s && (u2 = Bb()) !== s && (a2 = np()) !== s ? n2 = o2 = [o2, u2, a2] : (Ci = n2, n2 = s), n2 === s && (n2 = null), n2 !== s && (o2 = Bb()) !== s ? ("aggregate" === r2.substr(Ci, 9).toLowerCase() ? (u2 = r2.substr(Ci, 9), Ci += 9) : (u2 = s, 0 === _i && Ri(C)), u2 !== s && (a2 = Bb()) !== s && (i2 = el()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && (c2 = ec()) !== s && Bb() !== s && Mb() !== s && Bb() !== s && Ub() !== s && Bb() !== s && (l2 = (function() {
                var t6, e4, n3, o3, u3, a3, i3, c3;
                if (t6 = Ci, (e4 = (function() {
                  var t7, e5, n4, o4, u4;
                  t7 = Ci, "sfunc" === r2.substr(Ci, 5).toLowerCase() ? (e5 = r2.substr(Ci, 5), Ci += 5) : (e5 = s, 0 === _i && Ri(L));
                  e5 !== s && Bb() !== s && Eb() !== s && Bb() !== s && (n4 = el()) !== s && Bb() !== s && Ob() !== s && Bb() !== s ? ("stype" === r2.substr(Ci, 5).toLowerCase() ? (o4 = r2.substr(Ci, 5), Ci += 5) : (o4 = s, 0 === _i && Ri(m)), o4 !== s && Bb() !== s && Eb() !== s && Bb() !== s && (u4 = av()) !== s ? (Ei = t7, i4 = u4, e5 = [{ type: "sfunc", symbol: "=", value: { schema: (a4 = n4).db, name: a4.table } }, { type: "stype", symbol: "=", value: i4 }], t7 = e5) : (Ci = t7, t7 = s)) : (Ci = t7, t7 = s);
                  var a4, i4;
                  return t7;
                })()) !== s) {
                  for (n3 = [], o3 = Ci, (u3 = Bb()) !== s && (a3 = Ob()) !== s && (i3 = Bb()) !== s && (c3 = Fi()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Ci = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = Ci, (u3 = Bb()) !== s && (a3 = Ob()) !== s && (i3 = Bb()) !== s && (c3 = Fi()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Ci = o3, o3 = s);
                  n3 !== s ? (Ei = t6, e4 = hv(e4, n3), t6 = e4) : (Ci = t6, t6 = s);
                } else Ci = t6, t6 = s;
                return t6;
              })()) !== s && Bb() !== s && Mb() !== s ? (Ei = t5, f2 = n2, p2 = i2, b2 = c2, v2 = l2, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "create", keyword: "aggregate", replace: f2 && "or replace", name: { schema: p2.db, name: p2.table }, args: { parentheses: true, expr: b2, orderby: b2.orderby }, options: v2 } }, t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              var f2, p2, b2, v2;
              return t5;
            })());
            return t4;
          })()) === s && (t3 = Yi()) === s && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = Ci, (t4 = bb()) !== s && Bb() !== s ? ((e3 = fp()) === s && (e3 = null), e3 !== s && Bb() !== s && (n2 = Zc()) !== s ? (Ei = r3, o2 = t4, u2 = e3, (a2 = n2) && a2.forEach((r4) => gv.add(`${o2}::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t4 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: o2.toLowerCase(), keyword: u2 && u2.toLowerCase() || "table", name: a2 } }, r3 = t4) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
            var o2, u2, a2;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3;
            r3 = Ci, (t4 = op()) !== s && Bb() !== s && fp() !== s && Bb() !== s && (e3 = (function() {
              var r4, t5, e4, n3, o2, u2, a2, i2;
              if (r4 = Ci, (t5 = Xc()) !== s) {
                for (e4 = [], n3 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Xc()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Xc()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (Ci = n3, n3 = s);
                e4 !== s ? (Ei = r4, t5 = hv(t5, e4), r4 = t5) : (Ci = r4, r4 = s);
              } else Ci = r4, r4 = s;
              return r4;
            })()) !== s ? (Ei = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && gv.add(`rename::${[r5.db, r5.schema].filter(Boolean).join(".") || null}::${r5.table}`))), t4 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "rename", table: n2 } }, r3 = t4) : (Ci = r3, r3 = s);
            var n2;
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ci, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "call" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(ju));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "CALL") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) !== s && Bb() !== s && (n2 = nv()) !== s ? (Ei = t4, o2 = n2, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "call", expr: o2 } }, t4 = e3) : (Ci = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ci, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "use" === r2.substr(Ci, 3).toLowerCase() ? (e4 = r2.substr(Ci, 3), Ci += 3) : (e4 = s, 0 === _i && Ri(gs));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t5 = e4 = [e4, n3] : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) !== s && Bb() !== s && (n2 = Zl()) !== s ? (Ei = t4, o2 = n2, gv.add(`use::${o2}::null`), e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "use", db: o2 } }, t4 = e3) : (Ci = t4, t4 = s);
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2;
              r3 = Ci, (t5 = Xf()) !== s && Bb() !== s && fp() !== s && Bb() !== s && (e3 = Zc()) !== s && Bb() !== s && (n2 = (function() {
                var r4, t6, e4, n3, o3, u3, a2, i2;
                if (r4 = Ci, (t6 = uc()) !== s) {
                  for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = uc()) !== s ? n3 = o3 = [o3, u3, a2, i2] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = uc()) !== s ? n3 = o3 = [o3, u3, a2, i2] : (Ci = n3, n3 = s);
                  e4 !== s ? (Ei = r4, t6 = hv(t6, e4), r4 = t6) : (Ci = r4, r4 = s);
                } else Ci = r4, r4 = s;
                return r4;
              })()) !== s ? (Ei = r3, u2 = n2, (o2 = e3) && o2.length > 0 && o2.forEach((r4) => gv.add(`alter::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), t5 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "alter", table: o2, expr: u2 } }, r3 = t5) : (Ci = r3, r3 = s);
              var o2, u2;
              return r3;
            })()) === s && (t4 = (function() {
              var r3, t5, e3, n2, o2;
              r3 = Ci, (t5 = Xf()) !== s && Bb() !== s && (e3 = pp()) !== s && Bb() !== s && (n2 = lf()) !== s && Bb() !== s ? ((o2 = ac()) === s && (o2 = ic()) === s && (o2 = cc()), o2 !== s ? (Ei = r3, t5 = (function(r4, t6, e4) {
                const n3 = r4.toLowerCase();
                return e4.resource = n3, e4[n3] = e4.table, delete e4.table, { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "alter", keyword: n3, schema: t6, expr: e4 } };
              })(e3, n2, o2), r3 = t5) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
              return r3;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2;
              t5 = Ci, (e3 = Xf()) !== s && Bb() !== s ? ("domain" === r2.substr(Ci, 6).toLowerCase() ? (n2 = r2.substr(Ci, 6), Ci += 6) : (n2 = s, 0 === _i && Ri(cr)), n2 === s && ("type" === r2.substr(Ci, 4).toLowerCase() ? (n2 = r2.substr(Ci, 4), Ci += 4) : (n2 = s, 0 === _i && Ri(ir))), n2 !== s && Bb() !== s && (o2 = el()) !== s && Bb() !== s ? ((u2 = ac()) === s && (u2 = ic()) === s && (u2 = cc()), u2 !== s ? (Ei = t5, e3 = (function(r3, t6, e4) {
                const n3 = r3.toLowerCase();
                return e4.resource = n3, e4[n3] = e4.table, delete e4.table, { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "alter", keyword: n3, name: { schema: t6.db, name: t6.table }, expr: e4 } };
              })(n2, o2, u2), t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2, i2, c2, l2, f2;
              t5 = Ci, (e3 = Xf()) !== s && Bb() !== s ? ("function" === r2.substr(Ci, 8).toLowerCase() ? (n2 = r2.substr(Ci, 8), Ci += 8) : (n2 = s, 0 === _i && Ri(ar)), n2 !== s && Bb() !== s && (o2 = el()) !== s && Bb() !== s ? (u2 = Ci, (a2 = Ub()) !== s && (i2 = Bb()) !== s ? ((c2 = sc()) === s && (c2 = null), c2 !== s && (l2 = Bb()) !== s && (f2 = Mb()) !== s ? u2 = a2 = [a2, i2, c2, l2, f2] : (Ci = u2, u2 = s)) : (Ci = u2, u2 = s), u2 === s && (u2 = null), u2 !== s && (a2 = Bb()) !== s ? ((i2 = ac()) === s && (i2 = ic()) === s && (i2 = cc()), i2 !== s ? (Ei = t5, e3 = (function(r3, t6, e4, n3) {
                const o3 = r3.toLowerCase();
                n3.resource = o3, n3[o3] = n3.table, delete n3.table;
                const s2 = {};
                return e4 && e4[0] && (s2.parentheses = true), s2.expr = e4 && e4[2], { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "alter", keyword: o3, name: { schema: t6.db, name: t6.table }, args: s2, expr: n3 } };
              })(n2, o2, u2, i2), t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e3, n2, o2, u2, a2;
              t5 = Ci, (e3 = Xf()) !== s && Bb() !== s ? ("aggregate" === r2.substr(Ci, 9).toLowerCase() ? (n2 = r2.substr(Ci, 9), Ci += 9) : (n2 = s, 0 === _i && Ri(C)), n2 !== s && Bb() !== s && (o2 = el()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && (u2 = ec()) !== s && Bb() !== s && Mb() !== s && Bb() !== s ? ((a2 = ac()) === s && (a2 = ic()) === s && (a2 = cc()), a2 !== s ? (Ei = t5, e3 = (function(r3, t6, e4, n3) {
                const o3 = r3.toLowerCase();
                return n3.resource = o3, n3[o3] = n3.table, delete n3.table, { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "alter", keyword: o3, name: { schema: t6.db, name: t6.table }, args: { parentheses: true, expr: e4, orderby: e4.orderby }, expr: n3 } };
              })(n2, o2, u2, a2), t5 = e3) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })());
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ci, (e3 = cp()) !== s && Bb() !== s ? ((n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "global" === r2.substr(Ci, 6).toLowerCase() ? (e4 = r2.substr(Ci, 6), Ci += 6) : (e4 = s, 0 === _i && Ri(xa));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "GLOBAL") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "session" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(Ia));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "SESSION") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "local" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(b));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "LOCAL") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "persist" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(Ra));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "PERSIST") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "persist_only" === r2.substr(Ci, 12).toLowerCase() ? (e4 = r2.substr(Ci, 12), Ci += 12) : (e4 = s, 0 === _i && Ri(Na));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "PERSIST_ONLY") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()), n2 === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = (function() {
              var r3, t5, e4, n3, o3, u3, a3, i2;
              if (r3 = Ci, (t5 = zb()) !== s) {
                for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i2 = zb()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i2 = zb()) !== s ? n3 = o3 = [o3, u3, a3, i2] : (Ci = n3, n3 = s);
                e4 !== s ? (Ei = r3, t5 = hv(t5, e4), r3 = t5) : (Ci = r3, r3 = s);
              } else Ci = r3, r3 = s;
              return r3;
            })()) !== s ? (Ei = t4, u2 = n2, (a2 = o2).keyword = u2, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "set", keyword: u2, expr: a2 } }, t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            var u2, a2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = Ci, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "lock" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(Vr));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t5 = e4 = [e4, n3] : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) !== s && Bb() !== s ? ((n2 = fp()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Zc()) !== s && Bb() !== s ? ((u2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "in" === r2.substr(Ci, 2).toLowerCase() ? (e4 = r2.substr(Ci, 2), Ci += 2) : (e4 = s, 0 === _i && Ri(Ot));
              e4 !== s && Bb() !== s ? ("access share" === r2.substr(Ci, 12).toLowerCase() ? (n3 = r2.substr(Ci, 12), Ci += 12) : (n3 = s, 0 === _i && Ri(kt)), n3 === s && ("row share" === r2.substr(Ci, 9).toLowerCase() ? (n3 = r2.substr(Ci, 9), Ci += 9) : (n3 = s, 0 === _i && Ri(Ut)), n3 === s && ("row exclusive" === r2.substr(Ci, 13).toLowerCase() ? (n3 = r2.substr(Ci, 13), Ci += 13) : (n3 = s, 0 === _i && Ri(Mt)), n3 === s && ("share update exclusive" === r2.substr(Ci, 22).toLowerCase() ? (n3 = r2.substr(Ci, 22), Ci += 22) : (n3 = s, 0 === _i && Ri(Dt)), n3 === s && ("share row exclusive" === r2.substr(Ci, 19).toLowerCase() ? (n3 = r2.substr(Ci, 19), Ci += 19) : (n3 = s, 0 === _i && Ri(Pt)), n3 === s && ("exclusive" === r2.substr(Ci, 9).toLowerCase() ? (n3 = r2.substr(Ci, 9), Ci += 9) : (n3 = s, 0 === _i && Ri(Qr)), n3 === s && ("access exclusive" === r2.substr(Ci, 16).toLowerCase() ? (n3 = r2.substr(Ci, 16), Ci += 16) : (n3 = s, 0 === _i && Ri(Gt)), n3 === s && ("share" === r2.substr(Ci, 5).toLowerCase() ? (n3 = r2.substr(Ci, 5), Ci += 5) : (n3 = s, 0 === _i && Ri($t))))))))), n3 !== s && Bb() !== s ? ("mode" === r2.substr(Ci, 4).toLowerCase() ? (o3 = r2.substr(Ci, 4), Ci += 4) : (o3 = s, 0 === _i && Ri(Ft)), o3 !== s ? (Ei = t5, e4 = { mode: `in ${n3.toLowerCase()} mode` }, t5 = e4) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (u2 = null), u2 !== s && Bb() !== s ? ("nowait" === r2.substr(Ci, 6).toLowerCase() ? (a2 = r2.substr(Ci, 6), Ci += 6) : (a2 = s, 0 === _i && Ri(Ht)), a2 === s && (a2 = null), a2 !== s ? (Ei = t4, i2 = n2, l2 = u2, f2 = a2, (c2 = o2) && c2.forEach((r3) => gv.add(`lock::${[r3.db, r3.schema].filter(Boolean).join(".") || null}::${r3.table}`)), e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "lock", keyword: i2 && i2.toLowerCase(), tables: c2.map((r3) => ({ table: r3 })), lock_mode: l2, nowait: f2 } }, t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            var i2, c2, l2, f2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ci, (e3 = Yf()) !== s && Bb() !== s ? ("tables" === r2.substr(Ci, 6).toLowerCase() ? (n2 = r2.substr(Ci, 6), Ci += 6) : (n2 = s, 0 === _i && Ri(Bt)), n2 !== s ? (Ei = t4, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "show", keyword: "tables" } }, t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            t4 === s && (t4 = Ci, (e3 = Yf()) !== s && Bb() !== s && (n2 = uv()) !== s ? (Ei = t4, o2 = n2, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "show", keyword: "var", var: o2 } }, t4 = e3) : (Ci = t4, t4 = s));
            var o2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ci, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "deallocate" === r2.substr(Ci, 10).toLowerCase() ? (e4 = r2.substr(Ci, 10), Ci += 10) : (e4 = s, 0 === _i && Ri(Hs));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "DEALLOCATE") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) !== s && Bb() !== s ? ("prepare" === r2.substr(Ci, 7).toLowerCase() ? (n2 = r2.substr(Ci, 7), Ci += 7) : (n2 = s, 0 === _i && Ri(qt)), n2 === s && (n2 = null), n2 !== s && Bb() !== s ? ((o2 = lf()) === s && (o2 = gp()), o2 !== s ? (Ei = t4, u2 = n2, a2 = o2, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "deallocate", keyword: u2, expr: { type: "default", value: a2 } } }, t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            var u2, a2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2;
            t4 = Ci, (e3 = Ic()) !== s && Bb() !== s && (n2 = (function() {
              var r3, t5, e4, n3, o3, u3, a3, i3;
              if (r3 = Ci, (t5 = _c()) !== s) {
                for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = _c()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = _c()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s);
                e4 !== s ? (Ei = r3, t5 = hv(t5, e4), r3 = t5) : (Ci = r3, r3 = s);
              } else Ci = r3, r3 = s;
              return r3;
            })()) !== s && Bb() !== s && (o2 = bp()) !== s && Bb() !== s ? ((u2 = (function() {
              var t5, e4, n3;
              t5 = Ci, (e4 = fp()) === s && ("sequence" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(Kt)), e4 === s && ("database" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(zt)), e4 === s && ("DOMAIN" === r2.substr(Ci, 6) ? (e4 = "DOMAIN", Ci += 6) : (e4 = s, 0 === _i && Ri(Zt)), e4 === s && ("FUNCTION" === r2.substr(Ci, 8) ? (e4 = "FUNCTION", Ci += 8) : (e4 = s, 0 === _i && Ri(Jt)), e4 === s && ("procedure" === r2.substr(Ci, 9).toLowerCase() ? (e4 = r2.substr(Ci, 9), Ci += 9) : (e4 = s, 0 === _i && Ri(ct)), e4 === s && ("routine" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(re)), e4 === s && ("language" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(te)), e4 === s && ("large" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(ee)), e4 === s && ("SCHEMA" === r2.substr(Ci, 6) ? (e4 = "SCHEMA", Ci += 6) : (e4 = s, 0 === _i && Ri(ne)))))))))));
              e4 !== s && (Ei = t5, e4 = { type: "origin", value: e4.toUpperCase() });
              (t5 = e4) === s && (t5 = Ci, (e4 = gp()) !== s && Bb() !== s ? ("tables" === r2.substr(Ci, 6).toLowerCase() ? (n3 = r2.substr(Ci, 6), Ci += 6) : (n3 = s, 0 === _i && Ri(Bt)), n3 === s && ("sequence" === r2.substr(Ci, 8).toLowerCase() ? (n3 = r2.substr(Ci, 8), Ci += 8) : (n3 = s, 0 === _i && Ri(Kt)), n3 === s && ("functions" === r2.substr(Ci, 9).toLowerCase() ? (n3 = r2.substr(Ci, 9), Ci += 9) : (n3 = s, 0 === _i && Ri(oe)), n3 === s && ("procedures" === r2.substr(Ci, 10).toLowerCase() ? (n3 = r2.substr(Ci, 10), Ci += 10) : (n3 = s, 0 === _i && Ri(se)), n3 === s && ("routines" === r2.substr(Ci, 8).toLowerCase() ? (n3 = r2.substr(Ci, 8), Ci += 8) : (n3 = s, 0 === _i && Ri(ue)))))), n3 !== s && Bb() !== s && Sp() !== s && Bb() !== s && pp() !== s ? (Ei = t5, t5 = e4 = { type: "origin", value: `all ${n3} in schema` }) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s));
              return t5;
            })()) === s && (u2 = null), u2 !== s && (a2 = Bb()) !== s && (i2 = (function() {
              var r3, t5, e4, n3, o3, u3, a3, i3;
              if (r3 = Ci, (t5 = Sc()) !== s) {
                for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = Sc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = Sc()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s);
                e4 !== s ? (Ei = r3, t5 = hv(t5, e4), r3 = t5) : (Ci = r3, r3 = s);
              } else Ci = r3, r3 = s;
              return r3;
            })()) !== s && (c2 = Bb()) !== s ? ((l2 = Wf()) === s && (l2 = ip()), l2 !== s ? (Ei = Ci, b2 = l2, ({ revoke: "from", grant: "to" }[e3.type].toLowerCase() === b2[0].toLowerCase() ? void 0 : s) !== s && Bb() !== s && (f2 = xc()) !== s && Bb() !== s ? ((p2 = (function() {
              var t5, e4, n3;
              t5 = Ci, hp() !== s && Bb() !== s ? ("grant" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(ie)), e4 !== s && Bb() !== s ? ("option" === r2.substr(Ci, 6).toLowerCase() ? (n3 = r2.substr(Ci, 6), Ci += 6) : (n3 = s, 0 === _i && Ri(ce)), n3 !== s ? (Ei = t5, t5 = { type: "origin", value: "with grant option" }) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (p2 = null), p2 !== s ? (Ei = t4, e3 = (function(r3, t5, e4, n3, o3, s2, u3) {
              return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { ...r3, keyword: "priv", objects: t5, on: { object_type: e4, priv_level: n3 }, to_from: o3[0], user_or_roles: s2, with: u3 } };
            })(e3, n2, u2, i2, l2, f2, p2), t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            var b2;
            t4 === s && (t4 = Ci, (e3 = Ic()) !== s && Bb() !== s && (n2 = Jl()) !== s && Bb() !== s ? ((o2 = Wf()) === s && (o2 = ip()), o2 !== s ? (Ei = Ci, ((function(r3, t5, e4) {
              return { revoke: "from", grant: "to" }[r3.type].toLowerCase() === e4[0].toLowerCase();
            })(e3, 0, o2) ? void 0 : s) !== s && (u2 = Bb()) !== s && (a2 = xc()) !== s && (i2 = Bb()) !== s ? ((c2 = (function() {
              var t5, e4, n3;
              t5 = Ci, hp() !== s && Bb() !== s ? ("admin" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(le)), e4 !== s && Bb() !== s ? ("option" === r2.substr(Ci, 6).toLowerCase() ? (n3 = r2.substr(Ci, 6), Ci += 6) : (n3 = s, 0 === _i && Ri(ce)), n3 !== s ? (Ei = t5, t5 = { type: "origin", value: "with admin option" }) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (c2 = null), c2 !== s ? (Ei = t4, e3 = (function(r3, t5, e4, n3, o3) {
              return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { ...r3, keyword: "role", objects: t5.map((r4) => ({ priv: { type: "string", value: r4 } })), to_from: e4[0], user_or_roles: n3, with: o3 } };
            })(e3, n2, o2, a2, c2), t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s));
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, c2, l2, f2, p2, b2, v2, y2;
            t4 = Ci, "if" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(i));
            e3 !== s && Bb() !== s && (n2 = Nl()) !== s && Bb() !== s ? ("then" === r2.substr(Ci, 4).toLowerCase() ? (o2 = r2.substr(Ci, 4), Ci += 4) : (o2 = s, 0 === _i && Ri(be)), o2 !== s && Bb() !== s && (u2 = Ui()) !== s && Bb() !== s ? ((a2 = Gb()) === s && (a2 = null), a2 !== s && Bb() !== s ? ((c2 = (function() {
              var r3, t5, e4, n3, o3, u3;
              if (r3 = Ci, (t5 = Rc()) !== s) {
                for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Rc()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Rc()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s);
                e4 !== s ? (Ei = r3, t5 = hv(t5, e4, 1), r3 = t5) : (Ci = r3, r3 = s);
              } else Ci = r3, r3 = s;
              return r3;
            })()) === s && (c2 = null), c2 !== s && Bb() !== s ? (l2 = Ci, (f2 = Gp()) !== s && (p2 = Bb()) !== s && (b2 = Ui()) !== s ? l2 = f2 = [f2, p2, b2] : (Ci = l2, l2 = s), l2 === s && (l2 = null), l2 !== s && (f2 = Bb()) !== s ? ((p2 = Gb()) === s && (p2 = null), p2 !== s && (b2 = Bb()) !== s ? ("end" === r2.substr(Ci, 3).toLowerCase() ? (v2 = r2.substr(Ci, 3), Ci += 3) : (v2 = s, 0 === _i && Ri(ve)), v2 !== s && Bb() !== s ? ("if" === r2.substr(Ci, 2).toLowerCase() ? (y2 = r2.substr(Ci, 2), Ci += 2) : (y2 = s, 0 === _i && Ri(i)), y2 !== s ? (Ei = t4, d2 = n2, w2 = u2, h2 = a2, L2 = c2, m2 = l2, C2 = p2, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "if", keyword: "if", boolean_expr: d2, semicolons: [h2 || "", C2 || ""], prefix: { type: "origin", value: "then" }, if_expr: w2, elseif_expr: L2, else_expr: m2 && m2[2], suffix: { type: "origin", value: "end if" } } }, t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            var d2, w2, h2, L2, m2, C2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2;
            t4 = Ci, "raise" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Ie));
            e3 !== s && Bb() !== s ? ((n2 = (function() {
              var t5;
              "debug" === r2.substr(Ci, 5).toLowerCase() ? (t5 = r2.substr(Ci, 5), Ci += 5) : (t5 = s, 0 === _i && Ri(ye));
              t5 === s && ("log" === r2.substr(Ci, 3).toLowerCase() ? (t5 = r2.substr(Ci, 3), Ci += 3) : (t5 = s, 0 === _i && Ri(de)), t5 === s && ("info" === r2.substr(Ci, 4).toLowerCase() ? (t5 = r2.substr(Ci, 4), Ci += 4) : (t5 = s, 0 === _i && Ri(we)), t5 === s && ("notice" === r2.substr(Ci, 6).toLowerCase() ? (t5 = r2.substr(Ci, 6), Ci += 6) : (t5 = s, 0 === _i && Ri(he)), t5 === s && ("warning" === r2.substr(Ci, 7).toLowerCase() ? (t5 = r2.substr(Ci, 7), Ci += 7) : (t5 = s, 0 === _i && Ri(Le)), t5 === s && ("exception" === r2.substr(Ci, 9).toLowerCase() ? (t5 = r2.substr(Ci, 9), Ci += 9) : (t5 = s, 0 === _i && Ri(me)))))));
              return t5;
            })()) === s && (n2 = null), n2 !== s && Bb() !== s ? ((o2 = (function() {
              var t5, e4, n3, o3, u3, a3, i3, c3;
              if (t5 = Ci, (e4 = Nf()) !== s) {
                for (n3 = [], o3 = Ci, (u3 = Bb()) !== s && (a3 = Ob()) !== s && (i3 = Bb()) !== s && (c3 = tv()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Ci = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = Ci, (u3 = Bb()) !== s && (a3 = Ob()) !== s && (i3 = Bb()) !== s && (c3 = tv()) !== s ? o3 = u3 = [u3, a3, i3, c3] : (Ci = o3, o3 = s);
                n3 !== s ? (Ei = t5, e4 = { type: "format", keyword: e4, expr: (l2 = n3) && l2.map((r3) => r3[3]) }, t5 = e4) : (Ci = t5, t5 = s);
              } else Ci = t5, t5 = s;
              var l2;
              t5 === s && (t5 = Ci, "sqlstate" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(xe)), e4 !== s && (n3 = Bb()) !== s && (o3 = Nf()) !== s ? (Ei = t5, t5 = e4 = { type: "sqlstate", keyword: { type: "origin", value: "SQLSTATE" }, expr: [o3] }) : (Ci = t5, t5 = s), t5 === s && (t5 = Ci, (e4 = Zl()) !== s && (Ei = t5, e4 = { type: "condition", expr: [{ type: "default", value: e4 }] }), t5 = e4));
              return t5;
            })()) === s && (o2 = null), o2 !== s && Bb() !== s ? ((u2 = (function() {
              var t5, e4, n3, o3, u3, a3, i3, c3, f2, p2;
              if (t5 = Ci, (e4 = wp()) !== s) if (Bb() !== s) if ("message" === r2.substr(Ci, 7).toLowerCase() ? (n3 = r2.substr(Ci, 7), Ci += 7) : (n3 = s, 0 === _i && Ri(Ce)), n3 === s && ("detail" === r2.substr(Ci, 6).toLowerCase() ? (n3 = r2.substr(Ci, 6), Ci += 6) : (n3 = s, 0 === _i && Ri(Ee)), n3 === s && ("hint" === r2.substr(Ci, 4).toLowerCase() ? (n3 = r2.substr(Ci, 4), Ci += 4) : (n3 = s, 0 === _i && Ri(Ae)), n3 === s && ("errcode" === r2.substr(Ci, 7).toLowerCase() ? (n3 = r2.substr(Ci, 7), Ci += 7) : (n3 = s, 0 === _i && Ri(ge)), n3 === s && ("column" === r2.substr(Ci, 6).toLowerCase() ? (n3 = r2.substr(Ci, 6), Ci += 6) : (n3 = s, 0 === _i && Ri(Te)), n3 === s && ("constraint" === r2.substr(Ci, 10).toLowerCase() ? (n3 = r2.substr(Ci, 10), Ci += 10) : (n3 = s, 0 === _i && Ri(_e)), n3 === s && ("datatype" === r2.substr(Ci, 8).toLowerCase() ? (n3 = r2.substr(Ci, 8), Ci += 8) : (n3 = s, 0 === _i && Ri(Se)), n3 === s && ("table" === r2.substr(Ci, 5).toLowerCase() ? (n3 = r2.substr(Ci, 5), Ci += 5) : (n3 = s, 0 === _i && Ri(je)), n3 === s && ("schema" === r2.substr(Ci, 6).toLowerCase() ? (n3 = r2.substr(Ci, 6), Ci += 6) : (n3 = s, 0 === _i && Ri(l)))))))))), n3 !== s) if (Bb() !== s) if (Eb() !== s) if (Bb() !== s) if ((o3 = Nl()) !== s) {
                for (u3 = [], a3 = Ci, (i3 = Bb()) !== s && (c3 = Ob()) !== s && (f2 = Bb()) !== s && (p2 = Nl()) !== s ? a3 = i3 = [i3, c3, f2, p2] : (Ci = a3, a3 = s); a3 !== s; ) u3.push(a3), a3 = Ci, (i3 = Bb()) !== s && (c3 = Ob()) !== s && (f2 = Bb()) !== s && (p2 = Nl()) !== s ? a3 = i3 = [i3, c3, f2, p2] : (Ci = a3, a3 = s);
                u3 !== s ? (Ei = t5, e4 = (function(r3, t6, e5) {
                  const n4 = [t6];
                  return e5 && e5.forEach((r4) => n4.push(r4[3])), { type: "using", option: r3, symbol: "=", expr: n4 };
                })(n3, o3, u3), t5 = e4) : (Ci = t5, t5 = s);
              } else Ci = t5, t5 = s;
              else Ci = t5, t5 = s;
              else Ci = t5, t5 = s;
              else Ci = t5, t5 = s;
              else Ci = t5, t5 = s;
              else Ci = t5, t5 = s;
              else Ci = t5, t5 = s;
              return t5;
            })()) === s && (u2 = null), u2 !== s ? (Ei = t4, a2 = n2, i2 = o2, c2 = u2, e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "raise", level: a2, using: c2, raise: i2 } }, t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            var a2, i2, c2;
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2;
            t4 = Ci, "execute" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(it));
            e3 !== s && Bb() !== s && (n2 = Zl()) !== s && Bb() !== s ? (o2 = Ci, (u2 = Ub()) !== s && (a2 = Bb()) !== s && (i2 = ov()) !== s && (c2 = Bb()) !== s && (l2 = Mb()) !== s ? o2 = u2 = [u2, a2, i2, c2, l2] : (Ci = o2, o2 = s), o2 === s && (o2 = null), o2 !== s ? (Ei = t4, e3 = (function(r3, t5) {
              return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "execute", name: r3, args: t5 && { type: "expr_list", value: t5[2] } } };
            })(n2, o2), t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2;
            t4 = Ci, (e3 = (function() {
              var t5, e4, n3;
              t5 = Ci, "for" === r2.substr(Ci, 3).toLowerCase() ? (e4 = r2.substr(Ci, 3), Ci += 3) : (e4 = s, 0 === _i && Ri(vt));
              e4 !== s && (Ei = t5, e4 = { label: null, keyword: "for" });
              (t5 = e4) === s && (t5 = Ci, (e4 = Zl()) !== s && Bb() !== s ? ("for" === r2.substr(Ci, 3).toLowerCase() ? (n3 = r2.substr(Ci, 3), Ci += 3) : (n3 = s, 0 === _i && Ri(vt)), n3 !== s ? (Ei = t5, t5 = e4 = { label: e4, keyword: "for" }) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s));
              return t5;
            })()) !== s && Bb() !== s && (n2 = Zl()) !== s && Bb() !== s && Sp() !== s && Bb() !== s && (o2 = Nc()) !== s && Bb() !== s ? ("loop" === r2.substr(Ci, 4).toLowerCase() ? (u2 = r2.substr(Ci, 4), Ci += 4) : (u2 = s, 0 === _i && Ri(Re)), u2 !== s && Bb() !== s && (a2 = Mi()) !== s && Bb() !== s && $p() !== s && Bb() !== s ? ("loop" === r2.substr(Ci, 4).toLowerCase() ? (i2 = r2.substr(Ci, 4), Ci += 4) : (i2 = s, 0 === _i && Ri(Re)), i2 !== s && Bb() !== s ? ((c2 = Zl()) === s && (c2 = null), c2 !== s ? (Ei = Ci, f2 = c2, (!(!(l2 = e3).label || !f2 || l2.label !== f2) || !l2.label && !f2 ? void 0 : s) !== s ? (Ei = t4, e3 = (function(r3, t5, e4, n3, o3) {
              return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "for", label: o3, target: t5, query: e4, stmts: n3.ast } };
            })(0, n2, o2, a2, c2), t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            var l2, f2;
            return t4;
          })()), t3;
        }
        function Ui() {
          var t3;
          return (t3 = Pi()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2, u2, a2, i2;
            r3 = Ci, (t4 = Bb()) !== s ? ((e3 = Oc()) === s && (e3 = null), e3 !== s && Bb() !== s && Kf() !== s && Bb() !== s && (n2 = Zc()) !== s && Bb() !== s && cp() !== s && Bb() !== s && (o2 = hl()) !== s && Bb() !== s ? ((u2 = Vc()) === s && (u2 = null), u2 !== s && Bb() !== s ? ((a2 = sl()) === s && (a2 = null), a2 !== s && Bb() !== s ? ((i2 = ml()) === s && (i2 = null), i2 !== s ? (Ei = r3, t4 = (function(r4, t5, e4, n3, o3, s2) {
              const u3 = {}, a3 = (r5) => {
                const { server: t6, db: e5, schema: n4, as: o4, table: s3, join: a4 } = r5, i3 = a4 ? "select" : "update", c2 = [t6, e5, n4].filter(Boolean).join(".") || null;
                e5 && (u3[s3] = c2), s3 && gv.add(`${i3}::${c2}::${s3}`);
              };
              return t5 && t5.forEach(a3), n3 && n3.forEach(a3), e4 && e4.forEach((r5) => {
                if (r5.table) {
                  const t6 = mv(r5.table);
                  gv.add(`update::${u3[t6] || null}::${t6}`);
                }
                Tv.add(`update::${r5.table}::${r5.column}`);
              }), { tableList: Array.from(gv), columnList: Cv(Tv), ast: { with: r4, type: "update", table: t5, set: e4, from: n3, where: o3, returning: s2 } };
            })(e3, n2, o2, u2, a2, i2), r3 = t4) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2, i2, c2, l2;
            t4 = Ci, (e3 = Al()) !== s && Bb() !== s ? ((n2 = ap()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = el()) !== s && Bb() !== s ? ((u2 = El()) === s && (u2 = null), u2 !== s && Bb() !== s && Ub() !== s && Bb() !== s && (a2 = Kl()) !== s && Bb() !== s && Mb() !== s && Bb() !== s && (i2 = Cl()) !== s && Bb() !== s ? ((c2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, bp() !== s && Bb() !== s ? ("conflict" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(nn)), e4 !== s && Bb() !== s ? ((n3 = (function() {
                var r3, t6;
                r3 = Ci, Ub() !== s && Bb() !== s && (t6 = ul()) !== s && Bb() !== s && Mb() !== s ? (Ei = r3, r3 = { type: "column", expr: t6, parentheses: true }) : (Ci = r3, r3 = s);
                return r3;
              })()) === s && (n3 = null), n3 !== s && Bb() !== s && (o3 = (function() {
                var t6, e5, n4, o4, u3;
                t6 = Ci, "do" === r2.substr(Ci, 2).toLowerCase() ? (e5 = r2.substr(Ci, 2), Ci += 2) : (e5 = s, 0 === _i && Ri(tn));
                e5 !== s && Bb() !== s ? ("nothing" === r2.substr(Ci, 7).toLowerCase() ? (n4 = r2.substr(Ci, 7), Ci += 7) : (n4 = s, 0 === _i && Ri(en)), n4 !== s ? (Ei = t6, t6 = e5 = { keyword: "do", expr: { type: "origin", value: "nothing" } }) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                t6 === s && (t6 = Ci, "do" === r2.substr(Ci, 2).toLowerCase() ? (e5 = r2.substr(Ci, 2), Ci += 2) : (e5 = s, 0 === _i && Ri(tn)), e5 !== s && Bb() !== s && (n4 = Kf()) !== s && Bb() !== s && cp() !== s && Bb() !== s && (o4 = hl()) !== s && Bb() !== s ? ((u3 = sl()) === s && (u3 = null), u3 !== s ? (Ei = t6, t6 = e5 = { keyword: "do", expr: { type: "update", set: o4, where: u3 } }) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s));
                return t6;
              })()) !== s ? (Ei = t5, t5 = { type: "conflict", keyword: "on", target: n3, action: o3 }) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (c2 = null), c2 !== s && Bb() !== s ? ((l2 = ml()) === s && (l2 = null), l2 !== s ? (Ei = t4, e3 = (function(r3, t5, e4, n3, o3, s2, u3) {
              if (t5 && (gv.add(`insert::${[t5.db, t5.schema].filter(Boolean).join(".") || null}::${t5.table}`), t5.as = null), n3) {
                let r4 = t5 && t5.table || null;
                Array.isArray(o3.values) && o3.values.forEach((r5, t6) => {
                  if (r5.value.length != n3.length) throw new Error("Error: column count doesn't match value count at row " + (t6 + 1));
                }), n3.forEach((t6) => Tv.add(`insert::${r4}::${t6}`));
              }
              return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: r3, table: [t5], columns: n3, values: o3, partition: e4, conflict: s2, returning: u3 } };
            })(e3, o2, u2, a2, i2, c2, l2), t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2, u2, a2, i2;
            r3 = Ci, (t4 = Al()) !== s && Bb() !== s ? ((e3 = sp()) === s && (e3 = null), e3 !== s && Bb() !== s ? ((n2 = ap()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = el()) !== s && Bb() !== s ? ((u2 = El()) === s && (u2 = null), u2 !== s && Bb() !== s && (a2 = Cl()) !== s && Bb() !== s ? ((i2 = ml()) === s && (i2 = null), i2 !== s ? (Ei = r3, t4 = (function(r4, t5, e4, n3, o3, s2, u3) {
              n3 && (gv.add(`insert::${[n3.db, n3.schema].filter(Boolean).join(".") || null}::${n3.table}`), Tv.add(`insert::${n3.table}::(.*)`), n3.as = null);
              const a3 = [t5, e4].filter((r5) => r5).map((r5) => r5[0] && r5[0].toLowerCase()).join(" ");
              return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: r4, table: [n3], columns: null, values: s2, partition: o3, prefix: a3, returning: u3 } };
            })(t4, e3, n2, o2, u2, a2, i2), r3 = t4) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2;
            r3 = Ci, (t4 = rp()) !== s && Bb() !== s ? ((e3 = Zc()) === s && (e3 = null), e3 !== s && Bb() !== s && (n2 = Vc()) !== s && Bb() !== s ? ((o2 = sl()) === s && (o2 = null), o2 !== s ? (Ei = r3, t4 = (function(r4, t5, e4) {
              if (t5 && t5.forEach((r5) => {
                const { db: t6, as: e5, schema: n3, table: o3, join: s2 } = r5, u2 = s2 ? "select" : "delete", a2 = [t6, n3].filter(Boolean).join(".") || null;
                o3 && gv.add(`${u2}::${a2}::${o3}`), s2 || Tv.add(`delete::${o3}::(.*)`);
              }), null === r4 && 1 === t5.length) {
                const e5 = t5[0];
                r4 = [{ db: e5.db, schema: e5.schema, table: e5.table, as: e5.as, addition: true }];
              }
              return { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "delete", table: r4, from: t5, where: e4 } };
            })(e3, n2, o2), r3 = t4) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
            return r3;
          })()) === s && (t3 = ki()) === s && (t3 = (function() {
            var r3, t4;
            r3 = [], t4 = Kb();
            for (; t4 !== s; ) r3.push(t4), t4 = Kb();
            return r3;
          })()), t3;
        }
        function Mi() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Ui()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Gb()) !== s && (a2 = Bb()) !== s && (i2 = Ui()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Gb()) !== s && (a2 = Bb()) !== s && (i2 = Ui()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
              const e4 = r4 && r4.ast || r4, n3 = t4 && t4.length && t4[0].length >= 4 ? [e4] : e4;
              for (let r5 = 0; r5 < t4.length; r5++) t4[r5][3] && 0 !== t4[r5][3].length && n3.push(t4[r5][3] && t4[r5][3].ast || t4[r5][3]);
              return { tableList: Array.from(gv), columnList: Cv(Tv), ast: n3 };
            })(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Di() {
          var t3, e3, n2, o2;
          return t3 = Ci, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "union" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(Qs));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && Bb() !== s ? ((n2 = gp()) === s && (n2 = Tp()), n2 === s && (n2 = null), n2 !== s ? (Ei = t3, t3 = e3 = (o2 = n2) ? "union " + o2.toLowerCase() : "union") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "intersect" === r2.substr(Ci, 9).toLowerCase() ? (e4 = r2.substr(Ci, 9), Ci += 9) : (e4 = s, 0 === _i && Ri(Ks));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (Ei = t3, e3 = "intersect"), (t3 = e3) === s && (t3 = Ci, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "except" === r2.substr(Ci, 6).toLowerCase() ? (e4 = r2.substr(Ci, 6), Ci += 6) : (e4 = s, 0 === _i && Ri(zs));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (Ei = t3, e3 = "except"), t3 = e3)), t3;
        }
        function Pi() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Nc()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Di()) !== s && (a2 = Bb()) !== s && (i2 = Nc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Di()) !== s && (a2 = Bb()) !== s && (i2 = Nc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s && (n2 = Bb()) !== s ? ((o2 = vl()) === s && (o2 = null), o2 !== s && (u2 = Bb()) !== s ? ((a2 = wl()) === s && (a2 = null), a2 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return e4 && (r4._orderby = e4), n3 && n3.value && n3.value.length > 0 && (r4._limit = n3), { tableList: Array.from(gv), columnList: Cv(Tv), ast: r4 };
            })(t3, e3, o2, a2)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Gi() {
          var t3, e3;
          return t3 = Ci, "if" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(i)), e3 !== s && Bb() !== s && Np() !== s && Bb() !== s && Rp() !== s ? (Ei = t3, t3 = e3 = "IF NOT EXISTS") : (Ci = t3, t3 = s), t3;
        }
        function $i() {
          var t3, e3, n2;
          return t3 = Ci, "check_option" === r2.substr(Ci, 12).toLowerCase() ? (e3 = r2.substr(Ci, 12), Ci += 12) : (e3 = s, 0 === _i && Ri(d)), e3 !== s && Bb() !== s && Eb() !== s && Bb() !== s ? ("cascaded" === r2.substr(Ci, 8).toLowerCase() ? (n2 = r2.substr(Ci, 8), Ci += 8) : (n2 = s, 0 === _i && Ri(p)), n2 === s && ("local" === r2.substr(Ci, 5).toLowerCase() ? (n2 = r2.substr(Ci, 5), Ci += 5) : (n2 = s, 0 === _i && Ri(b))), n2 !== s ? (Ei = t3, t3 = e3 = { type: "check_option", value: n2, symbol: "=" }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "security_barrier" === r2.substr(Ci, 16).toLowerCase() ? (e3 = r2.substr(Ci, 16), Ci += 16) : (e3 = s, 0 === _i && Ri(w)), e3 === s && ("security_invoker" === r2.substr(Ci, 16).toLowerCase() ? (e3 = r2.substr(Ci, 16), Ci += 16) : (e3 = s, 0 === _i && Ri(h))), e3 !== s && Bb() !== s && Eb() !== s && Bb() !== s && (n2 = Rf()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
            return { type: r3.toLowerCase(), value: t4.value ? "true" : "false", symbol: "=" };
          })(e3, n2)) : (Ci = t3, t3 = s)), t3;
        }
        function Fi() {
          var r3, t3, e3, n2;
          return r3 = Ci, (t3 = Zl()) !== s && Bb() !== s && Eb() !== s && Bb() !== s ? ((e3 = Zl()) === s && (e3 = Nl()), e3 !== s ? (Ei = r3, r3 = t3 = { type: t3, symbol: "=", value: "string" == typeof (n2 = e3) ? { type: "default", value: n2 } : n2 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function Hi() {
          var r3, t3, e3;
          return r3 = Ci, (t3 = Ql()) !== s && Bb() !== s && (e3 = av()) !== s ? (Ei = r3, r3 = t3 = { column: t3, definition: e3 }) : (Ci = r3, r3 = s), r3;
        }
        function Bi() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Hi()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Hi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Hi()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function qi() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2;
          return t3 = Ci, (e3 = lf()) !== s ? (Ei = Ci, ("begin" !== e3.toLowerCase() ? void 0 : s) !== s && Bb() !== s ? ("constant" === r2.substr(Ci, 8).toLowerCase() ? (n2 = r2.substr(Ci, 8), Ci += 8) : (n2 = s, 0 === _i && Ri(g)), n2 === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = av()) !== s && Bb() !== s ? ((u2 = Ji()) === s && (u2 = null), u2 !== s && Bb() !== s ? (a2 = Ci, (i2 = Np()) !== s && (c2 = Bb()) !== s && (l2 = Bf()) !== s ? a2 = i2 = [i2, c2, l2] : (Ci = a2, a2 = s), a2 === s && (a2 = null), a2 !== s && (i2 = Bb()) !== s ? (c2 = Ci, (l2 = qf()) === s && (":=" === r2.substr(Ci, 2) ? (l2 = ":=", Ci += 2) : (l2 = s, 0 === _i && Ri(T))), l2 === s && (l2 = null), l2 !== s && (f2 = Bb()) !== s ? (p2 = Ci, _i++, "begin" === r2.substr(Ci, 5).toLowerCase() ? (b2 = r2.substr(Ci, 5), Ci += 5) : (b2 = s, 0 === _i && Ri(_)), _i--, b2 !== s ? (Ci = p2, p2 = void 0) : p2 = s, p2 === s && (p2 = Sf()) === s && (p2 = Nl()), p2 !== s ? c2 = l2 = [l2, f2, p2] : (Ci = c2, c2 = s)) : (Ci = c2, c2 = s), c2 === s && (c2 = null), c2 !== s && (l2 = Bb()) !== s ? ((f2 = Gb()) === s && (f2 = null), f2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4, n3, o3, s2, u3) {
            return { keyword: "variable", name: r3, constant: t4, datatype: e4, collate: n3, not_null: o3 && "not null", definition: s2 && s2[0] && { type: "default", keyword: s2[0], value: s2[2] } };
          })(e3, n2, o2, u2, a2, c2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Wi() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Ci, (t3 = qi()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = qi()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = qi()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3, 1)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Yi() {
          var t3, e3, n2, o2;
          return t3 = Ci, "declare" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(S)), e3 !== s && Bb() !== s && (n2 = Wi()) !== s ? (Ei = t3, o2 = n2, t3 = e3 = { tableList: Array.from(gv), columnList: Cv(Tv), ast: { type: "declare", declare: o2, symbol: ";" } }) : (Ci = t3, t3 = s), t3;
        }
        function Vi() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2, h2;
          if (t3 = Ci, "LANGUAGE" === r2.substr(Ci, 8) ? (e3 = "LANGUAGE", Ci += 8) : (e3 = s, 0 === _i && Ri(j)), e3 !== s && (n2 = Bb()) !== s && (o2 = lf()) !== s && (u2 = Bb()) !== s ? (Ei = t3, t3 = e3 = { prefix: "LANGUAGE", type: "default", value: o2 }) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "transorm" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(x)), e3 !== s && (n2 = Bb()) !== s ? (o2 = Ci, "FOR" === r2.substr(Ci, 3) ? (u2 = "FOR", Ci += 3) : (u2 = s, 0 === _i && Ri(I)), u2 !== s && (a2 = Bb()) !== s ? ("TYPE" === r2.substr(Ci, 4) ? (i2 = "TYPE", Ci += 4) : (i2 = s, 0 === _i && Ri(R)), i2 !== s && (c2 = Bb()) !== s && (l2 = lf()) !== s ? o2 = u2 = [u2, a2, i2, c2, l2] : (Ci = o2, o2 = s)) : (Ci = o2, o2 = s), o2 === s && (o2 = null), o2 !== s && (u2 = Bb()) !== s ? (Ei = t3, t3 = e3 = (h2 = o2) ? { prefix: ["TRANSORM", h2[0].toUpperCase(), h2[2].toUpperCase()].join(" "), type: "default", value: h2[4] } : { type: "origin", value: "TRANSORM" }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "window" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(N)), e3 === s && ("immutable" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(O)), e3 === s && ("stable" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(k)), e3 === s && ("volatile" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(U)), e3 === s && ("strict" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(M)))))), e3 !== s && (n2 = Bb()) !== s ? (Ei = t3, t3 = e3 = { type: "origin", value: e3 }) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "not" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(D)), e3 === s && (e3 = null), e3 !== s && (n2 = Bb()) !== s ? ("leakproof" === r2.substr(Ci, 9).toLowerCase() ? (o2 = r2.substr(Ci, 9), Ci += 9) : (o2 = s, 0 === _i && Ri(P)), o2 !== s && (u2 = Bb()) !== s ? (Ei = t3, t3 = e3 = { type: "origin", value: [e3, "LEAKPROOF"].filter((r3) => r3).join(" ") }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "called" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(G)), e3 === s && (e3 = Ci, "returns" === r2.substr(Ci, 7).toLowerCase() ? (n2 = r2.substr(Ci, 7), Ci += 7) : (n2 = s, 0 === _i && Ri(E)), n2 !== s && (o2 = Bb()) !== s ? ("null" === r2.substr(Ci, 4).toLowerCase() ? (u2 = r2.substr(Ci, 4), Ci += 4) : (u2 = s, 0 === _i && Ri($)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s)), e3 === s && (e3 = null), e3 !== s && (n2 = Bb()) !== s ? ("on" === r2.substr(Ci, 2).toLowerCase() ? (o2 = r2.substr(Ci, 2), Ci += 2) : (o2 = s, 0 === _i && Ri(F)), o2 !== s && (u2 = Bb()) !== s ? ("null" === r2.substr(Ci, 4).toLowerCase() ? (a2 = r2.substr(Ci, 4), Ci += 4) : (a2 = s, 0 === _i && Ri($)), a2 !== s && (i2 = Bb()) !== s ? ("input" === r2.substr(Ci, 5).toLowerCase() ? (c2 = r2.substr(Ci, 5), Ci += 5) : (c2 = s, 0 === _i && Ri(H)), c2 !== s && (l2 = Bb()) !== s ? (Ei = t3, t3 = e3 = (function(r3) {
            return Array.isArray(r3) && (r3 = [r3[0], r3[2]].join(" ")), { type: "origin", value: r3 + " ON NULL INPUT" };
          })(e3)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "external" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(B)), e3 === s && (e3 = null), e3 !== s && (n2 = Bb()) !== s ? ("security" === r2.substr(Ci, 8).toLowerCase() ? (o2 = r2.substr(Ci, 8), Ci += 8) : (o2 = s, 0 === _i && Ri(q)), o2 !== s && (u2 = Bb()) !== s ? ("invoker" === r2.substr(Ci, 7).toLowerCase() ? (a2 = r2.substr(Ci, 7), Ci += 7) : (a2 = s, 0 === _i && Ri(W)), a2 === s && ("definer" === r2.substr(Ci, 7).toLowerCase() ? (a2 = r2.substr(Ci, 7), Ci += 7) : (a2 = s, 0 === _i && Ri(Y))), a2 !== s && (i2 = Bb()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
            return { type: "origin", value: [r3, "SECURITY", t4].filter((r4) => r4).join(" ") };
          })(e3, a2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "parallel" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(V)), e3 !== s && (n2 = Bb()) !== s ? ("unsafe" === r2.substr(Ci, 6).toLowerCase() ? (o2 = r2.substr(Ci, 6), Ci += 6) : (o2 = s, 0 === _i && Ri(X)), o2 === s && ("restricted" === r2.substr(Ci, 10).toLowerCase() ? (o2 = r2.substr(Ci, 10), Ci += 10) : (o2 = s, 0 === _i && Ri(Q)), o2 === s && ("safe" === r2.substr(Ci, 4).toLowerCase() ? (o2 = r2.substr(Ci, 4), Ci += 4) : (o2 = s, 0 === _i && Ri(K)))), o2 !== s && (u2 = Bb()) !== s ? (Ei = t3, t3 = e3 = (function(r3) {
            return { type: "origin", value: ["PARALLEL", r3].join(" ") };
          })(o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s))))))) {
            if (t3 = Ci, (e3 = lp()) !== s) if ((n2 = Bb()) !== s) {
              if (o2 = [], z.test(r2.charAt(Ci)) ? (u2 = r2.charAt(Ci), Ci++) : (u2 = s, 0 === _i && Ri(Z)), u2 !== s) for (; u2 !== s; ) o2.push(u2), z.test(r2.charAt(Ci)) ? (u2 = r2.charAt(Ci), Ci++) : (u2 = s, 0 === _i && Ri(Z));
              else o2 = s;
              if (o2 !== s) if ((u2 = Bb()) !== s) if ((a2 = Yi()) === s && (a2 = null), a2 !== s) if ((i2 = Bb()) !== s) if ("begin" === r2.substr(Ci, 5).toLowerCase() ? (c2 = r2.substr(Ci, 5), Ci += 5) : (c2 = s, 0 === _i && Ri(_)), c2 === s && (c2 = null), c2 !== s) if ((l2 = Bb()) !== s) if ((f2 = Mi()) !== s) if (Bb() !== s) if ((p2 = $p()) === s && (p2 = null), p2 !== s) if (Ei = Ci, w2 = p2, ((d2 = c2) && w2 || !d2 && !w2 ? void 0 : s) !== s) if (Bb() !== s) if ((b2 = Gb()) === s && (b2 = null), b2 !== s) if (Bb() !== s) {
                if (v2 = [], J.test(r2.charAt(Ci)) ? (y2 = r2.charAt(Ci), Ci++) : (y2 = s, 0 === _i && Ri(rr)), y2 !== s) for (; y2 !== s; ) v2.push(y2), J.test(r2.charAt(Ci)) ? (y2 = r2.charAt(Ci), Ci++) : (y2 = s, 0 === _i && Ri(rr));
                else v2 = s;
                v2 !== s && (y2 = Bb()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4, n3, o3, s2) {
                  const u3 = r3.join(""), a3 = s2.join("");
                  if (u3 !== a3) throw new Error(`start symbol '${u3}'is not same with end symbol '${a3}'`);
                  return { type: "as", declare: t4 && t4.ast, begin: e4, expr: Array.isArray(n3.ast) ? n3.ast.flat() : [n3.ast], end: o3 && o3[0], symbol: u3 };
                })(o2, a2, c2, f2, p2, v2)) : (Ci = t3, t3 = s);
              } else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
              else Ci = t3, t3 = s;
            } else Ci = t3, t3 = s;
            else Ci = t3, t3 = s;
            t3 === s && (t3 = Ci, "cost" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(tr)), e3 === s && ("rows" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(er))), e3 !== s && (n2 = Bb()) !== s && (o2 = Mf()) !== s && (u2 = Bb()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
              return t4.prefix = r3, t4;
            })(e3, o2)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "support" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(nr)), e3 !== s && (n2 = Bb()) !== s && (o2 = ev()) !== s && (u2 = Bb()) !== s ? (Ei = t3, t3 = e3 = /* @__PURE__ */ (function(r3) {
              return { prefix: "support", type: "default", value: r3 };
            })(o2)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = cp()) !== s && (n2 = Bb()) !== s && (o2 = lf()) !== s && (u2 = Bb()) !== s ? (a2 = Ci, "to" === r2.substr(Ci, 2).toLowerCase() ? (i2 = r2.substr(Ci, 2), Ci += 2) : (i2 = s, 0 === _i && Ri(or)), i2 === s && (61 === r2.charCodeAt(Ci) ? (i2 = "=", Ci++) : (i2 = s, 0 === _i && Ri(sr))), i2 !== s && (c2 = Bb()) !== s && (l2 = Jl()) !== s ? a2 = i2 = [i2, c2, l2] : (Ci = a2, a2 = s), a2 === s && (a2 = Ci, (i2 = ip()) !== s && (c2 = Bb()) !== s ? ("current" === r2.substr(Ci, 7).toLowerCase() ? (l2 = r2.substr(Ci, 7), Ci += 7) : (l2 = s, 0 === _i && Ri(ur)), l2 !== s ? a2 = i2 = [i2, c2, l2] : (Ci = a2, a2 = s)) : (Ci = a2, a2 = s)), a2 === s && (a2 = null), a2 !== s && (i2 = Bb()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
              let e4;
              if (t4) {
                const r4 = Array.isArray(t4[2]) ? t4[2] : [t4[2]];
                e4 = { prefix: t4[0], expr: r4.map((r5) => ({ type: "default", value: r5 })) };
              }
              return { type: "set", parameter: r3, value: e4 };
            })(o2, a2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s))));
          }
          return t3;
        }
        function Xi() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            return t4 = Ci, "increment" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(lr)), e3 !== s && Bb() !== s ? ((n2 = mp()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Mf()) !== s ? (Ei = t4, u2 = e3, a2 = o2, t4 = e3 = { resource: "sequence", prefix: n2 ? u2.toLowerCase() + " by" : u2.toLowerCase(), value: a2 }) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Ci, "minvalue" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(fr)), e3 !== s && Bb() !== s && (n2 = Mf()) !== s ? (Ei = t4, t4 = e3 = pr(e3, n2)) : (Ci = t4, t4 = s), t4 === s && (t4 = Ci, "no" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(br)), e3 !== s && Bb() !== s ? ("minvalue" === r2.substr(Ci, 8).toLowerCase() ? (n2 = r2.substr(Ci, 8), Ci += 8) : (n2 = s, 0 === _i && Ri(fr)), n2 !== s ? (Ei = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: "no minvalue" } }) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Ci, "maxvalue" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(vr)), e3 !== s && Bb() !== s && (n2 = Mf()) !== s ? (Ei = t4, t4 = e3 = pr(e3, n2)) : (Ci = t4, t4 = s), t4 === s && (t4 = Ci, "no" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(br)), e3 !== s && Bb() !== s ? ("maxvalue" === r2.substr(Ci, 8).toLowerCase() ? (n2 = r2.substr(Ci, 8), Ci += 8) : (n2 = s, 0 === _i && Ri(vr)), n2 !== s ? (Ei = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: "no maxvalue" } }) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            return t4 = Ci, "start" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(yr)), e3 !== s && Bb() !== s ? ((n2 = hp()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Mf()) !== s ? (Ei = t4, u2 = e3, a2 = o2, t4 = e3 = { resource: "sequence", prefix: n2 ? u2.toLowerCase() + " with" : u2.toLowerCase(), value: a2 }) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Ci, "cache" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(dr)), e3 !== s && Bb() !== s && (n2 = Mf()) !== s ? (Ei = t4, t4 = e3 = pr(e3, n2)) : (Ci = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Ci, "no" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(br)), e3 === s && (e3 = null), e3 !== s && Bb() !== s ? ("cycle" === r2.substr(Ci, 5).toLowerCase() ? (n2 = r2.substr(Ci, 5), Ci += 5) : (n2 = s, 0 === _i && Ri(wr)), n2 !== s ? (Ei = t4, t4 = e3 = { resource: "sequence", value: { type: "origin", value: e3 ? "no cycle" : "cycle" } }) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s), t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2;
            return t4 = Ci, "owned" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(hr)), e3 !== s && Bb() !== s && mp() !== s && Bb() !== s ? ("none" === r2.substr(Ci, 4).toLowerCase() ? (n2 = r2.substr(Ci, 4), Ci += 4) : (n2 = s, 0 === _i && Ri(Lr)), n2 !== s ? (Ei = t4, t4 = e3 = { resource: "sequence", prefix: "owned by", value: { type: "origin", value: "none" } }) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s), t4 === s && (t4 = Ci, "owned" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(hr)), e3 !== s && Bb() !== s && mp() !== s && Bb() !== s && (n2 = Ql()) !== s ? (Ei = t4, t4 = e3 = { resource: "sequence", prefix: "owned by", value: n2 }) : (Ci = t4, t4 = s)), t4;
          })()), t3;
        }
        function Qi() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2;
          return t3 = Ci, (e3 = Nl()) !== s && Bb() !== s ? ((n2 = Ji()) === s && (n2 = null), n2 !== s && Bb() !== s ? ((o2 = Zl()) === s && (o2 = null), o2 !== s && Bb() !== s ? ((u2 = Ep()) === s && (u2 = Ap()), u2 === s && (u2 = null), u2 !== s && Bb() !== s ? (a2 = Ci, "nulls" === r2.substr(Ci, 5).toLowerCase() ? (i2 = r2.substr(Ci, 5), Ci += 5) : (i2 = s, 0 === _i && Ri(mr)), i2 !== s && (c2 = Bb()) !== s ? ("first" === r2.substr(Ci, 5).toLowerCase() ? (l2 = r2.substr(Ci, 5), Ci += 5) : (l2 = s, 0 === _i && Ri(Cr)), l2 === s && ("last" === r2.substr(Ci, 4).toLowerCase() ? (l2 = r2.substr(Ci, 4), Ci += 4) : (l2 = s, 0 === _i && Ri(Er))), l2 !== s ? a2 = i2 = [i2, c2, l2] : (Ci = a2, a2 = s)) : (Ci = a2, a2 = s), a2 === s && (a2 = null), a2 !== s ? (Ei = t3, f2 = e3, p2 = n2, b2 = o2, v2 = u2, y2 = a2, t3 = e3 = { ...f2, collate: p2, opclass: b2, order_by: v2 && v2.toLowerCase(), nulls: y2 && `${y2[0].toLowerCase()} ${y2[2].toLowerCase()}` }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Ki() {
          var r3;
          return (r3 = Zi()) === s && (r3 = pc()) === s && (r3 = bc()) === s && (r3 = vc()), r3;
        }
        function zi() {
          var t3, e3, n2, o2;
          return (t3 = (function() {
            var r3, t4, e4;
            r3 = Ci, (t4 = If()) === s && (t4 = xf());
            t4 !== s && Bb() !== s ? ((e4 = tc()) === s && (e4 = null), e4 !== s ? (Ei = r3, o3 = e4, (n3 = t4) && !n3.value && (n3.value = "null"), r3 = t4 = { default_val: o3, nullable: n3 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
            var n3, o3;
            r3 === s && (r3 = Ci, (t4 = tc()) !== s && Bb() !== s ? ((e4 = If()) === s && (e4 = xf()), e4 === s && (e4 = null), e4 !== s ? (Ei = r3, t4 = (function(r4, t5) {
              return t5 && !t5.value && (t5.value = "null"), { default_val: r4, nullable: t5 };
            })(t4, e4), r3 = t4) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s));
            return r3;
          })()) === s && (t3 = Ci, "auto_increment" === r2.substr(Ci, 14).toLowerCase() ? (e3 = r2.substr(Ci, 14), Ci += 14) : (e3 = s, 0 === _i && Ri(Ar)), e3 !== s && (Ei = t3, e3 = { auto_increment: e3.toLowerCase() }), (t3 = e3) === s && (t3 = Ci, "unique" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(gr)), e3 !== s && Bb() !== s ? ("key" === r2.substr(Ci, 3).toLowerCase() ? (n2 = r2.substr(Ci, 3), Ci += 3) : (n2 = s, 0 === _i && Ri(Tr)), n2 === s && (n2 = null), n2 !== s ? (Ei = t3, t3 = e3 = (function(r3) {
            const t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "primary" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(_r)), e3 === s && (e3 = null), e3 !== s && Bb() !== s ? ("key" === r2.substr(Ci, 3).toLowerCase() ? (n2 = r2.substr(Ci, 3), Ci += 3) : (n2 = s, 0 === _i && Ri(Tr)), n2 !== s ? (Ei = t3, t3 = e3 = (function(r3) {
            const t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = Yb()) !== s && (Ei = t3, e3 = { comment: e3 }), (t3 = e3) === s && (t3 = Ci, (e3 = Ji()) !== s && (Ei = t3, e3 = { collate: e3 }), (t3 = e3) === s && (t3 = Ci, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ci, "column_format" === r2.substr(Ci, 13).toLowerCase() ? (e4 = r2.substr(Ci, 13), Ci += 13) : (e4 = s, 0 === _i && Ri(Sr));
            e4 !== s && Bb() !== s ? ("fixed" === r2.substr(Ci, 5).toLowerCase() ? (n3 = r2.substr(Ci, 5), Ci += 5) : (n3 = s, 0 === _i && Ri(jr)), n3 === s && ("dynamic" === r2.substr(Ci, 7).toLowerCase() ? (n3 = r2.substr(Ci, 7), Ci += 7) : (n3 = s, 0 === _i && Ri(xr)), n3 === s && ("default" === r2.substr(Ci, 7).toLowerCase() ? (n3 = r2.substr(Ci, 7), Ci += 7) : (n3 = s, 0 === _i && Ri(Ir)))), n3 !== s ? (Ei = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (Ei = t3, e3 = { column_format: e3 }), (t3 = e3) === s && (t3 = Ci, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ci, "storage" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(Rr));
            e4 !== s && Bb() !== s ? ("disk" === r2.substr(Ci, 4).toLowerCase() ? (n3 = r2.substr(Ci, 4), Ci += 4) : (n3 = s, 0 === _i && Ri(Nr)), n3 === s && ("memory" === r2.substr(Ci, 6).toLowerCase() ? (n3 = r2.substr(Ci, 6), Ci += 6) : (n3 = s, 0 === _i && Ri(Or))), n3 !== s ? (Ei = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (Ei = t3, e3 = { storage: e3 }), (t3 = e3) === s && (t3 = Ci, (e3 = wc()) !== s && (Ei = t3, e3 = { reference_definition: e3 }), (t3 = e3) === s && (t3 = Ci, (e3 = mc()) !== s && Bb() !== s ? ((n2 = Eb()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = zl()) !== s ? (Ei = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { character_set: { type: r3, value: e4, symbol: t4 } };
          })(e3, n2, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)))))))))), t3;
        }
        function Zi() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = Ci, (t3 = Ql()) !== s && Bb() !== s && (e3 = av()) !== s && Bb() !== s ? ((n2 = (function() {
            var r4, t4, e4, n3, o3, u3;
            if (r4 = Ci, (t4 = zi()) !== s) if (Bb() !== s) {
              for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = zi()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = zi()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s);
              e4 !== s ? (Ei = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (Ci = r4, r4 = s);
            } else Ci = r4, r4 = s;
            else Ci = r4, r4 = s;
            return r4;
          })()) === s && (n2 = null), n2 !== s ? (Ei = r3, o2 = t3, u2 = e3, a2 = n2, Tv.add(`create::${o2.table}::${o2.column}`), r3 = t3 = { column: o2, definition: u2, resource: "column", ...a2 || {} }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function Ji() {
          var t3, e3, n2;
          return t3 = Ci, (function() {
            var t4, e4, n3, o2;
            t4 = Ci, "collate" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(Ct));
            e4 !== s ? (n3 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t4, t4 = e4 = "COLLATE") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })() !== s && Bb() !== s ? ((e3 = Eb()) === s && (e3 = null), e3 !== s && Bb() !== s && (n2 = Zl()) !== s ? (Ei = t3, t3 = { type: "collate", keyword: "collate", collate: { name: n2, symbol: e3 } }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function rc() {
          var r3, t3, e3, n2, o2;
          return r3 = Ci, (t3 = qf()) === s && (t3 = Eb()), t3 === s && (t3 = null), t3 !== s && Bb() !== s && (e3 = Nl()) !== s ? (Ei = r3, o2 = e3, r3 = t3 = { type: "default", keyword: (n2 = t3) && n2[0], value: o2 }) : (Ci = r3, r3 = s), r3;
        }
        function tc() {
          var r3, t3;
          return r3 = Ci, qf() !== s && Bb() !== s && (t3 = Nl()) !== s ? (Ei = r3, r3 = { type: "default", value: t3 }) : (Ci = r3, r3 = s), r3;
        }
        function ec() {
          var r3, t3, e3;
          return r3 = Ci, (t3 = kb()) !== s && (Ei = r3, t3 = [{ name: "*" }]), (r3 = t3) === s && (r3 = Ci, (t3 = sc()) === s && (t3 = null), t3 !== s && Bb() !== s && Cp() !== s && Bb() !== s && mp() !== s && Bb() !== s && (e3 = sc()) !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
            const e4 = r4 || [];
            return e4.orderby = t4, e4;
          })(t3, e3)) : (Ci = r3, r3 = s), r3 === s && (r3 = sc())), r3;
        }
        function nc() {
          var t3, e3;
          return t3 = Ci, (e3 = Sp()) === s && ("out" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(Mr)), e3 === s && ("variadic" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(Dr)), e3 === s && ("inout" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Pr))))), e3 !== s && (Ei = t3, e3 = e3.toUpperCase()), t3 = e3;
        }
        function oc() {
          var r3, t3, e3, n2, o2;
          return r3 = Ci, (t3 = nc()) === s && (t3 = null), t3 !== s && Bb() !== s && (e3 = av()) !== s && Bb() !== s ? ((n2 = rc()) === s && (n2 = null), n2 !== s ? (Ei = r3, r3 = t3 = { mode: t3, type: e3, default: n2 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t3 = nc()) === s && (t3 = null), t3 !== s && Bb() !== s && (e3 = lf()) !== s && Bb() !== s && (n2 = av()) !== s && Bb() !== s ? ((o2 = rc()) === s && (o2 = null), o2 !== s ? (Ei = r3, r3 = t3 = /* @__PURE__ */ (function(r4, t4, e4, n3) {
            return { mode: r4, name: t4, type: e4, default: n3 };
          })(t3, e3, n2, o2)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)), r3;
        }
        function sc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = oc()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = oc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = oc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function uc() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2;
            r4 = Ci, (t3 = Ab()) !== s && Bb() !== s ? ((e3 = gb()) === s && (e3 = null), e3 !== s && Bb() !== s && (n2 = Zi()) !== s ? (Ei = r4, o2 = e3, u2 = n2, t3 = { action: "add", ...u2, keyword: o2, resource: "column", type: "alter" }, r4 = t3) : (Ci = r4, r4 = s)) : (Ci = r4, r4 = s);
            var o2, u2;
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3;
            r4 = Ci, Ab() !== s && Bb() !== s && (t3 = vc()) !== s ? (Ei = r4, r4 = { action: "add", create_definitions: t3, resource: "constraint", type: "alter" }) : (Ci = r4, r4 = s);
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ci, Vf() !== s && Bb() !== s ? ((t3 = gb()) === s && (t3 = null), t3 !== s && Bb() !== s && (e3 = Ql()) !== s ? (Ei = r4, r4 = { action: "drop", column: e3, keyword: t3, resource: "column", type: "alter" }) : (Ci = r4, r4 = s)) : (Ci = r4, r4 = s);
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ci, (t3 = Ab()) !== s && Bb() !== s && (e3 = pc()) !== s ? (Ei = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (Ci = r4, r4 = s);
            var n2;
            return r4;
          })()) === s && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ci, (t3 = Ab()) !== s && Bb() !== s && (e3 = bc()) !== s ? (Ei = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (Ci = r4, r4 = s);
            var n2;
            return r4;
          })()) === s && (r3 = ac()) === s && (r3 = lc()) === s && (r3 = fc()), r3;
        }
        function ac() {
          var r3, t3, e3, n2, o2;
          return r3 = Ci, op() !== s && Bb() !== s ? ((t3 = Wf()) === s && (t3 = lp()), t3 === s && (t3 = null), t3 !== s && Bb() !== s && (e3 = Zl()) !== s ? (Ei = r3, o2 = e3, r3 = { action: "rename", type: "alter", resource: "table", keyword: (n2 = t3) && n2[0].toLowerCase(), table: o2 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function ic() {
          var t3, e3, n2;
          return t3 = Ci, "owner" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Gr)), e3 !== s && Bb() !== s && Wf() !== s && Bb() !== s ? ((n2 = Zl()) === s && ("current_role" === r2.substr(Ci, 12).toLowerCase() ? (n2 = r2.substr(Ci, 12), Ci += 12) : (n2 = s, 0 === _i && Ri($r)), n2 === s && ("current_user" === r2.substr(Ci, 12).toLowerCase() ? (n2 = r2.substr(Ci, 12), Ci += 12) : (n2 = s, 0 === _i && Ri(Fr)), n2 === s && ("session_user" === r2.substr(Ci, 12).toLowerCase() ? (n2 = r2.substr(Ci, 12), Ci += 12) : (n2 = s, 0 === _i && Ri(Hr))))), n2 !== s ? (Ei = t3, t3 = e3 = { action: "owner", type: "alter", resource: "table", keyword: "to", table: n2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function cc() {
          var r3, t3;
          return r3 = Ci, cp() !== s && Bb() !== s && pp() !== s && Bb() !== s && (t3 = Zl()) !== s ? (Ei = r3, r3 = { action: "set", type: "alter", resource: "table", keyword: "schema", table: t3 }) : (Ci = r3, r3 = s), r3;
        }
        function lc() {
          var t3, e3, n2, o2;
          return t3 = Ci, "algorithm" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(Br)), e3 !== s && Bb() !== s ? ((n2 = Eb()) === s && (n2 = null), n2 !== s && Bb() !== s ? ("default" === r2.substr(Ci, 7).toLowerCase() ? (o2 = r2.substr(Ci, 7), Ci += 7) : (o2 = s, 0 === _i && Ri(Ir)), o2 === s && ("instant" === r2.substr(Ci, 7).toLowerCase() ? (o2 = r2.substr(Ci, 7), Ci += 7) : (o2 = s, 0 === _i && Ri(qr)), o2 === s && ("inplace" === r2.substr(Ci, 7).toLowerCase() ? (o2 = r2.substr(Ci, 7), Ci += 7) : (o2 = s, 0 === _i && Ri(Wr)), o2 === s && ("copy" === r2.substr(Ci, 4).toLowerCase() ? (o2 = r2.substr(Ci, 4), Ci += 4) : (o2 = s, 0 === _i && Ri(Yr))))), o2 !== s ? (Ei = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function fc() {
          var t3, e3, n2, o2;
          return t3 = Ci, "lock" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Vr)), e3 !== s && Bb() !== s ? ((n2 = Eb()) === s && (n2 = null), n2 !== s && Bb() !== s ? ("default" === r2.substr(Ci, 7).toLowerCase() ? (o2 = r2.substr(Ci, 7), Ci += 7) : (o2 = s, 0 === _i && Ri(Ir)), o2 === s && ("none" === r2.substr(Ci, 4).toLowerCase() ? (o2 = r2.substr(Ci, 4), Ci += 4) : (o2 = s, 0 === _i && Ri(Lr)), o2 === s && ("shared" === r2.substr(Ci, 6).toLowerCase() ? (o2 = r2.substr(Ci, 6), Ci += 6) : (o2 = s, 0 === _i && Ri(Xr)), o2 === s && ("exclusive" === r2.substr(Ci, 9).toLowerCase() ? (o2 = r2.substr(Ci, 9), Ci += 9) : (o2 = s, 0 === _i && Ri(Qr))))), o2 !== s ? (Ei = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function pc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          return r3 = Ci, (t3 = Tb()) === s && (t3 = _b()), t3 !== s && Bb() !== s ? ((e3 = af()) === s && (e3 = null), e3 !== s && Bb() !== s ? ((n2 = Qc()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Uc()) !== s && Bb() !== s ? ((u2 = Kc()) === s && (u2 = null), u2 !== s && Bb() !== s ? (Ei = r3, a2 = n2, i2 = u2, r3 = t3 = { index: e3, definition: o2, keyword: t3.toLowerCase(), index_type: a2, resource: "index", index_options: i2 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function bc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = Ci, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "fulltext" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(Ha));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t4, t4 = e4 = "FULLTEXT") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) === s && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "spatial" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(Ba));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t4, t4 = e4 = "SPATIAL") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()), e3 !== s && Bb() !== s ? ((n2 = Tb()) === s && (n2 = _b()), n2 === s && (n2 = null), n2 !== s && Bb() !== s ? ((o2 = af()) === s && (o2 = null), o2 !== s && Bb() !== s && (u2 = Uc()) !== s && Bb() !== s ? ((a2 = Kc()) === s && (a2 = null), a2 !== s && Bb() !== s ? (Ei = t3, i2 = e3, l2 = a2, t3 = e3 = { index: o2, definition: u2, keyword: (c2 = n2) && `${i2.toLowerCase()} ${c2.toLowerCase()}` || i2.toLowerCase(), index_options: l2, resource: "index" }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function vc() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = Ci, (e3 = yc()) === s && (e3 = null);
            e3 !== s && Bb() !== s ? ("primary key" === r2.substr(Ci, 11).toLowerCase() ? (n2 = r2.substr(Ci, 11), Ci += 11) : (n2 = s, 0 === _i && Ri(Kr)), n2 !== s && Bb() !== s ? ((o2 = Qc()) === s && (o2 = null), o2 !== s && Bb() !== s && (u2 = Uc()) !== s && Bb() !== s ? ((a2 = Kc()) === s && (a2 = null), a2 !== s ? (Ei = t4, c2 = n2, l2 = o2, f2 = u2, p2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2.toLowerCase(), keyword: i2 && i2.keyword, index_type: l2, resource: "constraint", index_options: p2 }, t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === s && (t3 = (function() {
            var r3, t4, e3, n2, o2, u2, a2, i2;
            r3 = Ci, (t4 = yc()) === s && (t4 = null);
            t4 !== s && Bb() !== s && (e3 = Sb()) !== s && Bb() !== s ? ((n2 = Tb()) === s && (n2 = _b()), n2 === s && (n2 = null), n2 !== s && Bb() !== s ? ((o2 = af()) === s && (o2 = null), o2 !== s && Bb() !== s ? ((u2 = Qc()) === s && (u2 = null), u2 !== s && Bb() !== s && (a2 = Uc()) !== s && Bb() !== s ? ((i2 = Kc()) === s && (i2 = null), i2 !== s ? (Ei = r3, l2 = e3, f2 = n2, p2 = o2, b2 = u2, v2 = a2, y2 = i2, t4 = { constraint: (c2 = t4) && c2.constraint, definition: v2, constraint_type: f2 && `${l2.toLowerCase()} ${f2.toLowerCase()}` || l2.toLowerCase(), keyword: c2 && c2.keyword, index_type: b2, index: p2, resource: "constraint", index_options: y2 }, r3 = t4) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
            var c2, l2, f2, p2, b2, v2, y2;
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = Ci, (e3 = yc()) === s && (e3 = null);
            e3 !== s && Bb() !== s ? ("foreign key" === r2.substr(Ci, 11).toLowerCase() ? (n2 = r2.substr(Ci, 11), Ci += 11) : (n2 = s, 0 === _i && Ri(zr)), n2 !== s && Bb() !== s ? ((o2 = af()) === s && (o2 = null), o2 !== s && Bb() !== s && (u2 = Uc()) !== s && Bb() !== s ? ((a2 = wc()) === s && (a2 = null), a2 !== s ? (Ei = t4, c2 = n2, l2 = o2, f2 = u2, p2 = a2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2, keyword: i2 && i2.keyword, index: l2, resource: "constraint", reference_definition: p2 }, t4 = e3) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === s && (t3 = dc()), t3;
        }
        function yc() {
          var r3, t3, e3, n2;
          return r3 = Ci, (t3 = xb()) !== s && Bb() !== s ? ((e3 = Zl()) === s && (e3 = null), e3 !== s ? (Ei = r3, n2 = e3, r3 = t3 = { keyword: t3.toLowerCase(), constraint: n2 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function dc() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = Ci, (e3 = yc()) === s && (e3 = null), e3 !== s && Bb() !== s ? ("check" === r2.substr(Ci, 5).toLowerCase() ? (n2 = r2.substr(Ci, 5), Ci += 5) : (n2 = s, 0 === _i && Ri(v)), n2 !== s && Bb() !== s && Ub() !== s && Bb() !== s && (o2 = Ol()) !== s && Bb() !== s && Mb() !== s ? (Ei = t3, a2 = n2, i2 = o2, t3 = e3 = { constraint: (u2 = e3) && u2.constraint, definition: [i2], constraint_type: a2.toLowerCase(), keyword: u2 && u2.keyword, resource: "constraint" }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function wc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return t3 = Ci, (e3 = Rb()) !== s && Bb() !== s && (n2 = el()) !== s && Bb() !== s && (o2 = Uc()) !== s && Bb() !== s ? ("match full" === r2.substr(Ci, 10).toLowerCase() ? (u2 = r2.substr(Ci, 10), Ci += 10) : (u2 = s, 0 === _i && Ri(Zr)), u2 === s && ("match partial" === r2.substr(Ci, 13).toLowerCase() ? (u2 = r2.substr(Ci, 13), Ci += 13) : (u2 = s, 0 === _i && Ri(Jr)), u2 === s && ("match simple" === r2.substr(Ci, 12).toLowerCase() ? (u2 = r2.substr(Ci, 12), Ci += 12) : (u2 = s, 0 === _i && Ri(rt)))), u2 === s && (u2 = null), u2 !== s && Bb() !== s ? ((a2 = hc()) === s && (a2 = null), a2 !== s && Bb() !== s ? ((i2 = hc()) === s && (i2 = null), i2 !== s ? (Ei = t3, c2 = u2, l2 = a2, f2 = i2, t3 = e3 = { definition: o2, table: [n2], keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = hc()) !== s && (Ei = t3, e3 = { on_action: [e3] }), t3 = e3), t3;
        }
        function hc() {
          var t3, e3, n2, o2;
          return t3 = Ci, bp() !== s && Bb() !== s ? ((e3 = rp()) === s && (e3 = Kf()), e3 !== s && Bb() !== s && (n2 = (function() {
            var t4, e4, n3;
            t4 = Ci, (e4 = yb()) !== s && Bb() !== s && Ub() !== s && Bb() !== s ? ((n3 = _l()) === s && (n3 = null), n3 !== s && Bb() !== s && Mb() !== s ? (Ei = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            t4 === s && (t4 = Ci, "restrict" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(Ur)), e4 === s && ("cascade" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(kr)), e4 === s && ("set null" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(tt)), e4 === s && ("no action" === r2.substr(Ci, 9).toLowerCase() ? (e4 = r2.substr(Ci, 9), Ci += 9) : (e4 = s, 0 === _i && Ri(et)), e4 === s && ("set default" === r2.substr(Ci, 11).toLowerCase() ? (e4 = r2.substr(Ci, 11), Ci += 11) : (e4 = s, 0 === _i && Ri(nt)), e4 === s && (e4 = yb()))))), e4 !== s && (Ei = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4);
            return t4;
          })()) !== s ? (Ei = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Lc() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = Ci, (e3 = tp()) === s && (e3 = rp()) === s && (e3 = bb()), e3 !== s && (Ei = t3, i2 = e3, e3 = { keyword: Array.isArray(i2) ? i2[0].toLowerCase() : i2.toLowerCase() }), (t3 = e3) === s && (t3 = Ci, (e3 = Kf()) !== s && Bb() !== s ? (n2 = Ci, "of" === r2.substr(Ci, 2).toLowerCase() ? (o2 = r2.substr(Ci, 2), Ci += 2) : (o2 = s, 0 === _i && Ri(lt)), o2 !== s && (u2 = Bb()) !== s && (a2 = ul()) !== s ? n2 = o2 = [o2, u2, a2] : (Ci = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
            return { keyword: r3 && r3[0] && r3[0].toLowerCase(), args: t4 && { keyword: t4[0], columns: t4[2] } || null };
          })(e3, n2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)), t3;
        }
        function mc() {
          var t3, e3, n2;
          return t3 = Ci, "character" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(ht)), e3 !== s && Bb() !== s ? ("set" === r2.substr(Ci, 3).toLowerCase() ? (n2 = r2.substr(Ci, 3), Ci += 3) : (n2 = s, 0 === _i && Ri(Lt)), n2 !== s ? (Ei = t3, t3 = e3 = "CHARACTER SET") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Cc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = Ci, (e3 = qf()) === s && (e3 = null), e3 !== s && Bb() !== s ? ((n2 = mc()) === s && ("charset" === r2.substr(Ci, 7).toLowerCase() ? (n2 = r2.substr(Ci, 7), Ci += 7) : (n2 = s, 0 === _i && Ri(mt)), n2 === s && ("collate" === r2.substr(Ci, 7).toLowerCase() ? (n2 = r2.substr(Ci, 7), Ci += 7) : (n2 = s, 0 === _i && Ri(Ct)))), n2 !== s && Bb() !== s ? ((o2 = Eb()) === s && (o2 = null), o2 !== s && Bb() !== s && (u2 = zl()) !== s ? (Ei = t3, i2 = n2, c2 = o2, l2 = u2, t3 = e3 = { keyword: (a2 = e3) && `${a2[0].toLowerCase()} ${i2.toLowerCase()}` || i2.toLowerCase(), symbol: c2, value: l2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Ec() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = Ci, "auto_increment" === r2.substr(Ci, 14).toLowerCase() ? (e3 = r2.substr(Ci, 14), Ci += 14) : (e3 = s, 0 === _i && Ri(Ar)), e3 === s && ("avg_row_length" === r2.substr(Ci, 14).toLowerCase() ? (e3 = r2.substr(Ci, 14), Ci += 14) : (e3 = s, 0 === _i && Ri(Et)), e3 === s && ("key_block_size" === r2.substr(Ci, 14).toLowerCase() ? (e3 = r2.substr(Ci, 14), Ci += 14) : (e3 = s, 0 === _i && Ri(At)), e3 === s && ("max_rows" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(gt)), e3 === s && ("min_rows" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(Tt)), e3 === s && ("stats_sample_pages" === r2.substr(Ci, 18).toLowerCase() ? (e3 = r2.substr(Ci, 18), Ci += 18) : (e3 = s, 0 === _i && Ri(_t))))))), e3 !== s && Bb() !== s ? ((n2 = Eb()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Mf()) !== s ? (Ei = t3, c2 = n2, l2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: c2, value: l2.value }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Cc()) === s && (t3 = Ci, (e3 = jb()) === s && ("connection" === r2.substr(Ci, 10).toLowerCase() ? (e3 = r2.substr(Ci, 10), Ci += 10) : (e3 = s, 0 === _i && Ri(St))), e3 !== s && Bb() !== s ? ((n2 = Eb()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Nf()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "compression" === r2.substr(Ci, 11).toLowerCase() ? (e3 = r2.substr(Ci, 11), Ci += 11) : (e3 = s, 0 === _i && Ri(jt)), e3 !== s && Bb() !== s ? ((n2 = Eb()) === s && (n2 = null), n2 !== s && Bb() !== s ? (o2 = Ci, 39 === r2.charCodeAt(Ci) ? (u2 = "'", Ci++) : (u2 = s, 0 === _i && Ri(xt)), u2 !== s ? ("zlib" === r2.substr(Ci, 4).toLowerCase() ? (a2 = r2.substr(Ci, 4), Ci += 4) : (a2 = s, 0 === _i && Ri(It)), a2 === s && ("lz4" === r2.substr(Ci, 3).toLowerCase() ? (a2 = r2.substr(Ci, 3), Ci += 3) : (a2 = s, 0 === _i && Ri(Rt)), a2 === s && ("none" === r2.substr(Ci, 4).toLowerCase() ? (a2 = r2.substr(Ci, 4), Ci += 4) : (a2 = s, 0 === _i && Ri(Lr)))), a2 !== s ? (39 === r2.charCodeAt(Ci) ? (i2 = "'", Ci++) : (i2 = s, 0 === _i && Ri(xt)), i2 !== s ? o2 = u2 = [u2, a2, i2] : (Ci = o2, o2 = s)) : (Ci = o2, o2 = s)) : (Ci = o2, o2 = s), o2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "engine" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(Nt)), e3 !== s && Bb() !== s ? ((n2 = Eb()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = lf()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.toUpperCase() };
          })(e3, n2, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)))), t3;
        }
        function Ac() {
          var t3, e3, n2;
          return t3 = Ci, (e3 = Qf()) === s && (e3 = tp()) === s && (e3 = Kf()) === s && (e3 = rp()) === s && (e3 = bb()) === s && (e3 = Rb()) === s && ("trigger" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(ot))), e3 !== s && (Ei = t3, n2 = e3, e3 = { type: "origin", value: Array.isArray(n2) ? n2[0] : n2 }), t3 = e3;
        }
        function gc() {
          var t3, e3, n2, o2;
          return t3 = Ci, gp() !== s ? (e3 = Ci, (n2 = Bb()) !== s ? ("privileges" === r2.substr(Ci, 10).toLowerCase() ? (o2 = r2.substr(Ci, 10), Ci += 10) : (o2 = s, 0 === _i && Ri(Xt)), o2 !== s ? e3 = n2 = [n2, o2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (Ei = t3, t3 = { type: "origin", value: e3 ? "all privileges" : "all" }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Tc() {
          var t3;
          return (t3 = Ac()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = Ci, "usage" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Wt)), e3 === s && (e3 = Qf()) === s && (e3 = Kf()), e3 !== s && (Ei = t4, e3 = Yt(e3)), t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = Ci, (e3 = zf()) === s && ("connect" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Vt)), e3 === s && (e3 = Zf()) === s && (e3 = Jf())), e3 !== s && (Ei = t4, e3 = Yt(e3)), t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = Ci, "usage" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Wt)), e3 !== s && (Ei = t4, e3 = Qt(e3)), (t4 = e3) === s && (t4 = gc()), t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            return t4 = Ci, "execute" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(it)), e3 !== s && (Ei = t4, e3 = Qt(e3)), (t4 = e3) === s && (t4 = gc()), t4;
          })()), t3;
        }
        function _c() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return r3 = Ci, (t3 = Tc()) !== s && Bb() !== s ? (e3 = Ci, (n2 = Ub()) !== s && (o2 = Bb()) !== s && (u2 = ul()) !== s && (a2 = Bb()) !== s && (i2 = Mb()) !== s ? e3 = n2 = [n2, o2, u2, a2, i2] : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (Ei = r3, r3 = t3 = { priv: t3, columns: (c2 = e3) && c2[2] }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function Sc() {
          var r3, t3, e3, n2, o2;
          return r3 = Ci, t3 = Ci, (e3 = Zl()) !== s && (n2 = Bb()) !== s && (o2 = Nb()) !== s ? t3 = e3 = [e3, n2, o2] : (Ci = t3, t3 = s), t3 === s && (t3 = null), t3 !== s && (e3 = Bb()) !== s ? ((n2 = Zl()) === s && (n2 = kb()), n2 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
            return { prefix: r4 && r4[0], name: t4 };
          })(t3, n2)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function jc() {
          var t3, e3, n2, o2;
          return t3 = Ci, (e3 = Lp()) === s && (e3 = null), e3 !== s && Bb() !== s && (n2 = Zl()) !== s ? (Ei = t3, o2 = n2, t3 = e3 = { name: { type: "origin", value: e3 ? `${group} ${o2}` : o2 } }) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "public" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(ae)), e3 === s && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "current_role" === r2.substr(Ci, 12).toLowerCase() ? (e4 = r2.substr(Ci, 12), Ci += 12) : (e4 = s, 0 === _i && Ri($r));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t4, t4 = e4 = "CURRENT_ROLE") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) === s && (e3 = db()) === s && (e3 = wb()), e3 !== s && (Ei = t3, e3 = /* @__PURE__ */ (function(r3) {
            return { name: { type: "origin", value: r3 } };
          })(e3)), t3 = e3), t3;
        }
        function xc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = jc()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = jc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = jc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Ic() {
          var t3, e3, n2, o2, u2, a2, i2, c2;
          return t3 = Ci, "grant" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(ie)), e3 !== s && (Ei = t3, e3 = { type: "grant" }), (t3 = e3) === s && (t3 = Ci, "revoke" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(fe)), e3 !== s && Bb() !== s ? (n2 = Ci, "grant" === r2.substr(Ci, 5).toLowerCase() ? (o2 = r2.substr(Ci, 5), Ci += 5) : (o2 = s, 0 === _i && Ri(ie)), o2 !== s && (u2 = Bb()) !== s ? ("option" === r2.substr(Ci, 6).toLowerCase() ? (a2 = r2.substr(Ci, 6), Ci += 6) : (a2 = s, 0 === _i && Ri(ce)), a2 !== s && (i2 = Bb()) !== s ? ("for" === r2.substr(Ci, 3).toLowerCase() ? (c2 = r2.substr(Ci, 3), Ci += 3) : (c2 = s, 0 === _i && Ri(vt)), c2 !== s ? n2 = o2 = [o2, u2, a2, i2, c2] : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (Ei = t3, t3 = e3 = { type: "revoke", grant_option_for: n2 && { type: "origin", value: "grant option for" } }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)), t3;
        }
        function Rc() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = Ci, "elseif" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(pe)), e3 !== s && Bb() !== s && (n2 = Nl()) !== s && Bb() !== s ? ("then" === r2.substr(Ci, 4).toLowerCase() ? (o2 = r2.substr(Ci, 4), Ci += 4) : (o2 = s, 0 === _i && Ri(be)), o2 !== s && Bb() !== s && (u2 = Ui()) !== s && Bb() !== s ? ((a2 = Gb()) === s && (a2 = null), a2 !== s ? (Ei = t3, t3 = e3 = { type: "elseif", boolean_expr: n2, then: u2, semicolon: a2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Nc() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = Ci, (e3 = Qf()) !== s && (n2 = Bb()) !== s ? (59 === r2.charCodeAt(Ci) ? (o2 = ";", Ci++) : (o2 = s, 0 === _i && Ri(Ne)), o2 !== s ? (Ei = t3, t3 = e3 = { type: "select" }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Dc()) === s && (t3 = Ci, e3 = Ci, 40 === r2.charCodeAt(Ci) ? (n2 = "(", Ci++) : (n2 = s, 0 === _i && Ri(Oe)), n2 !== s && (o2 = Bb()) !== s && (u2 = Nc()) !== s && (a2 = Bb()) !== s ? (41 === r2.charCodeAt(Ci) ? (i2 = ")", Ci++) : (i2 = s, 0 === _i && Ri(Ue)), i2 !== s ? e3 = n2 = [n2, o2, u2, a2, i2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s), e3 !== s && (Ei = t3, e3 = { ...e3[2], parentheses_symbol: true }), t3 = e3), t3;
        }
        function Oc() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          if (r3 = Ci, hp() !== s) if (Bb() !== s) if ((t3 = kc()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = kc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = kc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = hv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          if (r3 === s) if (r3 = Ci, Bb() !== s) if (hp() !== s) if ((t3 = Bb()) !== s) if ((e3 = ep()) !== s) if ((n2 = Bb()) !== s) if ((o2 = kc()) !== s) {
            for (u2 = [], a2 = Ci, (i2 = Bb()) !== s && (c2 = Ob()) !== s && (l2 = Bb()) !== s && (f2 = kc()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Ci = a2, a2 = s); a2 !== s; ) u2.push(a2), a2 = Ci, (i2 = Bb()) !== s && (c2 = Ob()) !== s && (l2 = Bb()) !== s && (f2 = kc()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Ci = a2, a2 = s);
            u2 !== s ? (Ei = r3, r3 = (function(r4, t4) {
              return r4.recursive = true, hv(r4, t4);
            })(o2, u2)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          return r3;
        }
        function kc() {
          var r3, t3, e3, n2;
          return r3 = Ci, (t3 = Nf()) === s && (t3 = lf()), t3 !== s && Bb() !== s ? ((e3 = Uc()) === s && (e3 = null), e3 !== s && Bb() !== s && lp() !== s && Bb() !== s && Ub() !== s && Bb() !== s && (n2 = Ui()) !== s && Bb() !== s && Mb() !== s ? (Ei = r3, r3 = t3 = (function(r4, t4, e4) {
            return "string" == typeof r4 && (r4 = { type: "default", value: r4 }), { name: r4, stmt: e4.ast, columns: t4 };
          })(t3, e3, n2)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function Uc() {
          var r3, t3;
          return r3 = Ci, Ub() !== s && Bb() !== s && (t3 = ul()) !== s && Bb() !== s && Mb() !== s ? (Ei = r3, r3 = t3) : (Ci = r3, r3 = s), r3;
        }
        function Mc() {
          var r3, t3, e3, n2, o2;
          return r3 = Ci, (t3 = Tp()) !== s && Bb() !== s && bp() !== s && Bb() !== s && Ub() !== s && Bb() !== s && (e3 = ul()) !== s && Bb() !== s && Mb() !== s ? (Ei = r3, n2 = t3, o2 = e3, console.lo, r3 = t3 = { type: n2 + " ON", columns: o2 }) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t3 = Tp()) === s && (t3 = null), t3 !== s && (Ei = r3, t3 = /* @__PURE__ */ (function(r4) {
            return { type: r4 };
          })(t3)), r3 = t3), r3;
        }
        function Dc() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2;
          return t3 = Ci, Bb() !== s ? ((e3 = Oc()) === s && (e3 = null), e3 !== s && Bb() !== s && Qf() !== s && qb() !== s ? ((n2 = (function() {
            var r3, t4, e4, n3, o3, u3;
            if (r3 = Ci, (t4 = Pc()) !== s) {
              for (e4 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Pc()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Pc()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s);
              e4 !== s ? (Ei = r3, t4 = (function(r4, t5) {
                const e5 = [r4];
                for (let r5 = 0, n4 = t5.length; r5 < n4; ++r5) e5.push(t5[r5][1]);
                return e5;
              })(t4, e4), r3 = t4) : (Ci = r3, r3 = s);
            } else Ci = r3, r3 = s;
            return r3;
          })()) === s && (n2 = null), n2 !== s && Bb() !== s ? ((o2 = Mc()) === s && (o2 = null), o2 !== s && Bb() !== s && (u2 = Gc()) !== s && Bb() !== s ? ((a2 = Yc()) === s && (a2 = null), a2 !== s && Bb() !== s ? ((i2 = Vc()) === s && (i2 = null), i2 !== s && Bb() !== s ? ((c2 = Yc()) === s && (c2 = null), c2 !== s && Bb() !== s ? ((l2 = sl()) === s && (l2 = null), l2 !== s && Bb() !== s ? ((f2 = (function() {
            var r3, t4, e4;
            r3 = Ci, (t4 = Lp()) !== s && Bb() !== s && mp() !== s && Bb() !== s && (e4 = _l()) !== s ? (Ei = r3, t4 = { columns: e4.value }, r3 = t4) : (Ci = r3, r3 = s);
            return r3;
          })()) === s && (f2 = null), f2 !== s && Bb() !== s ? ((p2 = (function() {
            var t4, e4;
            t4 = Ci, (function() {
              var t5, e5, n3, o3;
              t5 = Ci, "having" === r2.substr(Ci, 6).toLowerCase() ? (e5 = r2.substr(Ci, 6), Ci += 6) : (e5 = s, 0 === _i && Ri(ou));
              e5 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })() !== s && Bb() !== s && (e4 = Ol()) !== s ? (Ei = t4, t4 = e4) : (Ci = t4, t4 = s);
            return t4;
          })()) === s && (p2 = null), p2 !== s && Bb() !== s ? ((b2 = vl()) === s && (b2 = null), b2 !== s && Bb() !== s ? ((v2 = wl()) === s && (v2 = null), v2 !== s && Bb() !== s ? ((y2 = (function() {
            var t4, e4;
            t4 = Ci, (function() {
              var t5, e5, n3, o3;
              t5 = Ci, "window" === r2.substr(Ci, 6).toLowerCase() ? (e5 = r2.substr(Ci, 6), Ci += 6) : (e5 = s, 0 === _i && Ri(N));
              e5 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t5 = e5 = [e5, n3] : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })() !== s && Bb() !== s && (e4 = (function() {
              var r3, t5, e5, n3, o3, u3, a3, i3;
              if (r3 = Ci, (t5 = al()) !== s) {
                for (e5 = [], n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = al()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s); n3 !== s; ) e5.push(n3), n3 = Ci, (o3 = Bb()) !== s && (u3 = Ob()) !== s && (a3 = Bb()) !== s && (i3 = al()) !== s ? n3 = o3 = [o3, u3, a3, i3] : (Ci = n3, n3 = s);
                e5 !== s ? (Ei = r3, t5 = hv(t5, e5), r3 = t5) : (Ci = r3, r3 = s);
              } else Ci = r3, r3 = s;
              return r3;
            })()) !== s ? (Ei = t4, t4 = { keyword: "window", type: "window", expr: e4 }) : (Ci = t4, t4 = s);
            return t4;
          })()) === s && (y2 = null), y2 !== s && Bb() !== s ? ((d2 = Yc()) === s && (d2 = null), d2 !== s ? (Ei = t3, t3 = (function(r3, t4, e4, n3, o3, s2, u3, a3, i3, c3, l3, f3, p3, b3) {
            if (o3 && u3 || o3 && b3 || u3 && b3 || o3 && u3 && b3) throw new Error("A given SQL statement can contain at most one INTO clause");
            return s2 && s2.forEach((r4) => r4.table && gv.add(`select::${[r4.db, r4.schema].filter(Boolean).join(".") || null}::${r4.table}`)), { with: r3, type: "select", options: t4, distinct: e4, columns: n3, into: { ...o3 || u3 || b3 || {}, position: (o3 ? "column" : u3 && "from") || b3 && "end" }, from: s2, where: a3, groupby: i3, having: c3, orderby: l3, limit: f3, window: p3 };
          })(e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Pc() {
          var t3, e3;
          return t3 = Ci, (e3 = (function() {
            var t4;
            "sql_calc_found_rows" === r2.substr(Ci, 19).toLowerCase() ? (t4 = r2.substr(Ci, 19), Ci += 19) : (t4 = s, 0 === _i && Ri(Va));
            return t4;
          })()) === s && ((e3 = (function() {
            var t4;
            "sql_cache" === r2.substr(Ci, 9).toLowerCase() ? (t4 = r2.substr(Ci, 9), Ci += 9) : (t4 = s, 0 === _i && Ri(Xa));
            return t4;
          })()) === s && (e3 = (function() {
            var t4;
            "sql_no_cache" === r2.substr(Ci, 12).toLowerCase() ? (t4 = r2.substr(Ci, 12), Ci += 12) : (t4 = s, 0 === _i && Ri(Qa));
            return t4;
          })()), e3 === s && (e3 = (function() {
            var t4;
            "sql_big_result" === r2.substr(Ci, 14).toLowerCase() ? (t4 = r2.substr(Ci, 14), Ci += 14) : (t4 = s, 0 === _i && Ri(za));
            return t4;
          })()) === s && (e3 = (function() {
            var t4;
            "sql_small_result" === r2.substr(Ci, 16).toLowerCase() ? (t4 = r2.substr(Ci, 16), Ci += 16) : (t4 = s, 0 === _i && Ri(Ka));
            return t4;
          })()) === s && (e3 = (function() {
            var t4;
            "sql_buffer_result" === r2.substr(Ci, 17).toLowerCase() ? (t4 = r2.substr(Ci, 17), Ci += 17) : (t4 = s, 0 === _i && Ri(Za));
            return t4;
          })())), e3 !== s && (Ei = t3, e3 = e3), t3 = e3;
        }
        function Gc() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = gp()) === s && (t3 = Ci, (e3 = kb()) !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = kb())), t3 !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Bc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Bc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
              Tv.add("select::null::(.*)");
              const e4 = { expr: { type: "column_ref", table: null, column: "*" }, as: null };
              return t4 && t4.length > 0 ? hv(e4, t4) : [e4];
            })(0, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          if (r3 === s) if (r3 = Ci, (t3 = Bc()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Bc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Bc()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function $c() {
          var r3, t3;
          return r3 = Ci, Db() !== s && Bb() !== s ? ((t3 = Mf()) === s && (t3 = Nf()), t3 !== s && Bb() !== s && Pb() !== s ? (Ei = r3, r3 = { brackets: true, index: t3 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function Fc() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Ci, (t3 = $c()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = $c()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = $c()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3, 1)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Hc() {
          var r3, t3, e3, n2, o2;
          return r3 = Ci, (t3 = (function() {
            var r4, t4, e4, n3, o3, u2, a2, i2;
            if (r4 = Ci, (t4 = Nl()) !== s) {
              for (e4 = [], n3 = Ci, (o3 = Bb()) !== s ? ((u2 = Op()) === s && (u2 = kp()) === s && (u2 = Hb()), u2 !== s && (a2 = Bb()) !== s && (i2 = Nl()) !== s ? n3 = o3 = [o3, u2, a2, i2] : (Ci = n3, n3 = s)) : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o3 = Bb()) !== s ? ((u2 = Op()) === s && (u2 = kp()) === s && (u2 = Hb()), u2 !== s && (a2 = Bb()) !== s && (i2 = Nl()) !== s ? n3 = o3 = [o3, u2, a2, i2] : (Ci = n3, n3 = s)) : (Ci = n3, n3 = s);
              e4 !== s ? (Ei = r4, t4 = (function(r5, t5) {
                r5.ast;
                if (!t5 || 0 === t5.length) return r5;
                const e5 = t5.length;
                let n4 = t5[e5 - 1][3];
                for (let o4 = e5 - 1; o4 >= 0; o4--) {
                  const e6 = 0 === o4 ? r5 : t5[o4 - 1][3];
                  n4 = dv(t5[o4][1], e6, n4);
                }
                return n4;
              })(t4, e4), r4 = t4) : (Ci = r4, r4 = s);
            } else Ci = r4, r4 = s;
            return r4;
          })()) !== s && Bb() !== s ? ((e3 = Fc()) === s && (e3 = null), e3 !== s ? (Ei = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function Bc() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2;
          if (r3 = Ci, (t3 = Xl()) !== s && (Ei = r3, t3 = { expr: t3, as: null }), (r3 = t3) === s) {
            if (r3 = Ci, (t3 = Hc()) !== s) if ((e3 = Bb()) !== s) if ((n2 = _f()) !== s) if ((o2 = Bb()) !== s) {
              for (u2 = [], a2 = Ci, (i2 = Bb()) !== s ? ((c2 = Fl()) === s && (c2 = Bl()), c2 !== s && (l2 = Bb()) !== s && (f2 = Hc()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Ci = a2, a2 = s)) : (Ci = a2, a2 = s); a2 !== s; ) u2.push(a2), a2 = Ci, (i2 = Bb()) !== s ? ((c2 = Fl()) === s && (c2 = Bl()), c2 !== s && (l2 = Bb()) !== s && (f2 = Hc()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Ci = a2, a2 = s)) : (Ci = a2, a2 = s);
              u2 !== s && (a2 = Bb()) !== s ? ((i2 = Wc()) === s && (i2 = null), i2 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4, e4, n3) {
                return { ...t4, as: n3, type: "cast", expr: r4, tail: e4 && e4[0] && { operator: e4[0][1], expr: e4[0][3] } };
              })(t3, n2, u2, i2)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
            } else Ci = r3, r3 = s;
            else Ci = r3, r3 = s;
            else Ci = r3, r3 = s;
            else Ci = r3, r3 = s;
            r3 === s && (r3 = Ci, (t3 = Zl()) !== s && (e3 = Bb()) !== s && (n2 = Nb()) !== s ? (o2 = Ci, (u2 = Zl()) !== s && (a2 = Bb()) !== s && (i2 = Nb()) !== s ? o2 = u2 = [u2, a2, i2] : (Ci = o2, o2 = s), o2 === s && (o2 = null), o2 !== s && (u2 = Bb()) !== s && (a2 = kb()) !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4 && t4[0];
              let n3;
              e4 && (n3 = r4, r4 = e4), Tv.add(`select::${r4}::(.*)`);
              return { expr: { type: "column_ref", table: r4, schema: n3, column: "*" }, as: null };
            })(t3, o2)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, t3 = Ci, (e3 = Zl()) !== s && (n2 = Bb()) !== s && (o2 = Nb()) !== s ? t3 = e3 = [e3, n2, o2] : (Ci = t3, t3 = s), t3 === s && (t3 = null), t3 !== s && (e3 = Bb()) !== s && (n2 = kb()) !== s ? (Ei = r3, r3 = t3 = (function(r4) {
              const t4 = r4 && r4[0] || null;
              return Tv.add(`select::${t4}::(.*)`), { expr: { type: "column_ref", table: t4, column: "*" }, as: null };
            })(t3)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t3 = nf()) !== s && (e3 = Bb()) !== s ? ((n2 = Nb()) === s && (n2 = null), n2 !== s ? (Ei = Ci, (o2 = (o2 = (function(r4, t4) {
              if (t4) return true;
            })(0, n2)) ? s : void 0) !== s && (u2 = Bb()) !== s ? ((a2 = Wc()) === s && (a2 = null), a2 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4, e4) {
              return Tv.add("select::null::" + r4.value), { type: "expr", expr: { type: "column_ref", table: null, column: { expr: r4 } }, as: e4 };
            })(t3, 0, a2)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t3 = Hc()) !== s && (e3 = Bb()) !== s ? ((n2 = Wc()) === s && (n2 = null), n2 !== s ? (Ei = r3, b2 = n2, "double_quote_string" !== (p2 = t3).type && "single_quote_string" !== p2.type || Tv.add("select::null::" + p2.value), r3 = t3 = { type: "expr", expr: p2, as: b2 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)))));
          }
          return r3;
        }
        function qc() {
          var r3, t3, e3;
          return r3 = Ci, (t3 = lp()) === s && (t3 = null), t3 !== s && Bb() !== s && (e3 = rf()) !== s ? (Ei = r3, r3 = t3 = e3) : (Ci = r3, r3 = s), r3;
        }
        function Wc() {
          var r3, t3, e3;
          return r3 = Ci, (t3 = lp()) !== s && Bb() !== s && (e3 = rf()) !== s ? (Ei = r3, r3 = t3 = e3) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t3 = lp()) === s && (t3 = null), t3 !== s && Bb() !== s && (e3 = rf()) !== s ? (Ei = r3, r3 = t3 = e3) : (Ci = r3, r3 = s)), r3;
        }
        function Yc() {
          var t3, e3, n2;
          return t3 = Ci, ap() !== s && Bb() !== s && (e3 = (function() {
            var r3, t4, e4, n3, o2, u2, a2, i2;
            if (r3 = Ci, (t4 = sv()) !== s) {
              for (e4 = [], n3 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = sv()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (Ci = n3, n3 = s); n3 !== s; ) e4.push(n3), n3 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = sv()) !== s ? n3 = o2 = [o2, u2, a2, i2] : (Ci = n3, n3 = s);
              e4 !== s ? (Ei = r3, t4 = hv(t4, e4), r3 = t4) : (Ci = r3, r3 = s);
            } else Ci = r3, r3 = s;
            return r3;
          })()) !== s ? (Ei = t3, t3 = { keyword: "var", type: "into", expr: e3 }) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, ap() !== s && Bb() !== s ? ("outfile" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(De)), e3 === s && ("dumpfile" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(Pe))), e3 === s && (e3 = null), e3 !== s && Bb() !== s ? ((n2 = Nf()) === s && (n2 = Zl()), n2 !== s ? (Ei = t3, t3 = { keyword: e3, type: "into", expr: n2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)), t3;
        }
        function Vc() {
          var r3, t3;
          return r3 = Ci, ip() !== s && Bb() !== s && (t3 = Zc()) !== s ? (Ei = r3, r3 = t3) : (Ci = r3, r3 = s), r3;
        }
        function Xc() {
          var r3, t3, e3;
          return r3 = Ci, (t3 = el()) !== s && Bb() !== s && Wf() !== s && Bb() !== s && (e3 = el()) !== s ? (Ei = r3, r3 = t3 = [t3, e3]) : (Ci = r3, r3 = s), r3;
        }
        function Qc() {
          var t3, e3;
          return t3 = Ci, wp() !== s && Bb() !== s ? ("btree" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Ge)), e3 === s && ("hash" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri($e)), e3 === s && ("gist" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Fe)), e3 === s && ("gin" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(He))))), e3 !== s ? (Ei = t3, t3 = { keyword: "using", type: e3.toLowerCase() }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Kc() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Ci, (t3 = zc()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = zc()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = zc()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
              const e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function zc() {
          var t3, e3, n2, o2, u2, a2;
          return t3 = Ci, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "key_block_size" === r2.substr(Ci, 14).toLowerCase() ? (e4 = r2.substr(Ci, 14), Ci += 14) : (e4 = s, 0 === _i && Ri(At));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t4, t4 = e4 = "KEY_BLOCK_SIZE") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && Bb() !== s ? ((n2 = Eb()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Mf()) !== s ? (Ei = t3, u2 = n2, a2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: u2, expr: a2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = lf()) !== s && Bb() !== s && (n2 = Eb()) !== s && Bb() !== s ? ((o2 = Mf()) === s && (o2 = Zl()), o2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: r3.toLowerCase(), symbol: t4, expr: "string" == typeof e4 && { type: "origin", value: e4 } || e4 };
          })(e3, n2, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Qc()) === s && (t3 = Ci, "with" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Be)), e3 !== s && Bb() !== s ? ("parser" === r2.substr(Ci, 6).toLowerCase() ? (n2 = r2.substr(Ci, 6), Ci += 6) : (n2 = s, 0 === _i && Ri(qe)), n2 !== s && Bb() !== s && (o2 = lf()) !== s ? (Ei = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "visible" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(We)), e3 === s && ("invisible" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(Ye))), e3 !== s && (Ei = t3, e3 = (function(r3) {
            return { type: r3.toLowerCase(), expr: r3.toLowerCase() };
          })(e3)), (t3 = e3) === s && (t3 = Yb())))), t3;
        }
        function Zc() {
          var r3, t3, e3, n2;
          if (r3 = Ci, (t3 = rl()) !== s) {
            for (e3 = [], n2 = Jc(); n2 !== s; ) e3.push(n2), n2 = Jc();
            e3 !== s ? (Ei = r3, r3 = t3 = Ve(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Jc() {
          var r3, t3, e3;
          return r3 = Ci, Bb() !== s && (t3 = Ob()) !== s && Bb() !== s && (e3 = rl()) !== s ? (Ei = r3, r3 = e3) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, Bb() !== s && (t3 = (function() {
            var r4, t4, e4, n2, o2, u2, a2, i2, c2, l2, f2;
            if (r4 = Ci, (t4 = tl()) !== s) if (Bb() !== s) if ((e4 = rl()) !== s) if (Bb() !== s) if ((n2 = wp()) !== s) if (Bb() !== s) if (Ub() !== s) if (Bb() !== s) if ((o2 = zl()) !== s) {
              for (u2 = [], a2 = Ci, (i2 = Bb()) !== s && (c2 = Ob()) !== s && (l2 = Bb()) !== s && (f2 = zl()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Ci = a2, a2 = s); a2 !== s; ) u2.push(a2), a2 = Ci, (i2 = Bb()) !== s && (c2 = Ob()) !== s && (l2 = Bb()) !== s && (f2 = zl()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Ci = a2, a2 = s);
              u2 !== s && (a2 = Bb()) !== s && (i2 = Mb()) !== s ? (Ei = r4, p2 = t4, v2 = o2, y2 = u2, (b2 = e4).join = p2, b2.using = hv(v2, y2), r4 = t4 = b2) : (Ci = r4, r4 = s);
            } else Ci = r4, r4 = s;
            else Ci = r4, r4 = s;
            else Ci = r4, r4 = s;
            else Ci = r4, r4 = s;
            else Ci = r4, r4 = s;
            else Ci = r4, r4 = s;
            else Ci = r4, r4 = s;
            else Ci = r4, r4 = s;
            else Ci = r4, r4 = s;
            var p2, b2, v2, y2;
            r4 === s && (r4 = Ci, (t4 = tl()) !== s && Bb() !== s && (e4 = rl()) !== s && Bb() !== s ? ((n2 = ol()) === s && (n2 = null), n2 !== s ? (Ei = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (Ci = r4, r4 = s)) : (Ci = r4, r4 = s), r4 === s && (r4 = Ci, (t4 = tl()) === s && (t4 = Di()), t4 !== s && Bb() !== s && (e4 = Ub()) !== s && Bb() !== s ? ((n2 = Pi()) === s && (n2 = Zc()), n2 !== s && Bb() !== s && Mb() !== s && Bb() !== s ? ((o2 = Wc()) === s && (o2 = null), o2 !== s && (u2 = Bb()) !== s ? ((a2 = ol()) === s && (a2 = null), a2 !== s ? (Ei = r4, t4 = (function(r5, t5, e5, n3) {
              return Array.isArray(t5) && (t5 = { type: "tables", expr: t5 }), t5.parentheses = true, { expr: t5, as: e5, join: r5, on: n3 };
            })(t4, n2, o2, a2), r4 = t4) : (Ci = r4, r4 = s)) : (Ci = r4, r4 = s)) : (Ci = r4, r4 = s)) : (Ci = r4, r4 = s)));
            return r4;
          })()) !== s ? (Ei = r3, r3 = t3) : (Ci = r3, r3 = s)), r3;
        }
        function rl() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2;
          return t3 = Ci, (e3 = (function() {
            var t4;
            "dual" === r2.substr(Ci, 4).toLowerCase() ? (t4 = r2.substr(Ci, 4), Ci += 4) : (t4 = s, 0 === _i && Ri(Ga));
            return t4;
          })()) !== s && (Ei = t3, e3 = { type: "dual" }), (t3 = e3) === s && (t3 = Ci, (e3 = gl()) !== s && Bb() !== s ? ((n2 = qc()) === s && (n2 = null), n2 !== s ? (Ei = t3, t3 = e3 = { expr: e3, as: n2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "lateral" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Xe)), e3 === s && (e3 = null), e3 !== s && Bb() !== s && (n2 = Ub()) !== s && Bb() !== s ? ((o2 = Pi()) === s && (o2 = gl()), o2 !== s && Bb() !== s && (u2 = Mb()) !== s && (a2 = Bb()) !== s ? ((i2 = qc()) === s && (i2 = null), i2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4.parentheses = true, { prefix: r3, expr: t4, as: e4 };
          })(e3, o2, i2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "lateral" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Xe)), e3 === s && (e3 = null), e3 !== s && Bb() !== s && (n2 = Ub()) !== s && Bb() !== s && (o2 = Zc()) !== s && Bb() !== s && (u2 = Mb()) !== s && (a2 = Bb()) !== s ? ((i2 = qc()) === s && (i2 = null), i2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            return { prefix: r3, expr: t4 = { type: "tables", expr: t4, parentheses: true }, as: e4 };
          })(e3, o2, i2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "lateral" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Xe)), e3 === s && (e3 = null), e3 !== s && Bb() !== s && (n2 = Af()) !== s && Bb() !== s ? ((o2 = Wc()) === s && (o2 = null), o2 !== s ? (Ei = t3, t3 = e3 = /* @__PURE__ */ (function(r3, t4, e4) {
            return { prefix: r3, type: "expr", expr: t4, as: e4 };
          })(e3, n2, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = el()) !== s && Bb() !== s ? ("tablesample" === r2.substr(Ci, 11).toLowerCase() ? (n2 = r2.substr(Ci, 11), Ci += 11) : (n2 = s, 0 === _i && Ri(Qe)), n2 !== s && Bb() !== s && (o2 = Af()) !== s && Bb() !== s ? (u2 = Ci, "repeatable" === r2.substr(Ci, 10).toLowerCase() ? (a2 = r2.substr(Ci, 10), Ci += 10) : (a2 = s, 0 === _i && Ri(Ke)), a2 !== s && (i2 = Bb()) !== s && (c2 = Ub()) !== s && (l2 = Bb()) !== s && (f2 = Mf()) !== s && (p2 = Bb()) !== s && (b2 = Mb()) !== s ? u2 = a2 = [a2, i2, c2, l2, f2, p2, b2] : (Ci = u2, u2 = s), u2 === s && (u2 = null), u2 !== s && (a2 = Bb()) !== s ? ((i2 = Wc()) === s && (i2 = null), i2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            return { ...r3, as: n3, tablesample: { expr: t4, repeatable: e4 && e4[4] } };
          })(e3, o2, u2, i2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = el()) !== s && Bb() !== s ? ((n2 = Wc()) === s && (n2 = null), n2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
            return "var" === r3.type ? (r3.as = t4, r3) : { ...r3, as: t4 };
          })(e3, n2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s))))))), t3;
        }
        function tl() {
          var t3, e3, n2, o2;
          return t3 = Ci, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "left" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(Bs));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (n2 = Bb()) !== s ? ((o2 = yp()) === s && (o2 = null), o2 !== s && Bb() !== s && vp() !== s ? (Ei = t3, t3 = e3 = "LEFT JOIN") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "right" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(qs));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (n2 = Bb()) !== s ? ((o2 = yp()) === s && (o2 = null), o2 !== s && Bb() !== s && vp() !== s ? (Ei = t3, t3 = e3 = "RIGHT JOIN") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "full" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(Ws));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (n2 = Bb()) !== s ? ((o2 = yp()) === s && (o2 = null), o2 !== s && Bb() !== s && vp() !== s ? (Ei = t3, t3 = e3 = "FULL JOIN") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "cross" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(ze)), e3 !== s && (n2 = Bb()) !== s && (o2 = vp()) !== s ? (Ei = t3, t3 = e3 = "CROSS JOIN") : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, e3 = Ci, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "inner" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(Ys));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (o2 = Bb()) !== s ? e3 = n2 = [n2, o2] : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = vp()) !== s ? (Ei = t3, t3 = e3 = "INNER JOIN") : (Ci = t3, t3 = s))))), t3;
        }
        function el() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return r3 = Ci, (t3 = Zl()) !== s ? (e3 = Ci, (n2 = Bb()) !== s && (o2 = Nb()) !== s && (u2 = Bb()) !== s ? ((a2 = Zl()) === s && (a2 = kb()), a2 !== s ? e3 = n2 = [n2, o2, u2, a2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (n2 = Ci, (o2 = Bb()) !== s && (u2 = Nb()) !== s && (a2 = Bb()) !== s ? ((i2 = Zl()) === s && (i2 = kb()), i2 !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s), n2 === s && (n2 = null), n2 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4, e4) {
            const n3 = { db: null, table: r4 };
            return null !== e4 ? (n3.db = r4, n3.schema = t4[3], n3.table = e4[3], n3) : (null !== t4 && (n3.db = r4, n3.table = t4[3]), n3);
          })(t3, e3, n2)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t3 = sv()) !== s && (Ei = r3, (c2 = t3).db = null, c2.table = c2.name, t3 = c2), r3 = t3), r3;
        }
        function nl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Nl()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s ? ((u2 = Op()) === s && (u2 = kp()), u2 !== s && (a2 = Bb()) !== s && (i2 = Nl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s ? ((u2 = Op()) === s && (u2 = kp()), u2 !== s && (a2 = Bb()) !== s && (i2 = Nl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = dv(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function ol() {
          var r3, t3;
          return r3 = Ci, bp() !== s && Bb() !== s && (t3 = Ol()) !== s ? (Ei = r3, r3 = t3) : (Ci = r3, r3 = s), r3;
        }
        function sl() {
          var t3, e3;
          return t3 = Ci, (function() {
            var t4, e4, n2, o2;
            t4 = Ci, "where" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(ru));
            e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })() !== s && Bb() !== s && (e3 = Ol()) !== s ? (Ei = t3, t3 = e3) : (Ci = t3, t3 = s), t3;
        }
        function ul() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Ql()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Ql()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Ql()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function al() {
          var r3, t3, e3;
          return r3 = Ci, (t3 = lf()) !== s && Bb() !== s && lp() !== s && Bb() !== s && (e3 = il()) !== s ? (Ei = r3, r3 = t3 = { name: t3, as_window_specification: e3 }) : (Ci = r3, r3 = s), r3;
        }
        function il() {
          var r3, t3;
          return (r3 = lf()) === s && (r3 = Ci, Ub() !== s && Bb() !== s ? ((t3 = (function() {
            var r4, t4, e3, n2;
            r4 = Ci, (t4 = bl()) === s && (t4 = null);
            t4 !== s && Bb() !== s ? ((e3 = vl()) === s && (e3 = null), e3 !== s && Bb() !== s ? ((n2 = (function() {
              var r5, t5, e4, n3, o2;
              r5 = Ci, (t5 = lb()) !== s && Bb() !== s ? ((e4 = cl()) === s && (e4 = ll()), e4 !== s ? (Ei = r5, r5 = t5 = { type: "rows", expr: e4 }) : (Ci = r5, r5 = s)) : (Ci = r5, r5 = s);
              r5 === s && (r5 = Ci, (t5 = lb()) !== s && Bb() !== s && (e4 = _p()) !== s && Bb() !== s && (n3 = ll()) !== s && Bb() !== s && Op() !== s && Bb() !== s && (o2 = cl()) !== s ? (Ei = r5, t5 = dv(e4, { type: "origin", value: "rows" }, { type: "expr_list", value: [n3, o2] }), r5 = t5) : (Ci = r5, r5 = s));
              return r5;
            })()) === s && (n2 = null), n2 !== s ? (Ei = r4, r4 = t4 = { name: null, partitionby: t4, orderby: e3, window_frame_clause: n2 }) : (Ci = r4, r4 = s)) : (Ci = r4, r4 = s)) : (Ci = r4, r4 = s);
            return r4;
          })()) === s && (t3 = null), t3 !== s && Bb() !== s && Mb() !== s ? (Ei = r3, r3 = { window_specification: t3 || {}, parentheses: true }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)), r3;
        }
        function cl() {
          var t3, e3, n2, o2;
          return t3 = Ci, (e3 = pl()) !== s && Bb() !== s ? ("following" === r2.substr(Ci, 9).toLowerCase() ? (n2 = r2.substr(Ci, 9), Ci += 9) : (n2 = s, 0 === _i && Ri(Ze)), n2 !== s ? (Ei = t3, (o2 = e3).value += " FOLLOWING", t3 = e3 = o2) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = fl()), t3;
        }
        function ll() {
          var t3, e3, n2, o2, u2;
          return t3 = Ci, (e3 = pl()) !== s && Bb() !== s ? ("preceding" === r2.substr(Ci, 9).toLowerCase() ? (n2 = r2.substr(Ci, 9), Ci += 9) : (n2 = s, 0 === _i && Ri(Je)), n2 === s && ("following" === r2.substr(Ci, 9).toLowerCase() ? (n2 = r2.substr(Ci, 9), Ci += 9) : (n2 = s, 0 === _i && Ri(Ze))), n2 !== s ? (Ei = t3, u2 = n2, (o2 = e3).value += " " + u2.toUpperCase(), t3 = e3 = o2) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = fl()), t3;
        }
        function fl() {
          var t3, e3, n2;
          return t3 = Ci, "current" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(ur)), e3 !== s && Bb() !== s ? ("row" === r2.substr(Ci, 3).toLowerCase() ? (n2 = r2.substr(Ci, 3), Ci += 3) : (n2 = s, 0 === _i && Ri(dt)), n2 !== s ? (Ei = t3, t3 = e3 = { type: "origin", value: "current row" }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function pl() {
          var t3, e3;
          return t3 = Ci, "unbounded" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(rn)), e3 !== s && (Ei = t3, e3 = { type: "origin", value: e3.toUpperCase() }), (t3 = e3) === s && (t3 = Mf()), t3;
        }
        function bl() {
          var r3, t3;
          return r3 = Ci, up() !== s && Bb() !== s && mp() !== s && Bb() !== s && (t3 = Gc()) !== s ? (Ei = r3, r3 = t3) : (Ci = r3, r3 = s), r3;
        }
        function vl() {
          var r3, t3;
          return r3 = Ci, Cp() !== s && Bb() !== s && mp() !== s && Bb() !== s && (t3 = (function() {
            var r4, t4, e3, n2, o2, u2, a2, i2;
            if (r4 = Ci, (t4 = yl()) !== s) {
              for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = yl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = yl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
              e3 !== s ? (Ei = r4, t4 = hv(t4, e3), r4 = t4) : (Ci = r4, r4 = s);
            } else Ci = r4, r4 = s;
            return r4;
          })()) !== s ? (Ei = r3, r3 = t3) : (Ci = r3, r3 = s), r3;
        }
        function yl() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = Ci, (e3 = Nl()) !== s && Bb() !== s ? ((n2 = Ap()) === s && (n2 = Ep()), n2 === s && (n2 = null), n2 !== s && Bb() !== s ? (o2 = Ci, "nulls" === r2.substr(Ci, 5).toLowerCase() ? (u2 = r2.substr(Ci, 5), Ci += 5) : (u2 = s, 0 === _i && Ri(mr)), u2 !== s && (a2 = Bb()) !== s ? ("first" === r2.substr(Ci, 5).toLowerCase() ? (i2 = r2.substr(Ci, 5), Ci += 5) : (i2 = s, 0 === _i && Ri(Cr)), i2 === s && ("last" === r2.substr(Ci, 4).toLowerCase() ? (i2 = r2.substr(Ci, 4), Ci += 4) : (i2 = s, 0 === _i && Ri(Er))), i2 === s && (i2 = null), i2 !== s ? o2 = u2 = [u2, a2, i2] : (Ci = o2, o2 = s)) : (Ci = o2, o2 = s), o2 === s && (o2 = null), o2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            const n3 = { expr: r3, type: t4 };
            return n3.nulls = e4 && [e4[0], e4[2]].filter((r4) => r4).join(" "), n3;
          })(e3, n2, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function dl() {
          var r3;
          return (r3 = Mf()) === s && (r3 = sv()) === s && (r3 = vf()), r3;
        }
        function wl() {
          var t3, e3, n2, o2, u2, a2, i2;
          return t3 = Ci, e3 = Ci, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "limit" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(su));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (o2 = Bb()) !== s ? ((u2 = dl()) === s && (u2 = gp()), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = Bb()) !== s ? (o2 = Ci, (u2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "offset" === r2.substr(Ci, 6).toLowerCase() ? (e4 = r2.substr(Ci, 6), Ci += 6) : (e4 = s, 0 === _i && Ri(uu));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t4, t4 = e4 = "OFFSET") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (a2 = Bb()) !== s && (i2 = dl()) !== s ? o2 = u2 = [u2, a2, i2] : (Ci = o2, o2 = s), o2 === s && (o2 = null), o2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push("string" == typeof r3[2] ? { type: "origin", value: "all" } : r3[2]), t4 && e4.push(t4[2]), { seperator: t4 && t4[0] && t4[0].toLowerCase() || "", value: e4 };
          })(e3, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function hl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Ll()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Ll()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Ll()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Ll() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          return t3 = Ci, e3 = Ci, (n2 = Zl()) !== s && (o2 = Bb()) !== s && (u2 = Nb()) !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = Bb()) !== s && (o2 = uf()) !== s && (u2 = Bb()) !== s ? (61 === r2.charCodeAt(Ci) ? (a2 = "=", Ci++) : (a2 = s, 0 === _i && Ri(sr)), a2 !== s && Bb() !== s && (i2 = Nl()) !== s ? (Ei = t3, t3 = e3 = { column: o2, value: i2, table: (l2 = e3) && l2[0] }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, e3 = Ci, (n2 = Zl()) !== s && (o2 = Bb()) !== s && (u2 = Nb()) !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s && (n2 = Bb()) !== s && (o2 = uf()) !== s && (u2 = Bb()) !== s ? (61 === r2.charCodeAt(Ci) ? (a2 = "=", Ci++) : (a2 = s, 0 === _i && Ri(sr)), a2 !== s && Bb() !== s && (i2 = dp()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && (c2 = Ql()) !== s && Bb() !== s && Mb() !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: t4, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)), t3;
        }
        function ml() {
          var t3, e3, n2, o2, u2;
          return t3 = Ci, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ci, "returning" === r2.substr(Ci, 9).toLowerCase() ? (e4 = r2.substr(Ci, 9), Ci += 9) : (e4 = s, 0 === _i && Ri(Us));
            e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t4, t4 = e4 = "RETURNING") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && Bb() !== s ? ((n2 = Gc()) === s && (n2 = Nc()), n2 !== s ? (Ei = t3, u2 = n2, t3 = e3 = { type: (o2 = e3) && o2.toLowerCase() || "returning", columns: "*" === u2 && [{ type: "expr", expr: { type: "column_ref", table: null, column: "*" }, as: null }] || u2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Cl() {
          var r3, t3;
          return (r3 = gl()) === s && (r3 = Ci, (t3 = Pi()) !== s && (Ei = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function El() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          if (r3 = Ci, up() !== s) if (Bb() !== s) if ((t3 = Ub()) !== s) if (Bb() !== s) if ((e3 = lf()) !== s) {
            for (n2 = [], o2 = Ci, (u2 = Bb()) !== s && (a2 = Ob()) !== s && (i2 = Bb()) !== s && (c2 = lf()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (Ci = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = Ci, (u2 = Bb()) !== s && (a2 = Ob()) !== s && (i2 = Bb()) !== s && (c2 = lf()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (Ci = o2, o2 = s);
            n2 !== s && (o2 = Bb()) !== s && (u2 = Mb()) !== s ? (Ei = r3, r3 = hv(e3, n2)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          return r3 === s && (r3 = Ci, up() !== s && Bb() !== s && (t3 = Tl()) !== s ? (Ei = r3, r3 = t3) : (Ci = r3, r3 = s)), r3;
        }
        function Al() {
          var r3, t3;
          return r3 = Ci, (t3 = tp()) !== s && (Ei = r3, t3 = "insert"), (r3 = t3) === s && (r3 = Ci, (t3 = np()) !== s && (Ei = r3, t3 = "replace"), r3 = t3), r3;
        }
        function gl() {
          var r3, t3;
          return r3 = Ci, dp() !== s && Bb() !== s && (t3 = (function() {
            var r4, t4, e3, n2, o2, u2, a2, i2;
            if (r4 = Ci, (t4 = Tl()) !== s) {
              for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Tl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Tl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
              e3 !== s ? (Ei = r4, t4 = hv(t4, e3), r4 = t4) : (Ci = r4, r4 = s);
            } else Ci = r4, r4 = s;
            return r4;
          })()) !== s ? (Ei = r3, r3 = { type: "values", values: t3 }) : (Ci = r3, r3 = s), r3;
        }
        function Tl() {
          var r3, t3;
          return r3 = Ci, Ub() !== s && Bb() !== s && (t3 = _l()) !== s && Bb() !== s && Mb() !== s ? (Ei = r3, r3 = t3) : (Ci = r3, r3 = s), r3;
        }
        function _l() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Nl()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Nl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Nl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { type: "expr_list" };
              return e4.value = hv(r4, t4), e4;
            })(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Sl() {
          var t3, e3, n2;
          return t3 = Ci, vb() !== s && Bb() !== s && (e3 = Nl()) !== s && Bb() !== s && (n2 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ci, "year" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(Ho));
              e4 !== s ? (n3 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "YEAR") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ci, "month" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(Uo));
              e4 !== s ? (n3 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "MONTH") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ci, "day" === r2.substr(Ci, 3).toLowerCase() ? (e4 = r2.substr(Ci, 3), Ci += 3) : (e4 = s, 0 === _i && Ri(Eo));
              e4 !== s ? (n3 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "DAY") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ci, "hour" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(jo));
              e4 !== s ? (n3 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "HOUR") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ci, "minute" === r2.substr(Ci, 6).toLowerCase() ? (e4 = r2.substr(Ci, 6), Ci += 6) : (e4 = s, 0 === _i && Ri(ko));
              e4 !== s ? (n3 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "MINUTE") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ci, "second" === r2.substr(Ci, 6).toLowerCase() ? (e4 = r2.substr(Ci, 6), Ci += 6) : (e4 = s, 0 === _i && Ri(Do));
              e4 !== s ? (n3 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "SECOND") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })());
            return t4;
          })()) !== s ? (Ei = t3, t3 = { type: "interval", expr: e3, unit: n2.toLowerCase() }) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, vb() !== s && Bb() !== s && (e3 = Nf()) !== s ? (Ei = t3, t3 = /* @__PURE__ */ (function(r3) {
            return { type: "interval", expr: r3, unit: "" };
          })(e3)) : (Ci = t3, t3 = s)), t3;
        }
        function jl() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Ci, (t3 = xl()) !== s) if (Bb() !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = xl()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = xl()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3, 1)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          return r3;
        }
        function xl() {
          var t3, e3, n2;
          return t3 = Ci, Pp() !== s && Bb() !== s && (e3 = Ol()) !== s && Bb() !== s && (function() {
            var t4, e4, n3, o2;
            t4 = Ci, "then" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(be));
            e4 !== s ? (n3 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? t4 = e4 = [e4, n3] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })() !== s && Bb() !== s && (n2 = Nl()) !== s ? (Ei = t3, t3 = { type: "when", cond: e3, result: n2 }) : (Ci = t3, t3 = s), t3;
        }
        function Il() {
          var r3, t3;
          return r3 = Ci, Gp() !== s && Bb() !== s && (t3 = Nl()) !== s ? (Ei = r3, r3 = { type: "else", result: t3 }) : (Ci = r3, r3 = s), r3;
        }
        function Rl() {
          var r3;
          return (r3 = kl()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2;
            if (r4 = Ci, (t3 = Fl()) !== s) {
              if (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Wl()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s), n2 !== s) for (; n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Wl()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s);
              else e3 = s;
              e3 !== s ? (Ei = r4, t3 = yv(t3, e3[0][1]), r4 = t3) : (Ci = r4, r4 = s);
            } else Ci = r4, r4 = s;
            return r4;
          })()), r3;
        }
        function Nl() {
          var r3;
          return (r3 = Rl()) === s && (r3 = Pi()), r3;
        }
        function Ol() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Nl()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s ? ((u2 = Op()) === s && (u2 = kp()) === s && (u2 = Ob()), u2 !== s && (a2 = Bb()) !== s && (i2 = Nl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s ? ((u2 = Op()) === s && (u2 = kp()) === s && (u2 = Ob()), u2 !== s && (a2 = Bb()) !== s && (i2 = Nl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) "," === t4[r5][1] ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = dv(t4[r5][1], n3, t4[r5][3]);
              if ("," === o3) {
                const r5 = { type: "expr_list" };
                return r5.value = n3, r5;
              }
              return n3;
            })(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function kl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Ul()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = qb()) !== s && (u2 = kp()) !== s && (a2 = Bb()) !== s && (i2 = Ul()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = qb()) !== s && (u2 = kp()) !== s && (a2 = Bb()) !== s && (i2 = Ul()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = on(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Ul() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Ml()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = qb()) !== s && (u2 = Op()) !== s && (a2 = Bb()) !== s && (i2 = Ml()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = qb()) !== s && (u2 = Op()) !== s && (a2 = Bb()) !== s && (i2 = Ml()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = on(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Ml() {
          var t3, e3, n2, o2, u2;
          return (t3 = Dl()) === s && (t3 = (function() {
            var r3, t4, e4;
            r3 = Ci, (t4 = (function() {
              var r4, t5, e5, n4, o4;
              r4 = Ci, t5 = Ci, (e5 = Np()) !== s && (n4 = Bb()) !== s && (o4 = Rp()) !== s ? t5 = e5 = [e5, n4, o4] : (Ci = t5, t5 = s);
              t5 !== s && (Ei = r4, t5 = (u3 = t5)[0] + " " + u3[2]);
              var u3;
              (r4 = t5) === s && (r4 = Rp());
              return r4;
            })()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && (e4 = Pi()) !== s && Bb() !== s && Mb() !== s ? (Ei = r3, n3 = t4, (o3 = e4).parentheses = true, t4 = yv(n3, o3), r3 = t4) : (Ci = r3, r3 = s);
            var n3, o3;
            return r3;
          })()) === s && (t3 = Ci, (e3 = Np()) === s && (e3 = Ci, 33 === r2.charCodeAt(Ci) ? (n2 = "!", Ci++) : (n2 = s, 0 === _i && Ri(sn)), n2 !== s ? (o2 = Ci, _i++, 61 === r2.charCodeAt(Ci) ? (u2 = "=", Ci++) : (u2 = s, 0 === _i && Ri(sr)), _i--, u2 === s ? o2 = void 0 : (Ci = o2, o2 = s), o2 !== s ? e3 = n2 = [n2, o2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s)), e3 !== s && (n2 = Bb()) !== s && (o2 = Ml()) !== s ? (Ei = t3, t3 = e3 = yv("NOT", o2)) : (Ci = t3, t3 = s)), t3;
        }
        function Dl() {
          var t3, e3, n2, o2, u2;
          return t3 = Ci, (e3 = $l()) !== s && Bb() !== s ? ((n2 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e4, n3, o3, u3, a2;
              r3 = Ci, t5 = [], e4 = Ci, (n3 = Bb()) !== s && (o3 = Pl()) !== s && (u3 = Bb()) !== s && (a2 = $l()) !== s ? e4 = n3 = [n3, o3, u3, a2] : (Ci = e4, e4 = s);
              if (e4 !== s) for (; e4 !== s; ) t5.push(e4), e4 = Ci, (n3 = Bb()) !== s && (o3 = Pl()) !== s && (u3 = Bb()) !== s && (a2 = $l()) !== s ? e4 = n3 = [n3, o3, u3, a2] : (Ci = e4, e4 = s);
              else t5 = s;
              t5 !== s && (Ei = r3, t5 = { type: "arithmetic", tail: t5 });
              return r3 = t5;
            })()) === s && (t4 = (function() {
              var r3, t5, e4, n3;
              r3 = Ci, (t5 = Gl()) !== s && Bb() !== s && (e4 = Ub()) !== s && Bb() !== s && (n3 = _l()) !== s && Bb() !== s && Mb() !== s ? (Ei = r3, r3 = t5 = { op: t5, right: n3 }) : (Ci = r3, r3 = s);
              r3 === s && (r3 = Ci, (t5 = Gl()) !== s && Bb() !== s ? ((e4 = sv()) === s && (e4 = Nf()) === s && (e4 = Af()), e4 !== s ? (Ei = r3, t5 = /* @__PURE__ */ (function(r4, t6) {
                return { op: r4, right: t6 };
              })(t5, e4), r3 = t5) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s));
              return r3;
            })()) === s && (t4 = (function() {
              var r3, t5, e4, n3;
              r3 = Ci, (t5 = (function() {
                var r4, t6, e5, n4, o3;
                r4 = Ci, t6 = Ci, (e5 = Np()) !== s && (n4 = Bb()) !== s && (o3 = _p()) !== s ? t6 = e5 = [e5, n4, o3] : (Ci = t6, t6 = s);
                t6 !== s && (Ei = r4, t6 = (u3 = t6)[0] + " " + u3[2]);
                var u3;
                (r4 = t6) === s && (r4 = _p());
                return r4;
              })()) !== s && Bb() !== s && (e4 = $l()) !== s && Bb() !== s && Op() !== s && Bb() !== s && (n3 = $l()) !== s ? (Ei = r3, r3 = t5 = { op: t5, right: { type: "expr_list", value: [e4, n3] } }) : (Ci = r3, r3 = s);
              return r3;
            })()) === s && (t4 = (function() {
              var r3, t5, e4, n3, o3, u3, a2, i2, c2;
              r3 = Ci, (t5 = jp()) !== s && (e4 = Bb()) !== s && (n3 = $l()) !== s ? (Ei = r3, r3 = t5 = { op: "IS", right: n3 }) : (Ci = r3, r3 = s);
              r3 === s && (r3 = Ci, (t5 = jp()) !== s && (e4 = Bb()) !== s ? (n3 = Ci, (o3 = Tp()) !== s && (u3 = Bb()) !== s && (a2 = ip()) !== s && (i2 = Bb()) !== s && (c2 = el()) !== s ? n3 = o3 = [o3, u3, a2, i2, c2] : (Ci = n3, n3 = s), n3 !== s ? (Ei = r3, t5 = (function(r4) {
                const { db: t6, table: e5 } = r4.pop(), n4 = "*" === e5 ? "*" : `"${e5}"`;
                return { op: "IS", right: { type: "default", value: "DISTINCT FROM " + (t6 ? `"${t6}".${n4}` : n4) } };
              })(n3), r3 = t5) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, t5 = Ci, (e4 = jp()) !== s && (n3 = Bb()) !== s && (o3 = Np()) !== s ? t5 = e4 = [e4, n3, o3] : (Ci = t5, t5 = s), t5 !== s && (e4 = Bb()) !== s && (n3 = $l()) !== s ? (Ei = r3, t5 = /* @__PURE__ */ (function(r4) {
                return { op: "IS NOT", right: r4 };
              })(n3), r3 = t5) : (Ci = r3, r3 = s)));
              return r3;
            })()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, (e4 = (function() {
                var t6, e5, n4, o4, u4;
                t6 = Ci, e5 = Ci, (n4 = Np()) !== s && (o4 = Bb()) !== s ? ((u4 = xp()) === s && (u4 = Ip()), u4 !== s ? e5 = n4 = [n4, o4, u4] : (Ci = e5, e5 = s)) : (Ci = e5, e5 = s);
                e5 !== s && (Ei = t6, e5 = (a3 = e5)[0] + " " + a3[2]);
                var a3;
                (t6 = e5) === s && (t6 = xp()) === s && (t6 = Ip()) === s && (t6 = Ci, "similar" === r2.substr(Ci, 7).toLowerCase() ? (e5 = r2.substr(Ci, 7), Ci += 7) : (e5 = s, 0 === _i && Ri(bn)), e5 !== s && (n4 = Bb()) !== s && (o4 = Wf()) !== s ? (Ei = t6, t6 = e5 = "SIMILAR TO") : (Ci = t6, t6 = s), t6 === s && (t6 = Ci, (e5 = Np()) !== s && (n4 = Bb()) !== s ? ("similar" === r2.substr(Ci, 7).toLowerCase() ? (o4 = r2.substr(Ci, 7), Ci += 7) : (o4 = s, 0 === _i && Ri(bn)), o4 !== s && (u4 = Bb()) !== s && Wf() !== s ? (Ei = t6, t6 = e5 = "NOT SIMILAR TO") : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s)));
                return t6;
              })()) !== s && Bb() !== s ? ((n3 = Sf()) === s && (n3 = Dl()), n3 !== s && Bb() !== s ? ((o3 = (function() {
                var t6, e5, n4;
                t6 = Ci, "escape" === r2.substr(Ci, 6).toLowerCase() ? (e5 = r2.substr(Ci, 6), Ci += 6) : (e5 = s, 0 === _i && Ri(hn));
                e5 !== s && Bb() !== s && (n4 = Nf()) !== s ? (Ei = t6, t6 = e5 = { type: "ESCAPE", value: n4 }) : (Ci = t6, t6 = s);
                return t6;
              })()) === s && (o3 = null), o3 !== s ? (Ei = t5, u3 = e4, a2 = n3, (i2 = o3) && (a2.escape = i2), t5 = e4 = { op: u3, right: a2 }) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              var u3, a2, i2;
              return t5;
            })()) === s && (t4 = (function() {
              var t5, e4, n3;
              t5 = Ci, (e4 = (function() {
                var t6;
                "!~*" === r2.substr(Ci, 3) ? (t6 = "!~*", Ci += 3) : (t6 = s, 0 === _i && Ri(vn));
                t6 === s && ("~*" === r2.substr(Ci, 2) ? (t6 = "~*", Ci += 2) : (t6 = s, 0 === _i && Ri(yn)), t6 === s && (126 === r2.charCodeAt(Ci) ? (t6 = "~", Ci++) : (t6 = s, 0 === _i && Ri(dn)), t6 === s && ("!~" === r2.substr(Ci, 2) ? (t6 = "!~", Ci += 2) : (t6 = s, 0 === _i && Ri(wn)))));
                return t6;
              })()) !== s && Bb() !== s ? ((n3 = Sf()) === s && (n3 = Dl()), n3 !== s ? (Ei = t5, t5 = e4 = { op: e4, right: n3 }) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })());
            return t4;
          })()) === s && (n2 = null), n2 !== s ? (Ei = t3, o2 = e3, t3 = e3 = null === (u2 = n2) ? o2 : "arithmetic" === u2.type ? Lv(o2, u2.tail) : dv(u2.op, o2, u2.right)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Nf()) === s && (t3 = Ql()), t3;
        }
        function Pl() {
          var t3;
          return ">=" === r2.substr(Ci, 2) ? (t3 = ">=", Ci += 2) : (t3 = s, 0 === _i && Ri(un)), t3 === s && (62 === r2.charCodeAt(Ci) ? (t3 = ">", Ci++) : (t3 = s, 0 === _i && Ri(an)), t3 === s && ("<=" === r2.substr(Ci, 2) ? (t3 = "<=", Ci += 2) : (t3 = s, 0 === _i && Ri(cn)), t3 === s && ("<>" === r2.substr(Ci, 2) ? (t3 = "<>", Ci += 2) : (t3 = s, 0 === _i && Ri(ln)), t3 === s && (60 === r2.charCodeAt(Ci) ? (t3 = "<", Ci++) : (t3 = s, 0 === _i && Ri(fn)), t3 === s && (61 === r2.charCodeAt(Ci) ? (t3 = "=", Ci++) : (t3 = s, 0 === _i && Ri(sr)), t3 === s && ("!=" === r2.substr(Ci, 2) ? (t3 = "!=", Ci += 2) : (t3 = s, 0 === _i && Ri(pn)))))))), t3;
        }
        function Gl() {
          var r3, t3, e3, n2, o2, u2;
          return r3 = Ci, t3 = Ci, (e3 = Np()) !== s && (n2 = Bb()) !== s && (o2 = Sp()) !== s ? t3 = e3 = [e3, n2, o2] : (Ci = t3, t3 = s), t3 !== s && (Ei = r3, t3 = (u2 = t3)[0] + " " + u2[2]), (r3 = t3) === s && (r3 = Sp()), r3;
        }
        function $l() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Hl()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Fl()) !== s && (a2 = Bb()) !== s && (i2 = Hl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Fl()) !== s && (a2 = Bb()) !== s && (i2 = Hl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && "column_ref" === r4.type && "*" === r4.column) throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ...vv() }));
              return Lv(r4, t4);
            })(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Fl() {
          var t3;
          return 43 === r2.charCodeAt(Ci) ? (t3 = "+", Ci++) : (t3 = s, 0 === _i && Ri(Ln)), t3 === s && (45 === r2.charCodeAt(Ci) ? (t3 = "-", Ci++) : (t3 = s, 0 === _i && Ri(mn))), t3;
        }
        function Hl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Yl()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s ? ((u2 = Bl()) === s && (u2 = Hb()), u2 !== s && (a2 = Bb()) !== s && (i2 = Yl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s ? ((u2 = Bl()) === s && (u2 = Hb()), u2 !== s && (a2 = Bb()) !== s && (i2 = Yl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = Lv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function Bl() {
          var t3;
          return 42 === r2.charCodeAt(Ci) ? (t3 = "*", Ci++) : (t3 = s, 0 === _i && Ri(Cn)), t3 === s && (47 === r2.charCodeAt(Ci) ? (t3 = "/", Ci++) : (t3 = s, 0 === _i && Ri(En)), t3 === s && (37 === r2.charCodeAt(Ci) ? (t3 = "%", Ci++) : (t3 = s, 0 === _i && Ri(An)), t3 === s && ("||" === r2.substr(Ci, 2) ? (t3 = "||", Ci += 2) : (t3 = s, 0 === _i && Ri(gn))))), t3;
        }
        function ql() {
          var r3, t3, e3, n2, o2;
          return r3 = Ci, (t3 = Ql()) !== s && Bb() !== s ? ((e3 = Fc()) === s && (e3 = null), e3 !== s ? (Ei = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function Wl() {
          var t3, e3, n2, o2, u2, a2;
          return (t3 = (function() {
            var t4, e4, n3, o3, u3, a3, i2, c2, l2;
            t4 = Ci, (e4 = Fp()) !== s && Bb() !== s && (n3 = Ub()) !== s && Bb() !== s && (o3 = Nl()) !== s && Bb() !== s && (u3 = lp()) !== s && Bb() !== s && (a3 = av()) !== s && Bb() !== s && (i2 = Mb()) !== s ? (Ei = t4, f2 = o3, p2 = a3, e4 = { type: "cast", keyword: e4.toLowerCase(), expr: f2, symbol: "as", target: [p2] }, t4 = e4) : (Ci = t4, t4 = s);
            var f2, p2;
            t4 === s && (t4 = Ci, (e4 = Fp()) !== s && Bb() !== s && (n3 = Ub()) !== s && Bb() !== s && (o3 = Nl()) !== s && Bb() !== s && (u3 = lp()) !== s && Bb() !== s && (a3 = Wp()) !== s && Bb() !== s && (i2 = Ub()) !== s && Bb() !== s && (c2 = Df()) !== s && Bb() !== s && Mb() !== s && Bb() !== s && (l2 = Mb()) !== s ? (Ei = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(e4, o3, c2), t4 = e4) : (Ci = t4, t4 = s), t4 === s && (t4 = Ci, (e4 = Fp()) !== s && Bb() !== s && (n3 = Ub()) !== s && Bb() !== s && (o3 = Nl()) !== s && Bb() !== s && (u3 = lp()) !== s && Bb() !== s && (a3 = Wp()) !== s && Bb() !== s && (i2 = Ub()) !== s && Bb() !== s && (c2 = Df()) !== s && Bb() !== s && Ob() !== s && Bb() !== s && (l2 = Df()) !== s && Bb() !== s && Mb() !== s && Bb() !== s && Mb() !== s ? (Ei = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(e4, o3, c2, l2), t4 = e4) : (Ci = t4, t4 = s), t4 === s && (t4 = Ci, (e4 = Fp()) !== s && Bb() !== s && (n3 = Ub()) !== s && Bb() !== s && (o3 = Nl()) !== s && Bb() !== s && (u3 = lp()) !== s && Bb() !== s && (a3 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = Ci, "signed" === r2.substr(Ci, 6).toLowerCase() ? (e5 = r2.substr(Ci, 6), Ci += 6) : (e5 = s, 0 === _i && Ri(Gu));
                e5 !== s ? (n4 = Ci, _i++, o4 = ff(), _i--, o4 === s ? n4 = void 0 : (Ci = n4, n4 = s), n4 !== s ? (Ei = t6, t6 = e5 = "SIGNED") : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                return t6;
              })()) === s && (t5 = Yp());
              return t5;
            })()) !== s && Bb() !== s ? ((i2 = Xp()) === s && (i2 = null), i2 !== s && Bb() !== s && (c2 = Mb()) !== s ? (Ei = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: e5 + (n4 ? " " + n4 : "") }] };
            })(e4, o3, a3, i2), t4 = e4) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s), t4 === s && (t4 = Ci, (e4 = Ub()) !== s && Bb() !== s ? ((n3 = kl()) === s && (n3 = ql()) === s && (n3 = vf()), n3 !== s && Bb() !== s && (o3 = Mb()) !== s && Bb() !== s ? ((u3 = _f()) === s && (u3 = null), u3 !== s ? (Ei = t4, e4 = (function(r3, t5) {
              return r3.parentheses = true, t5 ? { type: "cast", keyword: "cast", expr: r3, ...t5 } : r3;
            })(n3, u3), t4 = e4) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s), t4 === s && (t4 = Ci, (e4 = Sf()) === s && (e4 = Sl()) === s && (e4 = (function() {
              var t5, e5, n4;
              t5 = Ci, (e5 = (function() {
                var t6, e6, n5, o4, u4, a4, i3, c3, l3;
                t6 = Ci, (e6 = (function() {
                  var t7, e7, n6, o5;
                  t7 = Ci, "count" === r2.substr(Ci, 5).toLowerCase() ? (e7 = r2.substr(Ci, 5), Ci += 5) : (e7 = s, 0 === _i && Ri(Cu));
                  e7 !== s ? (n6 = Ci, _i++, o5 = ff(), _i--, o5 === s ? n6 = void 0 : (Ci = n6, n6 = s), n6 !== s ? (Ei = t7, t7 = e7 = "COUNT") : (Ci = t7, t7 = s)) : (Ci = t7, t7 = s);
                  return t7;
                })()) === s && (e6 = (function() {
                  var t7, e7, n6, o5;
                  t7 = Ci, "group_concat" === r2.substr(Ci, 12).toLowerCase() ? (e7 = r2.substr(Ci, 12), Ci += 12) : (e7 = s, 0 === _i && Ri(Eu));
                  e7 !== s ? (n6 = Ci, _i++, o5 = ff(), _i--, o5 === s ? n6 = void 0 : (Ci = n6, n6 = s), n6 !== s ? (Ei = t7, t7 = e7 = "GROUP_CONCAT") : (Ci = t7, t7 = s)) : (Ci = t7, t7 = s);
                  return t7;
                })());
                e6 !== s && Bb() !== s && Ub() !== s && Bb() !== s && (n5 = (function() {
                  var t7, e7;
                  t7 = Ci, (e7 = (function() {
                    var t8, e8;
                    t8 = Ci, 42 === r2.charCodeAt(Ci) ? (e8 = "*", Ci++) : (e8 = s, 0 === _i && Ri(Cn));
                    e8 !== s && (Ei = t8, e8 = { type: "star", value: "*" });
                    return t8 = e8;
                  })()) !== s && (Ei = t7, e7 = { expr: e7 });
                  (t7 = e7) === s && (t7 = Lf());
                  return t7;
                })()) !== s && Bb() !== s && (o4 = Mb()) !== s && Bb() !== s ? ((u4 = df()) === s && (u4 = null), u4 !== s ? (Ei = t6, e6 = /* @__PURE__ */ (function(r3, t7, e7) {
                  return { type: "aggr_func", name: r3, args: t7, over: e7 };
                })(e6, n5, u4), t6 = e6) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                t6 === s && (t6 = Ci, "percentile_cont" === r2.substr(Ci, 15).toLowerCase() ? (e6 = r2.substr(Ci, 15), Ci += 15) : (e6 = s, 0 === _i && Ri(io)), e6 === s && ("percentile_disc" === r2.substr(Ci, 15).toLowerCase() ? (e6 = r2.substr(Ci, 15), Ci += 15) : (e6 = s, 0 === _i && Ri(co))), e6 !== s && Bb() !== s && Ub() !== s && Bb() !== s ? ((n5 = Mf()) === s && (n5 = jf()), n5 !== s && Bb() !== s && (o4 = Mb()) !== s && Bb() !== s ? ("within" === r2.substr(Ci, 6).toLowerCase() ? (u4 = r2.substr(Ci, 6), Ci += 6) : (u4 = s, 0 === _i && Ri(lo)), u4 !== s && Bb() !== s && Lp() !== s && Bb() !== s && (a4 = Ub()) !== s && Bb() !== s && (i3 = vl()) !== s && Bb() !== s && (c3 = Mb()) !== s && Bb() !== s ? ((l3 = df()) === s && (l3 = null), l3 !== s ? (Ei = t6, e6 = (function(r3, t7, e7, n6) {
                  return { type: "aggr_func", name: r3.toUpperCase(), args: { expr: t7 }, within_group_orderby: e7, over: n6 };
                })(e6, n5, i3, l3), t6 = e6) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s), t6 === s && (t6 = Ci, "mode" === r2.substr(Ci, 4).toLowerCase() ? (e6 = r2.substr(Ci, 4), Ci += 4) : (e6 = s, 0 === _i && Ri(fo)), e6 !== s && Bb() !== s && Ub() !== s && Bb() !== s && (n5 = Mb()) !== s && Bb() !== s ? ("within" === r2.substr(Ci, 6).toLowerCase() ? (o4 = r2.substr(Ci, 6), Ci += 6) : (o4 = s, 0 === _i && Ri(lo)), o4 !== s && Bb() !== s && (u4 = Lp()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && (a4 = vl()) !== s && Bb() !== s && (i3 = Mb()) !== s && Bb() !== s ? ((c3 = df()) === s && (c3 = null), c3 !== s ? (Ei = t6, e6 = (function(r3, t7, e7) {
                  return { type: "aggr_func", name: r3.toUpperCase(), args: { expr: {} }, within_group_orderby: t7, over: e7 };
                })(e6, a4, c3), t6 = e6) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s)));
                return t6;
              })()) === s && (e5 = (function() {
                var t6, e6, n5, o4;
                t6 = Ci, (e6 = (function() {
                  var t7;
                  (t7 = (function() {
                    var t8, e7, n6, o5;
                    t8 = Ci, "sum" === r2.substr(Ci, 3).toLowerCase() ? (e7 = r2.substr(Ci, 3), Ci += 3) : (e7 = s, 0 === _i && Ri(Tu));
                    e7 !== s ? (n6 = Ci, _i++, o5 = ff(), _i--, o5 === s ? n6 = void 0 : (Ci = n6, n6 = s), n6 !== s ? (Ei = t8, t8 = e7 = "SUM") : (Ci = t8, t8 = s)) : (Ci = t8, t8 = s);
                    return t8;
                  })()) === s && (t7 = (function() {
                    var t8, e7, n6, o5;
                    t8 = Ci, "max" === r2.substr(Ci, 3).toLowerCase() ? (e7 = r2.substr(Ci, 3), Ci += 3) : (e7 = s, 0 === _i && Ri(Au));
                    e7 !== s ? (n6 = Ci, _i++, o5 = ff(), _i--, o5 === s ? n6 = void 0 : (Ci = n6, n6 = s), n6 !== s ? (Ei = t8, t8 = e7 = "MAX") : (Ci = t8, t8 = s)) : (Ci = t8, t8 = s);
                    return t8;
                  })()) === s && (t7 = (function() {
                    var t8, e7, n6, o5;
                    t8 = Ci, "min" === r2.substr(Ci, 3).toLowerCase() ? (e7 = r2.substr(Ci, 3), Ci += 3) : (e7 = s, 0 === _i && Ri(gu));
                    e7 !== s ? (n6 = Ci, _i++, o5 = ff(), _i--, o5 === s ? n6 = void 0 : (Ci = n6, n6 = s), n6 !== s ? (Ei = t8, t8 = e7 = "MIN") : (Ci = t8, t8 = s)) : (Ci = t8, t8 = s);
                    return t8;
                  })()) === s && (t7 = (function() {
                    var t8, e7, n6, o5;
                    t8 = Ci, "avg" === r2.substr(Ci, 3).toLowerCase() ? (e7 = r2.substr(Ci, 3), Ci += 3) : (e7 = s, 0 === _i && Ri(_u));
                    e7 !== s ? (n6 = Ci, _i++, o5 = ff(), _i--, o5 === s ? n6 = void 0 : (Ci = n6, n6 = s), n6 !== s ? (Ei = t8, t8 = e7 = "AVG") : (Ci = t8, t8 = s)) : (Ci = t8, t8 = s);
                    return t8;
                  })());
                  return t7;
                })()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && (n5 = $l()) !== s && Bb() !== s && Mb() !== s && Bb() !== s ? ((o4 = df()) === s && (o4 = null), o4 !== s ? (Ei = t6, e6 = (function(r3, t7, e7) {
                  return { type: "aggr_func", name: r3, args: { expr: t7 }, over: e7, ...vv() };
                })(e6, n5, o4), t6 = e6) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                return t6;
              })()) === s && (e5 = (function() {
                var t6, e6, n5, o4, u4, a4;
                t6 = Ci, e6 = Ci, (n5 = Zl()) !== s && (o4 = Bb()) !== s && (u4 = Nb()) !== s ? e6 = n5 = [n5, o4, u4] : (Ci = e6, e6 = s);
                e6 === s && (e6 = null);
                e6 !== s && (n5 = Bb()) !== s ? ((o4 = (function() {
                  var t7, e7, n6, o5;
                  t7 = Ci, "array_agg" === r2.substr(Ci, 9).toLowerCase() ? (e7 = r2.substr(Ci, 9), Ci += 9) : (e7 = s, 0 === _i && Ri(Lu));
                  e7 !== s ? (n6 = Ci, _i++, o5 = ff(), _i--, o5 === s ? n6 = void 0 : (Ci = n6, n6 = s), n6 !== s ? (Ei = t7, t7 = e7 = "ARRAY_AGG") : (Ci = t7, t7 = s)) : (Ci = t7, t7 = s);
                  return t7;
                })()) === s && (o4 = (function() {
                  var t7, e7, n6, o5;
                  t7 = Ci, "string_agg" === r2.substr(Ci, 10).toLowerCase() ? (e7 = r2.substr(Ci, 10), Ci += 10) : (e7 = s, 0 === _i && Ri(mu));
                  e7 !== s ? (n6 = Ci, _i++, o5 = ff(), _i--, o5 === s ? n6 = void 0 : (Ci = n6, n6 = s), n6 !== s ? (Ei = t7, t7 = e7 = "STRING_AGG") : (Ci = t7, t7 = s)) : (Ci = t7, t7 = s);
                  return t7;
                })()), o4 !== s && (u4 = Bb()) !== s && Ub() !== s && Bb() !== s && (a4 = Lf()) !== s && Bb() !== s && Mb() !== s ? (Ei = t6, e6 = (function(r3, t7, e7) {
                  return { type: "aggr_func", name: r3 ? `${r3[0]}.${t7}` : t7, args: e7 };
                })(e6, o4, a4), t6 = e6) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                return t6;
              })());
              e5 !== s && Bb() !== s ? ((n4 = (function() {
                var t6, e6, n5;
                t6 = Ci, "filter" === r2.substr(Ci, 6).toLowerCase() ? (e6 = r2.substr(Ci, 6), Ci += 6) : (e6 = s, 0 === _i && Ri(zn));
                e6 !== s && Bb() !== s && Ub() !== s && Bb() !== s && (n5 = sl()) !== s && Bb() !== s && Mb() !== s ? (Ei = t6, t6 = e6 = { keyword: "filter", parentheses: true, where: n5 }) : (Ci = t6, t6 = s);
                return t6;
              })()) === s && (n4 = null), n4 !== s ? (Ei = t5, e5 = (function(r3, t6) {
                return t6 && (r3.filter = t6), r3;
              })(e5, n4), t5 = e5) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (e4 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4;
                t6 = Ci, (e5 = (function() {
                  var t7;
                  "row_number" === r2.substr(Ci, 10).toLowerCase() ? (t7 = r2.substr(Ci, 10), Ci += 10) : (t7 = s, 0 === _i && Ri(ro));
                  t7 === s && ("dense_rank" === r2.substr(Ci, 10).toLowerCase() ? (t7 = r2.substr(Ci, 10), Ci += 10) : (t7 = s, 0 === _i && Ri(to)), t7 === s && ("rank" === r2.substr(Ci, 4).toLowerCase() ? (t7 = r2.substr(Ci, 4), Ci += 4) : (t7 = s, 0 === _i && Ri(eo))));
                  return t7;
                })()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && Mb() !== s && Bb() !== s && (n4 = df()) !== s ? (Ei = t6, e5 = /* @__PURE__ */ (function(r3, t7) {
                  return { type: "window_func", name: r3, over: t7 };
                })(e5, n4), t6 = e5) : (Ci = t6, t6 = s);
                return t6;
              })()) === s && (t5 = (function() {
                var t6, e5, n4, o4, u4;
                t6 = Ci, (e5 = (function() {
                  var t7;
                  "lag" === r2.substr(Ci, 3).toLowerCase() ? (t7 = r2.substr(Ci, 3), Ci += 3) : (t7 = s, 0 === _i && Ri(no));
                  t7 === s && ("lead" === r2.substr(Ci, 4).toLowerCase() ? (t7 = r2.substr(Ci, 4), Ci += 4) : (t7 = s, 0 === _i && Ri(oo)), t7 === s && ("nth_value" === r2.substr(Ci, 9).toLowerCase() ? (t7 = r2.substr(Ci, 9), Ci += 9) : (t7 = s, 0 === _i && Ri(so))));
                  return t7;
                })()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && (n4 = _l()) !== s && Bb() !== s && Mb() !== s && Bb() !== s ? ((o4 = wf()) === s && (o4 = null), o4 !== s && Bb() !== s && (u4 = df()) !== s ? (Ei = t6, e5 = /* @__PURE__ */ (function(r3, t7, e6, n5) {
                  return { type: "window_func", name: r3, args: t7, over: n5, consider_nulls: e6 };
                })(e5, n4, o4, u4), t6 = e5) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                return t6;
              })()) === s && (t5 = (function() {
                var t6, e5, n4, o4, u4;
                t6 = Ci, (e5 = (function() {
                  var t7;
                  "first_value" === r2.substr(Ci, 11).toLowerCase() ? (t7 = r2.substr(Ci, 11), Ci += 11) : (t7 = s, 0 === _i && Ri(Zn));
                  t7 === s && ("last_value" === r2.substr(Ci, 10).toLowerCase() ? (t7 = r2.substr(Ci, 10), Ci += 10) : (t7 = s, 0 === _i && Ri(Jn)));
                  return t7;
                })()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && (n4 = Nl()) !== s && Bb() !== s && Mb() !== s && Bb() !== s ? ((o4 = wf()) === s && (o4 = null), o4 !== s && Bb() !== s && (u4 = df()) !== s ? (Ei = t6, e5 = /* @__PURE__ */ (function(r3, t7, e6, n5) {
                  return { type: "window_func", name: r3, args: { type: "expr_list", value: [t7] }, over: n5, consider_nulls: e6 };
                })(e5, n4, o4, u4), t6 = e5) : (Ci = t6, t6 = s)) : (Ci = t6, t6 = s);
                return t6;
              })());
              return t5;
            })()) === s && (e4 = Af()) === s && (e4 = (function() {
              var r3, t5, e5, n4, o4, u4, a4, i3;
              return r3 = Ci, Dp() !== s && Bb() !== s && (t5 = jl()) !== s && Bb() !== s ? ((e5 = Il()) === s && (e5 = null), e5 !== s && Bb() !== s && (n4 = $p()) !== s && Bb() !== s ? ((o4 = Dp()) === s && (o4 = null), o4 !== s ? (Ei = r3, a4 = t5, (i3 = e5) && a4.push(i3), r3 = { type: "case", expr: null, args: a4 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, Dp() !== s && Bb() !== s && (t5 = Nl()) !== s && Bb() !== s && (e5 = jl()) !== s && Bb() !== s ? ((n4 = Il()) === s && (n4 = null), n4 !== s && Bb() !== s && (o4 = $p()) !== s && Bb() !== s ? ((u4 = Dp()) === s && (u4 = null), u4 !== s ? (Ei = r3, r3 = (function(r4, t6, e6) {
                return e6 && t6.push(e6), { type: "case", expr: r4, args: t6 };
              })(t5, e5, n4)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)), r3;
            })()) === s && (e4 = ql()) === s && (e4 = vf()), e4 !== s && Bb() !== s ? ((n3 = _f()) === s && (n3 = null), n3 !== s ? (Ei = t4, e4 = (function(r3, t5) {
              return t5 ? { type: "cast", keyword: "cast", expr: r3, ...t5 } : r3;
            })(e4, n3), t4 = e4) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s))))));
            return t4;
          })()) === s && (t3 = Ci, Ub() !== s && (e3 = Bb()) !== s && (n2 = Ol()) !== s && (o2 = Bb()) !== s && (u2 = Mb()) !== s ? (Ei = t3, (a2 = n2).parentheses = true, t3 = a2) : (Ci = t3, t3 = s), t3 === s && (t3 = sv()) === s && (t3 = Ci, Bb() !== s ? (36 === r2.charCodeAt(Ci) ? (e3 = "$", Ci++) : (e3 = s, 0 === _i && Ri(Tn)), e3 !== s ? (60 === r2.charCodeAt(Ci) ? (n2 = "<", Ci++) : (n2 = s, 0 === _i && Ri(fn)), n2 !== s && (o2 = Mf()) !== s ? (62 === r2.charCodeAt(Ci) ? (u2 = ">", Ci++) : (u2 = s, 0 === _i && Ri(an)), u2 !== s ? (Ei = t3, t3 = { type: "origin", value: `$<${o2.value}>` }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s))), t3;
        }
        function Yl() {
          var t3, e3, n2, o2, u2;
          return (t3 = (function() {
            var t4, e4, n3, o3, u3, a2, i2, c2;
            if (t4 = Ci, (e4 = Vl()) !== s) if (Bb() !== s) {
              for (n3 = [], o3 = Ci, (u3 = Bb()) !== s ? ("?|" === r2.substr(Ci, 2) ? (a2 = "?|", Ci += 2) : (a2 = s, 0 === _i && Ri(_n)), a2 === s && ("?&" === r2.substr(Ci, 2) ? (a2 = "?&", Ci += 2) : (a2 = s, 0 === _i && Ri(Sn)), a2 === s && (63 === r2.charCodeAt(Ci) ? (a2 = "?", Ci++) : (a2 = s, 0 === _i && Ri(jn)), a2 === s && ("#-" === r2.substr(Ci, 2) ? (a2 = "#-", Ci += 2) : (a2 = s, 0 === _i && Ri(xn)), a2 === s && ("#>>" === r2.substr(Ci, 3) ? (a2 = "#>>", Ci += 3) : (a2 = s, 0 === _i && Ri(In)), a2 === s && ("#>" === r2.substr(Ci, 2) ? (a2 = "#>", Ci += 2) : (a2 = s, 0 === _i && Ri(Rn)), a2 === s && (a2 = Fb()) === s && (a2 = $b()) === s && ("@>" === r2.substr(Ci, 2) ? (a2 = "@>", Ci += 2) : (a2 = s, 0 === _i && Ri(Nn)), a2 === s && ("<@" === r2.substr(Ci, 2) ? (a2 = "<@", Ci += 2) : (a2 = s, 0 === _i && Ri(On))))))))), a2 !== s && (i2 = Bb()) !== s && (c2 = Vl()) !== s ? o3 = u3 = [u3, a2, i2, c2] : (Ci = o3, o3 = s)) : (Ci = o3, o3 = s); o3 !== s; ) n3.push(o3), o3 = Ci, (u3 = Bb()) !== s ? ("?|" === r2.substr(Ci, 2) ? (a2 = "?|", Ci += 2) : (a2 = s, 0 === _i && Ri(_n)), a2 === s && ("?&" === r2.substr(Ci, 2) ? (a2 = "?&", Ci += 2) : (a2 = s, 0 === _i && Ri(Sn)), a2 === s && (63 === r2.charCodeAt(Ci) ? (a2 = "?", Ci++) : (a2 = s, 0 === _i && Ri(jn)), a2 === s && ("#-" === r2.substr(Ci, 2) ? (a2 = "#-", Ci += 2) : (a2 = s, 0 === _i && Ri(xn)), a2 === s && ("#>>" === r2.substr(Ci, 3) ? (a2 = "#>>", Ci += 3) : (a2 = s, 0 === _i && Ri(In)), a2 === s && ("#>" === r2.substr(Ci, 2) ? (a2 = "#>", Ci += 2) : (a2 = s, 0 === _i && Ri(Rn)), a2 === s && (a2 = Fb()) === s && (a2 = $b()) === s && ("@>" === r2.substr(Ci, 2) ? (a2 = "@>", Ci += 2) : (a2 = s, 0 === _i && Ri(Nn)), a2 === s && ("<@" === r2.substr(Ci, 2) ? (a2 = "<@", Ci += 2) : (a2 = s, 0 === _i && Ri(On))))))))), a2 !== s && (i2 = Bb()) !== s && (c2 = Vl()) !== s ? o3 = u3 = [u3, a2, i2, c2] : (Ci = o3, o3 = s)) : (Ci = o3, o3 = s);
              n3 !== s ? (Ei = t4, l2 = e4, e4 = (f2 = n3) && 0 !== f2.length ? Lv(l2, f2) : l2, t4 = e4) : (Ci = t4, t4 = s);
            } else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            var l2, f2;
            return t4;
          })()) === s && (t3 = Ci, (e3 = (function() {
            var t4;
            33 === r2.charCodeAt(Ci) ? (t4 = "!", Ci++) : (t4 = s, 0 === _i && Ri(sn));
            t4 === s && (45 === r2.charCodeAt(Ci) ? (t4 = "-", Ci++) : (t4 = s, 0 === _i && Ri(mn)), t4 === s && (43 === r2.charCodeAt(Ci) ? (t4 = "+", Ci++) : (t4 = s, 0 === _i && Ri(Ln)), t4 === s && (126 === r2.charCodeAt(Ci) ? (t4 = "~", Ci++) : (t4 = s, 0 === _i && Ri(dn)))));
            return t4;
          })()) !== s ? (n2 = Ci, (o2 = Bb()) !== s && (u2 = Yl()) !== s ? n2 = o2 = [o2, u2] : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = yv(e3, n2[1])) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)), t3;
        }
        function Vl() {
          var r3, t3, e3, n2, o2;
          return r3 = Ci, (t3 = Wl()) !== s && Bb() !== s ? ((e3 = Fc()) === s && (e3 = null), e3 !== s ? (Ei = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function Xl() {
          var t3, e3, n2, o2, u2, a2;
          if (t3 = Ci, "e" === r2.substr(Ci, 1).toLowerCase() ? (e3 = r2.charAt(Ci), Ci++) : (e3 = s, 0 === _i && Ri(kn)), e3 !== s) if (39 === r2.charCodeAt(Ci) ? (n2 = "'", Ci++) : (n2 = s, 0 === _i && Ri(xt)), n2 !== s) if (Bb() !== s) {
            for (o2 = [], u2 = kf(); u2 !== s; ) o2.push(u2), u2 = kf();
            o2 !== s && (u2 = Bb()) !== s ? (39 === r2.charCodeAt(Ci) ? (a2 = "'", Ci++) : (a2 = s, 0 === _i && Ri(xt)), a2 !== s ? (Ei = t3, t3 = e3 = { type: "default", value: `E'${o2.join("")}'` }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s);
          } else Ci = t3, t3 = s;
          else Ci = t3, t3 = s;
          else Ci = t3, t3 = s;
          return t3;
        }
        function Ql() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2;
          if ((r3 = Xl()) === s && (r3 = Ci, t3 = Ci, (e3 = Zl()) !== s && (n2 = Bb()) !== s && (o2 = Nb()) !== s ? t3 = e3 = [e3, n2, o2] : (Ci = t3, t3 = s), t3 === s && (t3 = null), t3 !== s && (e3 = Bb()) !== s && (n2 = kb()) !== s ? (Ei = r3, r3 = t3 = (function(r4) {
            const t4 = r4 && r4[0] || null;
            return Tv.add(`select::${t4}::(.*)`), { type: "column_ref", table: t4, column: "*" };
          })(t3)) : (Ci = r3, r3 = s), r3 === s)) {
            if (r3 = Ci, (t3 = Zl()) !== s) if (e3 = Ci, (n2 = Bb()) !== s && (o2 = Nb()) !== s && (u2 = Bb()) !== s && (a2 = Zl()) !== s ? e3 = n2 = [n2, o2, u2, a2] : (Ci = e3, e3 = s), e3 !== s) {
              if (n2 = [], o2 = Ci, (u2 = Bb()) !== s && (a2 = Nb()) !== s && (i2 = Bb()) !== s && (c2 = af()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (Ci = o2, o2 = s), o2 !== s) for (; o2 !== s; ) n2.push(o2), o2 = Ci, (u2 = Bb()) !== s && (a2 = Nb()) !== s && (i2 = Bb()) !== s && (c2 = af()) !== s ? o2 = u2 = [u2, a2, i2, c2] : (Ci = o2, o2 = s);
              else n2 = s;
              n2 !== s ? (o2 = Ci, (u2 = Bb()) !== s && (a2 = Ji()) !== s ? o2 = u2 = [u2, a2] : (Ci = o2, o2 = s), o2 === s && (o2 = null), o2 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4, e4, n3) {
                if (1 === e4.length) return Tv.add(`select::${r4}.${t4[3]}::${e4[0][3].value || e4[0][3]}`), { type: "column_ref", schema: r4, table: t4[3], column: e4[0][3], collate: n3 && n3[1] };
                return { type: "column_ref", column: { expr: Lv(dv(".", r4, t4[3]), e4) }, collate: n3 && n3[1] };
              })(t3, e3, n2, o2)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
            } else Ci = r3, r3 = s;
            else Ci = r3, r3 = s;
            r3 === s && (r3 = Ci, (t3 = Zl()) !== s && (e3 = Bb()) !== s && (n2 = Nb()) !== s && (o2 = Bb()) !== s && (u2 = af()) !== s ? (a2 = Ci, (i2 = Bb()) !== s && (c2 = Ji()) !== s ? a2 = i2 = [i2, c2] : (Ci = a2, a2 = s), a2 === s && (a2 = null), a2 !== s ? (Ei = r3, l2 = t3, f2 = u2, p2 = a2, Tv.add(`select::${l2}::${f2}`), r3 = t3 = { type: "column_ref", table: l2, column: f2, collate: p2 && p2[1] }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t3 = af()) !== s ? (e3 = Ci, (n2 = Bb()) !== s && (o2 = Ji()) !== s ? e3 = n2 = [n2, o2] : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
              return Tv.add("select::null::" + r4), { type: "column_ref", table: null, column: r4, collate: t4 && t4[1] };
            })(t3, e3)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)));
          }
          return r3;
        }
        function Kl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = af()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = af()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = af()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function zl() {
          var r3, t3;
          return r3 = Ci, (t3 = lf()) !== s && (Ei = r3, t3 = { type: "default", value: t3 }), (r3 = t3) === s && (r3 = tf()), r3;
        }
        function Zl() {
          var r3, t3;
          return r3 = Ci, (t3 = lf()) !== s ? (Ei = Ci, (Un(t3) ? s : void 0) !== s ? (Ei = r3, r3 = t3 = t3) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t3 = ef()) !== s && (Ei = r3, t3 = t3), r3 = t3), r3;
        }
        function Jl() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = Zl()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Zl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = Zl()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function rf() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return r3 = Ci, (t3 = lf()) !== s ? (Ei = Ci, ((function(r4) {
            return true === bv[r4.toUpperCase()];
          })(t3) ? s : void 0) !== s ? (e3 = Ci, (n2 = Bb()) !== s && (o2 = Ub()) !== s && (u2 = Bb()) !== s && (a2 = Kl()) !== s && (i2 = Bb()) !== s && (c2 = Mb()) !== s ? e3 = n2 = [n2, o2, u2, a2, i2, c2] : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
            return t4 ? `${r4}(${t4[3].join(", ")})` : r4;
          })(t3, e3)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t3 = ef()) !== s && (Ei = r3, t3 = t3), r3 = t3), r3;
        }
        function tf() {
          var r3;
          return (r3 = nf()) === s && (r3 = of()) === s && (r3 = sf()), r3;
        }
        function ef() {
          var r3, t3;
          return r3 = Ci, (t3 = nf()) === s && (t3 = of()) === s && (t3 = sf()), t3 !== s && (Ei = r3, t3 = t3.value), r3 = t3;
        }
        function nf() {
          var t3, e3, n2, o2;
          if (t3 = Ci, 34 === r2.charCodeAt(Ci) ? (e3 = '"', Ci++) : (e3 = s, 0 === _i && Ri(Me)), e3 !== s) {
            if (n2 = [], Mn.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(Dn)), o2 !== s) for (; o2 !== s; ) n2.push(o2), Mn.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(Dn));
            else n2 = s;
            n2 !== s ? (34 === r2.charCodeAt(Ci) ? (o2 = '"', Ci++) : (o2 = s, 0 === _i && Ri(Me)), o2 !== s ? (Ei = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s);
          } else Ci = t3, t3 = s;
          return t3;
        }
        function of() {
          var t3, e3, n2, o2;
          if (t3 = Ci, 39 === r2.charCodeAt(Ci) ? (e3 = "'", Ci++) : (e3 = s, 0 === _i && Ri(xt)), e3 !== s) {
            if (n2 = [], Pn.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(Gn)), o2 !== s) for (; o2 !== s; ) n2.push(o2), Pn.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(Gn));
            else n2 = s;
            n2 !== s ? (39 === r2.charCodeAt(Ci) ? (o2 = "'", Ci++) : (o2 = s, 0 === _i && Ri(xt)), o2 !== s ? (Ei = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s);
          } else Ci = t3, t3 = s;
          return t3;
        }
        function sf() {
          var t3, e3, n2, o2;
          if (t3 = Ci, 96 === r2.charCodeAt(Ci) ? (e3 = "`", Ci++) : (e3 = s, 0 === _i && Ri($n)), e3 !== s) {
            if (n2 = [], Fn.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(Hn)), o2 !== s) for (; o2 !== s; ) n2.push(o2), Fn.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(Hn));
            else n2 = s;
            n2 !== s ? (96 === r2.charCodeAt(Ci) ? (o2 = "`", Ci++) : (o2 = s, 0 === _i && Ri($n)), o2 !== s ? (Ei = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s);
          } else Ci = t3, t3 = s;
          return t3;
        }
        function uf() {
          var r3;
          return (r3 = cf()) === s && (r3 = ef()), r3;
        }
        function af() {
          var r3, t3;
          return r3 = Ci, (t3 = cf()) !== s ? (Ei = Ci, (Un(t3) ? s : void 0) !== s ? (Ei = r3, r3 = t3 = t3) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = ef()), r3;
        }
        function cf() {
          var r3, t3, e3, n2;
          if (r3 = Ci, (t3 = ff()) !== s) {
            for (e3 = [], n2 = bf(); n2 !== s; ) e3.push(n2), n2 = bf();
            e3 !== s ? (Ei = r3, r3 = t3 = t3 + e3.join("")) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function lf() {
          var r3, t3, e3, n2;
          if (r3 = Ci, (t3 = ff()) !== s) {
            for (e3 = [], n2 = pf(); n2 !== s; ) e3.push(n2), n2 = pf();
            e3 !== s ? (Ei = r3, r3 = t3 = t3 + e3.join("")) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function ff() {
          var t3;
          return Bn.test(r2.charAt(Ci)) ? (t3 = r2.charAt(Ci), Ci++) : (t3 = s, 0 === _i && Ri(qn)), t3;
        }
        function pf() {
          var t3;
          return Wn.test(r2.charAt(Ci)) ? (t3 = r2.charAt(Ci), Ci++) : (t3 = s, 0 === _i && Ri(Yn)), t3;
        }
        function bf() {
          var t3;
          return Vn.test(r2.charAt(Ci)) ? (t3 = r2.charAt(Ci), Ci++) : (t3 = s, 0 === _i && Ri(Xn)), t3;
        }
        function vf() {
          var t3, e3, n2, o2;
          return t3 = Ci, e3 = Ci, 58 === r2.charCodeAt(Ci) ? (n2 = ":", Ci++) : (n2 = s, 0 === _i && Ri(Qn)), n2 !== s && (o2 = lf()) !== s ? e3 = n2 = [n2, o2] : (Ci = e3, e3 = s), e3 !== s && (Ei = t3, e3 = { type: "param", value: e3[1] }), t3 = e3;
        }
        function yf() {
          var r3, t3, e3;
          return r3 = Ci, bp() !== s && Bb() !== s && Kf() !== s && Bb() !== s && (t3 = yb()) !== s && Bb() !== s && Ub() !== s && Bb() !== s ? ((e3 = _l()) === s && (e3 = null), e3 !== s && Bb() !== s && Mb() !== s ? (Ei = r3, r3 = { type: "on update", keyword: t3, parentheses: true, expr: e3 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, bp() !== s && Bb() !== s && Kf() !== s && Bb() !== s && (t3 = yb()) !== s ? (Ei = r3, r3 = /* @__PURE__ */ (function(r4) {
            return { type: "on update", keyword: r4 };
          })(t3)) : (Ci = r3, r3 = s)), r3;
        }
        function df() {
          var t3, e3, n2, o2, u2;
          return t3 = Ci, "over" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Kn)), e3 !== s && Bb() !== s && (n2 = il()) !== s ? (Ei = t3, t3 = e3 = { type: "window", as_window_specification: n2 }) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, "over" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Kn)), e3 !== s && Bb() !== s && (n2 = Ub()) !== s && Bb() !== s ? ((o2 = bl()) === s && (o2 = null), o2 !== s && Bb() !== s ? ((u2 = vl()) === s && (u2 = null), u2 !== s && Bb() !== s && Mb() !== s ? (Ei = t3, t3 = e3 = { partitionby: o2, orderby: u2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = yf())), t3;
        }
        function wf() {
          var t3, e3, n2;
          return t3 = Ci, "ignore" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(uo)), e3 === s && ("respect" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(ao))), e3 !== s && Bb() !== s ? ("nulls" === r2.substr(Ci, 5).toLowerCase() ? (n2 = r2.substr(Ci, 5), Ci += 5) : (n2 = s, 0 === _i && Ri(mr)), n2 !== s ? (Ei = t3, t3 = e3 = e3.toUpperCase() + " NULLS") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function hf() {
          var r3, t3;
          return r3 = Ci, Ob() !== s && Bb() !== s && (t3 = Nf()) !== s ? (Ei = r3, r3 = { symbol: ke, delimiter: t3 }) : (Ci = r3, r3 = s), r3;
        }
        function Lf() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          if (r3 = Ci, (t3 = Tp()) === s && (t3 = null), t3 !== s) if (Bb() !== s) if ((e3 = Ub()) !== s) if (Bb() !== s) if ((n2 = Nl()) !== s) if (Bb() !== s) if ((o2 = Mb()) !== s) if (Bb() !== s) {
            for (u2 = [], a2 = Ci, (i2 = Bb()) !== s ? ((c2 = Op()) === s && (c2 = kp()), c2 !== s && (l2 = Bb()) !== s && (f2 = Nl()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Ci = a2, a2 = s)) : (Ci = a2, a2 = s); a2 !== s; ) u2.push(a2), a2 = Ci, (i2 = Bb()) !== s ? ((c2 = Op()) === s && (c2 = kp()), c2 !== s && (l2 = Bb()) !== s && (f2 = Nl()) !== s ? a2 = i2 = [i2, c2, l2, f2] : (Ci = a2, a2 = s)) : (Ci = a2, a2 = s);
            u2 !== s && (a2 = Bb()) !== s ? ((i2 = hf()) === s && (i2 = null), i2 !== s && (c2 = Bb()) !== s ? ((l2 = vl()) === s && (l2 = null), l2 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4, e4, n3, o3) {
              const s2 = e4.length;
              let u3 = t4;
              u3.parentheses = true;
              for (let r5 = 0; r5 < s2; ++r5) u3 = dv(e4[r5][1], u3, e4[r5][3]);
              return { distinct: r4, expr: u3, orderby: o3, separator: n3 };
            })(t3, n2, u2, i2, l2)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          else Ci = r3, r3 = s;
          return r3 === s && (r3 = Ci, (t3 = Tp()) === s && (t3 = null), t3 !== s && Bb() !== s && (e3 = nl()) !== s && Bb() !== s ? ((n2 = hf()) === s && (n2 = null), n2 !== s && Bb() !== s ? ((o2 = vl()) === s && (o2 = null), o2 !== s ? (Ei = r3, r3 = t3 = { distinct: t3, expr: e3, orderby: o2, separator: n2 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s)), r3;
        }
        function mf() {
          var t3, e3, n2;
          return t3 = Ci, (e3 = (function() {
            var t4;
            return "both" === r2.substr(Ci, 4).toLowerCase() ? (t4 = r2.substr(Ci, 4), Ci += 4) : (t4 = s, 0 === _i && Ri(po)), t4 === s && ("leading" === r2.substr(Ci, 7).toLowerCase() ? (t4 = r2.substr(Ci, 7), Ci += 7) : (t4 = s, 0 === _i && Ri(bo)), t4 === s && ("trailing" === r2.substr(Ci, 8).toLowerCase() ? (t4 = r2.substr(Ci, 8), Ci += 8) : (t4 = s, 0 === _i && Ri(vo)))), t4;
          })()) === s && (e3 = null), e3 !== s && Bb() !== s ? ((n2 = Nl()) === s && (n2 = null), n2 !== s && Bb() !== s && ip() !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            let n3 = [];
            return r3 && n3.push({ type: "origin", value: r3 }), t4 && n3.push(t4), n3.push({ type: "origin", value: "from" }), { type: "expr_list", value: n3 };
          })(e3, n2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Cf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "trim" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(yo)), e3 !== s && Bb() !== s && Ub() !== s && Bb() !== s ? ((n2 = mf()) === s && (n2 = null), n2 !== s && Bb() !== s && (o2 = Nl()) !== s && Bb() !== s && Mb() !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
            let e4 = r3 || { type: "expr_list", value: [] };
            return e4.value.push(t4), { type: "function", name: { name: [{ type: "origin", value: "trim" }] }, args: e4, ...vv() };
          })(n2, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Ef() {
          var t3, e3, n2, o2;
          return t3 = Ci, "crosstab" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(wo)), e3 !== s && Bb() !== s && Ub() !== s && Bb() !== s && (n2 = _l()) !== s && Bb() !== s && Mb() !== s && Bb() !== s && lp() !== s && Bb() !== s && lf() !== s && Bb() !== s && Ub() !== s && Bb() !== s && (o2 = Bi()) !== s && Bb() !== s && Mb() !== s ? (Ei = t3, t3 = e3 = { type: "tablefunc", name: { name: [{ type: "origin", value: "crosstab" }] }, args: n2, as: { type: "function", name: { name: [{ type: "default", value: name }] }, args: { type: "expr_list", value: o2.map((r3) => ({ ...r3, type: "column_definition" })) }, ...vv() }, ...vv() }) : (Ci = t3, t3 = s), t3;
        }
        function Af() {
          var t3, e3, n2, o2, u2, a2, i2;
          return (t3 = Cf()) === s && (t3 = Ef()) === s && (t3 = Ci, "now" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(ho)), e3 !== s && Bb() !== s && (n2 = Ub()) !== s && Bb() !== s ? ((o2 = _l()) === s && (o2 = null), o2 !== s && Bb() !== s && Mb() !== s && Bb() !== s ? ("at" === r2.substr(Ci, 2).toLowerCase() ? (u2 = r2.substr(Ci, 2), Ci += 2) : (u2 = s, 0 === _i && Ri(Lo)), u2 !== s && Bb() !== s && fb() !== s && Bb() !== s ? ("zone" === r2.substr(Ci, 4).toLowerCase() ? (a2 = r2.substr(Ci, 4), Ci += 4) : (a2 = s, 0 === _i && Ri(mo)), a2 !== s && Bb() !== s && (i2 = Nf()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            return e4.prefix = "at time zone", { type: "function", name: { name: [{ type: "default", value: r3 }] }, args: t4 || { type: "expr_list", value: [] }, suffix: e4, ...vv() };
          })(e3, o2, i2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = (function() {
            var t4;
            (t4 = Tf()) === s && (t4 = db()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "user" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(la));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "USER") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && (t4 = wb()) === s && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ci, "system_user" === r2.substr(Ci, 11).toLowerCase() ? (e4 = r2.substr(Ci, 11), Ci += 11) : (e4 = s, 0 === _i && Ri(ja));
              e4 !== s ? (n3 = Ci, _i++, o3 = ff(), _i--, o3 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t5, t5 = e4 = "SYSTEM_USER") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              return t5;
            })()) === s && ("ntile" === r2.substr(Ci, 5).toLowerCase() ? (t4 = r2.substr(Ci, 5), Ci += 5) : (t4 = s, 0 === _i && Ri(Bo)));
            return t4;
          })()) !== s && Bb() !== s && (n2 = Ub()) !== s && Bb() !== s ? ((o2 = _l()) === s && (o2 = null), o2 !== s && Bb() !== s && Mb() !== s && Bb() !== s ? ((u2 = df()) === s && (u2 = null), u2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
            return { type: "function", name: { name: [{ type: "default", value: r3 }] }, args: t4 || { type: "expr_list", value: [] }, over: e4, ...vv() };
          })(e3, o2, u2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = (function() {
            var r3, t4, e4, n3, o3;
            r3 = Ci, (t4 = Mp()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && (e4 = gf()) !== s && Bb() !== s && ip() !== s && Bb() !== s ? ((n3 = pb()) === s && (n3 = vb()) === s && (n3 = fb()) === s && (n3 = ib()), n3 === s && (n3 = null), n3 !== s && Bb() !== s && (o3 = Nl()) !== s && Bb() !== s && Mb() !== s ? (Ei = r3, u3 = e4, a3 = n3, i3 = o3, t4 = { type: t4.toLowerCase(), args: { field: u3, cast_type: a3, source: i3 }, ...vv() }, r3 = t4) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s);
            var u3, a3, i3;
            r3 === s && (r3 = Ci, (t4 = Mp()) !== s && Bb() !== s && Ub() !== s && Bb() !== s && (e4 = gf()) !== s && Bb() !== s && ip() !== s && Bb() !== s && (n3 = Nl()) !== s && Bb() !== s && (o3 = Mb()) !== s ? (Ei = r3, t4 = (function(r4, t5, e5) {
              return { type: r4.toLowerCase(), args: { field: t5, source: e5 }, ...vv() };
            })(t4, e4, n3), r3 = t4) : (Ci = r3, r3 = s));
            return r3;
          })()) === s && (t3 = Ci, (e3 = Tf()) !== s && Bb() !== s ? ((n2 = yf()) === s && (n2 = null), n2 !== s ? (Ei = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ...vv() }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = ev()) !== s && Bb() !== s && (n2 = Ub()) !== s && Bb() !== s ? ((o2 = Ol()) === s && (o2 = null), o2 !== s && Bb() !== s && Mb() !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, ...vv() };
          })(e3, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s))))), t3;
        }
        function gf() {
          var t3, e3;
          return t3 = Ci, "century" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Co)), e3 === s && ("day" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(Eo)), e3 === s && ("date" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Ao)), e3 === s && ("decade" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(go)), e3 === s && ("dow" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(To)), e3 === s && ("doy" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(_o)), e3 === s && ("epoch" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(So)), e3 === s && ("hour" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(jo)), e3 === s && ("isodow" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(xo)), e3 === s && ("isoyear" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Io)), e3 === s && ("microseconds" === r2.substr(Ci, 12).toLowerCase() ? (e3 = r2.substr(Ci, 12), Ci += 12) : (e3 = s, 0 === _i && Ri(Ro)), e3 === s && ("millennium" === r2.substr(Ci, 10).toLowerCase() ? (e3 = r2.substr(Ci, 10), Ci += 10) : (e3 = s, 0 === _i && Ri(No)), e3 === s && ("milliseconds" === r2.substr(Ci, 12).toLowerCase() ? (e3 = r2.substr(Ci, 12), Ci += 12) : (e3 = s, 0 === _i && Ri(Oo)), e3 === s && ("minute" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(ko)), e3 === s && ("month" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Uo)), e3 === s && ("quarter" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Mo)), e3 === s && ("second" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(Do)), e3 === s && ("timezone" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(Po)), e3 === s && ("timezone_hour" === r2.substr(Ci, 13).toLowerCase() ? (e3 = r2.substr(Ci, 13), Ci += 13) : (e3 = s, 0 === _i && Ri(Go)), e3 === s && ("timezone_minute" === r2.substr(Ci, 15).toLowerCase() ? (e3 = r2.substr(Ci, 15), Ci += 15) : (e3 = s, 0 === _i && Ri($o)), e3 === s && ("week" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Fo)), e3 === s && ("year" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Ho))))))))))))))))))))))), e3 !== s && (Ei = t3, e3 = e3), t3 = e3;
        }
        function Tf() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ci, "current_date" === r2.substr(Ci, 12).toLowerCase() ? (e3 = r2.substr(Ci, 12), Ci += 12) : (e3 = s, 0 === _i && Ri(ga));
            e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t4, t4 = e3 = "CURRENT_DATE") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ci, "current_time" === r2.substr(Ci, 12).toLowerCase() ? (e3 = r2.substr(Ci, 12), Ci += 12) : (e3 = s, 0 === _i && Ri(_a));
            e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t4, t4 = e3 = "CURRENT_TIME") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) === s && (t3 = yb()), t3;
        }
        function _f() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Ci, t3 = [], e3 = Ci, (n2 = Cb()) !== s && (o2 = Bb()) !== s && (u2 = av()) !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s), e3 !== s) for (; e3 !== s; ) t3.push(e3), e3 = Ci, (n2 = Cb()) !== s && (o2 = Bb()) !== s && (u2 = av()) !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s);
          else t3 = s;
          return t3 !== s && (e3 = Bb()) !== s ? ((n2 = Wc()) === s && (n2 = null), n2 !== s ? (Ei = r3, r3 = t3 = { as: n2, symbol: "::", target: t3.map((r4) => r4[2]) }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function Sf() {
          var t3;
          return (t3 = Nf()) === s && (t3 = Mf()) === s && (t3 = Rf()) === s && (t3 = xf()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = Ci, (e3 = fb()) === s && (e3 = ib()) === s && (e3 = pb()) === s && (e3 = cb());
            if (e3 !== s) if (Bb() !== s) {
              if (n2 = Ci, 39 === r2.charCodeAt(Ci) ? (o2 = "'", Ci++) : (o2 = s, 0 === _i && Ri(xt)), o2 !== s) {
                for (u2 = [], a2 = kf(); a2 !== s; ) u2.push(a2), a2 = kf();
                u2 !== s ? (39 === r2.charCodeAt(Ci) ? (a2 = "'", Ci++) : (a2 = s, 0 === _i && Ri(xt)), a2 !== s ? n2 = o2 = [o2, u2, a2] : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s);
              } else Ci = n2, n2 = s;
              n2 !== s ? (Ei = t4, i2 = n2, e3 = { type: e3.toLowerCase(), value: i2[1].join("") }, t4 = e3) : (Ci = t4, t4 = s);
            } else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            var i2;
            if (t4 === s) if (t4 = Ci, (e3 = fb()) === s && (e3 = ib()) === s && (e3 = pb()) === s && (e3 = cb()), e3 !== s) if (Bb() !== s) {
              if (n2 = Ci, 34 === r2.charCodeAt(Ci) ? (o2 = '"', Ci++) : (o2 = s, 0 === _i && Ri(Me)), o2 !== s) {
                for (u2 = [], a2 = Of(); a2 !== s; ) u2.push(a2), a2 = Of();
                u2 !== s ? (34 === r2.charCodeAt(Ci) ? (a2 = '"', Ci++) : (a2 = s, 0 === _i && Ri(Me)), a2 !== s ? n2 = o2 = [o2, u2, a2] : (Ci = n2, n2 = s)) : (Ci = n2, n2 = s);
              } else Ci = n2, n2 = s;
              n2 !== s ? (Ei = t4, e3 = (function(r3, t5) {
                return { type: r3.toLowerCase(), value: t5[1].join("") };
              })(e3, n2), t4 = e3) : (Ci = t4, t4 = s);
            } else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            return t4;
          })()) === s && (t3 = jf()), t3;
        }
        function jf() {
          var r3, t3;
          return r3 = Ci, Up() !== s && Bb() !== s && Db() !== s && Bb() !== s ? ((t3 = _l()) === s && (t3 = null), t3 !== s && Bb() !== s && Pb() !== s ? (Ei = r3, r3 = { expr_list: t3 || { type: "origin", value: "" }, type: "array", keyword: "array", brackets: true }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function xf() {
          var r3, t3;
          return r3 = Ci, (t3 = Bf()) !== s && (Ei = r3, t3 = { type: "null", value: null }), r3 = t3;
        }
        function If() {
          var t3, e3;
          return t3 = Ci, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ci, "not null" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(Ls));
            e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (Ei = t3, e3 = { type: "not null", value: "not null" }), t3 = e3;
        }
        function Rf() {
          var t3, e3;
          return t3 = Ci, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ci, "true" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(ms));
            e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (Ei = t3, e3 = { type: "bool", value: true }), (t3 = e3) === s && (t3 = Ci, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ci, "false" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(Cs));
            e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t4 = e4 = [e4, n2] : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            return t4;
          })()) !== s && (Ei = t3, e3 = { type: "bool", value: false }), t3 = e3), t3;
        }
        function Nf() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2;
          if (t3 = Ci, e3 = Ci, 39 === r2.charCodeAt(Ci) ? (n2 = "'", Ci++) : (n2 = s, 0 === _i && Ri(xt)), n2 !== s) {
            for (o2 = [], u2 = kf(); u2 !== s; ) o2.push(u2), u2 = kf();
            o2 !== s ? (39 === r2.charCodeAt(Ci) ? (u2 = "'", Ci++) : (u2 = s, 0 === _i && Ri(xt)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s);
          } else Ci = e3, e3 = s;
          if (e3 !== s) {
            if (n2 = [], qo.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(Wo)), o2 !== s) for (; o2 !== s; ) n2.push(o2), qo.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(Wo));
            else n2 = s;
            if (n2 !== s) if ((o2 = Bb()) !== s) {
              if (u2 = Ci, 39 === r2.charCodeAt(Ci) ? (a2 = "'", Ci++) : (a2 = s, 0 === _i && Ri(xt)), a2 !== s) {
                for (i2 = [], c2 = kf(); c2 !== s; ) i2.push(c2), c2 = kf();
                i2 !== s ? (39 === r2.charCodeAt(Ci) ? (c2 = "'", Ci++) : (c2 = s, 0 === _i && Ri(xt)), c2 !== s ? u2 = a2 = [a2, i2, c2] : (Ci = u2, u2 = s)) : (Ci = u2, u2 = s);
              } else Ci = u2, u2 = s;
              u2 !== s ? (Ei = t3, l2 = u2, t3 = e3 = { type: "single_quote_string", value: `${e3[1].join("")}${l2[1].join("")}` }) : (Ci = t3, t3 = s);
            } else Ci = t3, t3 = s;
            else Ci = t3, t3 = s;
          } else Ci = t3, t3 = s;
          if (t3 === s) {
            if (t3 = Ci, e3 = Ci, 39 === r2.charCodeAt(Ci) ? (n2 = "'", Ci++) : (n2 = s, 0 === _i && Ri(xt)), n2 !== s) {
              for (o2 = [], u2 = kf(); u2 !== s; ) o2.push(u2), u2 = kf();
              o2 !== s ? (39 === r2.charCodeAt(Ci) ? (u2 = "'", Ci++) : (u2 = s, 0 === _i && Ri(xt)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s);
            } else Ci = e3, e3 = s;
            if (e3 !== s && (Ei = t3, e3 = (function(r3) {
              return { type: "single_quote_string", value: r3[1].join("") };
            })(e3)), (t3 = e3) === s) {
              if (t3 = Ci, e3 = Ci, 34 === r2.charCodeAt(Ci) ? (n2 = '"', Ci++) : (n2 = s, 0 === _i && Ri(Me)), n2 !== s) {
                for (o2 = [], u2 = Of(); u2 !== s; ) o2.push(u2), u2 = Of();
                o2 !== s ? (34 === r2.charCodeAt(Ci) ? (u2 = '"', Ci++) : (u2 = s, 0 === _i && Ri(Me)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s);
              } else Ci = e3, e3 = s;
              e3 !== s ? (n2 = Ci, _i++, o2 = Nb(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = (function(r3) {
                return { type: "double_quote_string", value: r3[1].join("") };
              })(e3)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s);
            }
          }
          return t3;
        }
        function Of() {
          var t3;
          return Yo.test(r2.charAt(Ci)) ? (t3 = r2.charAt(Ci), Ci++) : (t3 = s, 0 === _i && Ri(Vo)), t3 === s && (t3 = Uf()), t3;
        }
        function kf() {
          var t3;
          return Xo.test(r2.charAt(Ci)) ? (t3 = r2.charAt(Ci), Ci++) : (t3 = s, 0 === _i && Ri(Qo)), t3 === s && (t3 = Uf()), t3;
        }
        function Uf() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2;
          return t3 = Ci, "\\'" === r2.substr(Ci, 2) ? (e3 = "\\'", Ci += 2) : (e3 = s, 0 === _i && Ri(Ko)), e3 !== s && (Ei = t3, e3 = "\\'"), (t3 = e3) === s && (t3 = Ci, '\\"' === r2.substr(Ci, 2) ? (e3 = '\\"', Ci += 2) : (e3 = s, 0 === _i && Ri(zo)), e3 !== s && (Ei = t3, e3 = '\\"'), (t3 = e3) === s && (t3 = Ci, "\\\\" === r2.substr(Ci, 2) ? (e3 = "\\\\", Ci += 2) : (e3 = s, 0 === _i && Ri(Zo)), e3 !== s && (Ei = t3, e3 = "\\\\"), (t3 = e3) === s && (t3 = Ci, "\\/" === r2.substr(Ci, 2) ? (e3 = "\\/", Ci += 2) : (e3 = s, 0 === _i && Ri(Jo)), e3 !== s && (Ei = t3, e3 = "\\/"), (t3 = e3) === s && (t3 = Ci, "\\b" === r2.substr(Ci, 2) ? (e3 = "\\b", Ci += 2) : (e3 = s, 0 === _i && Ri(rs)), e3 !== s && (Ei = t3, e3 = "\b"), (t3 = e3) === s && (t3 = Ci, "\\f" === r2.substr(Ci, 2) ? (e3 = "\\f", Ci += 2) : (e3 = s, 0 === _i && Ri(ts)), e3 !== s && (Ei = t3, e3 = "\f"), (t3 = e3) === s && (t3 = Ci, "\\n" === r2.substr(Ci, 2) ? (e3 = "\\n", Ci += 2) : (e3 = s, 0 === _i && Ri(es)), e3 !== s && (Ei = t3, e3 = "\n"), (t3 = e3) === s && (t3 = Ci, "\\r" === r2.substr(Ci, 2) ? (e3 = "\\r", Ci += 2) : (e3 = s, 0 === _i && Ri(ns)), e3 !== s && (Ei = t3, e3 = "\r"), (t3 = e3) === s && (t3 = Ci, "\\t" === r2.substr(Ci, 2) ? (e3 = "\\t", Ci += 2) : (e3 = s, 0 === _i && Ri(os)), e3 !== s && (Ei = t3, e3 = "	"), (t3 = e3) === s && (t3 = Ci, "\\u" === r2.substr(Ci, 2) ? (e3 = "\\u", Ci += 2) : (e3 = s, 0 === _i && Ri(ss)), e3 !== s && (n2 = Hf()) !== s && (o2 = Hf()) !== s && (u2 = Hf()) !== s && (a2 = Hf()) !== s ? (Ei = t3, i2 = n2, c2 = o2, l2 = u2, f2 = a2, t3 = e3 = String.fromCharCode(parseInt("0x" + i2 + c2 + l2 + f2))) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, 92 === r2.charCodeAt(Ci) ? (e3 = "\\", Ci++) : (e3 = s, 0 === _i && Ri(us)), e3 !== s && (Ei = t3, e3 = "\\"), (t3 = e3) === s && (t3 = Ci, "''" === r2.substr(Ci, 2) ? (e3 = "''", Ci += 2) : (e3 = s, 0 === _i && Ri(as)), e3 !== s && (Ei = t3, e3 = "''"), t3 = e3))))))))))), t3;
        }
        function Mf() {
          var r3, t3, e3;
          return r3 = Ci, (t3 = (function() {
            var r4, t4, e4, n2;
            r4 = Ci, (t4 = Df()) === s && (t4 = null);
            t4 !== s && (e4 = Pf()) !== s && (n2 = Gf()) !== s ? (Ei = r4, r4 = t4 = { type: "bigint", value: (t4 || "") + e4 + n2 }) : (Ci = r4, r4 = s);
            r4 === s && (r4 = Ci, (t4 = Df()) === s && (t4 = null), t4 !== s && (e4 = Pf()) !== s ? (Ei = r4, t4 = (function(r5, t5) {
              const e5 = (r5 || "") + t5;
              return r5 && wv(r5) ? { type: "bigint", value: e5 } : parseFloat(e5).toFixed(t5.length - 1);
            })(t4, e4), r4 = t4) : (Ci = r4, r4 = s), r4 === s && (r4 = Ci, (t4 = Df()) !== s && (e4 = Gf()) !== s ? (Ei = r4, t4 = (function(r5, t5) {
              return { type: "bigint", value: r5 + t5 };
            })(t4, e4), r4 = t4) : (Ci = r4, r4 = s), r4 === s && (r4 = Ci, (t4 = Df()) !== s && (Ei = r4, t4 = (function(r5) {
              return wv(r5) ? { type: "bigint", value: r5 } : parseFloat(r5);
            })(t4)), r4 = t4)));
            return r4;
          })()) !== s && (Ei = r3, t3 = (e3 = t3) && "bigint" === e3.type ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function Df() {
          var t3, e3, n2;
          return (t3 = $f()) === s && (t3 = Ff()) === s && (t3 = Ci, 45 === r2.charCodeAt(Ci) ? (e3 = "-", Ci++) : (e3 = s, 0 === _i && Ri(mn)), e3 === s && (43 === r2.charCodeAt(Ci) ? (e3 = "+", Ci++) : (e3 = s, 0 === _i && Ri(Ln))), e3 !== s && (n2 = $f()) !== s ? (Ei = t3, t3 = e3 = e3 + n2) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, 45 === r2.charCodeAt(Ci) ? (e3 = "-", Ci++) : (e3 = s, 0 === _i && Ri(mn)), e3 === s && (43 === r2.charCodeAt(Ci) ? (e3 = "+", Ci++) : (e3 = s, 0 === _i && Ri(Ln))), e3 !== s && (n2 = Ff()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (Ci = t3, t3 = s))), t3;
        }
        function Pf() {
          var t3, e3, n2;
          return t3 = Ci, 46 === r2.charCodeAt(Ci) ? (e3 = ".", Ci++) : (e3 = s, 0 === _i && Ri(ls)), e3 !== s && (n2 = $f()) !== s ? (Ei = t3, t3 = e3 = "." + n2) : (Ci = t3, t3 = s), t3;
        }
        function Gf() {
          var t3, e3, n2;
          return t3 = Ci, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ci, ys.test(r2.charAt(Ci)) ? (e4 = r2.charAt(Ci), Ci++) : (e4 = s, 0 === _i && Ri(ds));
            e4 !== s ? (ws.test(r2.charAt(Ci)) ? (n3 = r2.charAt(Ci), Ci++) : (n3 = s, 0 === _i && Ri(hs)), n3 === s && (n3 = null), n3 !== s ? (Ei = t4, t4 = e4 = e4 + (null !== (o2 = n3) ? o2 : "")) : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s);
            var o2;
            return t4;
          })()) !== s && (n2 = $f()) !== s ? (Ei = t3, t3 = e3 = e3 + n2) : (Ci = t3, t3 = s), t3;
        }
        function $f() {
          var r3, t3, e3;
          if (r3 = Ci, t3 = [], (e3 = Ff()) !== s) for (; e3 !== s; ) t3.push(e3), e3 = Ff();
          else t3 = s;
          return t3 !== s && (Ei = r3, t3 = t3.join("")), r3 = t3;
        }
        function Ff() {
          var t3;
          return fs.test(r2.charAt(Ci)) ? (t3 = r2.charAt(Ci), Ci++) : (t3 = s, 0 === _i && Ri(ps)), t3;
        }
        function Hf() {
          var t3;
          return bs.test(r2.charAt(Ci)) ? (t3 = r2.charAt(Ci), Ci++) : (t3 = s, 0 === _i && Ri(vs)), t3;
        }
        function Bf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "null" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri($)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function qf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "default" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Ir)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Wf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "to" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(or)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Yf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "show" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Es)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Vf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "drop" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(As)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "DROP") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Xf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "alter" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Ts)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Qf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "select" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(_s)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Kf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "update" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(Ss)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function zf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "create" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(js)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Zf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "temporary" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(xs)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Jf() {
          var t3, e3, n2, o2;
          return t3 = Ci, "temp" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Is)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function rp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "delete" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(Rs)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function tp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "insert" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(Ns)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function ep() {
          var t3, e3, n2, o2;
          return t3 = Ci, "recursive" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(Os)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "RECURSIVE") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function np() {
          var t3, e3, n2, o2;
          return t3 = Ci, "replace" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(ks)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function op() {
          var t3, e3, n2, o2;
          return t3 = Ci, "rename" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(Ms)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function sp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "ignore" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(uo)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function up() {
          var t3, e3, n2, o2;
          return t3 = Ci, "partition" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(Ds)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "PARTITION") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function ap() {
          var t3, e3, n2, o2;
          return t3 = Ci, "into" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Ps)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function ip() {
          var t3, e3, n2, o2;
          return t3 = Ci, "from" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Gs)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function cp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "set" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(Lt)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "SET") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function lp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "as" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri($s)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function fp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "table" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(je)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "TABLE") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function pp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "schema" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(l)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "SCHEMA") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function bp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "on" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(F)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function vp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "join" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Vs)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function yp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "outer" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Xs)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function dp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "values" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(Zs)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function wp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "using" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Js)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function hp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "with" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Be)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Lp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "group" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(tu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function mp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "by" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(eu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Cp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "order" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(nu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Ep() {
          var t3, e3, n2, o2;
          return t3 = Ci, "asc" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(au)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "ASC") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Ap() {
          var t3, e3, n2, o2;
          return t3 = Ci, "desc" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(iu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "DESC") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function gp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "all" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(cu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "ALL") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Tp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "distinct" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(lu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "DISTINCT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function _p() {
          var t3, e3, n2, o2;
          return t3 = Ci, "between" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(fu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "BETWEEN") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Sp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "in" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(Ot)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "IN") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function jp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "is" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(pu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "IS") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function xp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "like" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(bu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "LIKE") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Ip() {
          var t3, e3, n2, o2;
          return t3 = Ci, "ilike" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(vu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "ILIKE") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Rp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "exists" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(yu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "EXISTS") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Np() {
          var t3, e3, n2, o2;
          return t3 = Ci, "not" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(D)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "NOT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Op() {
          var t3, e3, n2, o2;
          return t3 = Ci, "and" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(du)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "AND") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function kp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "or" === r2.substr(Ci, 2).toLowerCase() ? (e3 = r2.substr(Ci, 2), Ci += 2) : (e3 = s, 0 === _i && Ri(wu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "OR") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Up() {
          var t3, e3, n2, o2;
          return t3 = Ci, "array" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(hu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "ARRAY") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Mp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "extract" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Su)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "EXTRACT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Dp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "case" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(xu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Pp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "when" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Iu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Gp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "else" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Ru)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function $p() {
          var t3, e3, n2, o2;
          return t3 = Ci, "end" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(ve)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? t3 = e3 = [e3, n2] : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Fp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "cast" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Nu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "CAST") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Hp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "char" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Uu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "CHAR") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Bp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "varchar" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Mu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "VARCHAR") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function qp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "numeric" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Du)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "NUMERIC") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Wp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "decimal" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Pu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "DECIMAL") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Yp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "unsigned" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri($u)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "UNSIGNED") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Vp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "int" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(Fu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "INT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Xp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "integer" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Bu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "INTEGER") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Qp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "smallint" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(Vu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "SMALLINT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Kp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "serial" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(Xu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "SERIAL") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function zp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "tinyint" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(Qu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "TINYINT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Zp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "tinytext" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(Ku)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "TINYTEXT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Jp() {
          var t3, e3, n2, o2;
          return t3 = Ci, "text" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(zu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "TEXT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function rb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "mediumtext" === r2.substr(Ci, 10).toLowerCase() ? (e3 = r2.substr(Ci, 10), Ci += 10) : (e3 = s, 0 === _i && Ri(Zu)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "MEDIUMTEXT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function tb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "longtext" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(Ju)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "LONGTEXT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function eb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "bigint" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(ra)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "BIGINT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function nb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "enum" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(ta)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "ENUM") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function ob() {
          var t3, e3, n2, o2;
          return t3 = Ci, "float" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(ea)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "FLOAT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function sb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "double" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(na)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "DOUBLE") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function ub() {
          var t3, e3, n2, o2;
          return t3 = Ci, "bigserial" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(oa)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "BIGSERIAL") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function ab() {
          var t3, e3, n2, o2;
          return t3 = Ci, "real" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(sa)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "REAL") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function ib() {
          var t3, e3, n2, o2;
          return t3 = Ci, "date" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Ao)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "DATE") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function cb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "datetime" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(ua)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "DATETIME") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function lb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "rows" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(er)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "ROWS") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function fb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "time" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(aa)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "TIME") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function pb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "timestamp" === r2.substr(Ci, 9).toLowerCase() ? (e3 = r2.substr(Ci, 9), Ci += 9) : (e3 = s, 0 === _i && Ri(ia)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "TIMESTAMP") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function bb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "truncate" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(ca)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "TRUNCATE") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function vb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "interval" === r2.substr(Ci, 8).toLowerCase() ? (e3 = r2.substr(Ci, 8), Ci += 8) : (e3 = s, 0 === _i && Ri(Ta)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "INTERVAL") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function yb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "current_timestamp" === r2.substr(Ci, 17).toLowerCase() ? (e3 = r2.substr(Ci, 17), Ci += 17) : (e3 = s, 0 === _i && Ri(Sa)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function db() {
          var t3, e3, n2, o2;
          return t3 = Ci, "current_user" === r2.substr(Ci, 12).toLowerCase() ? (e3 = r2.substr(Ci, 12), Ci += 12) : (e3 = s, 0 === _i && Ri(Fr)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "CURRENT_USER") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function wb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "session_user" === r2.substr(Ci, 12).toLowerCase() ? (e3 = r2.substr(Ci, 12), Ci += 12) : (e3 = s, 0 === _i && Ri(Hr)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "SESSION_USER") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function hb() {
          var t3;
          return 36 === r2.charCodeAt(Ci) ? (t3 = "$", Ci++) : (t3 = s, 0 === _i && Ri(Tn)), t3;
        }
        function Lb() {
          var t3;
          return "$$" === r2.substr(Ci, 2) ? (t3 = "$$", Ci += 2) : (t3 = s, 0 === _i && Ri(Ma)), t3;
        }
        function mb() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "@@" === r2.substr(Ci, 2) ? (t4 = "@@", Ci += 2) : (t4 = s, 0 === _i && Ri(Ua)), t4;
          })()) === s && (t3 = (function() {
            var t4;
            return 64 === r2.charCodeAt(Ci) ? (t4 = "@", Ci++) : (t4 = s, 0 === _i && Ri(ka)), t4;
          })()) === s && (t3 = hb()) === s && (t3 = hb()), t3;
        }
        function Cb() {
          var t3;
          return "::" === r2.substr(Ci, 2) ? (t3 = "::", Ci += 2) : (t3 = s, 0 === _i && Ri(Pa)), t3;
        }
        function Eb() {
          var t3;
          return 61 === r2.charCodeAt(Ci) ? (t3 = "=", Ci++) : (t3 = s, 0 === _i && Ri(sr)), t3;
        }
        function Ab() {
          var t3, e3, n2, o2;
          return t3 = Ci, "add" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri($a)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "ADD") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function gb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "column" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(Te)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "COLUMN") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Tb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "index" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(Fa)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "INDEX") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function _b() {
          var t3, e3, n2, o2;
          return t3 = Ci, "key" === r2.substr(Ci, 3).toLowerCase() ? (e3 = r2.substr(Ci, 3), Ci += 3) : (e3 = s, 0 === _i && Ri(Tr)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "KEY") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Sb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "unique" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(gr)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "UNIQUE") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function jb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "comment" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(qa)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "COMMENT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function xb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "constraint" === r2.substr(Ci, 10).toLowerCase() ? (e3 = r2.substr(Ci, 10), Ci += 10) : (e3 = s, 0 === _i && Ri(_e)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "CONSTRAINT") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Ib() {
          var t3, e3, n2, o2;
          return t3 = Ci, "concurrently" === r2.substr(Ci, 12).toLowerCase() ? (e3 = r2.substr(Ci, 12), Ci += 12) : (e3 = s, 0 === _i && Ri(Wa)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "CONCURRENTLY") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Rb() {
          var t3, e3, n2, o2;
          return t3 = Ci, "references" === r2.substr(Ci, 10).toLowerCase() ? (e3 = r2.substr(Ci, 10), Ci += 10) : (e3 = s, 0 === _i && Ri(Ya)), e3 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t3, t3 = e3 = "REFERENCES") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Nb() {
          var t3;
          return 46 === r2.charCodeAt(Ci) ? (t3 = ".", Ci++) : (t3 = s, 0 === _i && Ri(ls)), t3;
        }
        function Ob() {
          var t3;
          return 44 === r2.charCodeAt(Ci) ? (t3 = ",", Ci++) : (t3 = s, 0 === _i && Ri(Ja)), t3;
        }
        function kb() {
          var t3;
          return 42 === r2.charCodeAt(Ci) ? (t3 = "*", Ci++) : (t3 = s, 0 === _i && Ri(Cn)), t3;
        }
        function Ub() {
          var t3;
          return 40 === r2.charCodeAt(Ci) ? (t3 = "(", Ci++) : (t3 = s, 0 === _i && Ri(Oe)), t3;
        }
        function Mb() {
          var t3;
          return 41 === r2.charCodeAt(Ci) ? (t3 = ")", Ci++) : (t3 = s, 0 === _i && Ri(Ue)), t3;
        }
        function Db() {
          var t3;
          return 91 === r2.charCodeAt(Ci) ? (t3 = "[", Ci++) : (t3 = s, 0 === _i && Ri(ri)), t3;
        }
        function Pb() {
          var t3;
          return 93 === r2.charCodeAt(Ci) ? (t3 = "]", Ci++) : (t3 = s, 0 === _i && Ri(ti)), t3;
        }
        function Gb() {
          var t3;
          return 59 === r2.charCodeAt(Ci) ? (t3 = ";", Ci++) : (t3 = s, 0 === _i && Ri(Ne)), t3;
        }
        function $b() {
          var t3;
          return "->" === r2.substr(Ci, 2) ? (t3 = "->", Ci += 2) : (t3 = s, 0 === _i && Ri(ei)), t3;
        }
        function Fb() {
          var t3;
          return "->>" === r2.substr(Ci, 3) ? (t3 = "->>", Ci += 3) : (t3 = s, 0 === _i && Ri(ni)), t3;
        }
        function Hb() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "||" === r2.substr(Ci, 2) ? (t4 = "||", Ci += 2) : (t4 = s, 0 === _i && Ri(gn)), t4;
          })()) === s && (t3 = (function() {
            var t4;
            return "&&" === r2.substr(Ci, 2) ? (t4 = "&&", Ci += 2) : (t4 = s, 0 === _i && Ri(oi)), t4;
          })()), t3;
        }
        function Bb() {
          var r3, t3;
          for (r3 = [], (t3 = Xb()) === s && (t3 = Wb()); t3 !== s; ) r3.push(t3), (t3 = Xb()) === s && (t3 = Wb());
          return r3;
        }
        function qb() {
          var r3, t3;
          if (r3 = [], (t3 = Xb()) === s && (t3 = Wb()), t3 !== s) for (; t3 !== s; ) r3.push(t3), (t3 = Xb()) === s && (t3 = Wb());
          else r3 = s;
          return r3;
        }
        function Wb() {
          var t3;
          return (t3 = (function t4() {
            var e3, n2, o2, u2, a2, i2, c2;
            e3 = Ci, "/*" === r2.substr(Ci, 2) ? (n2 = "/*", Ci += 2) : (n2 = s, 0 === _i && Ri(si));
            if (n2 !== s) {
              for (o2 = [], u2 = Ci, a2 = Ci, _i++, "*/" === r2.substr(Ci, 2) ? (i2 = "*/", Ci += 2) : (i2 = s, 0 === _i && Ri(ui)), _i--, i2 === s ? a2 = void 0 : (Ci = a2, a2 = s), a2 !== s ? (i2 = Ci, _i++, "/*" === r2.substr(Ci, 2) ? (c2 = "/*", Ci += 2) : (c2 = s, 0 === _i && Ri(si)), _i--, c2 === s ? i2 = void 0 : (Ci = i2, i2 = s), i2 !== s && (c2 = Vb()) !== s ? u2 = a2 = [a2, i2, c2] : (Ci = u2, u2 = s)) : (Ci = u2, u2 = s), u2 === s && (u2 = t4()); u2 !== s; ) o2.push(u2), u2 = Ci, a2 = Ci, _i++, "*/" === r2.substr(Ci, 2) ? (i2 = "*/", Ci += 2) : (i2 = s, 0 === _i && Ri(ui)), _i--, i2 === s ? a2 = void 0 : (Ci = a2, a2 = s), a2 !== s ? (i2 = Ci, _i++, "/*" === r2.substr(Ci, 2) ? (c2 = "/*", Ci += 2) : (c2 = s, 0 === _i && Ri(si)), _i--, c2 === s ? i2 = void 0 : (Ci = i2, i2 = s), i2 !== s && (c2 = Vb()) !== s ? u2 = a2 = [a2, i2, c2] : (Ci = u2, u2 = s)) : (Ci = u2, u2 = s), u2 === s && (u2 = t4());
              o2 !== s ? ("*/" === r2.substr(Ci, 2) ? (u2 = "*/", Ci += 2) : (u2 = s, 0 === _i && Ri(ui)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s);
            } else Ci = e3, e3 = s;
            return e3;
          })()) === s && (t3 = (function() {
            var t4, e3, n2, o2, u2, a2;
            t4 = Ci, "--" === r2.substr(Ci, 2) ? (e3 = "--", Ci += 2) : (e3 = s, 0 === _i && Ri(ai));
            if (e3 !== s) {
              for (n2 = [], o2 = Ci, u2 = Ci, _i++, a2 = Qb(), _i--, a2 === s ? u2 = void 0 : (Ci = u2, u2 = s), u2 !== s && (a2 = Vb()) !== s ? o2 = u2 = [u2, a2] : (Ci = o2, o2 = s); o2 !== s; ) n2.push(o2), o2 = Ci, u2 = Ci, _i++, a2 = Qb(), _i--, a2 === s ? u2 = void 0 : (Ci = u2, u2 = s), u2 !== s && (a2 = Vb()) !== s ? o2 = u2 = [u2, a2] : (Ci = o2, o2 = s);
              n2 !== s ? t4 = e3 = [e3, n2] : (Ci = t4, t4 = s);
            } else Ci = t4, t4 = s;
            return t4;
          })()), t3;
        }
        function Yb() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = Ci, (t3 = jb()) !== s && Bb() !== s ? ((e3 = Eb()) === s && (e3 = null), e3 !== s && Bb() !== s && (n2 = Nf()) !== s ? (Ei = r3, u2 = e3, a2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: u2, value: a2 }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function Vb() {
          var t3;
          return r2.length > Ci ? (t3 = r2.charAt(Ci), Ci++) : (t3 = s, 0 === _i && Ri(ii)), t3;
        }
        function Xb() {
          var t3;
          return ci.test(r2.charAt(Ci)) ? (t3 = r2.charAt(Ci), Ci++) : (t3 = s, 0 === _i && Ri(li)), t3;
        }
        function Qb() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            t4 = Ci, _i++, r2.length > Ci ? (e4 = r2.charAt(Ci), Ci++) : (e4 = s, 0 === _i && Ri(ii));
            _i--, e4 === s ? t4 = void 0 : (Ci = t4, t4 = s);
            return t4;
          })()) === s) if (t3 = [], is.test(r2.charAt(Ci)) ? (e3 = r2.charAt(Ci), Ci++) : (e3 = s, 0 === _i && Ri(cs)), e3 !== s) for (; e3 !== s; ) t3.push(e3), is.test(r2.charAt(Ci)) ? (e3 = r2.charAt(Ci), Ci++) : (e3 = s, 0 === _i && Ri(cs));
          else t3 = s;
          return t3;
        }
        function Kb() {
          var t3, e3;
          return t3 = Ci, Ei = Ci, Av = [], (true ? void 0 : s) !== s && Bb() !== s ? ((e3 = zb()) === s && (e3 = (function() {
            var t4, e4;
            t4 = Ci, (function() {
              var t5;
              return "return" === r2.substr(Ci, 6).toLowerCase() ? (t5 = r2.substr(Ci, 6), Ci += 6) : (t5 = s, 0 === _i && Ri(Da)), t5;
            })() !== s && Bb() !== s && (e4 = Zb()) !== s ? (Ei = t4, t4 = { type: "return", expr: e4 }) : (Ci = t4, t4 = s);
            return t4;
          })()), e3 !== s ? (Ei = t3, t3 = { type: "proc", stmt: e3, vars: Av }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function zb() {
          var t3, e3, n2, o2;
          return t3 = Ci, (e3 = sv()) === s && (e3 = uv()), e3 !== s && Bb() !== s ? ((n2 = (function() {
            var t4;
            return ":=" === r2.substr(Ci, 2) ? (t4 = ":=", Ci += 2) : (t4 = s, 0 === _i && Ri(T)), t4;
          })()) === s && (n2 = Eb()), n2 !== s && Bb() !== s && (o2 = Zb()) !== s ? (Ei = t3, t3 = e3 = { type: "assign", left: e3, symbol: n2, right: o2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function Zb() {
          var r3;
          return (r3 = Nc()) === s && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = Ci, (t3 = sv()) !== s && Bb() !== s && (e3 = tl()) !== s && Bb() !== s && (n2 = sv()) !== s && Bb() !== s && (o2 = ol()) !== s ? (Ei = r4, r4 = t3 = { type: "join", ltable: t3, rtable: n2, op: e3, on: o2 }) : (Ci = r4, r4 = s);
            return r4;
          })()) === s && (r3 = Jb()) === s && (r3 = (function() {
            var r4, t3;
            r4 = Ci, Db() !== s && Bb() !== s && (t3 = ov()) !== s && Bb() !== s && Pb() !== s ? (Ei = r4, r4 = { type: "array", value: t3 }) : (Ci = r4, r4 = s);
            return r4;
          })()), r3;
        }
        function Jb() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = rv()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Fl()) !== s && (a2 = Bb()) !== s && (i2 = rv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Fl()) !== s && (a2 = Bb()) !== s && (i2 = rv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = on(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function rv() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = tv()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Bl()) !== s && (a2 = Bb()) !== s && (i2 = tv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Bl()) !== s && (a2 = Bb()) !== s && (i2 = tv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = on(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function tv() {
          var r3, t3, e3, n2, o2, u2, a2, i2, c2;
          return (r3 = Sf()) === s && (r3 = sv()) === s && (r3 = nv()) === s && (r3 = vf()) === s && (r3 = Ci, (t3 = Ub()) !== s && (e3 = Bb()) !== s && (n2 = Jb()) !== s && (o2 = Bb()) !== s && (u2 = Mb()) !== s ? (Ei = r3, (c2 = n2).parentheses = true, r3 = t3 = c2) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t3 = lf()) !== s ? (e3 = Ci, (n2 = Nb()) !== s && (o2 = Bb()) !== s && (u2 = lf()) !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (Ei = r3, a2 = t3, r3 = t3 = (i2 = e3) ? { type: "column_ref", table: a2, column: i2[2] } : { type: "var", name: a2, prefix: null }) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s))), r3;
        }
        function ev() {
          var r3, t3, e3, n2, o2, u2, a2;
          return r3 = Ci, (t3 = zl()) !== s ? (e3 = Ci, (n2 = Bb()) !== s && (o2 = Nb()) !== s && (u2 = Bb()) !== s && (a2 = zl()) !== s ? e3 = n2 = [n2, o2, u2, a2] : (Ci = e3, e3 = s), e3 === s && (e3 = null), e3 !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { name: [r4] };
            return null !== t4 && (e4.schema = r4, e4.name = [t4[3]]), e4;
          })(t3, e3)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function nv() {
          var r3, t3, e3;
          return r3 = Ci, (t3 = ev()) !== s && Bb() !== s && Ub() !== s && Bb() !== s ? ((e3 = ov()) === s && (e3 = null), e3 !== s && Bb() !== s && Mb() !== s ? (Ei = r3, r3 = t3 = (function(r4, t4) {
            return { type: "function", name: r4, args: { type: "expr_list", value: t4 }, ...vv() };
          })(t3, e3)) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3;
        }
        function ov() {
          var r3, t3, e3, n2, o2, u2, a2, i2;
          if (r3 = Ci, (t3 = tv()) !== s) {
            for (e3 = [], n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = tv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s); n2 !== s; ) e3.push(n2), n2 = Ci, (o2 = Bb()) !== s && (u2 = Ob()) !== s && (a2 = Bb()) !== s && (i2 = tv()) !== s ? n2 = o2 = [o2, u2, a2, i2] : (Ci = n2, n2 = s);
            e3 !== s ? (Ei = r3, r3 = t3 = hv(t3, e3)) : (Ci = r3, r3 = s);
          } else Ci = r3, r3 = s;
          return r3;
        }
        function sv() {
          var t3, e3, n2, o2, u2, a2, i2;
          if (t3 = Ci, (e3 = Lb()) !== s) {
            for (n2 = [], fi.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(pi)); o2 !== s; ) n2.push(o2), fi.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(pi));
            n2 !== s && (o2 = Lb()) !== s ? (Ei = t3, t3 = e3 = { type: "var", name: n2.join(""), prefix: "$$", suffix: "$$" }) : (Ci = t3, t3 = s);
          } else Ci = t3, t3 = s;
          if (t3 === s) {
            if (t3 = Ci, (e3 = hb()) !== s) if ((n2 = af()) !== s) if ((o2 = hb()) !== s) {
              for (u2 = [], fi.test(r2.charAt(Ci)) ? (a2 = r2.charAt(Ci), Ci++) : (a2 = s, 0 === _i && Ri(pi)); a2 !== s; ) u2.push(a2), fi.test(r2.charAt(Ci)) ? (a2 = r2.charAt(Ci), Ci++) : (a2 = s, 0 === _i && Ri(pi));
              u2 !== s && (a2 = hb()) !== s && (i2 = af()) !== s ? (Ei = Ci, ((function(r3, t4, e4) {
                if (r3 !== e4) return true;
              })(n2, 0, i2) ? s : void 0) !== s && hb() !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
                return { type: "var", name: t4.join(""), prefix: `$${r3}$`, suffix: `$${e4}$` };
              })(n2, u2, i2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s);
            } else Ci = t3, t3 = s;
            else Ci = t3, t3 = s;
            else Ci = t3, t3 = s;
            t3 === s && (t3 = Ci, (e3 = mb()) !== s && (n2 = uv()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
              return { type: "var", ...t4, prefix: r3 };
            })(e3, n2)) : (Ci = t3, t3 = s));
          }
          return t3;
        }
        function uv() {
          var t3, e3, n2, o2, u2;
          return t3 = Ci, 34 === r2.charCodeAt(Ci) ? (e3 = '"', Ci++) : (e3 = s, 0 === _i && Ri(Me)), e3 === s && (e3 = null), e3 !== s && (n2 = lf()) !== s && (o2 = (function() {
            var t4, e4, n3, o3, u3;
            t4 = Ci, e4 = [], n3 = Ci, 46 === r2.charCodeAt(Ci) ? (o3 = ".", Ci++) : (o3 = s, 0 === _i && Ri(ls));
            o3 !== s && (u3 = lf()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s);
            for (; n3 !== s; ) e4.push(n3), n3 = Ci, 46 === r2.charCodeAt(Ci) ? (o3 = ".", Ci++) : (o3 = s, 0 === _i && Ri(ls)), o3 !== s && (u3 = lf()) !== s ? n3 = o3 = [o3, u3] : (Ci = n3, n3 = s);
            e4 !== s && (Ei = t4, e4 = (function(r3) {
              const t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4));
            return t4 = e4;
          })()) !== s ? (34 === r2.charCodeAt(Ci) ? (u2 = '"', Ci++) : (u2 = s, 0 === _i && Ri(Me)), u2 === s && (u2 = null), u2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4, n3) {
            if (r3 && !n3 || !r3 && n3) throw new Error("double quoted not match");
            return Av.push(t4), { type: "var", name: t4, members: e4, quoted: r3 && n3 ? '"' : null, prefix: null };
          })(e3, n2, o2, u2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3 === s && (t3 = Ci, (e3 = Mf()) !== s && (Ei = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function av() {
          var t3;
          return (t3 = (function() {
            var r3, t4, e3;
            r3 = Ci, (t4 = fv()) === s && (t4 = cv());
            t4 !== s && Bb() !== s && Db() !== s && Bb() !== s && (e3 = Pb()) !== s && Bb() !== s && Db() !== s && Bb() !== s && Pb() !== s ? (Ei = r3, n2 = t4, t4 = { ...n2, array: { dimension: 2 } }, r3 = t4) : (Ci = r3, r3 = s);
            var n2;
            r3 === s && (r3 = Ci, (t4 = fv()) === s && (t4 = cv()), t4 !== s && Bb() !== s && Db() !== s && Bb() !== s ? ((e3 = Mf()) === s && (e3 = null), e3 !== s && Bb() !== s && Pb() !== s ? (Ei = r3, t4 = (function(r4, t5) {
              return { ...r4, array: { dimension: 1, length: [t5] } };
            })(t4, e3), r3 = t4) : (Ci = r3, r3 = s)) : (Ci = r3, r3 = s), r3 === s && (r3 = Ci, (t4 = fv()) === s && (t4 = cv()), t4 !== s && Bb() !== s && Up() !== s ? (Ei = r3, t4 = (function(r4) {
              return { ...r4, array: { keyword: "array" } };
            })(t4), r3 = t4) : (Ci = r3, r3 = s)));
            return r3;
          })()) === s && (t3 = cv()) === s && (t3 = fv()) === s && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ci, (e3 = ib()) === s && (e3 = cb());
            if (e3 !== s) if (Bb() !== s) if (Ub() !== s) if (Bb() !== s) {
              if (n2 = [], fs.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(ps)), o2 !== s) for (; o2 !== s; ) n2.push(o2), fs.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(ps));
              else n2 = s;
              n2 !== s && (o2 = Bb()) !== s && Mb() !== s ? (Ei = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (Ci = t4, t4 = s);
            } else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            else Ci = t4, t4 = s;
            t4 === s && (t4 = Ci, (e3 = ib()) === s && (e3 = cb()), e3 !== s && (Ei = t4, e3 = Li(e3)), (t4 = e3) === s && (t4 = (function() {
              var t5, e4, n3, o3, u2, a2;
              t5 = Ci, (e4 = fb()) === s && (e4 = pb());
              if (e4 !== s) if (Bb() !== s) if ((n3 = Ub()) !== s) if (Bb() !== s) {
                if (o3 = [], fs.test(r2.charAt(Ci)) ? (u2 = r2.charAt(Ci), Ci++) : (u2 = s, 0 === _i && Ri(ps)), u2 !== s) for (; u2 !== s; ) o3.push(u2), fs.test(r2.charAt(Ci)) ? (u2 = r2.charAt(Ci), Ci++) : (u2 = s, 0 === _i && Ri(ps));
                else o3 = s;
                o3 !== s && (u2 = Bb()) !== s && Mb() !== s && Bb() !== s ? ((a2 = pv()) === s && (a2 = null), a2 !== s ? (Ei = t5, e4 = (function(r3, t6, e5) {
                  return { dataType: r3, length: parseInt(t6.join(""), 10), parentheses: true, suffix: e5 };
                })(e4, o3, a2), t5 = e4) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s);
              } else Ci = t5, t5 = s;
              else Ci = t5, t5 = s;
              else Ci = t5, t5 = s;
              else Ci = t5, t5 = s;
              t5 === s && (t5 = Ci, (e4 = fb()) === s && (e4 = pb()), e4 !== s && Bb() !== s ? ((n3 = pv()) === s && (n3 = null), n3 !== s ? (Ei = t5, e4 = /* @__PURE__ */ (function(r3, t6) {
                return { dataType: r3, suffix: t6 };
              })(e4, n3), t5 = e4) : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s));
              return t5;
            })()));
            return t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Ci, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "json" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(qu)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "JSON") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "jsonb" === r2.substr(Ci, 5).toLowerCase() ? (e4 = r2.substr(Ci, 5), Ci += 5) : (e4 = s, 0 === _i && Ri(Wu)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "JSONB") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })());
            e3 !== s && (Ei = t4, e3 = Li(e3));
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Ci, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "geometry" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(Yu)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "GEOMETRY") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) !== s && (Ei = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var r3, t4;
            r3 = Ci, (t4 = Zp()) === s && (t4 = Jp()) === s && (t4 = rb()) === s && (t4 = tb());
            t4 !== s && Db() !== s && Bb() !== s && Pb() !== s ? (Ei = r3, r3 = t4 = { dataType: t4 + "[]" }) : (Ci = r3, r3 = s);
            r3 === s && (r3 = Ci, (t4 = Zp()) === s && (t4 = Jp()) === s && (t4 = rb()) === s && (t4 = tb()), t4 !== s && (Ei = r3, t4 = /* @__PURE__ */ (function(r4) {
              return { dataType: r4 };
            })(t4)), r3 = t4);
            return r3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Ci, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "uuid" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(fa)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "UUID") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) !== s && (Ei = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Ci, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "bool" === r2.substr(Ci, 4).toLowerCase() ? (e4 = r2.substr(Ci, 4), Ci += 4) : (e4 = s, 0 === _i && Ri(Ou)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "BOOL") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "boolean" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(ku)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "BOOLEAN") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })());
            e3 !== s && (Ei = t4, e3 = bi(e3));
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var r3, t4, e3;
            r3 = Ci, (t4 = nb()) !== s && Bb() !== s && (e3 = Tl()) !== s ? (Ei = r3, n2 = t4, (o2 = e3).parentheses = true, r3 = t4 = { dataType: n2, expr: o2 }) : (Ci = r3, r3 = s);
            var n2, o2;
            return r3;
          })()) === s && (t3 = (function() {
            var r3, t4;
            r3 = Ci, (t4 = Kp()) === s && (t4 = vb());
            t4 !== s && (Ei = r3, t4 = Li(t4));
            return r3 = t4;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Ci, "bytea" === r2.substr(Ci, 5).toLowerCase() ? (e3 = r2.substr(Ci, 5), Ci += 5) : (e3 = s, 0 === _i && Ri(vi));
            e3 !== s && (Ei = t4, e3 = { dataType: "BYTEA" });
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Ci, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "oid" === r2.substr(Ci, 3).toLowerCase() ? (e4 = r2.substr(Ci, 3), Ci += 3) : (e4 = s, 0 === _i && Ri(pa)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "OID") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regclass" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(ba)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGCLASS") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regcollation" === r2.substr(Ci, 12).toLowerCase() ? (e4 = r2.substr(Ci, 12), Ci += 12) : (e4 = s, 0 === _i && Ri(va)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGCOLLATION") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regconfig" === r2.substr(Ci, 9).toLowerCase() ? (e4 = r2.substr(Ci, 9), Ci += 9) : (e4 = s, 0 === _i && Ri(ya)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGCONFIG") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regdictionary" === r2.substr(Ci, 13).toLowerCase() ? (e4 = r2.substr(Ci, 13), Ci += 13) : (e4 = s, 0 === _i && Ri(da)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGDICTIONARY") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regnamespace" === r2.substr(Ci, 12).toLowerCase() ? (e4 = r2.substr(Ci, 12), Ci += 12) : (e4 = s, 0 === _i && Ri(wa)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGNAMESPACE") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regoper" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(ha)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGOPER") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regoperator" === r2.substr(Ci, 11).toLowerCase() ? (e4 = r2.substr(Ci, 11), Ci += 11) : (e4 = s, 0 === _i && Ri(La)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGOPERATOR") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regproc" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(ma)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGPROC") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regprocedure" === r2.substr(Ci, 12).toLowerCase() ? (e4 = r2.substr(Ci, 12), Ci += 12) : (e4 = s, 0 === _i && Ri(Ca)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGPROCEDURE") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regrole" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(Ea)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGROLE") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })()) === s && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ci, "regtype" === r2.substr(Ci, 7).toLowerCase() ? (e4 = r2.substr(Ci, 7), Ci += 7) : (e4 = s, 0 === _i && Ri(Aa)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t5, t5 = e4 = "REGTYPE") : (Ci = t5, t5 = s)) : (Ci = t5, t5 = s), t5;
            })());
            e3 !== s && (Ei = t4, e3 = bi(e3));
            return t4 = e3;
          })()) === s && (t3 = (function() {
            var t4, e3;
            t4 = Ci, "record" === r2.substr(Ci, 6).toLowerCase() ? (e3 = r2.substr(Ci, 6), Ci += 6) : (e3 = s, 0 === _i && Ri(mi));
            e3 !== s && (Ei = t4, e3 = { dataType: "RECORD" });
            return t4 = e3;
          })()), t3;
        }
        function iv() {
          var t3, e3;
          return t3 = Ci, (function() {
            var t4, e4, n2, o2;
            return t4 = Ci, "character" === r2.substr(Ci, 9).toLowerCase() ? (e4 = r2.substr(Ci, 9), Ci += 9) : (e4 = s, 0 === _i && Ri(ht)), e4 !== s ? (n2 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n2 = void 0 : (Ci = n2, n2 = s), n2 !== s ? (Ei = t4, t4 = e4 = "CHARACTER") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s), t4;
          })() !== s && Bb() !== s ? ("varying" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(yi)), e3 === s && (e3 = null), e3 !== s ? (Ei = t3, t3 = "CHARACTER VARYING") : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function cv() {
          var t3, e3, n2, o2;
          if (t3 = Ci, (e3 = Hp()) === s && (e3 = Bp()) === s && (e3 = iv()), e3 !== s) if (Bb() !== s) if (Ub() !== s) if (Bb() !== s) {
            if (n2 = [], fs.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(ps)), o2 !== s) for (; o2 !== s; ) n2.push(o2), fs.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(ps));
            else n2 = s;
            n2 !== s && (o2 = Bb()) !== s && Mb() !== s ? (Ei = t3, t3 = e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }) : (Ci = t3, t3 = s);
          } else Ci = t3, t3 = s;
          else Ci = t3, t3 = s;
          else Ci = t3, t3 = s;
          else Ci = t3, t3 = s;
          return t3 === s && (t3 = Ci, (e3 = Hp()) === s && (e3 = iv()) === s && (e3 = Bp()), e3 !== s && (Ei = t3, e3 = /* @__PURE__ */ (function(r3) {
            return { dataType: r3 };
          })(e3)), t3 = e3), t3;
        }
        function lv() {
          var t3, e3, n2;
          return t3 = Ci, (e3 = Yp()) === s && (e3 = null), e3 !== s && Bb() !== s ? ((n2 = (function() {
            var t4, e4, n3, o2;
            return t4 = Ci, "zerofill" === r2.substr(Ci, 8).toLowerCase() ? (e4 = r2.substr(Ci, 8), Ci += 8) : (e4 = s, 0 === _i && Ri(Hu)), e4 !== s ? (n3 = Ci, _i++, o2 = ff(), _i--, o2 === s ? n3 = void 0 : (Ci = n3, n3 = s), n3 !== s ? (Ei = t4, t4 = e4 = "ZEROFILL") : (Ci = t4, t4 = s)) : (Ci = t4, t4 = s), t4;
          })()) === s && (n2 = null), n2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push(r3), t4 && e4.push(t4), e4;
          })(e3, n2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        function fv() {
          var t3, e3, n2, o2, u2, a2, i2, c2, l2, f2, p2, b2, v2, y2, d2, w2;
          if (t3 = Ci, (e3 = qp()) === s && (e3 = Wp()) === s && (e3 = Vp()) === s && (e3 = Xp()) === s && (e3 = Qp()) === s && (e3 = zp()) === s && (e3 = eb()) === s && (e3 = ob()) === s && (e3 = Ci, (n2 = sb()) !== s && (o2 = Bb()) !== s ? ("precision" === r2.substr(Ci, 9).toLowerCase() ? (u2 = r2.substr(Ci, 9), Ci += 9) : (u2 = s, 0 === _i && Ri(di)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s), e3 === s && (e3 = sb()) === s && (e3 = Kp()) === s && (e3 = ub()) === s && (e3 = ab())), e3 !== s) if ((n2 = Bb()) !== s) if ((o2 = Ub()) !== s) if ((u2 = Bb()) !== s) {
            if (a2 = [], fs.test(r2.charAt(Ci)) ? (i2 = r2.charAt(Ci), Ci++) : (i2 = s, 0 === _i && Ri(ps)), i2 !== s) for (; i2 !== s; ) a2.push(i2), fs.test(r2.charAt(Ci)) ? (i2 = r2.charAt(Ci), Ci++) : (i2 = s, 0 === _i && Ri(ps));
            else a2 = s;
            if (a2 !== s) if ((i2 = Bb()) !== s) {
              if (c2 = Ci, (l2 = Ob()) !== s) if ((f2 = Bb()) !== s) {
                if (p2 = [], fs.test(r2.charAt(Ci)) ? (b2 = r2.charAt(Ci), Ci++) : (b2 = s, 0 === _i && Ri(ps)), b2 !== s) for (; b2 !== s; ) p2.push(b2), fs.test(r2.charAt(Ci)) ? (b2 = r2.charAt(Ci), Ci++) : (b2 = s, 0 === _i && Ri(ps));
                else p2 = s;
                p2 !== s ? c2 = l2 = [l2, f2, p2] : (Ci = c2, c2 = s);
              } else Ci = c2, c2 = s;
              else Ci = c2, c2 = s;
              c2 === s && (c2 = null), c2 !== s && (l2 = Bb()) !== s && (f2 = Mb()) !== s && (p2 = Bb()) !== s ? ((b2 = lv()) === s && (b2 = null), b2 !== s ? (Ei = t3, v2 = e3, y2 = a2, d2 = c2, w2 = b2, t3 = e3 = { dataType: Array.isArray(v2) ? `${v2[0].toUpperCase()} ${v2[2].toUpperCase()}` : v2, length: parseInt(y2.join(""), 10), scale: d2 && parseInt(d2[2].join(""), 10), parentheses: true, suffix: w2 }) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s);
            } else Ci = t3, t3 = s;
            else Ci = t3, t3 = s;
          } else Ci = t3, t3 = s;
          else Ci = t3, t3 = s;
          else Ci = t3, t3 = s;
          else Ci = t3, t3 = s;
          if (t3 === s) {
            if (t3 = Ci, (e3 = qp()) === s && (e3 = Wp()) === s && (e3 = Vp()) === s && (e3 = Xp()) === s && (e3 = Qp()) === s && (e3 = zp()) === s && (e3 = eb()) === s && (e3 = ob()) === s && (e3 = Ci, (n2 = sb()) !== s && (o2 = Bb()) !== s ? ("precision" === r2.substr(Ci, 9).toLowerCase() ? (u2 = r2.substr(Ci, 9), Ci += 9) : (u2 = s, 0 === _i && Ri(di)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s), e3 === s && (e3 = sb()) === s && (e3 = Kp()) === s && (e3 = ub()) === s && (e3 = ab())), e3 !== s) {
              if (n2 = [], fs.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(ps)), o2 !== s) for (; o2 !== s; ) n2.push(o2), fs.test(r2.charAt(Ci)) ? (o2 = r2.charAt(Ci), Ci++) : (o2 = s, 0 === _i && Ri(ps));
              else n2 = s;
              n2 !== s && (o2 = Bb()) !== s ? ((u2 = lv()) === s && (u2 = null), u2 !== s ? (Ei = t3, t3 = e3 = (function(r3, t4, e4) {
                return { dataType: Array.isArray(r3) ? `${r3[0].toUpperCase()} ${r3[2].toUpperCase()}` : r3, length: parseInt(t4.join(""), 10), suffix: e4 };
              })(e3, n2, u2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s);
            } else Ci = t3, t3 = s;
            t3 === s && (t3 = Ci, (e3 = qp()) === s && (e3 = Wp()) === s && (e3 = Vp()) === s && (e3 = Xp()) === s && (e3 = Qp()) === s && (e3 = zp()) === s && (e3 = eb()) === s && (e3 = ob()) === s && (e3 = Ci, (n2 = sb()) !== s && (o2 = Bb()) !== s ? ("precision" === r2.substr(Ci, 9).toLowerCase() ? (u2 = r2.substr(Ci, 9), Ci += 9) : (u2 = s, 0 === _i && Ri(di)), u2 !== s ? e3 = n2 = [n2, o2, u2] : (Ci = e3, e3 = s)) : (Ci = e3, e3 = s), e3 === s && (e3 = sb()) === s && (e3 = Kp()) === s && (e3 = ub()) === s && (e3 = ab())), e3 !== s && (n2 = Bb()) !== s ? ((o2 = lv()) === s && (o2 = null), o2 !== s && (u2 = Bb()) !== s ? (Ei = t3, t3 = e3 = (function(r3, t4) {
              return { dataType: Array.isArray(r3) ? `${r3[0].toUpperCase()} ${r3[2].toUpperCase()}` : r3, suffix: t4 };
            })(e3, o2)) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s));
          }
          return t3;
        }
        function pv() {
          var t3, e3, n2;
          return t3 = Ci, "without" === r2.substr(Ci, 7).toLowerCase() ? (e3 = r2.substr(Ci, 7), Ci += 7) : (e3 = s, 0 === _i && Ri(wi)), e3 === s && ("with" === r2.substr(Ci, 4).toLowerCase() ? (e3 = r2.substr(Ci, 4), Ci += 4) : (e3 = s, 0 === _i && Ri(Be))), e3 !== s && Bb() !== s && fb() !== s && Bb() !== s ? ("zone" === r2.substr(Ci, 4).toLowerCase() ? (n2 = r2.substr(Ci, 4), Ci += 4) : (n2 = s, 0 === _i && Ri(hi)), n2 !== s ? (Ei = t3, t3 = e3 = [e3.toUpperCase(), "TIME", "ZONE"]) : (Ci = t3, t3 = s)) : (Ci = t3, t3 = s), t3;
        }
        const bv = { ALTER: true, ALL: true, ADD: true, AND: true, AS: true, ASC: true, BETWEEN: true, BY: true, CALL: true, CASE: true, CREATE: true, CONTAINS: true, CURRENT_DATE: true, CURRENT_TIME: true, CURRENT_TIMESTAMP: true, CURRENT_USER: true, DELETE: true, DESC: true, DISTINCT: true, DROP: true, ELSE: true, END: true, EXISTS: true, EXPLAIN: true, EXCEPT: true, FALSE: true, FROM: true, FULL: true, GROUP: true, HAVING: true, IN: true, INNER: true, INSERT: true, INTERSECT: true, INTO: true, IS: true, JOIN: true, JSON: true, LEFT: true, LIKE: true, LIMIT: true, NOT: true, NULL: true, NULLS: true, OFFSET: true, ON: true, OR: true, ORDER: true, OUTER: true, RECURSIVE: true, RENAME: true, RIGHT: true, SELECT: true, SESSION_USER: true, SET: true, SHOW: true, SYSTEM_USER: true, TABLE: true, THEN: true, TRUE: true, TRUNCATE: true, UNION: true, UPDATE: true, USING: true, WITH: true, WHEN: true, WHERE: true, WINDOW: true, GLOBAL: true, SESSION: true, LOCAL: true, PERSIST: true, PERSIST_ONLY: true };
        function vv() {
          return t2.includeLocations ? { loc: Ii(Ei, Ci) } : {};
        }
        function yv(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function dv(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3 };
        }
        function wv(r3) {
          const t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function hv(r3, t3, e3 = 3) {
          const n2 = Array.isArray(r3) ? r3 : [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function Lv(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = dv(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function mv(r3) {
          const t3 = _v[r3];
          return t3 || (r3 || null);
        }
        function Cv(r3) {
          const t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            const r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = mv(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        function Ev(r3) {
          return "string" == typeof r3 ? { type: "same", value: r3 } : r3;
        }
        let Av = [];
        const gv = /* @__PURE__ */ new Set(), Tv = /* @__PURE__ */ new Set(), _v = {};
        if ((e2 = a()) !== s && Ci === r2.length) return e2;
        throw e2 !== s && Ci < r2.length && Ri({ type: "end" }), Ni(Ti, gi < r2.length ? r2.charAt(gi) : null, gi < r2.length ? Ii(gi, gi + 1) : Ii(gi, gi));
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
      var s = { database: "noql", type: "table", trimQuery: true, parseOptions: { includeLocations: false } }, u = s;
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
      function H(r2) {
        return r2 ? [r2.prefix.map(L).join(" "), lt(r2.value), r2.suffix.map(L).join(" ")] : [];
      }
      function B(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat($(H(n2)), $(H(e2))).filter(h).join(" ")) : (function(r3) {
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
      function W(r2) {
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
      function Y(r2) {
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, s2 = r2.for, u2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = void 0 === c2 ? {} : c2, f2 = r2.locking_read, p2 = r2.groupby, b2 = r2.having, y2 = r2.into, d2 = void 0 === y2 ? {} : y2, m2 = r2.isolation, C2 = r2.limit, E2 = r2.options, A2 = r2.orderby, g2 = r2.parentheses_symbol, T2 = r2.qualify, _2 = r2.top, S2 = r2.window, j2 = r2.with, x2 = r2.where, I2 = [q(j2), "SELECT", w(t2)];
        Array.isArray(E2) && I2.push(E2.join(" ")), I2.push((function(r3) {
          if (r3) {
            if ("string" == typeof r3) return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [w(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(h).join(" ");
          }
        })(o2), v(_2), Nt(e2, u2));
        var R2 = d2.position, N2 = "";
        R2 && (N2 = a("INTO", W, d2)), "column" === R2 && I2.push(N2), I2.push(a("FROM", Cr, u2)), "from" === R2 && I2.push(N2);
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
              c2.push("AS", Y(o2)), u2 && c2.push(w(u2));
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
              v2.push.apply(v2, Yr(j(n2)).concat(Yr(j(u2)))), b2 && v2.push(w(b2.type), lt(b2.cond));
              return v2.push(w(s2.keyword), Wr(s2.expr)), v2.filter(h).join(" ");
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
              var x2 = [w(E2), w(i2), w(n2), w(o2), w(t3), j2, w(y2), mr(m2)].concat(Yr(O(c2)), ["(".concat(I(u2), ")"), S2, U(p2).join(" "), et(b2), et(v2), a("TABLESPACE", L, C2)]);
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
      }, select: Y, deallocate: function(r2) {
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
        return [w(t2), Y(e2)].join(" ");
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
      function $r(r2) {
        if ("string" == typeof r2) return r2;
        var t2 = r2.window_specification;
        return "(".concat((function(r3) {
          var t3 = r3.name, e2 = r3.partitionby, n2 = r3.orderby, o2 = r3.window_frame_clause;
          return [t3, pt(e2, "partition by"), pt(n2, "order by"), Gr(o2)].filter(h).join(" ");
        })(t2), ")");
      }
      function Fr(r2) {
        var t2 = r2.name, e2 = r2.as_window_specification;
        return "".concat(t2, " AS ").concat($r(e2));
      }
      function Hr(r2) {
        if (r2) {
          var t2 = r2.as_window_specification, e2 = r2.expr, n2 = r2.keyword, o2 = r2.type, s2 = r2.parentheses, u2 = w(o2);
          if ("WINDOW" === u2) return "OVER ".concat($r(t2));
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
      function Wr(r2) {
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
      }, function: Wr, lambda: function(r2) {
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
        return ["".concat(o2, "(").concat(lt(n2).join(", "), ")"), "AS", Wr(t2)].join(" ");
      }, tables: Cr, unnest: yr, values: ur, window: function(r2) {
        return r2.expr.map(Fr).join(", ");
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
        var t2 = "object" === at(r2._next) ? or(r2) : Y(r2);
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
      var Ut, Mt, Dt, Pt = (Ut = {}, Mt = "noql", Dt = Ot.parse, (Mt = (function(r2) {
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
      function Ft(r2, t2) {
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
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : s, e2 = t2.database, n2 = void 0 === e2 ? "noql" : e2;
          b(t2);
          var o2 = n2.toLowerCase();
          if (Pt[o2]) return Pt[o2](false === t2.trimQuery ? r2 : r2.trim(), t2.parseOptions || s.parseOptions);
          throw new Error("".concat(n2, " is not supported currently"));
        } }, { key: "whiteListCheck", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : s;
          if (t2 && 0 !== t2.length) {
            var n2 = e2.type, o2 = void 0 === n2 ? "table" : n2;
            if (!this["".concat(o2, "List")] || "function" != typeof this["".concat(o2, "List")]) throw new Error("".concat(o2, " is not valid check mode"));
            var u2, a2 = this["".concat(o2, "List")].bind(this), i2 = a2(r2, e2), c2 = true, l2 = "", f2 = $t(i2);
            try {
              for (f2.s(); !(u2 = f2.n()).done; ) {
                var p2, b2 = u2.value, v2 = false, y2 = $t(t2);
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
export default require_noql();
