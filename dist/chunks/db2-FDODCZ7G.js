import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  require_BigInteger
} from "./chunk-HH7QAQAU.js";
import {
  __commonJS
} from "./chunk-AUHH7KO2.js";

// node_modules/node-sql-parser/build/db2.js
var require_db2 = __commonJS({
  "node_modules/node-sql-parser/build/db2.js"(exports) {
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
          for (t3 = 0; t3 < r3.parts.length; t3++) e3 += r3.parts[t3] instanceof Array ? a(r3.parts[t3][0]) + "-" + a(r3.parts[t3][1]) : a(r3.parts[t3]);
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
        function a(r3) {
          return r3.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, (function(r4) {
            return "\\x0" + n2(r4);
          })).replace(/[\x10-\x1F\x7F-\x9F]/g, (function(r4) {
            return "\\x" + n2(r4);
          }));
        }
        return "Expected " + (function(r3) {
          var t3, n3, o3, a2 = new Array(r3.length);
          for (t3 = 0; t3 < r3.length; t3++) a2[t3] = (o3 = r3[t3], e2[o3.type](o3));
          if (a2.sort(), a2.length > 0) {
            for (t3 = 1, n3 = 1; t3 < a2.length; t3++) a2[t3 - 1] !== a2[t3] && (a2[n3] = a2[t3], n3++);
            a2.length = n3;
          }
          switch (a2.length) {
            case 1:
              return a2[0];
            case 2:
              return a2[0] + " or " + a2[1];
            default:
              return a2.slice(0, -1).join(", ") + ", or " + a2[a2.length - 1];
          }
        })(r2) + " but " + (function(r3) {
          return r3 ? '"' + o2(r3) + '"' : "end of input";
        })(t2) + " found.";
      }, r.exports = { SyntaxError: o, parse: function(r2, t2) {
        t2 = void 0 !== t2 ? t2 : {};
        var e2, a = {}, u = { start: Xo }, s = Xo, i = function(r3, t3) {
          return Ui(r3, t3, 1);
        }, c = Bo("IF", true), l = function(r3, t3) {
          return Ui(r3, t3);
        }, f = Bo("AUTO_INCREMENT", true), p = Bo("UNIQUE", true), v = Bo("KEY", true), b = Bo("PRIMARY", true), d = Bo("COLUMN_FORMAT", true), y = Bo("FIXED", true), h = Bo("DYNAMIC", true), m = Bo("DEFAULT", true), w = Bo("STORAGE", true), L = Bo("DISK", true), C = Bo("MEMORY", true), A = Bo("ALGORITHM", true), E = Bo("INSTANT", true), g = Bo("INPLACE", true), j = Bo("COPY", true), S = Bo("LOCK", true), T = Bo("NONE", true), _ = Bo("SHARED", true), x = Bo("EXCLUSIVE", true), k = Bo("CHECK", true), I = Bo("NOCHECK", true), N = Bo("PRIMARY KEY", true), O = Bo("NOT", true), R = Bo("FOR", true), U = Bo("REPLICATION", true), M = Bo("FOREIGN KEY", true), D = Bo("MATCH FULL", true), P = Bo("MATCH PARTIAL", true), F = Bo("MATCH SIMPLE", true), H = Bo("RESTRICT", true), $ = Bo("CASCADE", true), q = Bo("SET NULL", true), B = Bo("NO ACTION", true), W = Bo("SET DEFAULT", true), G = Bo("CHARACTER", true), Y = Bo("SET", true), V = Bo("CHARSET", true), Q = Bo("COLLATE", true), X = Bo("AVG_ROW_LENGTH", true), K = Bo("KEY_BLOCK_SIZE", true), z = Bo("MAX_ROWS", true), J = Bo("MIN_ROWS", true), Z = Bo("STATS_SAMPLE_PAGES", true), rr = Bo("CONNECTION", true), tr = Bo("COMPRESSION", true), er = Bo("'", false), nr = Bo("ZLIB", true), or = Bo("LZ4", true), ar = Bo("ENGINE", true), ur = Bo("READ", true), sr = Bo("LOCAL", true), ir = Bo("LOW_PRIORITY", true), cr = Bo("WRITE", true), lr = function(r3, t3) {
          return Ui(r3, t3);
        }, fr = Bo("(", false), pr = Bo(")", false), vr = Bo("BTREE", true), br = Bo("HASH", true), dr = Bo("WITH", true), yr = Bo("PARSER", true), hr = Bo("VISIBLE", true), mr = Bo("INVISIBLE", true), wr = function(r3, t3) {
          return t3.unshift(r3), t3.forEach((r4) => {
            const { table: t4, as: e3 } = r4;
            qi[t4] = t4, e3 && (qi[e3] = t4), (function(r5) {
              const t5 = Pi(r5);
              r5.clear(), t5.forEach((t6) => r5.add(t6));
            })($i);
          }), t3;
        }, Lr = Bo("FIRST", true), Cr = Bo("LAST", true), Ar = Bo("NEXT", true), Er = Bo("ROWS", true), gr = Bo("ROW", true), jr = Bo("ONLY", true), Sr = Bo("CS", true), Tr = Bo("UR", true), _r = Bo("RS", true), xr = Bo("RR", true), kr = Bo("=", false), Ir = Bo("DUPLICATE", true), Nr = function(r3, t3) {
          return Mi(r3, t3);
        }, Or = Bo("!", false), Rr = function(r3) {
          return r3[0] + " " + r3[2];
        }, Ur = Bo(">=", false), Mr = Bo(">", false), Dr = Bo("<=", false), Pr = Bo("<>", false), Fr = Bo("<", false), Hr = Bo("!=", false), $r = Bo("+", false), qr = Bo("-", false), Br = Bo("*", false), Wr = Bo("/", false), Gr = Bo("%", false), Yr = Bo("~", false), Vr = Bo("?|", false), Qr = Bo("?&", false), Xr = Bo("?", false), Kr = Bo("#-", false), zr = Bo("#>>", false), Jr = Bo("#>", false), Zr = Bo("@>", false), rt = Bo("<@", false), tt = function(r3) {
          return true === ki[r3.toUpperCase()];
        }, et = Bo('"', false), nt = /^[^"]/, ot = Wo(['"'], true, false), at = /^[^']/, ut = Wo(["'"], true, false), st = Bo("`", false), it = /^[^`]/, ct = Wo(["`"], true, false), lt = function(r3, t3) {
          return r3 + t3.join("");
        }, ft = /^[A-Za-z_\u4E00-\u9FA5\xC0-\u017F]/, pt = Wo([["A", "Z"], ["a", "z"], "_", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), vt = /^[A-Za-z0-9_$\u4E00-\u9FA5\xC0-\u017F]/, bt = Wo([["A", "Z"], ["a", "z"], ["0", "9"], "_", "$", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), dt = /^[A-Za-z0-9_:\u4E00-\u9FA5\xC0-\u017F]/, yt = Wo([["A", "Z"], ["a", "z"], ["0", "9"], "_", ":", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), ht = Bo(":", false), mt = function(r3, t3) {
          return { type: r3.toLowerCase(), value: t3[1].join("") };
        }, wt = /^[^"\\\0-\x1F\x7F]/, Lt = Wo(['"', "\\", ["\0", ""], "\x7F"], true, false), Ct = /^[^'\\]/, At = Wo(["'", "\\"], true, false), Et = Bo("\\'", false), gt = Bo('\\"', false), jt = Bo("\\\\", false), St = Bo("\\/", false), Tt = Bo("\\b", false), _t = Bo("\\f", false), xt = Bo("\\n", false), kt = Bo("\\r", false), It = Bo("\\t", false), Nt = Bo("\\u", false), Ot = Bo("\\", false), Rt = Bo("''", false), Ut = Bo('""', false), Mt = Bo("``", false), Dt = /^[\n\r]/, Pt = Wo(["\n", "\r"], false, false), Ft = Bo(".", false), Ht = /^[0-9]/, $t = Wo([["0", "9"]], false, false), qt = /^[0-9a-fA-F]/, Bt = Wo([["0", "9"], ["a", "f"], ["A", "F"]], false, false), Wt = /^[eE]/, Gt = Wo(["e", "E"], false, false), Yt = /^[+\-]/, Vt = Wo(["+", "-"], false, false), Qt = Bo("NULL", true), Xt = Bo("NOT NULL", true), Kt = Bo("TRUE", true), zt = Bo("TO", true), Jt = Bo("FALSE", true), Zt = (Bo("SHOW", true), Bo("DROP", true)), re = Bo("USE", true), te = Bo("ALTER", true), ee = Bo("SELECT", true), ne = Bo("UPDATE", true), oe = Bo("CREATE", true), ae = Bo("TEMPORARY", true), ue = Bo("DELETE", true), se = Bo("INSERT", true), ie = Bo("RECURSIVE", true), ce = Bo("REPLACE", true), le = Bo("RENAME", true), fe = Bo("IGNORE", true), pe = (Bo("EXPLAIN", true), Bo("PARTITION", true)), ve = Bo("INTO", true), be = Bo("FROM", true), de = Bo("UNLOCK", true), ye = Bo("AS", true), he = Bo("TABLE", true), me = Bo("TABLES", true), we = Bo("DATABASE", true), Le = Bo("SCHEMA", true), Ce = Bo("ON", true), Ae = Bo("LEFT", true), Ee = Bo("RIGHT", true), ge = Bo("FULL", true), je = Bo("INNER", true), Se = Bo("JOIN", true), Te = Bo("OUTER", true), _e = Bo("OVER", true), xe = Bo("UNION", true), ke = Bo("MINUS", true), Ie = Bo("INTERSECT", true), Ne = Bo("EXCEPT", true), Oe = Bo("VALUES", true), Re = Bo("USING", true), Ue = Bo("WHERE", true), Me = Bo("GROUP", true), De = Bo("BY", true), Pe = Bo("ORDER", true), Fe = Bo("HAVING", true), He = Bo("FETCH", true), $e = Bo("OFFSET", true), qe = Bo("ASC", true), Be = Bo("DESC", true), We = Bo("ALL", true), Ge = Bo("DISTINCT", true), Ye = Bo("BETWEEN", true), Ve = Bo("IN", true), Qe = Bo("IS", true), Xe = Bo("LIKE", true), Ke = Bo("EXISTS", true), ze = Bo("AND", true), Je = Bo("OR", true), Ze = Bo("COUNT", true), rn = Bo("MAX", true), tn = Bo("MIN", true), en = Bo("SUM", true), nn = Bo("AVG", true), on = Bo("CALL", true), an = Bo("CASE", true), un = Bo("WHEN", true), sn = Bo("THEN", true), cn = Bo("ELSE", true), ln = Bo("END", true), fn = Bo("CAST", true), pn = Bo("CHAR", true), vn = Bo("VARCHAR", true), bn = Bo("NUMERIC", true), dn = Bo("DECIMAL", true), yn = Bo("SIGNED", true), hn = Bo("UNSIGNED", true), mn = Bo("INT", true), wn = Bo("ZEROFILL", true), Ln = Bo("INTEGER", true), Cn = Bo("JSON", true), An = Bo("SMALLINT", true), En = Bo("TINYINT", true), gn = Bo("TINYTEXT", true), jn = Bo("TEXT", true), Sn = Bo("MEDIUMTEXT", true), Tn = Bo("LONGTEXT", true), _n = Bo("BIGINT", true), xn = Bo("FLOAT", true), kn = Bo("DOUBLE", true), In = Bo("DATE", true), Nn = Bo("DATETIME", true), On = Bo("TIME", true), Rn = Bo("TIMESTAMP", true), Un = Bo("TRUNCATE", true), Mn = Bo("USER", true), Dn = Bo("CURRENT_DATE", true), Pn = (Bo("ADDDATE", true), Bo("INTERVAL", true)), Fn = Bo("YEAR", true), Hn = Bo("MONTH", true), $n = Bo("DAY", true), qn = Bo("HOUR", true), Bn = Bo("MINUTE", true), Wn = Bo("SECOND", true), Gn = Bo("CURRENT_TIME", true), Yn = Bo("CURRENT_TIMESTAMP", true), Vn = Bo("CURRENT_USER", true), Qn = Bo("SESSION_USER", true), Xn = Bo("SYSTEM_USER", true), Kn = Bo("GLOBAL", true), zn = Bo("SESSION", true), Jn = Bo("PERSIST", true), Zn = Bo("PERSIST_ONLY", true), ro = Bo("@", false), to = Bo("@@", false), eo = Bo("$", false), no = Bo("return", true), oo = Bo(":=", false), ao = Bo("DUAL", true), uo = Bo("ADD", true), so = Bo("COLUMN", true), io = Bo("INDEX", true), co = Bo("FULLTEXT", true), lo = Bo("SPATIAL", true), fo = Bo("COMMENT", true), po = Bo("CONSTRAINT", true), vo = Bo("REFERENCES", true), bo = Bo("SQL_CALC_FOUND_ROWS", true), yo = Bo("SQL_CACHE", true), ho = Bo("SQL_NO_CACHE", true), mo = Bo("SQL_SMALL_RESULT", true), wo = Bo("SQL_BIG_RESULT", true), Lo = Bo("SQL_BUFFER_RESULT", true), Co = Bo(",", false), Ao = Bo("[", false), Eo = Bo("]", false), go = Bo(";", false), jo = Bo("->", false), So = Bo("->>", false), To = Bo("||", false), _o = Bo("&&", false), xo = Bo("/*", false), ko = Bo("*/", false), Io = Bo("--", false), No = Bo("#", false), Oo = { type: "any" }, Ro = /^[ \t\n\r]/, Uo = Wo([" ", "	", "\n", "\r"], false, false), Mo = function(r3) {
          return { dataType: r3 };
        }, Do = 0, Po = 0, Fo = [{ line: 1, column: 1 }], Ho = 0, $o = [], qo = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in u)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          s = u[t2.startRule];
        }
        function Bo(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function Wo(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function Go(t3) {
          var e3, n2 = Fo[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !Fo[e3]; ) e3--;
          for (n2 = { line: (n2 = Fo[e3]).line, column: n2.column }; e3 < t3; ) 10 === r2.charCodeAt(e3) ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return Fo[t3] = n2, n2;
        }
        function Yo(r3, t3) {
          var e3 = Go(r3), n2 = Go(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function Vo(r3) {
          Do < Ho || (Do > Ho && (Ho = Do, $o = []), $o.push(r3));
        }
        function Qo(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function Xo() {
          var r3, t3;
          return r3 = Do, li() !== a && (t3 = (function() {
            var r4, t4, e3, n2, o2, u2, s2, i2;
            if (r4 = Do, (t4 = zo()) !== a) {
              for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = ui()) !== a && (s2 = li()) !== a && (i2 = zo()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = ui()) !== a && (s2 = li()) !== a && (i2 = zo()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
              e3 !== a ? (Po = r4, t4 = (function(r5, t5) {
                const e4 = r5 && r5.ast || r5, n3 = t5 && t5.length && t5[0].length >= 4 ? [e4] : e4;
                for (let r6 = 0; r6 < t5.length; r6++) t5[r6][3] && 0 !== t5[r6][3].length && n3.push(t5[r6][3] && t5[r6][3].ast || t5[r6][3]);
                return { tableList: Array.from(Hi), columnList: Pi($i), ast: n3 };
              })(t4, e3), r4 = t4) : (Do = r4, r4 = a);
            } else Do = r4, r4 = a;
            return r4;
          })()) !== a ? (Po = r3, r3 = t3) : (Do = r3, r3 = a), r3;
        }
        function Ko() {
          var t3;
          return (t3 = (function() {
            var r3, t4, e3, n2, o2, u2;
            r3 = Do, (t4 = Xu()) !== a && li() !== a && (e3 = ss()) !== a && li() !== a && (n2 = xa()) !== a ? (Po = r3, s2 = t4, c2 = e3, (l2 = n2) && l2.forEach((r4) => Hi.add(`${s2}::${r4.db}::${r4.table}`)), t4 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: s2.toLowerCase(), keyword: c2.toLowerCase(), name: l2 } }, r3 = t4) : (Do = r3, r3 = a);
            var s2, c2, l2;
            r3 === a && (r3 = Do, (t4 = Xu()) !== a && li() !== a && (e3 = zs()) !== a && li() !== a && (n2 = bu()) !== a && li() !== a && cs() !== a && li() !== a && (o2 = Oa()) !== a && li() !== a ? ((u2 = (function() {
              var r4, t5, e4, n3, o3, u3;
              r4 = Do, (t5 = ua()) === a && (t5 = sa());
              if (t5 !== a) {
                for (e4 = [], n3 = Do, (o3 = li()) !== a ? ((u3 = ua()) === a && (u3 = sa()), u3 !== a ? n3 = o3 = [o3, u3] : (Do = n3, n3 = a)) : (Do = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Do, (o3 = li()) !== a ? ((u3 = ua()) === a && (u3 = sa()), u3 !== a ? n3 = o3 = [o3, u3] : (Do = n3, n3 = a)) : (Do = n3, n3 = a);
                e4 !== a ? (Po = r4, t5 = i(t5, e4), r4 = t5) : (Do = r4, r4 = a);
              } else Do = r4, r4 = a;
              return r4;
            })()) === a && (u2 = null), u2 !== a && li() !== a ? (Po = r3, t4 = (function(r4, t5, e4, n3, o3) {
              return { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: r4.toLowerCase(), keyword: t5.toLowerCase(), name: e4, table: n3, options: o3 } };
            })(t4, e3, n2, o2, u2), r3 = t4) : (Do = r3, r3 = a)) : (Do = r3, r3 = a));
            return r3;
          })()) === a && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var r3, t5, e3, n2, o2, u2, s2, i2, c2, f2;
              r3 = Do, (t5 = zu()) !== a && li() !== a ? ((e3 = Ju()) === a && (e3 = null), e3 !== a && li() !== a && ss() !== a && li() !== a ? ((n2 = ra()) === a && (n2 = null), n2 !== a && li() !== a && (o2 = xa()) !== a && li() !== a && (u2 = (function() {
                var r4, t6, e4, n3, o3, u3, s3, i3, c3;
                if (r4 = Do, (t6 = oi()) !== a) if (li() !== a) if ((e4 = ta()) !== a) {
                  for (n3 = [], o3 = Do, (u3 = li()) !== a && (s3 = ei()) !== a && (i3 = li()) !== a && (c3 = ta()) !== a ? o3 = u3 = [u3, s3, i3, c3] : (Do = o3, o3 = a); o3 !== a; ) n3.push(o3), o3 = Do, (u3 = li()) !== a && (s3 = ei()) !== a && (i3 = li()) !== a && (c3 = ta()) !== a ? o3 = u3 = [u3, s3, i3, c3] : (Do = o3, o3 = a);
                  n3 !== a && (o3 = li()) !== a && (u3 = ai()) !== a ? (Po = r4, t6 = l(e4, n3), r4 = t6) : (Do = r4, r4 = a);
                } else Do = r4, r4 = a;
                else Do = r4, r4 = a;
                else Do = r4, r4 = a;
                return r4;
              })()) !== a && li() !== a ? ((s2 = (function() {
                var r4, t6, e4, n3, o3, u3, s3, i3;
                if (r4 = Do, (t6 = da()) !== a) {
                  for (e4 = [], n3 = Do, (o3 = li()) !== a ? ((u3 = ei()) === a && (u3 = null), u3 !== a && (s3 = li()) !== a && (i3 = da()) !== a ? n3 = o3 = [o3, u3, s3, i3] : (Do = n3, n3 = a)) : (Do = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Do, (o3 = li()) !== a ? ((u3 = ei()) === a && (u3 = null), u3 !== a && (s3 = li()) !== a && (i3 = da()) !== a ? n3 = o3 = [o3, u3, s3, i3] : (Do = n3, n3 = a)) : (Do = n3, n3 = a);
                  e4 !== a ? (Po = r4, t6 = Ui(t6, e4), r4 = t6) : (Do = r4, r4 = a);
                } else Do = r4, r4 = a;
                return r4;
              })()) === a && (s2 = null), s2 !== a && li() !== a ? ((i2 = es()) === a && (i2 = rs()), i2 === a && (i2 = null), i2 !== a && li() !== a ? ((c2 = us()) === a && (c2 = null), c2 !== a && li() !== a ? ((f2 = Zo()) === a && (f2 = null), f2 !== a ? (Po = r3, p2 = t5, v2 = e3, b2 = n2, y2 = u2, h2 = s2, m2 = i2, w2 = c2, L2 = f2, (d2 = o2) && d2.forEach((r4) => Hi.add(`create::${r4.db}::${r4.table}`)), t5 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: p2[0].toLowerCase(), keyword: "table", temporary: v2 && v2[0].toLowerCase(), if_not_exists: b2, table: d2, ignore_replace: m2 && m2[0].toLowerCase(), as: w2 && w2[0].toLowerCase(), query_expr: L2 && L2.ast, create_definitions: y2, table_options: h2 } }, r3 = t5) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a);
              var p2, v2, b2, d2, y2, h2, m2, w2, L2;
              r3 === a && (r3 = Do, (t5 = zu()) !== a && li() !== a ? ((e3 = Ju()) === a && (e3 = null), e3 !== a && li() !== a && ss() !== a && li() !== a ? ((n2 = ra()) === a && (n2 = null), n2 !== a && li() !== a && (o2 = xa()) !== a && li() !== a && (u2 = (function r4() {
                var t6, e4;
                (t6 = (function() {
                  var r5, t7;
                  r5 = Do, As() !== a && li() !== a && (t7 = xa()) !== a ? (Po = r5, r5 = { type: "like", table: t7 }) : (Do = r5, r5 = a);
                  return r5;
                })()) === a && (t6 = Do, oi() !== a && li() !== a && (e4 = r4()) !== a && li() !== a && ai() !== a ? (Po = t6, (n3 = e4).parentheses = true, t6 = n3) : (Do = t6, t6 = a));
                var n3;
                return t6;
              })()) !== a ? (Po = r3, t5 = (function(r4, t6, e4, n3, o3) {
                return n3 && n3.forEach((r5) => Hi.add(`create::${r5.db}::${r5.table}`)), { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: r4[0].toLowerCase(), keyword: "table", temporary: t6 && t6[0].toLowerCase(), if_not_exists: e4, table: n3, like: o3 } };
              })(t5, e3, n2, o2, u2), r3 = t5) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a));
              return r3;
            })()) === a && (t4 = (function() {
              var t5, e3, n2, o2, u2, s2;
              t5 = Do, (e3 = zu()) !== a && li() !== a ? ((n2 = (function() {
                var t6, e4, n3, o3;
                t6 = Do, "database" === r2.substr(Do, 8).toLowerCase() ? (e4 = r2.substr(Do, 8), Do += 8) : (e4 = a, 0 === qo && Vo(we));
                e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t6, t6 = e4 = "DATABASE") : (Do = t6, t6 = a)) : (Do = t6, t6 = a);
                return t6;
              })()) === a && (n2 = (function() {
                var t6, e4, n3, o3;
                t6 = Do, "schema" === r2.substr(Do, 6).toLowerCase() ? (e4 = r2.substr(Do, 6), Do += 6) : (e4 = a, 0 === qo && Vo(Le));
                e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t6, t6 = e4 = "SCHEMA") : (Do = t6, t6 = a)) : (Do = t6, t6 = a);
                return t6;
              })()), n2 !== a && li() !== a ? ((o2 = ra()) === a && (o2 = null), o2 !== a && li() !== a && (u2 = Ei()) !== a && li() !== a ? ((s2 = (function() {
                var r3, t6, e4, n3, o3, u3;
                if (r3 = Do, (t6 = ba()) !== a) {
                  for (e4 = [], n3 = Do, (o3 = li()) !== a && (u3 = ba()) !== a ? n3 = o3 = [o3, u3] : (Do = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Do, (o3 = li()) !== a && (u3 = ba()) !== a ? n3 = o3 = [o3, u3] : (Do = n3, n3 = a);
                  e4 !== a ? (Po = r3, t6 = i(t6, e4), r3 = t6) : (Do = r3, r3 = a);
                } else Do = r3, r3 = a;
                return r3;
              })()) === a && (s2 = null), s2 !== a ? (Po = t5, e3 = (function(r3, t6, e4, n3, o3) {
                const a2 = t6.toLowerCase();
                return { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: r3[0].toLowerCase(), keyword: a2, if_not_exists: e4, [a2]: { db: n3.schema, schema: n3.name }, create_definitions: o3 } };
              })(e3, n2, o2, u2, s2), t5 = e3) : (Do = t5, t5 = a)) : (Do = t5, t5 = a)) : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })());
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Do, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "truncate" === r2.substr(Do, 8).toLowerCase() ? (e4 = r2.substr(Do, 8), Do += 8) : (e4 = a, 0 === qo && Vo(Un));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "TRUNCATE") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) !== a && li() !== a ? ((n2 = ss()) === a && (n2 = null), n2 !== a && li() !== a && (o2 = xa()) !== a ? (Po = t4, u2 = e3, s2 = n2, (i2 = o2) && i2.forEach((r3) => Hi.add(`${u2}::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: u2.toLowerCase(), keyword: s2 && s2.toLowerCase() || "table", name: i2 } }, t4 = e3) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            var u2, s2, i2;
            return t4;
          })()) === a && (t3 = (function() {
            var r3, t4, e3;
            r3 = Do, (t4 = ts()) !== a && li() !== a && ss() !== a && li() !== a && (e3 = (function() {
              var r4, t5, e4, n3, o2, u2, s2, i2;
              if (r4 = Do, (t5 = ja()) !== a) {
                for (e4 = [], n3 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = ja()) !== a ? n3 = o2 = [o2, u2, s2, i2] : (Do = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = ja()) !== a ? n3 = o2 = [o2, u2, s2, i2] : (Do = n3, n3 = a);
                e4 !== a ? (Po = r4, t5 = l(t5, e4), r4 = t5) : (Do = r4, r4 = a);
              } else Do = r4, r4 = a;
              return r4;
            })()) !== a ? (Po = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && Hi.add(`rename::${r5.db}::${r5.table}`))), t4 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: "rename", table: n2 } }, r3 = t4) : (Do = r3, r3 = a);
            var n2;
            return r3;
          })()) === a && (t3 = (function() {
            var t4, e3, n2;
            t4 = Do, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "call" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(on));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "CALL") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) !== a && li() !== a && (n2 = gi()) !== a ? (Po = t4, o2 = n2, e3 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: "call", expr: o2 } }, t4 = e3) : (Do = t4, t4 = a);
            var o2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2;
            t4 = Do, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "use" === r2.substr(Do, 3).toLowerCase() ? (e4 = r2.substr(Do, 3), Do += 3) : (e4 = a, 0 === qo && Vo(re));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t5 = e4 = [e4, n3] : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) !== a && li() !== a && (n2 = yu()) !== a ? (Po = t4, o2 = n2, Hi.add(`use::${o2}::null`), e3 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: "use", db: o2 } }, t4 = e3) : (Do = t4, t4 = a);
            var o2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Do, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "alter" === r2.substr(Do, 5).toLowerCase() ? (e4 = r2.substr(Do, 5), Do += 5) : (e4 = a, 0 === qo && Vo(te));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t5 = e4 = [e4, n3] : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) !== a && li() !== a && ss() !== a && li() !== a && (n2 = xa()) !== a && li() !== a && (o2 = (function() {
              var r3, t5, e4, n3, o3, u3, s3, i2;
              if (r3 = Do, (t5 = aa()) !== a) {
                for (e4 = [], n3 = Do, (o3 = li()) !== a && (u3 = ei()) !== a && (s3 = li()) !== a && (i2 = aa()) !== a ? n3 = o3 = [o3, u3, s3, i2] : (Do = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Do, (o3 = li()) !== a && (u3 = ei()) !== a && (s3 = li()) !== a && (i2 = aa()) !== a ? n3 = o3 = [o3, u3, s3, i2] : (Do = n3, n3 = a);
                e4 !== a ? (Po = r3, t5 = l(t5, e4), r3 = t5) : (Do = r3, r3 = a);
              } else Do = r3, r3 = a;
              return r3;
            })()) !== a ? (Po = t4, s2 = o2, (u2 = n2) && u2.length > 0 && u2.forEach((r3) => Hi.add(`alter::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: "alter", table: u2, expr: s2 } }, t4 = e3) : (Do = t4, t4 = a);
            var u2, s2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Do, (e3 = as()) !== a && li() !== a ? ((n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "global" === r2.substr(Do, 6).toLowerCase() ? (e4 = r2.substr(Do, 6), Do += 6) : (e4 = a, 0 === qo && Vo(Kn));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "GLOBAL") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "session" === r2.substr(Do, 7).toLowerCase() ? (e4 = r2.substr(Do, 7), Do += 7) : (e4 = a, 0 === qo && Vo(zn));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "SESSION") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "local" === r2.substr(Do, 5).toLowerCase() ? (e4 = r2.substr(Do, 5), Do += 5) : (e4 = a, 0 === qo && Vo(sr));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "LOCAL") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "persist" === r2.substr(Do, 7).toLowerCase() ? (e4 = r2.substr(Do, 7), Do += 7) : (e4 = a, 0 === qo && Vo(Jn));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "PERSIST") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "persist_only" === r2.substr(Do, 12).toLowerCase() ? (e4 = r2.substr(Do, 12), Do += 12) : (e4 = a, 0 === qo && Vo(Zn));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "PERSIST_ONLY") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()), n2 === a && (n2 = null), n2 !== a && li() !== a && (o2 = (function() {
              var r3, t5, e4, n3, o3, u3, s3, i2;
              if (r3 = Do, (t5 = mi()) !== a) {
                for (e4 = [], n3 = Do, (o3 = li()) !== a && (u3 = ei()) !== a && (s3 = li()) !== a && (i2 = mi()) !== a ? n3 = o3 = [o3, u3, s3, i2] : (Do = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Do, (o3 = li()) !== a && (u3 = ei()) !== a && (s3 = li()) !== a && (i2 = mi()) !== a ? n3 = o3 = [o3, u3, s3, i2] : (Do = n3, n3 = a);
                e4 !== a ? (Po = r3, t5 = lr(t5, e4), r3 = t5) : (Do = r3, r3 = a);
              } else Do = r3, r3 = a;
              return r3;
            })()) !== a ? (Po = t4, u2 = n2, (s2 = o2).keyword = u2, e3 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: "set", keyword: u2, expr: s2 } }, t4 = e3) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            var u2, s2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2;
            t4 = Do, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "lock" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(S));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t5 = e4 = [e4, n3] : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) !== a && li() !== a && is() !== a && li() !== a && (n2 = (function() {
              var r3, t5, e4, n3, o3, u2, s2, i2;
              if (r3 = Do, (t5 = ya()) !== a) {
                for (e4 = [], n3 = Do, (o3 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = ya()) !== a ? n3 = o3 = [o3, u2, s2, i2] : (Do = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Do, (o3 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = ya()) !== a ? n3 = o3 = [o3, u2, s2, i2] : (Do = n3, n3 = a);
                e4 !== a ? (Po = r3, t5 = lr(t5, e4), r3 = t5) : (Do = r3, r3 = a);
              } else Do = r3, r3 = a;
              return r3;
            })()) !== a ? (Po = t4, o2 = n2, e3 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: "lock", keyword: "tables", tables: o2 } }, t4 = e3) : (Do = t4, t4 = a);
            var o2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3;
            t4 = Do, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = Do, "unlock" === r2.substr(Do, 6).toLowerCase() ? (e4 = r2.substr(Do, 6), Do += 6) : (e4 = a, 0 === qo && Vo(de));
              e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t5 = e4 = [e4, n2] : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) !== a && li() !== a && is() !== a ? (Po = t4, e3 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: "unlock", keyword: "tables" } }, t4 = e3) : (Do = t4, t4 = a);
            return t4;
          })()), t3;
        }
        function zo() {
          var r3;
          return (r3 = Zo()) === a && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = Do, (t3 = Ku()) !== a && li() !== a && (e3 = xa()) !== a && li() !== a && as() !== a && li() !== a && (n2 = qa()) !== a && li() !== a ? ((o2 = Ma()) === a && (o2 = null), o2 !== a ? (Po = r4, t3 = (function(r5, t4, e4) {
              const n3 = {};
              return r5 && r5.forEach((r6) => {
                const { server: t5, db: e5, schema: o3, as: a2, table: u2, join: s2 } = r6, i2 = s2 ? "select" : "update", c2 = [t5, e5, o3].filter(Boolean).join(".") || null;
                e5 && (n3[u2] = c2), u2 && Hi.add(`${i2}::${c2}::${u2}`);
              }), t4 && t4.forEach((r6) => {
                if (r6.table) {
                  const t5 = Di(r6.table);
                  Hi.add(`update::${n3[t5] || null}::${t5}`);
                }
                $i.add(`update::${r6.table}::${r6.column}`);
              }), { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: "update", table: r5, set: t4, where: e4 } };
            })(e3, n2, o2), r4 = t3) : (Do = r4, r4 = a)) : (Do = r4, r4 = a);
            return r4;
          })()) === a && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, s2, i2;
            r4 = Do, (t3 = Va()) !== a && li() !== a ? ((e3 = os()) === a && (e3 = null), e3 !== a && li() !== a && (n2 = Oa()) !== a && li() !== a ? ((o2 = Ga()) === a && (o2 = null), o2 !== a && li() !== a && oi() !== a && li() !== a && (u2 = (function() {
              var r5, t4, e4, n3, o3, u3, s3, i3;
              if (r5 = Do, (t4 = Eu()) !== a) {
                for (e4 = [], n3 = Do, (o3 = li()) !== a && (u3 = ei()) !== a && (s3 = li()) !== a && (i3 = Eu()) !== a ? n3 = o3 = [o3, u3, s3, i3] : (Do = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Do, (o3 = li()) !== a && (u3 = ei()) !== a && (s3 = li()) !== a && (i3 = Eu()) !== a ? n3 = o3 = [o3, u3, s3, i3] : (Do = n3, n3 = a);
                e4 !== a ? (Po = r5, t4 = l(t4, e4), r5 = t4) : (Do = r5, r5 = a);
              } else Do = r5, r5 = a;
              return r5;
            })()) !== a && li() !== a && ai() !== a && li() !== a && (s2 = Wa()) !== a && li() !== a ? ((i2 = Ya()) === a && (i2 = null), i2 !== a ? (Po = r4, t3 = (function(r5, t4, e4, n3, o3, a2) {
              if (t4 && (Hi.add(`insert::${t4.db}::${t4.table}`), t4.as = null), n3) {
                let r6 = t4 && t4.table || null;
                Array.isArray(o3.values) && o3.values.forEach((r7, t5) => {
                  if (r7.value.length != n3.length) throw new Error("Error: column count doesn't match value count at row " + (t5 + 1));
                }), n3.forEach((t5) => $i.add(`insert::${r6}::${t5}`));
              }
              return { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: r5, table: [t4], columns: n3, values: o3, partition: e4, on_duplicate_update: a2 } };
            })(t3, n2, o2, u2, s2, i2), r4 = t3) : (Do = r4, r4 = a)) : (Do = r4, r4 = a)) : (Do = r4, r4 = a)) : (Do = r4, r4 = a);
            return r4;
          })()) === a && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, s2, i2;
            r4 = Do, (t3 = Va()) !== a && li() !== a ? ((e3 = es()) === a && (e3 = null), e3 !== a && li() !== a ? ((n2 = os()) === a && (n2 = null), n2 !== a && li() !== a && (o2 = Oa()) !== a && li() !== a ? ((u2 = Ga()) === a && (u2 = null), u2 !== a && li() !== a && (s2 = Wa()) !== a && li() !== a ? ((i2 = Ya()) === a && (i2 = null), i2 !== a ? (Po = r4, t3 = (function(r5, t4, e4, n3, o3, a2, u3) {
              n3 && (Hi.add(`insert::${n3.db}::${n3.table}`), $i.add(`insert::${n3.table}::(.*)`), n3.as = null);
              const s3 = [t4, e4].filter((r6) => r6).map((r6) => r6[0] && r6[0].toLowerCase()).join(" ");
              return { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: r5, table: [n3], columns: null, values: a2, partition: o3, prefix: s3, on_duplicate_update: u3 } };
            })(t3, e3, n2, o2, u2, s2, i2), r4 = t3) : (Do = r4, r4 = a)) : (Do = r4, r4 = a)) : (Do = r4, r4 = a)) : (Do = r4, r4 = a)) : (Do = r4, r4 = a);
            return r4;
          })()) === a && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2;
            r4 = Do, (t3 = Va()) !== a && li() !== a && os() !== a && li() !== a && (e3 = Oa()) !== a && li() !== a ? ((n2 = Ga()) === a && (n2 = null), n2 !== a && li() !== a && as() !== a && li() !== a && (o2 = qa()) !== a && li() !== a ? ((u2 = Ya()) === a && (u2 = null), u2 !== a ? (Po = r4, s2 = t3, c2 = n2, l2 = o2, f2 = u2, (i2 = e3) && (Hi.add(`insert::${i2.db}::${i2.table}`), $i.add(`insert::${i2.table}::(.*)`), i2.as = null), t3 = { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: s2, table: [i2], columns: null, partition: c2, set: l2, on_duplicate_update: f2 } }, r4 = t3) : (Do = r4, r4 = a)) : (Do = r4, r4 = a)) : (Do = r4, r4 = a);
            var s2, i2, c2, l2, f2;
            return r4;
          })()) === a && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = Do, (t3 = Zu()) !== a && li() !== a ? ((e3 = xa()) === a && (e3 = null), e3 !== a && li() !== a && (n2 = ga()) !== a && li() !== a ? ((o2 = Ma()) === a && (o2 = null), o2 !== a ? (Po = r4, t3 = (function(r5, t4, e4) {
              if (t4 && t4.forEach((r6) => {
                const { db: t5, as: e5, table: n3, join: o3 } = r6, a2 = o3 ? "select" : "delete";
                n3 && Hi.add(`${a2}::${t5}::${n3}`), o3 || $i.add(`delete::${n3}::(.*)`);
              }), null === r5 && 1 === t4.length) {
                const e5 = t4[0];
                r5 = [{ db: e5.db, table: e5.table, as: e5.as, addition: true }];
              }
              return { tableList: Array.from(Hi), columnList: Pi($i), ast: { type: "delete", table: r5, from: t4, where: e4 } };
            })(e3, n2, o2), r4 = t3) : (Do = r4, r4 = a)) : (Do = r4, r4 = a)) : (Do = r4, r4 = a);
            return r4;
          })()) === a && (r3 = Ko()) === a && (r3 = (function() {
            var r4, t3;
            r4 = [], t3 = hi();
            for (; t3 !== a; ) r4.push(t3), t3 = hi();
            return r4;
          })()), r3;
        }
        function Jo() {
          var t3, e3, n2, o2, u2;
          return t3 = Do, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "union" === r2.substr(Do, 5).toLowerCase() ? (e4 = r2.substr(Do, 5), Do += 5) : (e4 = a, 0 === qo && Vo(xe));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "UNION") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) === a && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "intersect" === r2.substr(Do, 9).toLowerCase() ? (e4 = r2.substr(Do, 9), Do += 9) : (e4 = a, 0 === qo && Vo(Ie));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "INTERSECT") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) === a && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "except" === r2.substr(Do, 6).toLowerCase() ? (e4 = r2.substr(Do, 6), Do += 6) : (e4 = a, 0 === qo && Vo(Ne));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "EXCEPT") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()), e3 !== a && li() !== a ? ((n2 = hs()) === a && (n2 = ms()), n2 === a && (n2 = null), n2 !== a ? (Po = t3, o2 = e3, t3 = e3 = (u2 = n2) ? `${o2.toLowerCase()} ${u2.toLowerCase()}` : "" + o2.toLowerCase()) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "minus" === r2.substr(Do, 5).toLowerCase() ? (e4 = r2.substr(Do, 5), Do += 5) : (e4 = a, 0 === qo && Vo(ke));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "MINUS") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && (Po = t3, e3 = "minus"), t3 = e3), t3;
        }
        function Zo() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = ha()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = Jo()) !== a && (s2 = li()) !== a && (i2 = ha()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = Jo()) !== a && (s2 = li()) !== a && (i2 = ha()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a && (n2 = li()) !== a ? ((o2 = Pa()) === a && (o2 = null), o2 !== a && (u2 = li()) !== a ? ((s2 = $a()) === a && (s2 = null), s2 !== a ? (Po = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return e4 && (r4._orderby = e4), n3 && (r4._limit = n3), { tableList: Array.from(Hi), columnList: Pi($i), ast: r4 };
            })(t3, e3, o2, s2)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function ra() {
          var t3, e3;
          return t3 = Do, "if" === r2.substr(Do, 2).toLowerCase() ? (e3 = r2.substr(Do, 2), Do += 2) : (e3 = a, 0 === qo && Vo(c)), e3 !== a && li() !== a && gs() !== a && li() !== a && Es() !== a ? (Po = t3, t3 = e3 = "IF NOT EXISTS") : (Do = t3, t3 = a), t3;
        }
        function ta() {
          var r3;
          return (r3 = la()) === a && (r3 = na()) === a && (r3 = ia()) === a && (r3 = ca()), r3;
        }
        function ea() {
          var t3, e3, n2, o2;
          return t3 = Do, (e3 = (function() {
            var t4, e4;
            t4 = Do, (e4 = (function() {
              var t5, e5, n3, o3;
              t5 = Do, "not null" === r2.substr(Do, 8).toLowerCase() ? (e5 = r2.substr(Do, 8), Do += 8) : (e5 = a, 0 === qo && Vo(Xt));
              e5 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t5 = e5 = [e5, n3] : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) !== a && (Po = t4, e4 = { type: "not null", value: "not null" });
            return t4 = e4;
          })()) === a && (e3 = Uu()), e3 !== a && (Po = t3, (o2 = e3) && !o2.value && (o2.value = "null"), e3 = { nullable: o2 }), (t3 = e3) === a && (t3 = Do, (e3 = (function() {
            var r3, t4;
            r3 = Do, Vu() !== a && li() !== a && (t4 = tu()) !== a ? (Po = r3, r3 = { type: "default", value: t4 }) : (Do = r3, r3 = a);
            return r3;
          })()) !== a && (Po = t3, e3 = { default_val: e3 }), (t3 = e3) === a && (t3 = Do, "auto_increment" === r2.substr(Do, 14).toLowerCase() ? (e3 = r2.substr(Do, 14), Do += 14) : (e3 = a, 0 === qo && Vo(f)), e3 !== a && (Po = t3, e3 = { auto_increment: e3.toLowerCase() }), (t3 = e3) === a && (t3 = Do, "unique" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(p)), e3 !== a && li() !== a ? ("key" === r2.substr(Do, 3).toLowerCase() ? (n2 = r2.substr(Do, 3), Do += 3) : (n2 = a, 0 === qo && Vo(v)), n2 === a && (n2 = null), n2 !== a ? (Po = t3, t3 = e3 = (function(r3) {
            const t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, "primary" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(b)), e3 === a && (e3 = null), e3 !== a && li() !== a ? ("key" === r2.substr(Do, 3).toLowerCase() ? (n2 = r2.substr(Do, 3), Do += 3) : (n2 = a, 0 === qo && Vo(v)), n2 !== a ? (Po = t3, t3 = e3 = (function(r3) {
            const t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, (e3 = vi()) !== a && (Po = t3, e3 = { comment: e3 }), (t3 = e3) === a && (t3 = Do, (e3 = oa()) !== a && (Po = t3, e3 = { collate: e3 }), (t3 = e3) === a && (t3 = Do, (e3 = (function() {
            var t4, e4, n3;
            t4 = Do, "column_format" === r2.substr(Do, 13).toLowerCase() ? (e4 = r2.substr(Do, 13), Do += 13) : (e4 = a, 0 === qo && Vo(d));
            e4 !== a && li() !== a ? ("fixed" === r2.substr(Do, 5).toLowerCase() ? (n3 = r2.substr(Do, 5), Do += 5) : (n3 = a, 0 === qo && Vo(y)), n3 === a && ("dynamic" === r2.substr(Do, 7).toLowerCase() ? (n3 = r2.substr(Do, 7), Do += 7) : (n3 = a, 0 === qo && Vo(h)), n3 === a && ("default" === r2.substr(Do, 7).toLowerCase() ? (n3 = r2.substr(Do, 7), Do += 7) : (n3 = a, 0 === qo && Vo(m)))), n3 !== a ? (Po = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && (Po = t3, e3 = { column_format: e3 }), (t3 = e3) === a && (t3 = Do, (e3 = (function() {
            var t4, e4, n3;
            t4 = Do, "storage" === r2.substr(Do, 7).toLowerCase() ? (e4 = r2.substr(Do, 7), Do += 7) : (e4 = a, 0 === qo && Vo(w));
            e4 !== a && li() !== a ? ("disk" === r2.substr(Do, 4).toLowerCase() ? (n3 = r2.substr(Do, 4), Do += 4) : (n3 = a, 0 === qo && Vo(L)), n3 === a && ("memory" === r2.substr(Do, 6).toLowerCase() ? (n3 = r2.substr(Do, 6), Do += 6) : (n3 = a, 0 === qo && Vo(C))), n3 !== a ? (Po = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && (Po = t3, e3 = { storage: e3 }), (t3 = e3) === a && (t3 = Do, (e3 = pa()) !== a && (Po = t3, e3 = { reference_definition: e3 }), t3 = e3))))))))), t3;
        }
        function na() {
          var r3, t3, e3, n2, o2, u2, s2;
          return r3 = Do, (t3 = bu()) !== a && li() !== a && (e3 = _i()) !== a && li() !== a ? ((n2 = (function() {
            var r4, t4, e4, n3, o3, u3;
            if (r4 = Do, (t4 = ea()) !== a) if (li() !== a) {
              for (e4 = [], n3 = Do, (o3 = li()) !== a && (u3 = ea()) !== a ? n3 = o3 = [o3, u3] : (Do = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Do, (o3 = li()) !== a && (u3 = ea()) !== a ? n3 = o3 = [o3, u3] : (Do = n3, n3 = a);
              e4 !== a ? (Po = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (Do = r4, r4 = a);
            } else Do = r4, r4 = a;
            else Do = r4, r4 = a;
            return r4;
          })()) === a && (n2 = null), n2 !== a ? (Po = r3, o2 = t3, u2 = e3, s2 = n2, $i.add(`create::${o2.table}::${o2.column}`), r3 = t3 = { column: o2, definition: u2, resource: "column", ...s2 || {} }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3;
        }
        function oa() {
          var t3, e3, n2;
          return t3 = Do, (function() {
            var t4, e4, n3, o2;
            t4 = Do, "collate" === r2.substr(Do, 7).toLowerCase() ? (e4 = r2.substr(Do, 7), Do += 7) : (e4 = a, 0 === qo && Vo(Q));
            e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "COLLATE") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })() !== a && li() !== a ? ((e3 = Qs()) === a && (e3 = null), e3 !== a && li() !== a && (n2 = yu()) !== a ? (Po = t3, t3 = { type: "collate", keyword: "collate", collate: { name: n2, symbol: e3 } }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function aa() {
          var t3;
          return (t3 = (function() {
            var r3, t4;
            r3 = Do, Xs() !== a && li() !== a && (t4 = la()) !== a ? (Po = r3, r3 = { action: "add", create_definitions: t4, resource: "constraint", type: "alter" }) : (Do = r3, r3 = a);
            return r3;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Do, (e3 = Xu()) !== a && li() !== a ? ("check" === r2.substr(Do, 5).toLowerCase() ? (n2 = r2.substr(Do, 5), Do += 5) : (n2 = a, 0 === qo && Vo(k)), n2 !== a && li() !== a && (o2 = ju()) !== a ? (Po = t4, e3 = { action: "drop", constraint: o2, keyword: n2.toLowerCase(), resource: "constraint", type: "alter" }, t4 = e3) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Do, bs() !== a && li() !== a ? ("check" === r2.substr(Do, 5).toLowerCase() ? (e3 = r2.substr(Do, 5), Do += 5) : (e3 = a, 0 === qo && Vo(k)), e3 !== a && li() !== a ? ("check" === r2.substr(Do, 5).toLowerCase() ? (n2 = r2.substr(Do, 5), Do += 5) : (n2 = a, 0 === qo && Vo(k)), n2 !== a && li() !== a && ri() !== a && li() !== a && (o2 = ju()) !== a ? (Po = t4, t4 = { action: "with", constraint: o2, keyword: "check check", resource: "constraint", type: "alter" }) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2;
            t4 = Do, "nocheck" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(I));
            e3 !== a && li() !== a && ri() !== a && li() !== a && (n2 = ju()) !== a ? (Po = t4, t4 = e3 = { action: "nocheck", constraint: n2, resource: "constraint", type: "alter" }) : (Do = t4, t4 = a);
            return t4;
          })()) === a && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = Do, (t4 = Xs()) !== a && li() !== a ? ((e3 = Ks()) === a && (e3 = null), e3 !== a && li() !== a && (n2 = na()) !== a ? (Po = r3, o2 = e3, u2 = n2, t4 = { action: "add", ...u2, keyword: o2, resource: "column", type: "alter" }, r3 = t4) : (Do = r3, r3 = a)) : (Do = r3, r3 = a);
            var o2, u2;
            return r3;
          })()) === a && (t3 = (function() {
            var r3, t4, e3;
            r3 = Do, Xu() !== a && li() !== a ? ((t4 = Ks()) === a && (t4 = null), t4 !== a && li() !== a && (e3 = bu()) !== a ? (Po = r3, r3 = { action: "drop", column: e3, keyword: t4, resource: "column", type: "alter" }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a);
            return r3;
          })()) === a && (t3 = (function() {
            var r3, t4, e3;
            r3 = Do, (t4 = Xs()) !== a && li() !== a && (e3 = ia()) !== a ? (Po = r3, n2 = e3, t4 = { action: "add", type: "alter", ...n2 }, r3 = t4) : (Do = r3, r3 = a);
            var n2;
            return r3;
          })()) === a && (t3 = (function() {
            var r3, t4, e3;
            r3 = Do, (t4 = Xs()) !== a && li() !== a && (e3 = ca()) !== a ? (Po = r3, n2 = e3, t4 = { action: "add", type: "alter", ...n2 }, r3 = t4) : (Do = r3, r3 = a);
            var n2;
            return r3;
          })()) === a && (t3 = (function() {
            var r3, t4, e3, n2;
            r3 = Do, (t4 = ts()) !== a && li() !== a ? ((e3 = Qu()) === a && (e3 = us()), e3 === a && (e3 = null), e3 !== a && li() !== a && (n2 = yu()) !== a ? (Po = r3, u2 = n2, t4 = { action: "rename", type: "alter", resource: "table", keyword: (o2 = e3) && o2[0].toLowerCase(), table: u2 }, r3 = t4) : (Do = r3, r3 = a)) : (Do = r3, r3 = a);
            var o2, u2;
            return r3;
          })()) === a && (t3 = ua()) === a && (t3 = sa()), t3;
        }
        function ua() {
          var t3, e3, n2, o2;
          return t3 = Do, "algorithm" === r2.substr(Do, 9).toLowerCase() ? (e3 = r2.substr(Do, 9), Do += 9) : (e3 = a, 0 === qo && Vo(A)), e3 !== a && li() !== a ? ((n2 = Qs()) === a && (n2 = null), n2 !== a && li() !== a ? ("default" === r2.substr(Do, 7).toLowerCase() ? (o2 = r2.substr(Do, 7), Do += 7) : (o2 = a, 0 === qo && Vo(m)), o2 === a && ("instant" === r2.substr(Do, 7).toLowerCase() ? (o2 = r2.substr(Do, 7), Do += 7) : (o2 = a, 0 === qo && Vo(E)), o2 === a && ("inplace" === r2.substr(Do, 7).toLowerCase() ? (o2 = r2.substr(Do, 7), Do += 7) : (o2 = a, 0 === qo && Vo(g)), o2 === a && ("copy" === r2.substr(Do, 4).toLowerCase() ? (o2 = r2.substr(Do, 4), Do += 4) : (o2 = a, 0 === qo && Vo(j))))), o2 !== a ? (Po = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function sa() {
          var t3, e3, n2, o2;
          return t3 = Do, "lock" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(S)), e3 !== a && li() !== a ? ((n2 = Qs()) === a && (n2 = null), n2 !== a && li() !== a ? ("default" === r2.substr(Do, 7).toLowerCase() ? (o2 = r2.substr(Do, 7), Do += 7) : (o2 = a, 0 === qo && Vo(m)), o2 === a && ("none" === r2.substr(Do, 4).toLowerCase() ? (o2 = r2.substr(Do, 4), Do += 4) : (o2 = a, 0 === qo && Vo(T)), o2 === a && ("shared" === r2.substr(Do, 6).toLowerCase() ? (o2 = r2.substr(Do, 6), Do += 6) : (o2 = a, 0 === qo && Vo(_)), o2 === a && ("exclusive" === r2.substr(Do, 9).toLowerCase() ? (o2 = r2.substr(Do, 9), Do += 9) : (o2 = a, 0 === qo && Vo(x))))), o2 !== a ? (Po = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ia() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          return r3 = Do, (t3 = zs()) === a && (t3 = Js()), t3 !== a && li() !== a ? ((e3 = Eu()) === a && (e3 = null), e3 !== a && li() !== a ? ((n2 = Sa()) === a && (n2 = null), n2 !== a && li() !== a && (o2 = wa()) !== a && li() !== a ? ((u2 = Ta()) === a && (u2 = null), u2 !== a && li() !== a ? (Po = r3, s2 = n2, i2 = u2, r3 = t3 = { index: e3, definition: o2, keyword: t3.toLowerCase(), index_type: s2, resource: "index", index_options: i2 }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3;
        }
        function ca() {
          var t3, e3, n2, o2, u2, s2, i2, c2, l2;
          return t3 = Do, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "fulltext" === r2.substr(Do, 8).toLowerCase() ? (e4 = r2.substr(Do, 8), Do += 8) : (e4 = a, 0 === qo && Vo(co));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "FULLTEXT") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) === a && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "spatial" === r2.substr(Do, 7).toLowerCase() ? (e4 = r2.substr(Do, 7), Do += 7) : (e4 = a, 0 === qo && Vo(lo));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "SPATIAL") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()), e3 !== a && li() !== a ? ((n2 = zs()) === a && (n2 = Js()), n2 === a && (n2 = null), n2 !== a && li() !== a ? ((o2 = Eu()) === a && (o2 = null), o2 !== a && li() !== a && (u2 = wa()) !== a && li() !== a ? ((s2 = Ta()) === a && (s2 = null), s2 !== a && li() !== a ? (Po = t3, i2 = e3, l2 = s2, t3 = e3 = { index: o2, definition: u2, keyword: (c2 = n2) && `${i2.toLowerCase()} ${c2.toLowerCase()}` || i2.toLowerCase(), index_options: l2, resource: "index" }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function la() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, s2;
            t4 = Do, (e3 = fa()) === a && (e3 = null);
            e3 !== a && li() !== a ? ("primary key" === r2.substr(Do, 11).toLowerCase() ? (n2 = r2.substr(Do, 11), Do += 11) : (n2 = a, 0 === qo && Vo(N)), n2 !== a && li() !== a ? ((o2 = Sa()) === a && (o2 = null), o2 !== a && li() !== a && (u2 = wa()) !== a && li() !== a ? ((s2 = Ta()) === a && (s2 = null), s2 !== a ? (Po = t4, c2 = n2, l2 = o2, f2 = u2, p2 = s2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2.toLowerCase(), keyword: i2 && i2.keyword, index_type: l2, resource: "constraint", index_options: p2 }, t4 = e3) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, s2, i2, c2;
            t4 = Do, (e3 = fa()) === a && (e3 = null);
            e3 !== a && li() !== a && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "unique" === r2.substr(Do, 6).toLowerCase() ? (e4 = r2.substr(Do, 6), Do += 6) : (e4 = a, 0 === qo && Vo(p));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "UNIQUE") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) !== a && li() !== a ? ((o2 = zs()) === a && (o2 = Js()), o2 === a && (o2 = null), o2 !== a && li() !== a ? ((u2 = Eu()) === a && (u2 = null), u2 !== a && li() !== a ? ((s2 = Sa()) === a && (s2 = null), s2 !== a && li() !== a && (i2 = wa()) !== a && li() !== a ? ((c2 = Ta()) === a && (c2 = null), c2 !== a ? (Po = t4, f2 = n2, v2 = o2, b2 = u2, d2 = s2, y2 = i2, h2 = c2, e3 = { constraint: (l2 = e3) && l2.constraint, definition: y2, constraint_type: v2 && `${f2.toLowerCase()} ${v2.toLowerCase()}` || f2.toLowerCase(), keyword: l2 && l2.keyword, index_type: d2, index: b2, resource: "constraint", index_options: h2 }, t4 = e3) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            var l2, f2, v2, b2, d2, y2, h2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, s2;
            t4 = Do, (e3 = fa()) === a && (e3 = null);
            e3 !== a && li() !== a ? ("foreign key" === r2.substr(Do, 11).toLowerCase() ? (n2 = r2.substr(Do, 11), Do += 11) : (n2 = a, 0 === qo && Vo(M)), n2 !== a && li() !== a ? ((o2 = Eu()) === a && (o2 = null), o2 !== a && li() !== a && (u2 = wa()) !== a && li() !== a ? ((s2 = pa()) === a && (s2 = null), s2 !== a ? (Po = t4, c2 = n2, l2 = o2, f2 = u2, p2 = s2, e3 = { constraint: (i2 = e3) && i2.constraint, definition: f2, constraint_type: c2, keyword: i2 && i2.keyword, index: l2, resource: "constraint", reference_definition: p2 }, t4 = e3) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            var i2, c2, l2, f2, p2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, s2, i2, c2, l2, f2;
            t4 = Do, (e3 = fa()) === a && (e3 = null);
            e3 !== a && li() !== a ? ("check" === r2.substr(Do, 5).toLowerCase() ? (n2 = r2.substr(Do, 5), Do += 5) : (n2 = a, 0 === qo && Vo(k)), n2 !== a && li() !== a ? (o2 = Do, "not" === r2.substr(Do, 3).toLowerCase() ? (u2 = r2.substr(Do, 3), Do += 3) : (u2 = a, 0 === qo && Vo(O)), u2 !== a && (s2 = li()) !== a ? ("for" === r2.substr(Do, 3).toLowerCase() ? (i2 = r2.substr(Do, 3), Do += 3) : (i2 = a, 0 === qo && Vo(R)), i2 !== a && (c2 = li()) !== a ? ("replication" === r2.substr(Do, 11).toLowerCase() ? (l2 = r2.substr(Do, 11), Do += 11) : (l2 = a, 0 === qo && Vo(U)), l2 !== a && (f2 = li()) !== a ? o2 = u2 = [u2, s2, i2, c2, l2, f2] : (Do = o2, o2 = a)) : (Do = o2, o2 = a)) : (Do = o2, o2 = a), o2 === a && (o2 = null), o2 !== a && (u2 = oi()) !== a && (s2 = li()) !== a && (i2 = tu()) !== a && (c2 = li()) !== a && (l2 = ai()) !== a ? (Po = t4, p2 = e3, v2 = o2, b2 = i2, e3 = { constraint_type: n2.toLowerCase(), keyword: p2 && p2.keyword, constraint: p2 && p2.constraint, index_type: v2 && { keyword: "not for replication" }, definition: [b2], resource: "constraint" }, t4 = e3) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            var p2, v2, b2;
            return t4;
          })()), t3;
        }
        function fa() {
          var r3, t3, e3, n2;
          return r3 = Do, (t3 = ri()) !== a && li() !== a ? ((e3 = yu()) === a && (e3 = null), e3 !== a ? (Po = r3, n2 = e3, r3 = t3 = { keyword: t3.toLowerCase(), constraint: n2 }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3;
        }
        function pa() {
          var t3, e3, n2, o2, u2, s2, i2, c2, l2, f2;
          return t3 = Do, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "references" === r2.substr(Do, 10).toLowerCase() ? (e4 = r2.substr(Do, 10), Do += 10) : (e4 = a, 0 === qo && Vo(vo));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "REFERENCES") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && li() !== a && (n2 = xa()) !== a && li() !== a && (o2 = wa()) !== a && li() !== a ? ("match full" === r2.substr(Do, 10).toLowerCase() ? (u2 = r2.substr(Do, 10), Do += 10) : (u2 = a, 0 === qo && Vo(D)), u2 === a && ("match partial" === r2.substr(Do, 13).toLowerCase() ? (u2 = r2.substr(Do, 13), Do += 13) : (u2 = a, 0 === qo && Vo(P)), u2 === a && ("match simple" === r2.substr(Do, 12).toLowerCase() ? (u2 = r2.substr(Do, 12), Do += 12) : (u2 = a, 0 === qo && Vo(F)))), u2 === a && (u2 = null), u2 !== a && li() !== a ? ((s2 = va()) === a && (s2 = null), s2 !== a && li() !== a ? ((i2 = va()) === a && (i2 = null), i2 !== a ? (Po = t3, c2 = u2, l2 = s2, f2 = i2, t3 = e3 = { definition: o2, table: n2, keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, (e3 = va()) !== a && (Po = t3, e3 = { on_action: [e3] }), t3 = e3), t3;
        }
        function va() {
          var t3, e3, n2, o2;
          return t3 = Do, cs() !== a && li() !== a ? ((e3 = Zu()) === a && (e3 = Ku()), e3 !== a && li() !== a && (n2 = (function() {
            var t4, e4, n3;
            t4 = Do, (e4 = Ys()) !== a && li() !== a && oi() !== a && li() !== a ? ((n3 = Xa()) === a && (n3 = null), n3 !== a && li() !== a && ai() !== a ? (Po = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            t4 === a && (t4 = Do, "restrict" === r2.substr(Do, 8).toLowerCase() ? (e4 = r2.substr(Do, 8), Do += 8) : (e4 = a, 0 === qo && Vo(H)), e4 === a && ("cascade" === r2.substr(Do, 7).toLowerCase() ? (e4 = r2.substr(Do, 7), Do += 7) : (e4 = a, 0 === qo && Vo($)), e4 === a && ("set null" === r2.substr(Do, 8).toLowerCase() ? (e4 = r2.substr(Do, 8), Do += 8) : (e4 = a, 0 === qo && Vo(q)), e4 === a && ("no action" === r2.substr(Do, 9).toLowerCase() ? (e4 = r2.substr(Do, 9), Do += 9) : (e4 = a, 0 === qo && Vo(B)), e4 === a && ("set default" === r2.substr(Do, 11).toLowerCase() ? (e4 = r2.substr(Do, 11), Do += 11) : (e4 = a, 0 === qo && Vo(W)), e4 === a && (e4 = Ys()))))), e4 !== a && (Po = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4);
            return t4;
          })()) !== a ? (Po = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ba() {
          var t3, e3, n2, o2, u2, s2, i2, c2, l2;
          return t3 = Do, (e3 = Vu()) === a && (e3 = null), e3 !== a && li() !== a ? ((n2 = (function() {
            var t4, e4, n3;
            return t4 = Do, "character" === r2.substr(Do, 9).toLowerCase() ? (e4 = r2.substr(Do, 9), Do += 9) : (e4 = a, 0 === qo && Vo(G)), e4 !== a && li() !== a ? ("set" === r2.substr(Do, 3).toLowerCase() ? (n3 = r2.substr(Do, 3), Do += 3) : (n3 = a, 0 === qo && Vo(Y)), n3 !== a ? (Po = t4, t4 = e4 = "CHARACTER SET") : (Do = t4, t4 = a)) : (Do = t4, t4 = a), t4;
          })()) === a && ("charset" === r2.substr(Do, 7).toLowerCase() ? (n2 = r2.substr(Do, 7), Do += 7) : (n2 = a, 0 === qo && Vo(V)), n2 === a && ("collate" === r2.substr(Do, 7).toLowerCase() ? (n2 = r2.substr(Do, 7), Do += 7) : (n2 = a, 0 === qo && Vo(Q)))), n2 !== a && li() !== a ? ((o2 = Qs()) === a && (o2 = null), o2 !== a && li() !== a && (u2 = du()) !== a ? (Po = t3, i2 = n2, c2 = o2, l2 = u2, t3 = e3 = { keyword: (s2 = e3) && `${s2[0].toLowerCase()} ${i2.toLowerCase()}` || i2.toLowerCase(), symbol: c2, value: l2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function da() {
          var t3, e3, n2, o2, u2, s2, i2, c2, l2;
          return t3 = Do, "auto_increment" === r2.substr(Do, 14).toLowerCase() ? (e3 = r2.substr(Do, 14), Do += 14) : (e3 = a, 0 === qo && Vo(f)), e3 === a && ("avg_row_length" === r2.substr(Do, 14).toLowerCase() ? (e3 = r2.substr(Do, 14), Do += 14) : (e3 = a, 0 === qo && Vo(X)), e3 === a && ("key_block_size" === r2.substr(Do, 14).toLowerCase() ? (e3 = r2.substr(Do, 14), Do += 14) : (e3 = a, 0 === qo && Vo(K)), e3 === a && ("max_rows" === r2.substr(Do, 8).toLowerCase() ? (e3 = r2.substr(Do, 8), Do += 8) : (e3 = a, 0 === qo && Vo(z)), e3 === a && ("min_rows" === r2.substr(Do, 8).toLowerCase() ? (e3 = r2.substr(Do, 8), Do += 8) : (e3 = a, 0 === qo && Vo(J)), e3 === a && ("stats_sample_pages" === r2.substr(Do, 18).toLowerCase() ? (e3 = r2.substr(Do, 18), Do += 18) : (e3 = a, 0 === qo && Vo(Z))))))), e3 !== a && li() !== a ? ((n2 = Qs()) === a && (n2 = null), n2 !== a && li() !== a && (o2 = Hu()) !== a ? (Po = t3, c2 = n2, l2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: c2, value: l2.value }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = ba()) === a && (t3 = Do, (e3 = Zs()) === a && ("connection" === r2.substr(Do, 10).toLowerCase() ? (e3 = r2.substr(Do, 10), Do += 10) : (e3 = a, 0 === qo && Vo(rr))), e3 !== a && li() !== a ? ((n2 = Qs()) === a && (n2 = null), n2 !== a && li() !== a && (o2 = Mu()) !== a ? (Po = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, "compression" === r2.substr(Do, 11).toLowerCase() ? (e3 = r2.substr(Do, 11), Do += 11) : (e3 = a, 0 === qo && Vo(tr)), e3 !== a && li() !== a ? ((n2 = Qs()) === a && (n2 = null), n2 !== a && li() !== a ? (o2 = Do, 39 === r2.charCodeAt(Do) ? (u2 = "'", Do++) : (u2 = a, 0 === qo && Vo(er)), u2 !== a ? ("zlib" === r2.substr(Do, 4).toLowerCase() ? (s2 = r2.substr(Do, 4), Do += 4) : (s2 = a, 0 === qo && Vo(nr)), s2 === a && ("lz4" === r2.substr(Do, 3).toLowerCase() ? (s2 = r2.substr(Do, 3), Do += 3) : (s2 = a, 0 === qo && Vo(or)), s2 === a && ("none" === r2.substr(Do, 4).toLowerCase() ? (s2 = r2.substr(Do, 4), Do += 4) : (s2 = a, 0 === qo && Vo(T)))), s2 !== a ? (39 === r2.charCodeAt(Do) ? (i2 = "'", Do++) : (i2 = a, 0 === qo && Vo(er)), i2 !== a ? o2 = u2 = [u2, s2, i2] : (Do = o2, o2 = a)) : (Do = o2, o2 = a)) : (Do = o2, o2 = a), o2 !== a ? (Po = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, "engine" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(ar)), e3 !== a && li() !== a ? ((n2 = Qs()) === a && (n2 = null), n2 !== a && li() !== a && (o2 = ju()) !== a ? (Po = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.toUpperCase() };
          })(e3, n2, o2)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)))), t3;
        }
        function ya() {
          var t3, e3, n2, o2, u2;
          return t3 = Do, (e3 = Ia()) !== a && li() !== a && (n2 = (function() {
            var t4, e4, n3;
            return t4 = Do, "read" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(ur)), e4 !== a && li() !== a ? ("local" === r2.substr(Do, 5).toLowerCase() ? (n3 = r2.substr(Do, 5), Do += 5) : (n3 = a, 0 === qo && Vo(sr)), n3 === a && (n3 = null), n3 !== a ? (Po = t4, t4 = e4 = { type: "read", suffix: n3 && "local" }) : (Do = t4, t4 = a)) : (Do = t4, t4 = a), t4 === a && (t4 = Do, "low_priority" === r2.substr(Do, 12).toLowerCase() ? (e4 = r2.substr(Do, 12), Do += 12) : (e4 = a, 0 === qo && Vo(ir)), e4 === a && (e4 = null), e4 !== a && li() !== a ? ("write" === r2.substr(Do, 5).toLowerCase() ? (n3 = r2.substr(Do, 5), Do += 5) : (n3 = a, 0 === qo && Vo(cr)), n3 !== a ? (Po = t4, t4 = e4 = { type: "write", prefix: e4 && "low_priority" }) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)), t4;
          })()) !== a ? (Po = t3, o2 = e3, u2 = n2, Hi.add(`lock::${o2.db}::${o2.table}`), t3 = e3 = { table: o2, lock_type: u2 }) : (Do = t3, t3 = a), t3;
        }
        function ha() {
          var t3, e3, n2, o2, u2, s2, i2;
          return (t3 = (function() {
            var t4, e4, n3, o3, u3, s3, i3, c2, f2, p2, v2, b2;
            t4 = Do, li() !== a ? ((e4 = (function() {
              var t5, e5, n4, o4, u4, s4, i4, c3, f3, p3, v3, b3;
              if (t5 = Do, (e5 = bs()) !== a) if (li() !== a) if ((n4 = ma()) !== a) {
                for (o4 = [], u4 = Do, (s4 = li()) !== a && (i4 = ei()) !== a && (c3 = li()) !== a && (f3 = ma()) !== a ? u4 = s4 = [s4, i4, c3, f3] : (Do = u4, u4 = a); u4 !== a; ) o4.push(u4), u4 = Do, (s4 = li()) !== a && (i4 = ei()) !== a && (c3 = li()) !== a && (f3 = ma()) !== a ? u4 = s4 = [s4, i4, c3, f3] : (Do = u4, u4 = a);
                o4 !== a ? (Po = t5, e5 = l(n4, o4), t5 = e5) : (Do = t5, t5 = a);
              } else Do = t5, t5 = a;
              else Do = t5, t5 = a;
              else Do = t5, t5 = a;
              if (t5 === a) if (t5 = Do, (e5 = li()) !== a) if (bs() !== a) if ((n4 = li()) !== a) if ((o4 = (function() {
                var t6, e6, n5, o5;
                t6 = Do, "recursive" === r2.substr(Do, 9).toLowerCase() ? (e6 = r2.substr(Do, 9), Do += 9) : (e6 = a, 0 === qo && Vo(ie));
                e6 !== a ? (n5 = Do, qo++, o5 = Su(), qo--, o5 === a ? n5 = void 0 : (Do = n5, n5 = a), n5 !== a ? t6 = e6 = [e6, n5] : (Do = t6, t6 = a)) : (Do = t6, t6 = a);
                return t6;
              })()) !== a) if ((u4 = li()) !== a) if ((s4 = ma()) !== a) {
                for (i4 = [], c3 = Do, (f3 = li()) !== a && (p3 = ei()) !== a && (v3 = li()) !== a && (b3 = ma()) !== a ? c3 = f3 = [f3, p3, v3, b3] : (Do = c3, c3 = a); c3 !== a; ) i4.push(c3), c3 = Do, (f3 = li()) !== a && (p3 = ei()) !== a && (v3 = li()) !== a && (b3 = ma()) !== a ? c3 = f3 = [f3, p3, v3, b3] : (Do = c3, c3 = a);
                i4 !== a ? (Po = t5, y3 = i4, (d3 = s4).recursive = true, e5 = Ui(d3, y3), t5 = e5) : (Do = t5, t5 = a);
              } else Do = t5, t5 = a;
              else Do = t5, t5 = a;
              else Do = t5, t5 = a;
              else Do = t5, t5 = a;
              else Do = t5, t5 = a;
              else Do = t5, t5 = a;
              var d3, y3;
              return t5;
            })()) === a && (e4 = null), e4 !== a && li() !== a && (function() {
              var t5, e5, n4, o4;
              t5 = Do, "select" === r2.substr(Do, 6).toLowerCase() ? (e5 = r2.substr(Do, 6), Do += 6) : (e5 = a, 0 === qo && Vo(ee));
              e5 !== a ? (n4 = Do, qo++, o4 = Su(), qo--, o4 === a ? n4 = void 0 : (Do = n4, n4 = a), n4 !== a ? t5 = e5 = [e5, n4] : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })() !== a && fi() !== a ? ((n3 = (function() {
              var r3, t5, e5, n4, o4, u4;
              if (r3 = Do, (t5 = La()) !== a) {
                for (e5 = [], n4 = Do, (o4 = li()) !== a && (u4 = La()) !== a ? n4 = o4 = [o4, u4] : (Do = n4, n4 = a); n4 !== a; ) e5.push(n4), n4 = Do, (o4 = li()) !== a && (u4 = La()) !== a ? n4 = o4 = [o4, u4] : (Do = n4, n4 = a);
                e5 !== a ? (Po = r3, t5 = (function(r4, t6) {
                  const e6 = [r4];
                  for (let r5 = 0, n5 = t6.length; r5 < n5; ++r5) e6.push(t6[r5][1]);
                  return e6;
                })(t5, e5), r3 = t5) : (Do = r3, r3 = a);
              } else Do = r3, r3 = a;
              return r3;
            })()) === a && (n3 = null), n3 !== a && li() !== a ? ((o3 = ms()) === a && (o3 = null), o3 !== a && li() !== a && (u3 = Ca()) !== a && li() !== a ? ((s3 = ga()) === a && (s3 = null), s3 !== a && li() !== a ? ((i3 = Ma()) === a && (i3 = null), i3 !== a && li() !== a ? ((c2 = (function() {
              var t5, e5, n4;
              t5 = Do, (e5 = (function() {
                var t6, e6, n5, o4;
                t6 = Do, "group" === r2.substr(Do, 5).toLowerCase() ? (e6 = r2.substr(Do, 5), Do += 5) : (e6 = a, 0 === qo && Vo(Me));
                e6 !== a ? (n5 = Do, qo++, o4 = Su(), qo--, o4 === a ? n5 = void 0 : (Do = n5, n5 = a), n5 !== a ? t6 = e6 = [e6, n5] : (Do = t6, t6 = a)) : (Do = t6, t6 = a);
                return t6;
              })()) !== a && li() !== a && ds() !== a && li() !== a && (n4 = Xa()) !== a ? (Po = t5, e5 = { columns: n4.value }, t5 = e5) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (c2 = null), c2 !== a && li() !== a ? ((f2 = (function() {
              var t5, e5;
              t5 = Do, (function() {
                var t6, e6, n4, o4;
                t6 = Do, "having" === r2.substr(Do, 6).toLowerCase() ? (e6 = r2.substr(Do, 6), Do += 6) : (e6 = a, 0 === qo && Vo(Fe));
                e6 !== a ? (n4 = Do, qo++, o4 = Su(), qo--, o4 === a ? n4 = void 0 : (Do = n4, n4 = a), n4 !== a ? t6 = e6 = [e6, n4] : (Do = t6, t6 = a)) : (Do = t6, t6 = a);
                return t6;
              })() !== a && li() !== a && (e5 = eu()) !== a ? (Po = t5, t5 = e5) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (f2 = null), f2 !== a && li() !== a ? ((p2 = Pa()) === a && (p2 = null), p2 !== a && li() !== a ? ((v2 = $a()) === a && (v2 = null), v2 !== a ? ((b2 = (function() {
              var t5, e5;
              t5 = Do, bs() !== a && li() !== a ? ("cs" === r2.substr(Do, 2).toLowerCase() ? (e5 = r2.substr(Do, 2), Do += 2) : (e5 = a, 0 === qo && Vo(Sr)), e5 === a && ("ur" === r2.substr(Do, 2).toLowerCase() ? (e5 = r2.substr(Do, 2), Do += 2) : (e5 = a, 0 === qo && Vo(Tr)), e5 === a && ("rs" === r2.substr(Do, 2).toLowerCase() ? (e5 = r2.substr(Do, 2), Do += 2) : (e5 = a, 0 === qo && Vo(_r)), e5 === a && ("rr" === r2.substr(Do, 2).toLowerCase() ? (e5 = r2.substr(Do, 2), Do += 2) : (e5 = a, 0 === qo && Vo(xr))))), e5 !== a ? (Po = t5, t5 = { type: "isolation", keyword: "with", expr: { type: "origin", value: e5 } }) : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (b2 = null), b2 !== a && li() !== a ? (Po = t4, d2 = e4, y2 = n3, h2 = o3, m2 = u3, L2 = i3, C2 = c2, A2 = f2, E2 = p2, g2 = v2, j2 = b2, (w2 = s3) && w2.forEach((r3) => r3.table && Hi.add(`select::${r3.db}::${r3.table}`)), t4 = { with: d2, type: "select", options: y2, distinct: h2, columns: m2, from: w2, where: L2, groupby: C2, having: A2, orderby: E2, limit: g2, isolation: j2 }) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            var d2, y2, h2, m2, w2, L2, C2, A2, E2, g2, j2;
            return t4;
          })()) === a && (t3 = Do, e3 = Do, 40 === r2.charCodeAt(Do) ? (n2 = "(", Do++) : (n2 = a, 0 === qo && Vo(fr)), n2 !== a && (o2 = li()) !== a && (u2 = ha()) !== a && (s2 = li()) !== a ? (41 === r2.charCodeAt(Do) ? (i2 = ")", Do++) : (i2 = a, 0 === qo && Vo(pr)), i2 !== a ? e3 = n2 = [n2, o2, u2, s2, i2] : (Do = e3, e3 = a)) : (Do = e3, e3 = a), e3 !== a && (Po = t3, e3 = { ...e3[2], parentheses_symbol: true }), t3 = e3), t3;
        }
        function ma() {
          var r3, t3, e3, n2, o2;
          return r3 = Do, (t3 = Mu()) === a && (t3 = ju()), t3 !== a && li() !== a ? ((e3 = wa()) === a && (e3 = null), e3 !== a && li() !== a && us() !== a && li() !== a && oi() !== a && li() !== a && (n2 = Zo()) !== a && li() !== a && ai() !== a ? (Po = r3, "string" == typeof (o2 = t3) && (o2 = { type: "default", value: o2 }), r3 = t3 = { name: o2, stmt: n2, columns: e3 }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3;
        }
        function wa() {
          var r3, t3;
          return r3 = Do, oi() !== a && li() !== a && (t3 = Da()) !== a && li() !== a && ai() !== a ? (Po = r3, r3 = t3) : (Do = r3, r3 = a), r3;
        }
        function La() {
          var t3, e3;
          return t3 = Do, (e3 = (function() {
            var t4;
            "sql_calc_found_rows" === r2.substr(Do, 19).toLowerCase() ? (t4 = r2.substr(Do, 19), Do += 19) : (t4 = a, 0 === qo && Vo(bo));
            return t4;
          })()) === a && ((e3 = (function() {
            var t4;
            "sql_cache" === r2.substr(Do, 9).toLowerCase() ? (t4 = r2.substr(Do, 9), Do += 9) : (t4 = a, 0 === qo && Vo(yo));
            return t4;
          })()) === a && (e3 = (function() {
            var t4;
            "sql_no_cache" === r2.substr(Do, 12).toLowerCase() ? (t4 = r2.substr(Do, 12), Do += 12) : (t4 = a, 0 === qo && Vo(ho));
            return t4;
          })()), e3 === a && (e3 = (function() {
            var t4;
            "sql_big_result" === r2.substr(Do, 14).toLowerCase() ? (t4 = r2.substr(Do, 14), Do += 14) : (t4 = a, 0 === qo && Vo(wo));
            return t4;
          })()) === a && (e3 = (function() {
            var t4;
            "sql_small_result" === r2.substr(Do, 16).toLowerCase() ? (t4 = r2.substr(Do, 16), Do += 16) : (t4 = a, 0 === qo && Vo(mo));
            return t4;
          })()) === a && (e3 = (function() {
            var t4;
            "sql_buffer_result" === r2.substr(Do, 17).toLowerCase() ? (t4 = r2.substr(Do, 17), Do += 17) : (t4 = a, 0 === qo && Vo(Lo));
            return t4;
          })())), e3 !== a && (Po = t3, e3 = e3), t3 = e3;
        }
        function Ca() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = hs()) === a && (t3 = Do, (e3 = ni()) !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = ni())), t3 !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Aa()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Aa()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = (function(r4, t4) {
              $i.add("select::null::(.*)");
              const e4 = { expr: { type: "column_ref", table: null, column: "*" }, as: null };
              return t4 && t4.length > 0 ? Ui(e4, t4) : [e4];
            })(0, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          if (r3 === a) if (r3 = Do, (t3 = Aa()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Aa()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Aa()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = l(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function Aa() {
          var r3, t3, e3, n2, o2, u2, s2;
          return r3 = Do, t3 = Do, (e3 = yu()) !== a && (n2 = li()) !== a && (o2 = ti()) !== a ? t3 = e3 = [e3, n2, o2] : (Do = t3, t3 = a), t3 === a && (t3 = null), t3 !== a && (e3 = li()) !== a && (n2 = ni()) !== a ? (Po = r3, r3 = t3 = (function(r4) {
            const t4 = r4 && r4[0] || null;
            return $i.add(`select::${t4}::(.*)`), { expr: { type: "column_ref", table: t4, column: "*" }, as: null };
          })(t3)) : (Do = r3, r3 = a), r3 === a && (r3 = Do, (t3 = (function() {
            var r4, t4, e4, n3, o3, u3, s3, i2;
            if (r4 = Do, (t4 = tu()) !== a) {
              for (e4 = [], n3 = Do, (o3 = li()) !== a ? ((u3 = js()) === a && (u3 = Ss()) === a && (u3 = ci()), u3 !== a && (s3 = li()) !== a && (i2 = tu()) !== a ? n3 = o3 = [o3, u3, s3, i2] : (Do = n3, n3 = a)) : (Do = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Do, (o3 = li()) !== a ? ((u3 = js()) === a && (u3 = Ss()) === a && (u3 = ci()), u3 !== a && (s3 = li()) !== a && (i2 = tu()) !== a ? n3 = o3 = [o3, u3, s3, i2] : (Do = n3, n3 = a)) : (Do = n3, n3 = a);
              e4 !== a ? (Po = r4, t4 = (function(r5, t5) {
                const e5 = r5.ast;
                if (e5 && "select" === e5.type && (!(r5.parentheses_symbol || r5.parentheses || r5.ast.parentheses || r5.ast.parentheses_symbol) || 1 !== e5.columns.length || "*" === e5.columns[0].expr.column)) throw new Error("invalid column clause with select statement");
                if (!t5 || 0 === t5.length) return r5;
                const n4 = t5.length;
                let o4 = t5[n4 - 1][3];
                for (let e6 = n4 - 1; e6 >= 0; e6--) {
                  const n5 = 0 === e6 ? r5 : t5[e6 - 1][3];
                  o4 = Oi(t5[e6][1], n5, o4);
                }
                return o4;
              })(t4, e4), r4 = t4) : (Do = r4, r4 = a);
            } else Do = r4, r4 = a;
            return r4;
          })()) !== a && (e3 = li()) !== a ? ((n2 = Ea()) === a && (n2 = null), n2 !== a ? (Po = r3, s2 = n2, "double_quote_string" !== (u2 = t3).type && "single_quote_string" !== u2.type || $i.add("select::null::" + u2.value), r3 = t3 = { expr: u2, as: s2 }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)), r3;
        }
        function Ea() {
          var r3, t3, e3;
          return r3 = Do, (t3 = us()) !== a && li() !== a && (e3 = (function() {
            var r4, t4;
            r4 = Do, (t4 = ju()) !== a ? (Po = Do, ((function(r5) {
              if (true === ki[r5.toUpperCase()]) throw new Error("Error: " + JSON.stringify(r5) + " is a reserved word, can not as alias clause");
              return false;
            })(t4) ? a : void 0) !== a ? (Po = r4, r4 = t4 = t4) : (Do = r4, r4 = a)) : (Do = r4, r4 = a);
            r4 === a && (r4 = Do, (t4 = mu()) !== a && (Po = r4, t4 = t4), r4 = t4);
            return r4;
          })()) !== a ? (Po = r3, r3 = t3 = e3) : (Do = r3, r3 = a), r3 === a && (r3 = Do, (t3 = us()) === a && (t3 = null), t3 !== a && li() !== a && (e3 = yu()) !== a ? (Po = r3, r3 = t3 = e3) : (Do = r3, r3 = a)), r3;
        }
        function ga() {
          var t3, e3;
          return t3 = Do, (function() {
            var t4, e4, n2, o2;
            t4 = Do, "from" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(be));
            e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })() !== a && li() !== a && (e3 = xa()) !== a ? (Po = t3, t3 = e3) : (Do = t3, t3 = a), t3;
        }
        function ja() {
          var r3, t3, e3;
          return r3 = Do, (t3 = Oa()) !== a && li() !== a && Qu() !== a && li() !== a && (e3 = Oa()) !== a ? (Po = r3, r3 = t3 = [t3, e3]) : (Do = r3, r3 = a), r3;
        }
        function Sa() {
          var t3, e3;
          return t3 = Do, vs() !== a && li() !== a ? ("btree" === r2.substr(Do, 5).toLowerCase() ? (e3 = r2.substr(Do, 5), Do += 5) : (e3 = a, 0 === qo && Vo(vr)), e3 === a && ("hash" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(br))), e3 !== a ? (Po = t3, t3 = { keyword: "using", type: e3.toLowerCase() }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ta() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Do, (t3 = _a()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = _a()) !== a ? n2 = o2 = [o2, u2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = _a()) !== a ? n2 = o2 = [o2, u2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = (function(r4, t4) {
              const e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function _a() {
          var t3, e3, n2, o2, u2, s2;
          return t3 = Do, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "key_block_size" === r2.substr(Do, 14).toLowerCase() ? (e4 = r2.substr(Do, 14), Do += 14) : (e4 = a, 0 === qo && Vo(K));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "KEY_BLOCK_SIZE") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && li() !== a ? ((n2 = Qs()) === a && (n2 = null), n2 !== a && li() !== a && (o2 = Hu()) !== a ? (Po = t3, u2 = n2, s2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: u2, expr: s2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Sa()) === a && (t3 = Do, "with" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(dr)), e3 !== a && li() !== a ? ("parser" === r2.substr(Do, 6).toLowerCase() ? (n2 = r2.substr(Do, 6), Do += 6) : (n2 = a, 0 === qo && Vo(yr)), n2 !== a && li() !== a && (o2 = ju()) !== a ? (Po = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, "visible" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(hr)), e3 === a && ("invisible" === r2.substr(Do, 9).toLowerCase() ? (e3 = r2.substr(Do, 9), Do += 9) : (e3 = a, 0 === qo && Vo(mr))), e3 !== a && (Po = t3, e3 = (function(r3) {
            return { type: r3.toLowerCase(), expr: r3.toLowerCase() };
          })(e3)), (t3 = e3) === a && (t3 = vi()))), t3;
        }
        function xa() {
          var r3, t3, e3, n2;
          if (r3 = Do, (t3 = Ia()) !== a) {
            for (e3 = [], n2 = ka(); n2 !== a; ) e3.push(n2), n2 = ka();
            e3 !== a ? (Po = r3, r3 = t3 = wr(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function ka() {
          var r3, t3, e3;
          return r3 = Do, li() !== a && (t3 = ei()) !== a && li() !== a && (e3 = Ia()) !== a ? (Po = r3, r3 = e3) : (Do = r3, r3 = a), r3 === a && (r3 = Do, li() !== a && (t3 = (function() {
            var r4, t4, e4, n2, o2, u2, s2, i2, c2, l2, f2;
            if (r4 = Do, (t4 = Na()) !== a) if (li() !== a) if ((e4 = Ia()) !== a) if (li() !== a) if ((n2 = vs()) !== a) if (li() !== a) if (oi() !== a) if (li() !== a) if ((o2 = du()) !== a) {
              for (u2 = [], s2 = Do, (i2 = li()) !== a && (c2 = ei()) !== a && (l2 = li()) !== a && (f2 = du()) !== a ? s2 = i2 = [i2, c2, l2, f2] : (Do = s2, s2 = a); s2 !== a; ) u2.push(s2), s2 = Do, (i2 = li()) !== a && (c2 = ei()) !== a && (l2 = li()) !== a && (f2 = du()) !== a ? s2 = i2 = [i2, c2, l2, f2] : (Do = s2, s2 = a);
              u2 !== a && (s2 = li()) !== a && (i2 = ai()) !== a ? (Po = r4, p2 = t4, b2 = o2, d2 = u2, (v2 = e4).join = p2, v2.using = Ui(b2, d2), r4 = t4 = v2) : (Do = r4, r4 = a);
            } else Do = r4, r4 = a;
            else Do = r4, r4 = a;
            else Do = r4, r4 = a;
            else Do = r4, r4 = a;
            else Do = r4, r4 = a;
            else Do = r4, r4 = a;
            else Do = r4, r4 = a;
            else Do = r4, r4 = a;
            else Do = r4, r4 = a;
            var p2, v2, b2, d2;
            r4 === a && (r4 = Do, (t4 = Na()) !== a && li() !== a && (e4 = Ia()) !== a && li() !== a ? ((n2 = Ua()) === a && (n2 = null), n2 !== a ? (Po = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (Do = r4, r4 = a)) : (Do = r4, r4 = a), r4 === a && (r4 = Do, (t4 = Na()) === a && (t4 = Jo()), t4 !== a && li() !== a && (e4 = oi()) !== a && li() !== a && (n2 = Zo()) !== a && li() !== a && ai() !== a && li() !== a ? ((o2 = Ea()) === a && (o2 = null), o2 !== a && (u2 = li()) !== a ? ((s2 = Ua()) === a && (s2 = null), s2 !== a ? (Po = r4, t4 = (function(r5, t5, e5, n3) {
              return t5.parentheses = true, { expr: t5, as: e5, join: r5, on: n3 };
            })(t4, n2, o2, s2), r4 = t4) : (Do = r4, r4 = a)) : (Do = r4, r4 = a)) : (Do = r4, r4 = a)));
            return r4;
          })()) !== a ? (Po = r3, r3 = t3) : (Do = r3, r3 = a)), r3;
        }
        function Ia() {
          var t3, e3, n2, o2, u2, s2;
          return t3 = Do, (e3 = (function() {
            var t4;
            "dual" === r2.substr(Do, 4).toLowerCase() ? (t4 = r2.substr(Do, 4), Do += 4) : (t4 = a, 0 === qo && Vo(ao));
            return t4;
          })()) !== a && (Po = t3, e3 = { type: "dual" }), (t3 = e3) === a && (t3 = Do, (e3 = Oa()) !== a && li() !== a ? ((n2 = Ea()) === a && (n2 = null), n2 !== a ? (Po = t3, s2 = n2, t3 = e3 = "var" === (u2 = e3).type ? (u2.as = s2, u2) : { db: u2.db, table: u2.table, as: s2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, (e3 = oi()) !== a && li() !== a && (n2 = Zo()) !== a && li() !== a && ai() !== a && li() !== a ? ((o2 = Ea()) === a && (o2 = null), o2 !== a ? (Po = t3, t3 = e3 = (function(r3, t4) {
            return r3.parentheses = true, { expr: r3, as: t4 };
          })(n2, o2)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a))), t3;
        }
        function Na() {
          var t3, e3, n2, o2;
          return t3 = Do, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "left" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(Ae));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && (n2 = li()) !== a ? ((o2 = fs()) === a && (o2 = null), o2 !== a && li() !== a && ls() !== a ? (Po = t3, t3 = e3 = "LEFT JOIN") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "right" === r2.substr(Do, 5).toLowerCase() ? (e4 = r2.substr(Do, 5), Do += 5) : (e4 = a, 0 === qo && Vo(Ee));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && (n2 = li()) !== a ? ((o2 = fs()) === a && (o2 = null), o2 !== a && li() !== a && ls() !== a ? (Po = t3, t3 = e3 = "RIGHT JOIN") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "full" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(ge));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && (n2 = li()) !== a ? ((o2 = fs()) === a && (o2 = null), o2 !== a && li() !== a && ls() !== a ? (Po = t3, t3 = e3 = "FULL JOIN") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, e3 = Do, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = Do, "inner" === r2.substr(Do, 5).toLowerCase() ? (e4 = r2.substr(Do, 5), Do += 5) : (e4 = a, 0 === qo && Vo(je));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && (o2 = li()) !== a ? e3 = n2 = [n2, o2] : (Do = e3, e3 = a), e3 === a && (e3 = null), e3 !== a && (n2 = ls()) !== a ? (Po = t3, t3 = e3 = "INNER JOIN") : (Do = t3, t3 = a)))), t3;
        }
        function Oa() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          return r3 = Do, (t3 = yu()) !== a ? (e3 = Do, (n2 = li()) !== a && (o2 = ti()) !== a && (u2 = li()) !== a && (s2 = yu()) !== a ? e3 = n2 = [n2, o2, u2, s2] : (Do = e3, e3 = a), e3 === a && (e3 = null), e3 !== a ? (Po = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { db: null, table: r4 };
            return null !== t4 && (e4.db = r4, e4.table = t4[3]), e4;
          })(t3, e3)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3 === a && (r3 = Do, (t3 = Si()) !== a && (Po = r3, (i2 = t3).db = null, i2.table = i2.name, t3 = i2), r3 = t3), r3;
        }
        function Ra() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = tu()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a ? ((u2 = js()) === a && (u2 = Ss()), u2 !== a && (s2 = li()) !== a && (i2 = tu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a)) : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a ? ((u2 = js()) === a && (u2 = Ss()), u2 !== a && (s2 = li()) !== a && (i2 = tu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a)) : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = Oi(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function Ua() {
          var r3, t3;
          return r3 = Do, cs() !== a && li() !== a && (t3 = eu()) !== a ? (Po = r3, r3 = t3) : (Do = r3, r3 = a), r3;
        }
        function Ma() {
          var t3, e3;
          return t3 = Do, (function() {
            var t4, e4, n2, o2;
            t4 = Do, "where" === r2.substr(Do, 5).toLowerCase() ? (e4 = r2.substr(Do, 5), Do += 5) : (e4 = a, 0 === qo && Vo(Ue));
            e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })() !== a && li() !== a && (e3 = eu()) !== a ? (Po = t3, t3 = e3) : (Do = t3, t3 = a), t3;
        }
        function Da() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = bu()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = bu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = bu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = l(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function Pa() {
          var t3, e3;
          return t3 = Do, (function() {
            var t4, e4, n2, o2;
            t4 = Do, "order" === r2.substr(Do, 5).toLowerCase() ? (e4 = r2.substr(Do, 5), Do += 5) : (e4 = a, 0 === qo && Vo(Pe));
            e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })() !== a && li() !== a && ds() !== a && li() !== a && (e3 = (function() {
            var r3, t4, e4, n2, o2, u2, s2, i2;
            if (r3 = Do, (t4 = Fa()) !== a) {
              for (e4 = [], n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Fa()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e4.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Fa()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
              e4 !== a ? (Po = r3, t4 = l(t4, e4), r3 = t4) : (Do = r3, r3 = a);
            } else Do = r3, r3 = a;
            return r3;
          })()) !== a ? (Po = t3, t3 = e3) : (Do = t3, t3 = a), t3;
        }
        function Fa() {
          var t3, e3, n2;
          return t3 = Do, (e3 = tu()) !== a && li() !== a ? ((n2 = (function() {
            var t4, e4, n3, o2;
            t4 = Do, "desc" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(Be));
            e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "DESC") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) === a && (n2 = (function() {
            var t4, e4, n3, o2;
            t4 = Do, "asc" === r2.substr(Do, 3).toLowerCase() ? (e4 = r2.substr(Do, 3), Do += 3) : (e4 = a, 0 === qo && Vo(qe));
            e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "ASC") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()), n2 === a && (n2 = null), n2 !== a ? (Po = t3, t3 = e3 = { expr: e3, type: n2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ha() {
          var r3;
          return (r3 = Hu()) === a && (r3 = xu()), r3;
        }
        function $a() {
          var t3, e3, n2, o2, u2, s2, i2, c2, l2, f2, p2, v2, b2, d2, y2;
          return t3 = Do, ys() !== a && li() !== a ? ("first" === r2.substr(Do, 5).toLowerCase() ? (e3 = r2.substr(Do, 5), Do += 5) : (e3 = a, 0 === qo && Vo(Lr)), e3 === a && ("last" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(Cr)), e3 === a && ("next" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(Ar)))), e3 !== a && li() !== a && (n2 = Ha()) !== a && li() !== a ? ("rows" === r2.substr(Do, 4).toLowerCase() ? (o2 = r2.substr(Do, 4), Do += 4) : (o2 = a, 0 === qo && Vo(Er)), o2 === a && ("row" === r2.substr(Do, 3).toLowerCase() ? (o2 = r2.substr(Do, 3), Do += 3) : (o2 = a, 0 === qo && Vo(gr))), o2 !== a && (u2 = li()) !== a ? ("only" === r2.substr(Do, 4).toLowerCase() ? (s2 = r2.substr(Do, 4), Do += 4) : (s2 = a, 0 === qo && Vo(jr)), s2 !== a ? (Po = t3, d2 = n2, y2 = o2, t3 = { fetch: { prefix: [{ type: "origin", value: "fetch" }, { type: "origin", value: e3.toLowerCase() }], value: d2, suffix: [{ type: "origin", value: y2 }, { type: "origin", value: "only" }] } }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, (function() {
            var t4, e4, n3, o3;
            t4 = Do, "offset" === r2.substr(Do, 6).toLowerCase() ? (e4 = r2.substr(Do, 6), Do += 6) : (e4 = a, 0 === qo && Vo($e));
            e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "OFFSET") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })() !== a && li() !== a && (e3 = Ha()) !== a && li() !== a ? ("rows" === r2.substr(Do, 4).toLowerCase() ? (n2 = r2.substr(Do, 4), Do += 4) : (n2 = a, 0 === qo && Vo(Er)), n2 === a && (n2 = null), n2 !== a && li() !== a ? (o2 = Do, (u2 = ys()) !== a && (s2 = li()) !== a ? ("next" === r2.substr(Do, 4).toLowerCase() ? (i2 = r2.substr(Do, 4), Do += 4) : (i2 = a, 0 === qo && Vo(Ar)), i2 !== a && (c2 = li()) !== a && (l2 = Ha()) !== a && (f2 = li()) !== a ? ("rows" === r2.substr(Do, 4).toLowerCase() ? (p2 = r2.substr(Do, 4), Do += 4) : (p2 = a, 0 === qo && Vo(Er)), p2 === a && ("row" === r2.substr(Do, 3).toLowerCase() ? (p2 = r2.substr(Do, 3), Do += 3) : (p2 = a, 0 === qo && Vo(gr))), p2 !== a && (v2 = li()) !== a ? ("only" === r2.substr(Do, 4).toLowerCase() ? (b2 = r2.substr(Do, 4), Do += 4) : (b2 = a, 0 === qo && Vo(jr)), b2 !== a ? o2 = u2 = [u2, s2, i2, c2, l2, f2, p2, v2, b2] : (Do = o2, o2 = a)) : (Do = o2, o2 = a)) : (Do = o2, o2 = a)) : (Do = o2, o2 = a), o2 === a && (o2 = null), o2 !== a ? (Po = t3, t3 = (function(r3, t4, e4) {
            const n3 = { offset: { prefix: [{ type: "origin", value: "offset" }], value: r3, suffix: [] } };
            return t4 && (n3.offset.suffix = [{ type: "origin", value: "rows" }]), e4 && (n3.fetch = { prefix: [{ type: "origin", value: "fetch" }, { type: "origin", value: e4[2].toLowerCase() }], value: e4[4], suffix: [{ type: "origin", value: e4[6].toLowerCase() }, { type: "origin", value: "only" }] }), n3;
          })(e3, n2, o2)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)), t3;
        }
        function qa() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = Ba()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Ba()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Ba()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = l(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function Ba() {
          var t3, e3, n2, o2, u2, s2, i2, c2, l2;
          return t3 = Do, e3 = Do, (n2 = yu()) !== a && (o2 = li()) !== a && (u2 = ti()) !== a ? e3 = n2 = [n2, o2, u2] : (Do = e3, e3 = a), e3 === a && (e3 = null), e3 !== a && (n2 = li()) !== a && (o2 = Au()) !== a && (u2 = li()) !== a ? (61 === r2.charCodeAt(Do) ? (s2 = "=", Do++) : (s2 = a, 0 === qo && Vo(kr)), s2 !== a && li() !== a && (i2 = tu()) !== a ? (Po = t3, t3 = e3 = { column: o2, value: i2, table: (l2 = e3) && l2[0] }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, e3 = Do, (n2 = yu()) !== a && (o2 = li()) !== a && (u2 = ti()) !== a ? e3 = n2 = [n2, o2, u2] : (Do = e3, e3 = a), e3 === a && (e3 = null), e3 !== a && (n2 = li()) !== a && (o2 = Au()) !== a && (u2 = li()) !== a ? (61 === r2.charCodeAt(Do) ? (s2 = "=", Do++) : (s2 = a, 0 === qo && Vo(kr)), s2 !== a && li() !== a && (i2 = ps()) !== a && li() !== a && oi() !== a && li() !== a && (c2 = bu()) !== a && li() !== a && ai() !== a ? (Po = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: t4, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)), t3;
        }
        function Wa() {
          var r3, t3;
          return (r3 = (function() {
            var r4, t4;
            r4 = Do, ps() !== a && li() !== a && (t4 = (function() {
              var r5, t5, e3, n2, o2, u2, s2, i2;
              if (r5 = Do, (t5 = Qa()) !== a) {
                for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Qa()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Qa()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
                e3 !== a ? (Po = r5, t5 = l(t5, e3), r5 = t5) : (Do = r5, r5 = a);
              } else Do = r5, r5 = a;
              return r5;
            })()) !== a ? (Po = r4, r4 = { type: "values", values: t4 }) : (Do = r4, r4 = a);
            return r4;
          })()) === a && (r3 = Do, (t3 = Zo()) !== a && (Po = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function Ga() {
          var r3, t3, e3, n2, o2, u2, s2, i2, c2;
          if (r3 = Do, ns() !== a) if (li() !== a) if ((t3 = oi()) !== a) if (li() !== a) if ((e3 = ju()) !== a) {
            for (n2 = [], o2 = Do, (u2 = li()) !== a && (s2 = ei()) !== a && (i2 = li()) !== a && (c2 = ju()) !== a ? o2 = u2 = [u2, s2, i2, c2] : (Do = o2, o2 = a); o2 !== a; ) n2.push(o2), o2 = Do, (u2 = li()) !== a && (s2 = ei()) !== a && (i2 = li()) !== a && (c2 = ju()) !== a ? o2 = u2 = [u2, s2, i2, c2] : (Do = o2, o2 = a);
            n2 !== a && (o2 = li()) !== a && (u2 = ai()) !== a ? (Po = r3, r3 = Ui(e3, n2)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          else Do = r3, r3 = a;
          else Do = r3, r3 = a;
          else Do = r3, r3 = a;
          else Do = r3, r3 = a;
          return r3 === a && (r3 = Do, ns() !== a && li() !== a && (t3 = Qa()) !== a ? (Po = r3, r3 = t3) : (Do = r3, r3 = a)), r3;
        }
        function Ya() {
          var t3, e3, n2;
          return t3 = Do, cs() !== a && li() !== a ? ("duplicate" === r2.substr(Do, 9).toLowerCase() ? (e3 = r2.substr(Do, 9), Do += 9) : (e3 = a, 0 === qo && Vo(Ir)), e3 !== a && li() !== a && Js() !== a && li() !== a && Ku() !== a && li() !== a && (n2 = qa()) !== a ? (Po = t3, t3 = { keyword: "on duplicate key update", set: n2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Va() {
          var t3, e3;
          return t3 = Do, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Do, "insert" === r2.substr(Do, 6).toLowerCase() ? (e4 = r2.substr(Do, 6), Do += 6) : (e4 = a, 0 === qo && Vo(se));
            e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && (Po = t3, e3 = "insert"), (t3 = e3) === a && (t3 = Do, (e3 = rs()) !== a && (Po = t3, e3 = "replace"), t3 = e3), t3;
        }
        function Qa() {
          var r3, t3;
          return r3 = Do, oi() !== a && li() !== a && (t3 = Xa()) !== a && li() !== a && ai() !== a ? (Po = r3, r3 = t3) : (Do = r3, r3 = a), r3;
        }
        function Xa() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = tu()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = tu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = tu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { type: "expr_list" };
              return e4.value = Ui(r4, t4), e4;
            })(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function Ka() {
          var t3, e3, n2;
          return t3 = Do, (function() {
            var t4, e4, n3, o2;
            t4 = Do, "interval" === r2.substr(Do, 8).toLowerCase() ? (e4 = r2.substr(Do, 8), Do += 8) : (e4 = a, 0 === qo && Vo(Pn));
            e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "INTERVAL") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })() !== a && li() !== a && (e3 = tu()) !== a && li() !== a && (n2 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Do, "year" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(Fn));
              e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "YEAR") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Do, "month" === r2.substr(Do, 5).toLowerCase() ? (e4 = r2.substr(Do, 5), Do += 5) : (e4 = a, 0 === qo && Vo(Hn));
              e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "MONTH") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Do, "day" === r2.substr(Do, 3).toLowerCase() ? (e4 = r2.substr(Do, 3), Do += 3) : (e4 = a, 0 === qo && Vo($n));
              e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "DAY") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Do, "hour" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(qn));
              e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "HOUR") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Do, "minute" === r2.substr(Do, 6).toLowerCase() ? (e4 = r2.substr(Do, 6), Do += 6) : (e4 = a, 0 === qo && Vo(Bn));
              e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "MINUTE") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Do, "second" === r2.substr(Do, 6).toLowerCase() ? (e4 = r2.substr(Do, 6), Do += 6) : (e4 = a, 0 === qo && Vo(Wn));
              e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "SECOND") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })());
            return t4;
          })()) !== a ? (Po = t3, t3 = { type: "interval", expr: e3, unit: n2.toLowerCase() }) : (Do = t3, t3 = a), t3;
        }
        function za() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Do, (t3 = Ja()) !== a) if (li() !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = Ja()) !== a ? n2 = o2 = [o2, u2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = Ja()) !== a ? n2 = o2 = [o2, u2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = i(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          else Do = r3, r3 = a;
          return r3;
        }
        function Ja() {
          var t3, e3, n2;
          return t3 = Do, (function() {
            var t4, e4, n3, o2;
            t4 = Do, "when" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(un));
            e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })() !== a && li() !== a && (e3 = eu()) !== a && li() !== a && (function() {
            var t4, e4, n3, o2;
            t4 = Do, "then" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(sn));
            e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })() !== a && li() !== a && (n2 = tu()) !== a ? (Po = t3, t3 = { type: "when", cond: e3, result: n2 }) : (Do = t3, t3 = a), t3;
        }
        function Za() {
          var t3, e3;
          return t3 = Do, (function() {
            var t4, e4, n2, o2;
            t4 = Do, "else" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(cn));
            e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })() !== a && li() !== a && (e3 = tu()) !== a ? (Po = t3, t3 = { type: "else", result: e3 }) : (Do = t3, t3 = a), t3;
        }
        function ru() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, s2, i2;
            if (r4 = Do, (t3 = nu()) !== a) {
              for (e3 = [], n2 = Do, (o2 = fi()) !== a && (u2 = Ss()) !== a && (s2 = li()) !== a && (i2 = nu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = fi()) !== a && (u2 = Ss()) !== a && (s2 = li()) !== a && (i2 = nu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
              e3 !== a ? (Po = r4, t3 = Nr(t3, e3), r4 = t3) : (Do = r4, r4 = a);
            } else Do = r4, r4 = a;
            return r4;
          })()) === a && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2;
            if (r4 = Do, (t3 = cu()) !== a) {
              if (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = pu()) !== a ? n2 = o2 = [o2, u2] : (Do = n2, n2 = a), n2 !== a) for (; n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = pu()) !== a ? n2 = o2 = [o2, u2] : (Do = n2, n2 = a);
              else e3 = a;
              e3 !== a ? (Po = r4, t3 = Ni(t3, e3[0][1]), r4 = t3) : (Do = r4, r4 = a);
            } else Do = r4, r4 = a;
            return r4;
          })()), r3;
        }
        function tu() {
          var r3;
          return (r3 = ru()) === a && (r3 = Zo()), r3;
        }
        function eu() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = tu()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a ? ((u2 = js()) === a && (u2 = Ss()) === a && (u2 = ei()), u2 !== a && (s2 = li()) !== a && (i2 = tu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a)) : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a ? ((u2 = js()) === a && (u2 = Ss()) === a && (u2 = ei()), u2 !== a && (s2 = li()) !== a && (i2 = tu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a)) : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) "," === t4[r5][1] ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = Oi(t4[r5][1], n3, t4[r5][3]);
              if ("," === o3) {
                const r5 = { type: "expr_list" };
                return r5.value = n3, r5;
              }
              return n3;
            })(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function nu() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = ou()) !== a) {
            for (e3 = [], n2 = Do, (o2 = fi()) !== a && (u2 = js()) !== a && (s2 = li()) !== a && (i2 = ou()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = fi()) !== a && (u2 = js()) !== a && (s2 = li()) !== a && (i2 = ou()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = Nr(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function ou() {
          var t3, e3, n2, o2, u2;
          return (t3 = au()) === a && (t3 = (function() {
            var r3, t4, e4;
            r3 = Do, (t4 = (function() {
              var r4, t5, e5, n4, o4;
              r4 = Do, t5 = Do, (e5 = gs()) !== a && (n4 = li()) !== a && (o4 = Es()) !== a ? t5 = e5 = [e5, n4, o4] : (Do = t5, t5 = a);
              t5 !== a && (Po = r4, t5 = Rr(t5));
              (r4 = t5) === a && (r4 = Es());
              return r4;
            })()) !== a && li() !== a && oi() !== a && li() !== a && (e4 = Zo()) !== a && li() !== a && ai() !== a ? (Po = r3, n3 = t4, (o3 = e4).parentheses = true, t4 = Ni(n3, o3), r3 = t4) : (Do = r3, r3 = a);
            var n3, o3;
            return r3;
          })()) === a && (t3 = Do, (e3 = gs()) === a && (e3 = Do, 33 === r2.charCodeAt(Do) ? (n2 = "!", Do++) : (n2 = a, 0 === qo && Vo(Or)), n2 !== a ? (o2 = Do, qo++, 61 === r2.charCodeAt(Do) ? (u2 = "=", Do++) : (u2 = a, 0 === qo && Vo(kr)), qo--, u2 === a ? o2 = void 0 : (Do = o2, o2 = a), o2 !== a ? e3 = n2 = [n2, o2] : (Do = e3, e3 = a)) : (Do = e3, e3 = a)), e3 !== a && (n2 = li()) !== a && (o2 = ou()) !== a ? (Po = t3, t3 = e3 = Ni("NOT", o2)) : (Do = t3, t3 = a)), t3;
        }
        function au() {
          var r3, t3, e3, n2, o2;
          return r3 = Do, (t3 = iu()) !== a && li() !== a ? ((e3 = (function() {
            var r4;
            (r4 = (function() {
              var r5, t4, e4, n3, o3, u2, s2;
              r5 = Do, t4 = [], e4 = Do, (n3 = li()) !== a && (o3 = uu()) !== a && (u2 = li()) !== a && (s2 = iu()) !== a ? e4 = n3 = [n3, o3, u2, s2] : (Do = e4, e4 = a);
              if (e4 !== a) for (; e4 !== a; ) t4.push(e4), e4 = Do, (n3 = li()) !== a && (o3 = uu()) !== a && (u2 = li()) !== a && (s2 = iu()) !== a ? e4 = n3 = [n3, o3, u2, s2] : (Do = e4, e4 = a);
              else t4 = a;
              t4 !== a && (Po = r5, t4 = { type: "arithmetic", tail: t4 });
              return r5 = t4;
            })()) === a && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = Do, (t4 = su()) !== a && li() !== a && (e4 = oi()) !== a && li() !== a && (n3 = Xa()) !== a && li() !== a && ai() !== a ? (Po = r5, r5 = t4 = { op: t4, right: n3 }) : (Do = r5, r5 = a);
              r5 === a && (r5 = Do, (t4 = su()) !== a && li() !== a ? ((e4 = Si()) === a && (e4 = Mu()) === a && (e4 = Nu()), e4 !== a ? (Po = r5, t4 = /* @__PURE__ */ (function(r6, t5) {
                return { op: r6, right: t5 };
              })(t4, e4), r5 = t4) : (Do = r5, r5 = a)) : (Do = r5, r5 = a));
              return r5;
            })()) === a && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = Do, (t4 = (function() {
                var r6, t5, e5, n4, o3;
                r6 = Do, t5 = Do, (e5 = gs()) !== a && (n4 = li()) !== a && (o3 = ws()) !== a ? t5 = e5 = [e5, n4, o3] : (Do = t5, t5 = a);
                t5 !== a && (Po = r6, t5 = Rr(t5));
                (r6 = t5) === a && (r6 = ws());
                return r6;
              })()) !== a && li() !== a && (e4 = iu()) !== a && li() !== a && js() !== a && li() !== a && (n3 = iu()) !== a ? (Po = r5, r5 = t4 = { op: t4, right: { type: "expr_list", value: [e4, n3] } }) : (Do = r5, r5 = a);
              return r5;
            })()) === a && (r4 = (function() {
              var r5, t4, e4, n3, o3;
              r5 = Do, (t4 = Cs()) !== a && (e4 = li()) !== a && (n3 = iu()) !== a ? (Po = r5, r5 = t4 = { op: "IS", right: n3 }) : (Do = r5, r5 = a);
              r5 === a && (r5 = Do, t4 = Do, (e4 = Cs()) !== a && (n3 = li()) !== a && (o3 = gs()) !== a ? t4 = e4 = [e4, n3, o3] : (Do = t4, t4 = a), t4 !== a && (e4 = li()) !== a && (n3 = iu()) !== a ? (Po = r5, t4 = /* @__PURE__ */ (function(r6) {
                return { op: "IS NOT", right: r6 };
              })(n3), r5 = t4) : (Do = r5, r5 = a));
              return r5;
            })()) === a && (r4 = (function() {
              var r5, t4, e4;
              r5 = Do, (t4 = (function() {
                var r6, t5, e5, n3, o3;
                r6 = Do, t5 = Do, (e5 = gs()) !== a && (n3 = li()) !== a && (o3 = As()) !== a ? t5 = e5 = [e5, n3, o3] : (Do = t5, t5 = a);
                t5 !== a && (Po = r6, t5 = Rr(t5));
                (r6 = t5) === a && (r6 = As());
                return r6;
              })()) !== a && li() !== a ? ((e4 = Ru()) === a && (e4 = au()), e4 !== a ? (Po = r5, r5 = t4 = { op: t4, right: e4 }) : (Do = r5, r5 = a)) : (Do = r5, r5 = a);
              return r5;
            })());
            return r4;
          })()) === a && (e3 = null), e3 !== a ? (Po = r3, n2 = t3, r3 = t3 = null === (o2 = e3) ? n2 : "arithmetic" === o2.type ? Mi(n2, o2.tail) : Oi(o2.op, n2, o2.right)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3 === a && (r3 = Mu()) === a && (r3 = bu()), r3;
        }
        function uu() {
          var t3;
          return ">=" === r2.substr(Do, 2) ? (t3 = ">=", Do += 2) : (t3 = a, 0 === qo && Vo(Ur)), t3 === a && (62 === r2.charCodeAt(Do) ? (t3 = ">", Do++) : (t3 = a, 0 === qo && Vo(Mr)), t3 === a && ("<=" === r2.substr(Do, 2) ? (t3 = "<=", Do += 2) : (t3 = a, 0 === qo && Vo(Dr)), t3 === a && ("<>" === r2.substr(Do, 2) ? (t3 = "<>", Do += 2) : (t3 = a, 0 === qo && Vo(Pr)), t3 === a && (60 === r2.charCodeAt(Do) ? (t3 = "<", Do++) : (t3 = a, 0 === qo && Vo(Fr)), t3 === a && (61 === r2.charCodeAt(Do) ? (t3 = "=", Do++) : (t3 = a, 0 === qo && Vo(kr)), t3 === a && ("!=" === r2.substr(Do, 2) ? (t3 = "!=", Do += 2) : (t3 = a, 0 === qo && Vo(Hr)))))))), t3;
        }
        function su() {
          var r3, t3, e3, n2, o2;
          return r3 = Do, t3 = Do, (e3 = gs()) !== a && (n2 = li()) !== a && (o2 = Ls()) !== a ? t3 = e3 = [e3, n2, o2] : (Do = t3, t3 = a), t3 !== a && (Po = r3, t3 = Rr(t3)), (r3 = t3) === a && (r3 = Ls()), r3;
        }
        function iu() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = lu()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = cu()) !== a && (s2 = li()) !== a && (i2 = lu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = cu()) !== a && (s2 = li()) !== a && (i2 = lu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && "column_ref" === r4.type && "*" === r4.column) throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ...Ii() }));
              return Mi(r4, t4);
            })(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function cu() {
          var t3;
          return 43 === r2.charCodeAt(Do) ? (t3 = "+", Do++) : (t3 = a, 0 === qo && Vo($r)), t3 === a && (45 === r2.charCodeAt(Do) ? (t3 = "-", Do++) : (t3 = a, 0 === qo && Vo(qr))), t3;
        }
        function lu() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = vu()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a ? ((u2 = fu()) === a && (u2 = ci()), u2 !== a && (s2 = li()) !== a && (i2 = vu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a)) : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a ? ((u2 = fu()) === a && (u2 = ci()), u2 !== a && (s2 = li()) !== a && (i2 = vu()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a)) : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = Mi(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function fu() {
          var t3;
          return 42 === r2.charCodeAt(Do) ? (t3 = "*", Do++) : (t3 = a, 0 === qo && Vo(Br)), t3 === a && (47 === r2.charCodeAt(Do) ? (t3 = "/", Do++) : (t3 = a, 0 === qo && Vo(Wr)), t3 === a && (37 === r2.charCodeAt(Do) ? (t3 = "%", Do++) : (t3 = a, 0 === qo && Vo(Gr)))), t3;
        }
        function pu() {
          var t3, e3, n2;
          return (t3 = (function() {
            var t4, e4, n3, o2, u2, s2, i2;
            t4 = Do, (e4 = xs()) !== a && li() !== a && oi() !== a && li() !== a && (n3 = tu()) !== a && li() !== a && us() !== a && li() !== a && (o2 = _i()) !== a && li() !== a && (u2 = ai()) !== a ? (Po = t4, c2 = n3, l2 = o2, e4 = { type: "cast", keyword: e4.toLowerCase(), expr: c2, symbol: "as", target: [l2] }, t4 = e4) : (Do = t4, t4 = a);
            var c2, l2;
            t4 === a && (t4 = Do, (e4 = xs()) !== a && li() !== a && oi() !== a && li() !== a && (n3 = tu()) !== a && li() !== a && us() !== a && li() !== a && (o2 = Os()) !== a && li() !== a && (u2 = oi()) !== a && li() !== a && (s2 = $u()) !== a && li() !== a && ai() !== a && li() !== a && (i2 = ai()) !== a ? (Po = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(e4, n3, s2), t4 = e4) : (Do = t4, t4 = a), t4 === a && (t4 = Do, (e4 = xs()) !== a && li() !== a && oi() !== a && li() !== a && (n3 = tu()) !== a && li() !== a && us() !== a && li() !== a && (o2 = Os()) !== a && li() !== a && (u2 = oi()) !== a && li() !== a && (s2 = $u()) !== a && li() !== a && ei() !== a && li() !== a && (i2 = $u()) !== a && li() !== a && ai() !== a && li() !== a && ai() !== a ? (Po = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(e4, n3, s2, i2), t4 = e4) : (Do = t4, t4 = a), t4 === a && (t4 = Do, (e4 = xs()) !== a && li() !== a && oi() !== a && li() !== a && (n3 = tu()) !== a && li() !== a && us() !== a && li() !== a && (o2 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o3;
                t6 = Do, "signed" === r2.substr(Do, 6).toLowerCase() ? (e5 = r2.substr(Do, 6), Do += 6) : (e5 = a, 0 === qo && Vo(yn));
                e5 !== a ? (n4 = Do, qo++, o3 = Su(), qo--, o3 === a ? n4 = void 0 : (Do = n4, n4 = a), n4 !== a ? (Po = t6, t6 = e5 = "SIGNED") : (Do = t6, t6 = a)) : (Do = t6, t6 = a);
                return t6;
              })()) === a && (t5 = Rs());
              return t5;
            })()) !== a && li() !== a ? ((u2 = Ms()) === a && (u2 = null), u2 !== a && li() !== a && (s2 = ai()) !== a ? (Po = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: e5 + (n4 ? " " + n4 : "") }] };
            })(e4, n3, o2, u2), t4 = e4) : (Do = t4, t4 = a)) : (Do = t4, t4 = a))));
            return t4;
          })()) === a && (t3 = Ru()) === a && (t3 = Ka()) === a && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Do, (e4 = (function() {
                var t6, e5, n4, o3;
                t6 = Do, "count" === r2.substr(Do, 5).toLowerCase() ? (e5 = r2.substr(Do, 5), Do += 5) : (e5 = a, 0 === qo && Vo(Ze));
                e5 !== a ? (n4 = Do, qo++, o3 = Su(), qo--, o3 === a ? n4 = void 0 : (Do = n4, n4 = a), n4 !== a ? (Po = t6, t6 = e5 = "COUNT") : (Do = t6, t6 = a)) : (Do = t6, t6 = a);
                return t6;
              })()) !== a && li() !== a && oi() !== a && li() !== a && (n3 = (function() {
                var t6, e5, n4, o3, u2, s2, i2, c2, l2, f2;
                t6 = Do, (e5 = (function() {
                  var t7, e6;
                  t7 = Do, 42 === r2.charCodeAt(Do) ? (e6 = "*", Do++) : (e6 = a, 0 === qo && Vo(Br));
                  e6 !== a && (Po = t7, e6 = { type: "star", value: "*" });
                  return t7 = e6;
                })()) !== a && (Po = t6, e5 = { expr: e5 });
                if ((t6 = e5) === a) {
                  if (t6 = Do, (e5 = ms()) === a && (e5 = null), e5 !== a) if (li() !== a) if ((n4 = oi()) !== a) if (li() !== a) if ((o3 = tu()) !== a) if (li() !== a) if (ai() !== a) {
                    for (u2 = [], s2 = Do, (i2 = li()) !== a ? ((c2 = js()) === a && (c2 = Ss()), c2 !== a && (l2 = li()) !== a && (f2 = tu()) !== a ? s2 = i2 = [i2, c2, l2, f2] : (Do = s2, s2 = a)) : (Do = s2, s2 = a); s2 !== a; ) u2.push(s2), s2 = Do, (i2 = li()) !== a ? ((c2 = js()) === a && (c2 = Ss()), c2 !== a && (l2 = li()) !== a && (f2 = tu()) !== a ? s2 = i2 = [i2, c2, l2, f2] : (Do = s2, s2 = a)) : (Do = s2, s2 = a);
                    u2 !== a && (s2 = li()) !== a ? ((i2 = Pa()) === a && (i2 = null), i2 !== a ? (Po = t6, e5 = (function(r3, t7, e6, n5) {
                      const o4 = e6.length;
                      let a2 = t7;
                      a2.parentheses = true;
                      for (let r4 = 0; r4 < o4; ++r4) a2 = Oi(e6[r4][1], a2, e6[r4][3]);
                      return { distinct: r3, expr: a2, orderby: n5 };
                    })(e5, o3, u2, i2), t6 = e5) : (Do = t6, t6 = a)) : (Do = t6, t6 = a);
                  } else Do = t6, t6 = a;
                  else Do = t6, t6 = a;
                  else Do = t6, t6 = a;
                  else Do = t6, t6 = a;
                  else Do = t6, t6 = a;
                  else Do = t6, t6 = a;
                  else Do = t6, t6 = a;
                  t6 === a && (t6 = Do, (e5 = ms()) === a && (e5 = null), e5 !== a && li() !== a && (n4 = Ra()) !== a && li() !== a ? ((o3 = Pa()) === a && (o3 = null), o3 !== a ? (Po = t6, t6 = e5 = { distinct: e5, expr: n4, orderby: o3 }) : (Do = t6, t6 = a)) : (Do = t6, t6 = a));
                }
                return t6;
              })()) !== a && li() !== a && ai() !== a && li() !== a ? ((o2 = Iu()) === a && (o2 = null), o2 !== a ? (Po = t5, t5 = e4 = { type: "aggr_func", name: e4, args: n3, over: o2 }) : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Do, (e4 = (function() {
                var t6;
                (t6 = (function() {
                  var t7, e5, n4, o3;
                  t7 = Do, "sum" === r2.substr(Do, 3).toLowerCase() ? (e5 = r2.substr(Do, 3), Do += 3) : (e5 = a, 0 === qo && Vo(en));
                  e5 !== a ? (n4 = Do, qo++, o3 = Su(), qo--, o3 === a ? n4 = void 0 : (Do = n4, n4 = a), n4 !== a ? (Po = t7, t7 = e5 = "SUM") : (Do = t7, t7 = a)) : (Do = t7, t7 = a);
                  return t7;
                })()) === a && (t6 = (function() {
                  var t7, e5, n4, o3;
                  t7 = Do, "max" === r2.substr(Do, 3).toLowerCase() ? (e5 = r2.substr(Do, 3), Do += 3) : (e5 = a, 0 === qo && Vo(rn));
                  e5 !== a ? (n4 = Do, qo++, o3 = Su(), qo--, o3 === a ? n4 = void 0 : (Do = n4, n4 = a), n4 !== a ? (Po = t7, t7 = e5 = "MAX") : (Do = t7, t7 = a)) : (Do = t7, t7 = a);
                  return t7;
                })()) === a && (t6 = (function() {
                  var t7, e5, n4, o3;
                  t7 = Do, "min" === r2.substr(Do, 3).toLowerCase() ? (e5 = r2.substr(Do, 3), Do += 3) : (e5 = a, 0 === qo && Vo(tn));
                  e5 !== a ? (n4 = Do, qo++, o3 = Su(), qo--, o3 === a ? n4 = void 0 : (Do = n4, n4 = a), n4 !== a ? (Po = t7, t7 = e5 = "MIN") : (Do = t7, t7 = a)) : (Do = t7, t7 = a);
                  return t7;
                })()) === a && (t6 = (function() {
                  var t7, e5, n4, o3;
                  t7 = Do, "avg" === r2.substr(Do, 3).toLowerCase() ? (e5 = r2.substr(Do, 3), Do += 3) : (e5 = a, 0 === qo && Vo(nn));
                  e5 !== a ? (n4 = Do, qo++, o3 = Su(), qo--, o3 === a ? n4 = void 0 : (Do = n4, n4 = a), n4 !== a ? (Po = t7, t7 = e5 = "AVG") : (Do = t7, t7 = a)) : (Do = t7, t7 = a);
                  return t7;
                })());
                return t6;
              })()) !== a && li() !== a && oi() !== a && li() !== a && (n3 = iu()) !== a && li() !== a && ai() !== a && li() !== a ? ((o2 = Iu()) === a && (o2 = null), o2 !== a ? (Po = t5, e4 = { type: "aggr_func", name: e4, args: { expr: n3 }, over: o2, ...Ii() }, t5 = e4) : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })());
            return t4;
          })()) === a && (t3 = Nu()) === a && (t3 = (function() {
            var r3, t4, e4, n3, o2, u2, s2, i2;
            return r3 = Do, Ts() !== a && li() !== a && (t4 = za()) !== a && li() !== a ? ((e4 = Za()) === a && (e4 = null), e4 !== a && li() !== a && (n3 = _s()) !== a && li() !== a ? ((o2 = Ts()) === a && (o2 = null), o2 !== a ? (Po = r3, s2 = t4, (i2 = e4) && s2.push(i2), r3 = { type: "case", expr: null, args: s2 }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3 === a && (r3 = Do, Ts() !== a && li() !== a && (t4 = tu()) !== a && li() !== a && (e4 = za()) !== a && li() !== a ? ((n3 = Za()) === a && (n3 = null), n3 !== a && li() !== a && (o2 = _s()) !== a && li() !== a ? ((u2 = Ts()) === a && (u2 = null), u2 !== a ? (Po = r3, r3 = (function(r4, t5, e5) {
              return e5 && t5.push(e5), { type: "case", expr: r4, args: t5 };
            })(t4, e4, n3)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)), r3;
          })()) === a && (t3 = bu()) === a && (t3 = xu()) === a && (t3 = Do, oi() !== a && li() !== a && (e3 = eu()) !== a && li() !== a && ai() !== a ? (Po = t3, (n2 = e3).parentheses = true, t3 = n2) : (Do = t3, t3 = a), t3 === a && (t3 = Si())), t3;
        }
        function vu() {
          var t3, e3, n2, o2, u2;
          return (t3 = (function() {
            var t4, e4, n3, o3, u3, s2, i2, c2;
            if (t4 = Do, (e4 = pu()) !== a) if (li() !== a) {
              for (n3 = [], o3 = Do, (u3 = li()) !== a ? ("?|" === r2.substr(Do, 2) ? (s2 = "?|", Do += 2) : (s2 = a, 0 === qo && Vo(Vr)), s2 === a && ("?&" === r2.substr(Do, 2) ? (s2 = "?&", Do += 2) : (s2 = a, 0 === qo && Vo(Qr)), s2 === a && (63 === r2.charCodeAt(Do) ? (s2 = "?", Do++) : (s2 = a, 0 === qo && Vo(Xr)), s2 === a && ("#-" === r2.substr(Do, 2) ? (s2 = "#-", Do += 2) : (s2 = a, 0 === qo && Vo(Kr)), s2 === a && ("#>>" === r2.substr(Do, 3) ? (s2 = "#>>", Do += 3) : (s2 = a, 0 === qo && Vo(zr)), s2 === a && ("#>" === r2.substr(Do, 2) ? (s2 = "#>", Do += 2) : (s2 = a, 0 === qo && Vo(Jr)), s2 === a && (s2 = ii()) === a && (s2 = si()) === a && ("@>" === r2.substr(Do, 2) ? (s2 = "@>", Do += 2) : (s2 = a, 0 === qo && Vo(Zr)), s2 === a && ("<@" === r2.substr(Do, 2) ? (s2 = "<@", Do += 2) : (s2 = a, 0 === qo && Vo(rt))))))))), s2 !== a && (i2 = li()) !== a && (c2 = pu()) !== a ? o3 = u3 = [u3, s2, i2, c2] : (Do = o3, o3 = a)) : (Do = o3, o3 = a); o3 !== a; ) n3.push(o3), o3 = Do, (u3 = li()) !== a ? ("?|" === r2.substr(Do, 2) ? (s2 = "?|", Do += 2) : (s2 = a, 0 === qo && Vo(Vr)), s2 === a && ("?&" === r2.substr(Do, 2) ? (s2 = "?&", Do += 2) : (s2 = a, 0 === qo && Vo(Qr)), s2 === a && (63 === r2.charCodeAt(Do) ? (s2 = "?", Do++) : (s2 = a, 0 === qo && Vo(Xr)), s2 === a && ("#-" === r2.substr(Do, 2) ? (s2 = "#-", Do += 2) : (s2 = a, 0 === qo && Vo(Kr)), s2 === a && ("#>>" === r2.substr(Do, 3) ? (s2 = "#>>", Do += 3) : (s2 = a, 0 === qo && Vo(zr)), s2 === a && ("#>" === r2.substr(Do, 2) ? (s2 = "#>", Do += 2) : (s2 = a, 0 === qo && Vo(Jr)), s2 === a && (s2 = ii()) === a && (s2 = si()) === a && ("@>" === r2.substr(Do, 2) ? (s2 = "@>", Do += 2) : (s2 = a, 0 === qo && Vo(Zr)), s2 === a && ("<@" === r2.substr(Do, 2) ? (s2 = "<@", Do += 2) : (s2 = a, 0 === qo && Vo(rt))))))))), s2 !== a && (i2 = li()) !== a && (c2 = pu()) !== a ? o3 = u3 = [u3, s2, i2, c2] : (Do = o3, o3 = a)) : (Do = o3, o3 = a);
              n3 !== a ? (Po = t4, l2 = e4, e4 = (f2 = n3) && 0 !== f2.length ? Mi(l2, f2) : l2, t4 = e4) : (Do = t4, t4 = a);
            } else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            var l2, f2;
            return t4;
          })()) === a && (t3 = Do, (e3 = (function() {
            var t4;
            33 === r2.charCodeAt(Do) ? (t4 = "!", Do++) : (t4 = a, 0 === qo && Vo(Or));
            t4 === a && (45 === r2.charCodeAt(Do) ? (t4 = "-", Do++) : (t4 = a, 0 === qo && Vo(qr)), t4 === a && (43 === r2.charCodeAt(Do) ? (t4 = "+", Do++) : (t4 = a, 0 === qo && Vo($r)), t4 === a && (126 === r2.charCodeAt(Do) ? (t4 = "~", Do++) : (t4 = a, 0 === qo && Vo(Yr)))));
            return t4;
          })()) !== a ? (n2 = Do, (o2 = li()) !== a && (u2 = vu()) !== a ? n2 = o2 = [o2, u2] : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = Ni(e3, n2[1])) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)), t3;
        }
        function bu() {
          var r3, t3, e3, n2, o2, u2, s2, i2, c2, l2, f2, p2;
          return r3 = Do, (t3 = yu()) !== a && (e3 = li()) !== a && (n2 = ti()) !== a && (o2 = li()) !== a && (u2 = Au()) !== a ? (s2 = Do, (i2 = li()) !== a && (c2 = oa()) !== a ? s2 = i2 = [i2, c2] : (Do = s2, s2 = a), s2 === a && (s2 = null), s2 !== a ? (Po = r3, l2 = t3, f2 = u2, p2 = s2, $i.add(`select::${l2}::${f2}`), r3 = t3 = { type: "column_ref", table: l2, column: f2, collate: p2 && p2[1] }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3 === a && (r3 = Do, (t3 = Eu()) !== a ? (e3 = Do, (n2 = li()) !== a && (o2 = oa()) !== a ? e3 = n2 = [n2, o2] : (Do = e3, e3 = a), e3 === a && (e3 = null), e3 !== a ? (Po = r3, r3 = t3 = (function(r4, t4) {
            return $i.add("select::null::" + r4), { type: "column_ref", table: null, column: r4, collate: t4 && t4[1] };
          })(t3, e3)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a)), r3;
        }
        function du() {
          var r3, t3;
          return r3 = Do, (t3 = ju()) !== a && (Po = r3, t3 = { type: "default", value: t3 }), (r3 = t3) === a && (r3 = hu()), r3;
        }
        function yu() {
          var r3, t3;
          return r3 = Do, (t3 = ju()) !== a ? (Po = Do, (tt(t3) ? a : void 0) !== a ? (Po = r3, r3 = t3 = t3) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3 === a && (r3 = Do, (t3 = mu()) !== a && (Po = r3, t3 = t3), r3 = t3), r3;
        }
        function hu() {
          var r3;
          return (r3 = wu()) === a && (r3 = Lu()) === a && (r3 = Cu()), r3;
        }
        function mu() {
          var r3, t3;
          return r3 = Do, (t3 = wu()) === a && (t3 = Lu()) === a && (t3 = Cu()), t3 !== a && (Po = r3, t3 = t3.value), r3 = t3;
        }
        function wu() {
          var t3, e3, n2, o2;
          if (t3 = Do, 34 === r2.charCodeAt(Do) ? (e3 = '"', Do++) : (e3 = a, 0 === qo && Vo(et)), e3 !== a) {
            if (n2 = [], nt.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo(ot)), o2 !== a) for (; o2 !== a; ) n2.push(o2), nt.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo(ot));
            else n2 = a;
            n2 !== a ? (34 === r2.charCodeAt(Do) ? (o2 = '"', Do++) : (o2 = a, 0 === qo && Vo(et)), o2 !== a ? (Po = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a);
          } else Do = t3, t3 = a;
          return t3;
        }
        function Lu() {
          var t3, e3, n2, o2;
          if (t3 = Do, 39 === r2.charCodeAt(Do) ? (e3 = "'", Do++) : (e3 = a, 0 === qo && Vo(er)), e3 !== a) {
            if (n2 = [], at.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo(ut)), o2 !== a) for (; o2 !== a; ) n2.push(o2), at.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo(ut));
            else n2 = a;
            n2 !== a ? (39 === r2.charCodeAt(Do) ? (o2 = "'", Do++) : (o2 = a, 0 === qo && Vo(er)), o2 !== a ? (Po = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a);
          } else Do = t3, t3 = a;
          return t3;
        }
        function Cu() {
          var t3, e3, n2, o2;
          if (t3 = Do, 96 === r2.charCodeAt(Do) ? (e3 = "`", Do++) : (e3 = a, 0 === qo && Vo(st)), e3 !== a) {
            if (n2 = [], it.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo(ct)), o2 !== a) for (; o2 !== a; ) n2.push(o2), it.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo(ct));
            else n2 = a;
            n2 !== a ? (96 === r2.charCodeAt(Do) ? (o2 = "`", Do++) : (o2 = a, 0 === qo && Vo(st)), o2 !== a ? (Po = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a);
          } else Do = t3, t3 = a;
          return t3;
        }
        function Au() {
          var r3, t3;
          return r3 = Do, (t3 = gu()) !== a && (Po = r3, t3 = t3), (r3 = t3) === a && (r3 = mu()), r3;
        }
        function Eu() {
          var r3, t3;
          return r3 = Do, (t3 = gu()) !== a ? (Po = Do, (tt(t3) ? a : void 0) !== a ? (Po = r3, r3 = t3 = t3) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3 === a && (r3 = mu()), r3;
        }
        function gu() {
          var r3, t3, e3, n2;
          if (r3 = Do, (t3 = Su()) !== a) {
            for (e3 = [], n2 = _u(); n2 !== a; ) e3.push(n2), n2 = _u();
            e3 !== a ? (Po = r3, r3 = t3 = lt(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function ju() {
          var r3, t3, e3, n2;
          if (r3 = Do, (t3 = Su()) !== a) {
            for (e3 = [], n2 = Tu(); n2 !== a; ) e3.push(n2), n2 = Tu();
            e3 !== a ? (Po = r3, r3 = t3 = lt(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function Su() {
          var t3;
          return ft.test(r2.charAt(Do)) ? (t3 = r2.charAt(Do), Do++) : (t3 = a, 0 === qo && Vo(pt)), t3;
        }
        function Tu() {
          var t3;
          return vt.test(r2.charAt(Do)) ? (t3 = r2.charAt(Do), Do++) : (t3 = a, 0 === qo && Vo(bt)), t3;
        }
        function _u() {
          var t3;
          return dt.test(r2.charAt(Do)) ? (t3 = r2.charAt(Do), Do++) : (t3 = a, 0 === qo && Vo(yt)), t3;
        }
        function xu() {
          var t3, e3, n2, o2;
          return t3 = Do, e3 = Do, 58 === r2.charCodeAt(Do) ? (n2 = ":", Do++) : (n2 = a, 0 === qo && Vo(ht)), n2 !== a && (o2 = ju()) !== a ? e3 = n2 = [n2, o2] : (Do = e3, e3 = a), e3 !== a && (Po = t3, e3 = { type: "param", value: e3[1] }), t3 = e3;
        }
        function ku() {
          var r3, t3, e3;
          return r3 = Do, cs() !== a && li() !== a && Ku() !== a && li() !== a && (t3 = Ys()) !== a && li() !== a && oi() !== a && li() !== a ? ((e3 = Xa()) === a && (e3 = null), e3 !== a && li() !== a && ai() !== a ? (Po = r3, r3 = { type: "on update", keyword: t3, parentheses: true, expr: e3 }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3 === a && (r3 = Do, cs() !== a && li() !== a && Ku() !== a && li() !== a && (t3 = Ys()) !== a ? (Po = r3, r3 = /* @__PURE__ */ (function(r4) {
            return { type: "on update", keyword: r4 };
          })(t3)) : (Do = r3, r3 = a)), r3;
        }
        function Iu() {
          var t3, e3, n2;
          return t3 = Do, (function() {
            var t4, e4, n3, o2;
            t4 = Do, "over" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(_e));
            e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })() !== a && li() !== a && oi() !== a && li() !== a && ns() !== a && li() !== a && ds() !== a && li() !== a && (e3 = Ca()) !== a && li() !== a ? ((n2 = Pa()) === a && (n2 = null), n2 !== a && li() !== a && ai() !== a ? (Po = t3, t3 = { partitionby: e3, orderby: n2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = ku()), t3;
        }
        function Nu() {
          var t3, e3, n2, o2, u2;
          return t3 = Do, (e3 = (function() {
            var t4;
            (t4 = Ou()) === a && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "current_user" === r2.substr(Do, 12).toLowerCase() ? (e4 = r2.substr(Do, 12), Do += 12) : (e4 = a, 0 === qo && Vo(Vn));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "CURRENT_USER") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "user" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(Mn));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "USER") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "session_user" === r2.substr(Do, 12).toLowerCase() ? (e4 = r2.substr(Do, 12), Do += 12) : (e4 = a, 0 === qo && Vo(Qn));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "SESSION_USER") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Do, "system_user" === r2.substr(Do, 11).toLowerCase() ? (e4 = r2.substr(Do, 11), Do += 11) : (e4 = a, 0 === qo && Vo(Xn));
              e4 !== a ? (n3 = Do, qo++, o3 = Su(), qo--, o3 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t5, t5 = e4 = "SYSTEM_USER") : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })());
            return t4;
          })()) !== a && li() !== a && (n2 = oi()) !== a && li() !== a ? ((o2 = Xa()) === a && (o2 = null), o2 !== a && li() !== a && ai() !== a && li() !== a ? ((u2 = Iu()) === a && (u2 = null), u2 !== a ? (Po = t3, t3 = e3 = { type: "function", name: { name: [{ type: "default", value: e3 }] }, args: o2 || { type: "expr_list", value: [] }, over: u2, ...Ii() }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, (e3 = Ou()) !== a && li() !== a ? ((n2 = ku()) === a && (n2 = null), n2 !== a ? (Po = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ...Ii() }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3 === a && (t3 = Do, (e3 = Ei()) !== a && li() !== a && (n2 = oi()) !== a && li() !== a ? ((o2 = eu()) === a && (o2 = null), o2 !== a && li() !== a && ai() !== a && li() !== a ? ((u2 = Iu()) === a && (u2 = null), u2 !== a ? (Po = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, over: e4, ...Ii() };
          })(e3, o2, u2)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a))), t3;
        }
        function Ou() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Do, "current_date" === r2.substr(Do, 12).toLowerCase() ? (e3 = r2.substr(Do, 12), Do += 12) : (e3 = a, 0 === qo && Vo(Dn));
            e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t4, t4 = e3 = "CURRENT_DATE") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Do, "current_time" === r2.substr(Do, 12).toLowerCase() ? (e3 = r2.substr(Do, 12), Do += 12) : (e3 = a, 0 === qo && Vo(Gn));
            e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t4, t4 = e3 = "CURRENT_TIME") : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) === a && (t3 = Ys()), t3;
        }
        function Ru() {
          var t3;
          return (t3 = Mu()) === a && (t3 = Hu()) === a && (t3 = (function() {
            var t4, e3;
            t4 = Do, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = Do, "true" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(Kt));
              e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t5 = e4 = [e4, n2] : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) !== a && (Po = t4, e3 = { type: "bool", value: true });
            (t4 = e3) === a && (t4 = Do, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = Do, "false" === r2.substr(Do, 5).toLowerCase() ? (e4 = r2.substr(Do, 5), Do += 5) : (e4 = a, 0 === qo && Vo(Jt));
              e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t5 = e4 = [e4, n2] : (Do = t5, t5 = a)) : (Do = t5, t5 = a);
              return t5;
            })()) !== a && (Po = t4, e3 = { type: "bool", value: false }), t4 = e3);
            return t4;
          })()) === a && (t3 = Uu()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, s2;
            t4 = Do, (e3 = Ws()) === a && (e3 = qs()) === a && (e3 = Gs()) === a && (e3 = Bs());
            if (e3 !== a) if (li() !== a) {
              if (n2 = Do, 39 === r2.charCodeAt(Do) ? (o2 = "'", Do++) : (o2 = a, 0 === qo && Vo(er)), o2 !== a) {
                for (u2 = [], s2 = Pu(); s2 !== a; ) u2.push(s2), s2 = Pu();
                u2 !== a ? (39 === r2.charCodeAt(Do) ? (s2 = "'", Do++) : (s2 = a, 0 === qo && Vo(er)), s2 !== a ? n2 = o2 = [o2, u2, s2] : (Do = n2, n2 = a)) : (Do = n2, n2 = a);
              } else Do = n2, n2 = a;
              n2 !== a ? (Po = t4, e3 = mt(e3, n2), t4 = e3) : (Do = t4, t4 = a);
            } else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            if (t4 === a) if (t4 = Do, (e3 = Ws()) === a && (e3 = qs()) === a && (e3 = Gs()) === a && (e3 = Bs()), e3 !== a) if (li() !== a) {
              if (n2 = Do, 34 === r2.charCodeAt(Do) ? (o2 = '"', Do++) : (o2 = a, 0 === qo && Vo(et)), o2 !== a) {
                for (u2 = [], s2 = Du(); s2 !== a; ) u2.push(s2), s2 = Du();
                u2 !== a ? (34 === r2.charCodeAt(Do) ? (s2 = '"', Do++) : (s2 = a, 0 === qo && Vo(et)), s2 !== a ? n2 = o2 = [o2, u2, s2] : (Do = n2, n2 = a)) : (Do = n2, n2 = a);
              } else Do = n2, n2 = a;
              n2 !== a ? (Po = t4, e3 = mt(e3, n2), t4 = e3) : (Do = t4, t4 = a);
            } else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            return t4;
          })()), t3;
        }
        function Uu() {
          var t3, e3;
          return t3 = Do, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Do, "null" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(Qt));
            e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            return t4;
          })()) !== a && (Po = t3, e3 = { type: "null", value: null }), t3 = e3;
        }
        function Mu() {
          var t3, e3, n2, o2, u2;
          if (t3 = Do, e3 = Do, 39 === r2.charCodeAt(Do) ? (n2 = "'", Do++) : (n2 = a, 0 === qo && Vo(er)), n2 !== a) {
            for (o2 = [], u2 = Pu(); u2 !== a; ) o2.push(u2), u2 = Pu();
            o2 !== a ? (39 === r2.charCodeAt(Do) ? (u2 = "'", Do++) : (u2 = a, 0 === qo && Vo(er)), u2 !== a ? e3 = n2 = [n2, o2, u2] : (Do = e3, e3 = a)) : (Do = e3, e3 = a);
          } else Do = e3, e3 = a;
          if (e3 !== a && (Po = t3, e3 = { type: "single_quote_string", value: e3[1].join("") }), (t3 = e3) === a) {
            if (t3 = Do, e3 = Do, 34 === r2.charCodeAt(Do) ? (n2 = '"', Do++) : (n2 = a, 0 === qo && Vo(et)), n2 !== a) {
              for (o2 = [], u2 = Du(); u2 !== a; ) o2.push(u2), u2 = Du();
              o2 !== a ? (34 === r2.charCodeAt(Do) ? (u2 = '"', Do++) : (u2 = a, 0 === qo && Vo(et)), u2 !== a ? e3 = n2 = [n2, o2, u2] : (Do = e3, e3 = a)) : (Do = e3, e3 = a);
            } else Do = e3, e3 = a;
            e3 !== a && (Po = t3, e3 = (function(r3) {
              return { type: "double_quote_string", value: r3[1].join("") };
            })(e3)), t3 = e3;
          }
          return t3;
        }
        function Du() {
          var t3;
          return wt.test(r2.charAt(Do)) ? (t3 = r2.charAt(Do), Do++) : (t3 = a, 0 === qo && Vo(Lt)), t3 === a && (t3 = Fu()), t3;
        }
        function Pu() {
          var t3;
          return Ct.test(r2.charAt(Do)) ? (t3 = r2.charAt(Do), Do++) : (t3 = a, 0 === qo && Vo(At)), t3 === a && (t3 = Fu()), t3;
        }
        function Fu() {
          var t3, e3, n2, o2, u2, s2, i2, c2, l2, f2;
          return t3 = Do, "\\'" === r2.substr(Do, 2) ? (e3 = "\\'", Do += 2) : (e3 = a, 0 === qo && Vo(Et)), e3 !== a && (Po = t3, e3 = "\\'"), (t3 = e3) === a && (t3 = Do, '\\"' === r2.substr(Do, 2) ? (e3 = '\\"', Do += 2) : (e3 = a, 0 === qo && Vo(gt)), e3 !== a && (Po = t3, e3 = '\\"'), (t3 = e3) === a && (t3 = Do, "\\\\" === r2.substr(Do, 2) ? (e3 = "\\\\", Do += 2) : (e3 = a, 0 === qo && Vo(jt)), e3 !== a && (Po = t3, e3 = "\\\\"), (t3 = e3) === a && (t3 = Do, "\\/" === r2.substr(Do, 2) ? (e3 = "\\/", Do += 2) : (e3 = a, 0 === qo && Vo(St)), e3 !== a && (Po = t3, e3 = "\\/"), (t3 = e3) === a && (t3 = Do, "\\b" === r2.substr(Do, 2) ? (e3 = "\\b", Do += 2) : (e3 = a, 0 === qo && Vo(Tt)), e3 !== a && (Po = t3, e3 = "\b"), (t3 = e3) === a && (t3 = Do, "\\f" === r2.substr(Do, 2) ? (e3 = "\\f", Do += 2) : (e3 = a, 0 === qo && Vo(_t)), e3 !== a && (Po = t3, e3 = "\f"), (t3 = e3) === a && (t3 = Do, "\\n" === r2.substr(Do, 2) ? (e3 = "\\n", Do += 2) : (e3 = a, 0 === qo && Vo(xt)), e3 !== a && (Po = t3, e3 = "\n"), (t3 = e3) === a && (t3 = Do, "\\r" === r2.substr(Do, 2) ? (e3 = "\\r", Do += 2) : (e3 = a, 0 === qo && Vo(kt)), e3 !== a && (Po = t3, e3 = "\r"), (t3 = e3) === a && (t3 = Do, "\\t" === r2.substr(Do, 2) ? (e3 = "\\t", Do += 2) : (e3 = a, 0 === qo && Vo(It)), e3 !== a && (Po = t3, e3 = "	"), (t3 = e3) === a && (t3 = Do, "\\u" === r2.substr(Do, 2) ? (e3 = "\\u", Do += 2) : (e3 = a, 0 === qo && Vo(Nt)), e3 !== a && (n2 = Yu()) !== a && (o2 = Yu()) !== a && (u2 = Yu()) !== a && (s2 = Yu()) !== a ? (Po = t3, i2 = n2, c2 = o2, l2 = u2, f2 = s2, t3 = e3 = String.fromCharCode(parseInt("0x" + i2 + c2 + l2 + f2))) : (Do = t3, t3 = a), t3 === a && (t3 = Do, 92 === r2.charCodeAt(Do) ? (e3 = "\\", Do++) : (e3 = a, 0 === qo && Vo(Ot)), e3 !== a && (Po = t3, e3 = "\\"), (t3 = e3) === a && (t3 = Do, "''" === r2.substr(Do, 2) ? (e3 = "''", Do += 2) : (e3 = a, 0 === qo && Vo(Rt)), e3 !== a && (Po = t3, e3 = "''"), (t3 = e3) === a && (t3 = Do, '""' === r2.substr(Do, 2) ? (e3 = '""', Do += 2) : (e3 = a, 0 === qo && Vo(Ut)), e3 !== a && (Po = t3, e3 = '""'), (t3 = e3) === a && (t3 = Do, "``" === r2.substr(Do, 2) ? (e3 = "``", Do += 2) : (e3 = a, 0 === qo && Vo(Mt)), e3 !== a && (Po = t3, e3 = "``"), t3 = e3))))))))))))), t3;
        }
        function Hu() {
          var r3, t3, e3;
          return r3 = Do, (t3 = (function() {
            var r4, t4, e4, n2;
            r4 = Do, (t4 = $u()) !== a && (e4 = qu()) !== a && (n2 = Bu()) !== a ? (Po = r4, r4 = t4 = { type: "bigint", value: t4 + e4 + n2 }) : (Do = r4, r4 = a);
            r4 === a && (r4 = Do, (t4 = $u()) !== a && (e4 = qu()) !== a ? (Po = r4, t4 = (function(r5, t5) {
              const e5 = r5 + t5;
              return Ri(r5) ? { type: "bigint", value: e5 } : parseFloat(e5).toFixed(t5.length - 1);
            })(t4, e4), r4 = t4) : (Do = r4, r4 = a), r4 === a && (r4 = Do, (t4 = $u()) !== a && (e4 = Bu()) !== a ? (Po = r4, t4 = (function(r5, t5) {
              return { type: "bigint", value: r5 + t5 };
            })(t4, e4), r4 = t4) : (Do = r4, r4 = a), r4 === a && (r4 = Do, (t4 = $u()) !== a && (Po = r4, t4 = (function(r5) {
              return Ri(r5) ? { type: "bigint", value: r5 } : parseFloat(r5);
            })(t4)), r4 = t4)));
            return r4;
          })()) !== a && (Po = r3, t3 = (e3 = t3) && "bigint" === e3.type ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function $u() {
          var t3, e3, n2;
          return (t3 = Wu()) === a && (t3 = Gu()) === a && (t3 = Do, 45 === r2.charCodeAt(Do) ? (e3 = "-", Do++) : (e3 = a, 0 === qo && Vo(qr)), e3 === a && (43 === r2.charCodeAt(Do) ? (e3 = "+", Do++) : (e3 = a, 0 === qo && Vo($r))), e3 !== a && (n2 = Wu()) !== a ? (Po = t3, t3 = e3 = e3 + n2) : (Do = t3, t3 = a), t3 === a && (t3 = Do, 45 === r2.charCodeAt(Do) ? (e3 = "-", Do++) : (e3 = a, 0 === qo && Vo(qr)), e3 === a && (43 === r2.charCodeAt(Do) ? (e3 = "+", Do++) : (e3 = a, 0 === qo && Vo($r))), e3 !== a && (n2 = Gu()) !== a ? (Po = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (Do = t3, t3 = a))), t3;
        }
        function qu() {
          var t3, e3, n2;
          return t3 = Do, 46 === r2.charCodeAt(Do) ? (e3 = ".", Do++) : (e3 = a, 0 === qo && Vo(Ft)), e3 !== a && (n2 = Wu()) !== a ? (Po = t3, t3 = e3 = "." + n2) : (Do = t3, t3 = a), t3;
        }
        function Bu() {
          var t3, e3, n2;
          return t3 = Do, (e3 = (function() {
            var t4, e4, n3;
            t4 = Do, Wt.test(r2.charAt(Do)) ? (e4 = r2.charAt(Do), Do++) : (e4 = a, 0 === qo && Vo(Gt));
            e4 !== a ? (Yt.test(r2.charAt(Do)) ? (n3 = r2.charAt(Do), Do++) : (n3 = a, 0 === qo && Vo(Vt)), n3 === a && (n3 = null), n3 !== a ? (Po = t4, t4 = e4 = e4 + (null !== (o2 = n3) ? o2 : "")) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            var o2;
            return t4;
          })()) !== a && (n2 = Wu()) !== a ? (Po = t3, t3 = e3 = e3 + n2) : (Do = t3, t3 = a), t3;
        }
        function Wu() {
          var r3, t3, e3;
          if (r3 = Do, t3 = [], (e3 = Gu()) !== a) for (; e3 !== a; ) t3.push(e3), e3 = Gu();
          else t3 = a;
          return t3 !== a && (Po = r3, t3 = t3.join("")), r3 = t3;
        }
        function Gu() {
          var t3;
          return Ht.test(r2.charAt(Do)) ? (t3 = r2.charAt(Do), Do++) : (t3 = a, 0 === qo && Vo($t)), t3;
        }
        function Yu() {
          var t3;
          return qt.test(r2.charAt(Do)) ? (t3 = r2.charAt(Do), Do++) : (t3 = a, 0 === qo && Vo(Bt)), t3;
        }
        function Vu() {
          var t3, e3, n2, o2;
          return t3 = Do, "default" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(m)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Qu() {
          var t3, e3, n2, o2;
          return t3 = Do, "to" === r2.substr(Do, 2).toLowerCase() ? (e3 = r2.substr(Do, 2), Do += 2) : (e3 = a, 0 === qo && Vo(zt)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Xu() {
          var t3, e3, n2, o2;
          return t3 = Do, "drop" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(Zt)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "DROP") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ku() {
          var t3, e3, n2, o2;
          return t3 = Do, "update" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(ne)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function zu() {
          var t3, e3, n2, o2;
          return t3 = Do, "create" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(oe)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ju() {
          var t3, e3, n2, o2;
          return t3 = Do, "temporary" === r2.substr(Do, 9).toLowerCase() ? (e3 = r2.substr(Do, 9), Do += 9) : (e3 = a, 0 === qo && Vo(ae)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Zu() {
          var t3, e3, n2, o2;
          return t3 = Do, "delete" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(ue)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function rs() {
          var t3, e3, n2, o2;
          return t3 = Do, "replace" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(ce)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ts() {
          var t3, e3, n2, o2;
          return t3 = Do, "rename" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(le)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function es() {
          var t3, e3, n2, o2;
          return t3 = Do, "ignore" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(fe)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ns() {
          var t3, e3, n2, o2;
          return t3 = Do, "partition" === r2.substr(Do, 9).toLowerCase() ? (e3 = r2.substr(Do, 9), Do += 9) : (e3 = a, 0 === qo && Vo(pe)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "PARTITION") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function os() {
          var t3, e3, n2, o2;
          return t3 = Do, "into" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(ve)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function as() {
          var t3, e3, n2, o2;
          return t3 = Do, "set" === r2.substr(Do, 3).toLowerCase() ? (e3 = r2.substr(Do, 3), Do += 3) : (e3 = a, 0 === qo && Vo(Y)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "SET") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function us() {
          var t3, e3, n2, o2;
          return t3 = Do, "as" === r2.substr(Do, 2).toLowerCase() ? (e3 = r2.substr(Do, 2), Do += 2) : (e3 = a, 0 === qo && Vo(ye)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ss() {
          var t3, e3, n2, o2;
          return t3 = Do, "table" === r2.substr(Do, 5).toLowerCase() ? (e3 = r2.substr(Do, 5), Do += 5) : (e3 = a, 0 === qo && Vo(he)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "TABLE") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function is() {
          var t3, e3, n2, o2;
          return t3 = Do, "tables" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(me)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "TABLES") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function cs() {
          var t3, e3, n2, o2;
          return t3 = Do, "on" === r2.substr(Do, 2).toLowerCase() ? (e3 = r2.substr(Do, 2), Do += 2) : (e3 = a, 0 === qo && Vo(Ce)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ls() {
          var t3, e3, n2, o2;
          return t3 = Do, "join" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(Se)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function fs() {
          var t3, e3, n2, o2;
          return t3 = Do, "outer" === r2.substr(Do, 5).toLowerCase() ? (e3 = r2.substr(Do, 5), Do += 5) : (e3 = a, 0 === qo && Vo(Te)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ps() {
          var t3, e3, n2, o2;
          return t3 = Do, "values" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(Oe)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function vs() {
          var t3, e3, n2, o2;
          return t3 = Do, "using" === r2.substr(Do, 5).toLowerCase() ? (e3 = r2.substr(Do, 5), Do += 5) : (e3 = a, 0 === qo && Vo(Re)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function bs() {
          var t3, e3, n2, o2;
          return t3 = Do, "with" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(dr)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ds() {
          var t3, e3, n2, o2;
          return t3 = Do, "by" === r2.substr(Do, 2).toLowerCase() ? (e3 = r2.substr(Do, 2), Do += 2) : (e3 = a, 0 === qo && Vo(De)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ys() {
          var t3, e3, n2, o2;
          return t3 = Do, "fetch" === r2.substr(Do, 5).toLowerCase() ? (e3 = r2.substr(Do, 5), Do += 5) : (e3 = a, 0 === qo && Vo(He)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "FETCH") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function hs() {
          var t3, e3, n2, o2;
          return t3 = Do, "all" === r2.substr(Do, 3).toLowerCase() ? (e3 = r2.substr(Do, 3), Do += 3) : (e3 = a, 0 === qo && Vo(We)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "ALL") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ms() {
          var t3, e3, n2, o2;
          return t3 = Do, "distinct" === r2.substr(Do, 8).toLowerCase() ? (e3 = r2.substr(Do, 8), Do += 8) : (e3 = a, 0 === qo && Vo(Ge)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "DISTINCT") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ws() {
          var t3, e3, n2, o2;
          return t3 = Do, "between" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(Ye)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "BETWEEN") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ls() {
          var t3, e3, n2, o2;
          return t3 = Do, "in" === r2.substr(Do, 2).toLowerCase() ? (e3 = r2.substr(Do, 2), Do += 2) : (e3 = a, 0 === qo && Vo(Ve)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "IN") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Cs() {
          var t3, e3, n2, o2;
          return t3 = Do, "is" === r2.substr(Do, 2).toLowerCase() ? (e3 = r2.substr(Do, 2), Do += 2) : (e3 = a, 0 === qo && Vo(Qe)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "IS") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function As() {
          var t3, e3, n2, o2;
          return t3 = Do, "like" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(Xe)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "LIKE") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Es() {
          var t3, e3, n2, o2;
          return t3 = Do, "exists" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(Ke)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "EXISTS") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function gs() {
          var t3, e3, n2, o2;
          return t3 = Do, "not" === r2.substr(Do, 3).toLowerCase() ? (e3 = r2.substr(Do, 3), Do += 3) : (e3 = a, 0 === qo && Vo(O)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "NOT") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function js() {
          var t3, e3, n2, o2;
          return t3 = Do, "and" === r2.substr(Do, 3).toLowerCase() ? (e3 = r2.substr(Do, 3), Do += 3) : (e3 = a, 0 === qo && Vo(ze)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "AND") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ss() {
          var t3, e3, n2, o2;
          return t3 = Do, "or" === r2.substr(Do, 2).toLowerCase() ? (e3 = r2.substr(Do, 2), Do += 2) : (e3 = a, 0 === qo && Vo(Je)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "OR") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ts() {
          var t3, e3, n2, o2;
          return t3 = Do, "case" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(an)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function _s() {
          var t3, e3, n2, o2;
          return t3 = Do, "end" === r2.substr(Do, 3).toLowerCase() ? (e3 = r2.substr(Do, 3), Do += 3) : (e3 = a, 0 === qo && Vo(ln)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function xs() {
          var t3, e3, n2, o2;
          return t3 = Do, "cast" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(fn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "CAST") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ks() {
          var t3, e3, n2, o2;
          return t3 = Do, "char" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(pn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "CHAR") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Is() {
          var t3, e3, n2, o2;
          return t3 = Do, "varchar" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(vn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "VARCHAR") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ns() {
          var t3, e3, n2, o2;
          return t3 = Do, "numeric" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(bn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "NUMERIC") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Os() {
          var t3, e3, n2, o2;
          return t3 = Do, "decimal" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(dn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "DECIMAL") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Rs() {
          var t3, e3, n2, o2;
          return t3 = Do, "unsigned" === r2.substr(Do, 8).toLowerCase() ? (e3 = r2.substr(Do, 8), Do += 8) : (e3 = a, 0 === qo && Vo(hn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "UNSIGNED") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Us() {
          var t3, e3, n2, o2;
          return t3 = Do, "int" === r2.substr(Do, 3).toLowerCase() ? (e3 = r2.substr(Do, 3), Do += 3) : (e3 = a, 0 === qo && Vo(mn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "INT") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ms() {
          var t3, e3, n2, o2;
          return t3 = Do, "integer" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(Ln)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "INTEGER") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ds() {
          var t3, e3, n2, o2;
          return t3 = Do, "smallint" === r2.substr(Do, 8).toLowerCase() ? (e3 = r2.substr(Do, 8), Do += 8) : (e3 = a, 0 === qo && Vo(An)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "SMALLINT") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ps() {
          var t3, e3, n2, o2;
          return t3 = Do, "tinyint" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(En)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "TINYINT") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Fs() {
          var t3, e3, n2, o2;
          return t3 = Do, "bigint" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(_n)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "BIGINT") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Hs() {
          var t3, e3, n2, o2;
          return t3 = Do, "float" === r2.substr(Do, 5).toLowerCase() ? (e3 = r2.substr(Do, 5), Do += 5) : (e3 = a, 0 === qo && Vo(xn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "FLOAT") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function $s() {
          var t3, e3, n2, o2;
          return t3 = Do, "double" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(kn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "DOUBLE") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function qs() {
          var t3, e3, n2, o2;
          return t3 = Do, "date" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(In)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "DATE") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Bs() {
          var t3, e3, n2, o2;
          return t3 = Do, "datetime" === r2.substr(Do, 8).toLowerCase() ? (e3 = r2.substr(Do, 8), Do += 8) : (e3 = a, 0 === qo && Vo(Nn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "DATETIME") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ws() {
          var t3, e3, n2, o2;
          return t3 = Do, "time" === r2.substr(Do, 4).toLowerCase() ? (e3 = r2.substr(Do, 4), Do += 4) : (e3 = a, 0 === qo && Vo(On)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "TIME") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Gs() {
          var t3, e3, n2, o2;
          return t3 = Do, "timestamp" === r2.substr(Do, 9).toLowerCase() ? (e3 = r2.substr(Do, 9), Do += 9) : (e3 = a, 0 === qo && Vo(Rn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "TIMESTAMP") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ys() {
          var t3, e3, n2, o2;
          return t3 = Do, "current_timestamp" === r2.substr(Do, 17).toLowerCase() ? (e3 = r2.substr(Do, 17), Do += 17) : (e3 = a, 0 === qo && Vo(Yn)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Vs() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "@@" === r2.substr(Do, 2) ? (t4 = "@@", Do += 2) : (t4 = a, 0 === qo && Vo(to)), t4;
          })()) === a && (t3 = (function() {
            var t4;
            return 64 === r2.charCodeAt(Do) ? (t4 = "@", Do++) : (t4 = a, 0 === qo && Vo(ro)), t4;
          })()) === a && (t3 = (function() {
            var t4;
            return 36 === r2.charCodeAt(Do) ? (t4 = "$", Do++) : (t4 = a, 0 === qo && Vo(eo)), t4;
          })()), t3;
        }
        function Qs() {
          var t3;
          return 61 === r2.charCodeAt(Do) ? (t3 = "=", Do++) : (t3 = a, 0 === qo && Vo(kr)), t3;
        }
        function Xs() {
          var t3, e3, n2, o2;
          return t3 = Do, "add" === r2.substr(Do, 3).toLowerCase() ? (e3 = r2.substr(Do, 3), Do += 3) : (e3 = a, 0 === qo && Vo(uo)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "ADD") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Ks() {
          var t3, e3, n2, o2;
          return t3 = Do, "column" === r2.substr(Do, 6).toLowerCase() ? (e3 = r2.substr(Do, 6), Do += 6) : (e3 = a, 0 === qo && Vo(so)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "COLUMN") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function zs() {
          var t3, e3, n2, o2;
          return t3 = Do, "index" === r2.substr(Do, 5).toLowerCase() ? (e3 = r2.substr(Do, 5), Do += 5) : (e3 = a, 0 === qo && Vo(io)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "INDEX") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Js() {
          var t3, e3, n2, o2;
          return t3 = Do, "key" === r2.substr(Do, 3).toLowerCase() ? (e3 = r2.substr(Do, 3), Do += 3) : (e3 = a, 0 === qo && Vo(v)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "KEY") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function Zs() {
          var t3, e3, n2, o2;
          return t3 = Do, "comment" === r2.substr(Do, 7).toLowerCase() ? (e3 = r2.substr(Do, 7), Do += 7) : (e3 = a, 0 === qo && Vo(fo)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "COMMENT") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ri() {
          var t3, e3, n2, o2;
          return t3 = Do, "constraint" === r2.substr(Do, 10).toLowerCase() ? (e3 = r2.substr(Do, 10), Do += 10) : (e3 = a, 0 === qo && Vo(po)), e3 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t3, t3 = e3 = "CONSTRAINT") : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function ti() {
          var t3;
          return 46 === r2.charCodeAt(Do) ? (t3 = ".", Do++) : (t3 = a, 0 === qo && Vo(Ft)), t3;
        }
        function ei() {
          var t3;
          return 44 === r2.charCodeAt(Do) ? (t3 = ",", Do++) : (t3 = a, 0 === qo && Vo(Co)), t3;
        }
        function ni() {
          var t3;
          return 42 === r2.charCodeAt(Do) ? (t3 = "*", Do++) : (t3 = a, 0 === qo && Vo(Br)), t3;
        }
        function oi() {
          var t3;
          return 40 === r2.charCodeAt(Do) ? (t3 = "(", Do++) : (t3 = a, 0 === qo && Vo(fr)), t3;
        }
        function ai() {
          var t3;
          return 41 === r2.charCodeAt(Do) ? (t3 = ")", Do++) : (t3 = a, 0 === qo && Vo(pr)), t3;
        }
        function ui() {
          var t3;
          return 59 === r2.charCodeAt(Do) ? (t3 = ";", Do++) : (t3 = a, 0 === qo && Vo(go)), t3;
        }
        function si() {
          var t3;
          return "->" === r2.substr(Do, 2) ? (t3 = "->", Do += 2) : (t3 = a, 0 === qo && Vo(jo)), t3;
        }
        function ii() {
          var t3;
          return "->>" === r2.substr(Do, 3) ? (t3 = "->>", Do += 3) : (t3 = a, 0 === qo && Vo(So)), t3;
        }
        function ci() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "||" === r2.substr(Do, 2) ? (t4 = "||", Do += 2) : (t4 = a, 0 === qo && Vo(To)), t4;
          })()) === a && (t3 = (function() {
            var t4;
            return "&&" === r2.substr(Do, 2) ? (t4 = "&&", Do += 2) : (t4 = a, 0 === qo && Vo(_o)), t4;
          })()), t3;
        }
        function li() {
          var r3, t3;
          for (r3 = [], (t3 = di()) === a && (t3 = pi()); t3 !== a; ) r3.push(t3), (t3 = di()) === a && (t3 = pi());
          return r3;
        }
        function fi() {
          var r3, t3;
          if (r3 = [], (t3 = di()) === a && (t3 = pi()), t3 !== a) for (; t3 !== a; ) r3.push(t3), (t3 = di()) === a && (t3 = pi());
          else r3 = a;
          return r3;
        }
        function pi() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, s2;
            t4 = Do, "/*" === r2.substr(Do, 2) ? (e3 = "/*", Do += 2) : (e3 = a, 0 === qo && Vo(xo));
            if (e3 !== a) {
              for (n2 = [], o2 = Do, u2 = Do, qo++, "*/" === r2.substr(Do, 2) ? (s2 = "*/", Do += 2) : (s2 = a, 0 === qo && Vo(ko)), qo--, s2 === a ? u2 = void 0 : (Do = u2, u2 = a), u2 !== a && (s2 = bi()) !== a ? o2 = u2 = [u2, s2] : (Do = o2, o2 = a); o2 !== a; ) n2.push(o2), o2 = Do, u2 = Do, qo++, "*/" === r2.substr(Do, 2) ? (s2 = "*/", Do += 2) : (s2 = a, 0 === qo && Vo(ko)), qo--, s2 === a ? u2 = void 0 : (Do = u2, u2 = a), u2 !== a && (s2 = bi()) !== a ? o2 = u2 = [u2, s2] : (Do = o2, o2 = a);
              n2 !== a ? ("*/" === r2.substr(Do, 2) ? (o2 = "*/", Do += 2) : (o2 = a, 0 === qo && Vo(ko)), o2 !== a ? t4 = e3 = [e3, n2, o2] : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
            } else Do = t4, t4 = a;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, s2;
            t4 = Do, "--" === r2.substr(Do, 2) ? (e3 = "--", Do += 2) : (e3 = a, 0 === qo && Vo(Io));
            if (e3 !== a) {
              for (n2 = [], o2 = Do, u2 = Do, qo++, s2 = yi(), qo--, s2 === a ? u2 = void 0 : (Do = u2, u2 = a), u2 !== a && (s2 = bi()) !== a ? o2 = u2 = [u2, s2] : (Do = o2, o2 = a); o2 !== a; ) n2.push(o2), o2 = Do, u2 = Do, qo++, s2 = yi(), qo--, s2 === a ? u2 = void 0 : (Do = u2, u2 = a), u2 !== a && (s2 = bi()) !== a ? o2 = u2 = [u2, s2] : (Do = o2, o2 = a);
              n2 !== a ? t4 = e3 = [e3, n2] : (Do = t4, t4 = a);
            } else Do = t4, t4 = a;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, s2;
            t4 = Do, 35 === r2.charCodeAt(Do) ? (e3 = "#", Do++) : (e3 = a, 0 === qo && Vo(No));
            if (e3 !== a) {
              for (n2 = [], o2 = Do, u2 = Do, qo++, s2 = yi(), qo--, s2 === a ? u2 = void 0 : (Do = u2, u2 = a), u2 !== a && (s2 = bi()) !== a ? o2 = u2 = [u2, s2] : (Do = o2, o2 = a); o2 !== a; ) n2.push(o2), o2 = Do, u2 = Do, qo++, s2 = yi(), qo--, s2 === a ? u2 = void 0 : (Do = u2, u2 = a), u2 !== a && (s2 = bi()) !== a ? o2 = u2 = [u2, s2] : (Do = o2, o2 = a);
              n2 !== a ? t4 = e3 = [e3, n2] : (Do = t4, t4 = a);
            } else Do = t4, t4 = a;
            return t4;
          })()), t3;
        }
        function vi() {
          var r3, t3, e3, n2, o2, u2, s2;
          return r3 = Do, (t3 = Zs()) !== a && li() !== a ? ((e3 = Qs()) === a && (e3 = null), e3 !== a && li() !== a && (n2 = Mu()) !== a ? (Po = r3, u2 = e3, s2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: u2, value: s2 }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3;
        }
        function bi() {
          var t3;
          return r2.length > Do ? (t3 = r2.charAt(Do), Do++) : (t3 = a, 0 === qo && Vo(Oo)), t3;
        }
        function di() {
          var t3;
          return Ro.test(r2.charAt(Do)) ? (t3 = r2.charAt(Do), Do++) : (t3 = a, 0 === qo && Vo(Uo)), t3;
        }
        function yi() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            t4 = Do, qo++, r2.length > Do ? (e4 = r2.charAt(Do), Do++) : (e4 = a, 0 === qo && Vo(Oo));
            qo--, e4 === a ? t4 = void 0 : (Do = t4, t4 = a);
            return t4;
          })()) === a) if (t3 = [], Dt.test(r2.charAt(Do)) ? (e3 = r2.charAt(Do), Do++) : (e3 = a, 0 === qo && Vo(Pt)), e3 !== a) for (; e3 !== a; ) t3.push(e3), Dt.test(r2.charAt(Do)) ? (e3 = r2.charAt(Do), Do++) : (e3 = a, 0 === qo && Vo(Pt));
          else t3 = a;
          return t3;
        }
        function hi() {
          var t3, e3;
          return t3 = Do, Po = Do, Fi = [], (true ? void 0 : a) !== a && li() !== a ? ((e3 = mi()) === a && (e3 = (function() {
            var t4, e4;
            t4 = Do, (function() {
              var t5;
              return "return" === r2.substr(Do, 6).toLowerCase() ? (t5 = r2.substr(Do, 6), Do += 6) : (t5 = a, 0 === qo && Vo(no)), t5;
            })() !== a && li() !== a && (e4 = wi()) !== a ? (Po = t4, t4 = { type: "return", expr: e4 }) : (Do = t4, t4 = a);
            return t4;
          })()), e3 !== a ? (Po = t3, t3 = { stmt: e3, vars: Fi }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function mi() {
          var t3, e3, n2, o2;
          return t3 = Do, (e3 = Si()) === a && (e3 = Ti()), e3 !== a && li() !== a ? ((n2 = (function() {
            var t4;
            return ":=" === r2.substr(Do, 2) ? (t4 = ":=", Do += 2) : (t4 = a, 0 === qo && Vo(oo)), t4;
          })()) === a && (n2 = Qs()), n2 !== a && li() !== a && (o2 = wi()) !== a ? (Po = t3, t3 = e3 = { type: "assign", left: e3, symbol: n2, right: o2 }) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        function wi() {
          var t3;
          return (t3 = ha()) === a && (t3 = (function() {
            var r3, t4, e3, n2, o2;
            r3 = Do, (t4 = Si()) !== a && li() !== a && (e3 = Na()) !== a && li() !== a && (n2 = Si()) !== a && li() !== a && (o2 = Ua()) !== a ? (Po = r3, r3 = t4 = { type: "join", ltable: t4, rtable: n2, op: e3, on: o2 }) : (Do = r3, r3 = a);
            return r3;
          })()) === a && (t3 = Li()) === a && (t3 = (function() {
            var t4, e3;
            t4 = Do, (function() {
              var t5;
              return 91 === r2.charCodeAt(Do) ? (t5 = "[", Do++) : (t5 = a, 0 === qo && Vo(Ao)), t5;
            })() !== a && li() !== a && (e3 = ji()) !== a && li() !== a && (function() {
              var t5;
              return 93 === r2.charCodeAt(Do) ? (t5 = "]", Do++) : (t5 = a, 0 === qo && Vo(Eo)), t5;
            })() !== a ? (Po = t4, t4 = { type: "array", value: e3 }) : (Do = t4, t4 = a);
            return t4;
          })()), t3;
        }
        function Li() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = Ci()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = cu()) !== a && (s2 = li()) !== a && (i2 = Ci()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = cu()) !== a && (s2 = li()) !== a && (i2 = Ci()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = Nr(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function Ci() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = Ai()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = fu()) !== a && (s2 = li()) !== a && (i2 = Ai()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = fu()) !== a && (s2 = li()) !== a && (i2 = Ai()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = Nr(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function Ai() {
          var r3, t3, e3;
          return (r3 = Ru()) === a && (r3 = Si()) === a && (r3 = gi()) === a && (r3 = xu()) === a && (r3 = Do, oi() !== a && li() !== a && (t3 = Li()) !== a && li() !== a && ai() !== a ? (Po = r3, (e3 = t3).parentheses = true, r3 = e3) : (Do = r3, r3 = a)), r3;
        }
        function Ei() {
          var r3, t3, e3, n2, o2, u2, s2;
          return r3 = Do, (t3 = du()) !== a ? (e3 = Do, (n2 = li()) !== a && (o2 = ti()) !== a && (u2 = li()) !== a && (s2 = du()) !== a ? e3 = n2 = [n2, o2, u2, s2] : (Do = e3, e3 = a), e3 === a && (e3 = null), e3 !== a ? (Po = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { name: [r4] };
            return null !== t4 && (e4.schema = r4, e4.name = [t4[3]]), e4;
          })(t3, e3)) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3;
        }
        function gi() {
          var r3, t3, e3;
          return r3 = Do, (t3 = Ei()) !== a && li() !== a && oi() !== a && li() !== a ? ((e3 = ji()) === a && (e3 = null), e3 !== a && li() !== a && ai() !== a ? (Po = r3, r3 = t3 = { type: "function", name: t3, args: { type: "expr_list", value: e3 }, ...Ii() }) : (Do = r3, r3 = a)) : (Do = r3, r3 = a), r3 === a && (r3 = Do, (t3 = Ei()) !== a && (Po = r3, t3 = (function(r4) {
            return { type: "function", name: r4, args: null, ...Ii() };
          })(t3)), r3 = t3), r3;
        }
        function ji() {
          var r3, t3, e3, n2, o2, u2, s2, i2;
          if (r3 = Do, (t3 = Ai()) !== a) {
            for (e3 = [], n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Ai()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Do, (o2 = li()) !== a && (u2 = ei()) !== a && (s2 = li()) !== a && (i2 = Ai()) !== a ? n2 = o2 = [o2, u2, s2, i2] : (Do = n2, n2 = a);
            e3 !== a ? (Po = r3, r3 = t3 = l(t3, e3)) : (Do = r3, r3 = a);
          } else Do = r3, r3 = a;
          return r3;
        }
        function Si() {
          var r3, t3, e3, n2, o2;
          return r3 = Do, (t3 = Vs()) !== a && (e3 = Ti()) !== a ? (Po = r3, n2 = t3, o2 = e3, r3 = t3 = { type: "var", ...o2, prefix: n2 }) : (Do = r3, r3 = a), r3;
        }
        function Ti() {
          var t3, e3, n2, o2, u2;
          return t3 = Do, (e3 = ju()) !== a && (n2 = (function() {
            var t4, e4, n3, o3, u3;
            t4 = Do, e4 = [], n3 = Do, 46 === r2.charCodeAt(Do) ? (o3 = ".", Do++) : (o3 = a, 0 === qo && Vo(Ft));
            o3 !== a && (u3 = ju()) !== a ? n3 = o3 = [o3, u3] : (Do = n3, n3 = a);
            for (; n3 !== a; ) e4.push(n3), n3 = Do, 46 === r2.charCodeAt(Do) ? (o3 = ".", Do++) : (o3 = a, 0 === qo && Vo(Ft)), o3 !== a && (u3 = ju()) !== a ? n3 = o3 = [o3, u3] : (Do = n3, n3 = a);
            e4 !== a && (Po = t4, e4 = (function(r3) {
              const t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4));
            return t4 = e4;
          })()) !== a ? (Po = t3, o2 = e3, u2 = n2, Fi.push(o2), t3 = e3 = { type: "var", name: o2, members: u2, prefix: null }) : (Do = t3, t3 = a), t3 === a && (t3 = Do, (e3 = Hu()) !== a && (Po = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function _i() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Do, (e3 = ks()) === a && (e3 = Is());
            if (e3 !== a) if (li() !== a) if (oi() !== a) if (li() !== a) {
              if (n2 = [], Ht.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo($t)), o2 !== a) for (; o2 !== a; ) n2.push(o2), Ht.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo($t));
              else n2 = a;
              n2 !== a && (o2 = li()) !== a && ai() !== a ? (Po = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (Do = t4, t4 = a);
            } else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            t4 === a && (t4 = Do, (e3 = ks()) !== a && (Po = t4, e3 = Mo(e3)), (t4 = e3) === a && (t4 = Do, (e3 = Is()) !== a && (Po = t4, e3 = Mo(e3)), t4 = e3));
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, s2, i2, c2, l2, f2, p2, v2;
            t4 = Do, (e3 = Ns()) === a && (e3 = Os()) === a && (e3 = Us()) === a && (e3 = Ms()) === a && (e3 = Ds()) === a && (e3 = Ps()) === a && (e3 = Fs()) === a && (e3 = Hs()) === a && (e3 = $s());
            if (e3 !== a) if ((n2 = li()) !== a) if ((o2 = oi()) !== a) if ((u2 = li()) !== a) {
              if (s2 = [], Ht.test(r2.charAt(Do)) ? (i2 = r2.charAt(Do), Do++) : (i2 = a, 0 === qo && Vo($t)), i2 !== a) for (; i2 !== a; ) s2.push(i2), Ht.test(r2.charAt(Do)) ? (i2 = r2.charAt(Do), Do++) : (i2 = a, 0 === qo && Vo($t));
              else s2 = a;
              if (s2 !== a) if ((i2 = li()) !== a) {
                if (c2 = Do, (l2 = ei()) !== a) if ((f2 = li()) !== a) {
                  if (p2 = [], Ht.test(r2.charAt(Do)) ? (v2 = r2.charAt(Do), Do++) : (v2 = a, 0 === qo && Vo($t)), v2 !== a) for (; v2 !== a; ) p2.push(v2), Ht.test(r2.charAt(Do)) ? (v2 = r2.charAt(Do), Do++) : (v2 = a, 0 === qo && Vo($t));
                  else p2 = a;
                  p2 !== a ? c2 = l2 = [l2, f2, p2] : (Do = c2, c2 = a);
                } else Do = c2, c2 = a;
                else Do = c2, c2 = a;
                c2 === a && (c2 = null), c2 !== a && (l2 = li()) !== a && (f2 = ai()) !== a && (p2 = li()) !== a ? ((v2 = xi()) === a && (v2 = null), v2 !== a ? (Po = t4, b2 = c2, d2 = v2, e3 = { dataType: e3, length: parseInt(s2.join(""), 10), scale: b2 && parseInt(b2[2].join(""), 10), parentheses: true, suffix: d2 }, t4 = e3) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
              } else Do = t4, t4 = a;
              else Do = t4, t4 = a;
            } else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            var b2, d2;
            if (t4 === a) {
              if (t4 = Do, (e3 = Ns()) === a && (e3 = Os()) === a && (e3 = Us()) === a && (e3 = Ms()) === a && (e3 = Ds()) === a && (e3 = Ps()) === a && (e3 = Fs()) === a && (e3 = Hs()) === a && (e3 = $s()), e3 !== a) {
                if (n2 = [], Ht.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo($t)), o2 !== a) for (; o2 !== a; ) n2.push(o2), Ht.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo($t));
                else n2 = a;
                n2 !== a && (o2 = li()) !== a ? ((u2 = xi()) === a && (u2 = null), u2 !== a ? (Po = t4, e3 = (function(r3, t5, e4) {
                  return { dataType: r3, length: parseInt(t5.join(""), 10), suffix: e4 };
                })(e3, n2, u2), t4 = e3) : (Do = t4, t4 = a)) : (Do = t4, t4 = a);
              } else Do = t4, t4 = a;
              t4 === a && (t4 = Do, (e3 = Ns()) === a && (e3 = Os()) === a && (e3 = Us()) === a && (e3 = Ms()) === a && (e3 = Ds()) === a && (e3 = Ps()) === a && (e3 = Fs()) === a && (e3 = Hs()) === a && (e3 = $s()), e3 !== a && (n2 = li()) !== a ? ((o2 = xi()) === a && (o2 = null), o2 !== a && (u2 = li()) !== a ? (Po = t4, e3 = /* @__PURE__ */ (function(r3, t5) {
                return { dataType: r3, suffix: t5 };
              })(e3, o2), t4 = e3) : (Do = t4, t4 = a)) : (Do = t4, t4 = a));
            }
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Do, (e3 = qs()) === a && (e3 = Bs()) === a && (e3 = Ws()) === a && (e3 = Gs());
            if (e3 !== a) if (li() !== a) if (oi() !== a) if (li() !== a) {
              if (n2 = [], Ht.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo($t)), o2 !== a) for (; o2 !== a; ) n2.push(o2), Ht.test(r2.charAt(Do)) ? (o2 = r2.charAt(Do), Do++) : (o2 = a, 0 === qo && Vo($t));
              else n2 = a;
              n2 !== a && (o2 = li()) !== a && ai() !== a ? (Po = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (Do = t4, t4 = a);
            } else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            else Do = t4, t4 = a;
            t4 === a && (t4 = Do, (e3 = qs()) === a && (e3 = Bs()) === a && (e3 = Ws()) === a && (e3 = Gs()), e3 !== a && (Po = t4, e3 = Mo(e3)), t4 = e3);
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3;
            t4 = Do, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Do, "json" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(Cn)), e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t5, t5 = e4 = "JSON") : (Do = t5, t5 = a)) : (Do = t5, t5 = a), t5;
            })()) !== a && (Po = t4, e3 = Mo(e3));
            return t4 = e3;
          })()) === a && (t3 = (function() {
            var t4, e3;
            t4 = Do, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Do, "tinytext" === r2.substr(Do, 8).toLowerCase() ? (e4 = r2.substr(Do, 8), Do += 8) : (e4 = a, 0 === qo && Vo(gn)), e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t5, t5 = e4 = "TINYTEXT") : (Do = t5, t5 = a)) : (Do = t5, t5 = a), t5;
            })()) === a && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Do, "text" === r2.substr(Do, 4).toLowerCase() ? (e4 = r2.substr(Do, 4), Do += 4) : (e4 = a, 0 === qo && Vo(jn)), e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t5, t5 = e4 = "TEXT") : (Do = t5, t5 = a)) : (Do = t5, t5 = a), t5;
            })()) === a && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Do, "mediumtext" === r2.substr(Do, 10).toLowerCase() ? (e4 = r2.substr(Do, 10), Do += 10) : (e4 = a, 0 === qo && Vo(Sn)), e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t5, t5 = e4 = "MEDIUMTEXT") : (Do = t5, t5 = a)) : (Do = t5, t5 = a), t5;
            })()) === a && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Do, "longtext" === r2.substr(Do, 8).toLowerCase() ? (e4 = r2.substr(Do, 8), Do += 8) : (e4 = a, 0 === qo && Vo(Tn)), e4 !== a ? (n2 = Do, qo++, o2 = Su(), qo--, o2 === a ? n2 = void 0 : (Do = n2, n2 = a), n2 !== a ? (Po = t5, t5 = e4 = "LONGTEXT") : (Do = t5, t5 = a)) : (Do = t5, t5 = a), t5;
            })());
            e3 !== a && (Po = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()), t3;
        }
        function xi() {
          var t3, e3, n2;
          return t3 = Do, (e3 = Rs()) === a && (e3 = null), e3 !== a && li() !== a ? ((n2 = (function() {
            var t4, e4, n3, o2;
            return t4 = Do, "zerofill" === r2.substr(Do, 8).toLowerCase() ? (e4 = r2.substr(Do, 8), Do += 8) : (e4 = a, 0 === qo && Vo(wn)), e4 !== a ? (n3 = Do, qo++, o2 = Su(), qo--, o2 === a ? n3 = void 0 : (Do = n3, n3 = a), n3 !== a ? (Po = t4, t4 = e4 = "ZEROFILL") : (Do = t4, t4 = a)) : (Do = t4, t4 = a), t4;
          })()) === a && (n2 = null), n2 !== a ? (Po = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push(r3), t4 && e4.push(t4), e4;
          })(e3, n2)) : (Do = t3, t3 = a)) : (Do = t3, t3 = a), t3;
        }
        const ki = { ALTER: true, ALL: true, ADD: true, AND: true, AS: true, ASC: true, BETWEEN: true, BY: true, CALL: true, CASE: true, CREATE: true, CONTAINS: true, CURRENT_DATE: true, CURRENT_TIME: true, CURRENT_TIMESTAMP: true, CURRENT_USER: true, DELETE: true, DESC: true, DISTINCT: true, DROP: true, ELSE: true, END: true, EXISTS: true, EXCEPT: true, EXPLAIN: true, FALSE: true, FETCH: true, FROM: true, FULL: true, GROUP: true, HAVING: true, IN: true, INNER: true, INSERT: true, INTO: true, IS: true, JOIN: true, JSON: true, KEY: true, LEFT: true, LIKE: true, LIMIT: true, LOW_PRIORITY: true, MINUS: true, NOT: true, NULL: true, OFFSET: true, ON: true, OR: true, ORDER: true, OUTER: true, RECURSIVE: true, RENAME: true, READ: true, RIGHT: true, SELECT: true, SESSION_USER: true, SET: true, SHOW: true, SYSTEM_USER: true, TABLE: true, THEN: true, TRUE: true, TRUNCATE: true, TYPE: true, UNION: true, UPDATE: true, USING: true, VALUES: true, WITH: true, WHEN: true, WHERE: true, WRITE: true, GLOBAL: true, SESSION: true, LOCAL: true, PERSIST: true, PERSIST_ONLY: true };
        function Ii() {
          return t2.includeLocations ? { loc: Yo(Po, Do) } : {};
        }
        function Ni(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function Oi(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3 };
        }
        function Ri(r3) {
          const t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function Ui(r3, t3, e3 = 3) {
          const n2 = [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function Mi(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = Oi(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function Di(r3) {
          const t3 = qi[r3];
          return t3 || (r3 || null);
        }
        function Pi(r3) {
          const t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            const r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = Di(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        let Fi = [];
        const Hi = /* @__PURE__ */ new Set(), $i = /* @__PURE__ */ new Set(), qi = {};
        if ((e2 = s()) !== a && Do === r2.length) return e2;
        throw e2 !== a && Do < r2.length && Vo({ type: "end" }), Qo($o, Ho < r2.length ? r2.charAt(Ho) : null, Ho < r2.length ? Yo(Ho, Ho + 1) : Yo(Ho, Ho));
      } };
    }, function(r, t, e) {
      r.exports = e(3);
    }, function(r, t) {
      r.exports = require_BigInteger();
    }, function(r, t, e) {
      "use strict";
      e.r(t), e.d(t, "Parser", (function() {
        return Wt;
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
        return _;
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
        return a;
      })), e.d(n, "escape", (function() {
        return f;
      })), e.d(n, "literalToSQL", (function() {
        return w;
      })), e.d(n, "columnIdentifierToSql", (function() {
        return d;
      })), e.d(n, "getParserOpt", (function() {
        return p;
      })), e.d(n, "identifierToSql", (function() {
        return y;
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
        return S;
      }));
      var a = { database: "db2", type: "table", trimQuery: true, parseOptions: { includeLocations: false } }, u = a;
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
        return u;
      }
      function v(r2) {
        u = r2;
      }
      function b(r2) {
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
      function m(r2) {
        return r2;
      }
      function w(r2) {
        if (r2) {
          var t2 = r2.prefix, e2 = r2.type, n2 = r2.parentheses, a2 = r2.suffix, u2 = r2.value, s2 = "object" === o(r2) ? u2 : r2;
          switch (e2) {
            case "backticks_quote_string":
              s2 = "`".concat(u2, "`");
              break;
            case "string":
              s2 = "'".concat(u2, "'");
              break;
            case "regex_string":
              s2 = 'r"'.concat(u2, '"');
              break;
            case "hex_string":
              s2 = "X'".concat(u2, "'");
              break;
            case "full_hex_string":
              s2 = "0x".concat(u2);
              break;
            case "natural_string":
              s2 = "N'".concat(u2, "'");
              break;
            case "bit_string":
              s2 = "b'".concat(u2, "'");
              break;
            case "double_quote_string":
              s2 = '"'.concat(u2, '"');
              break;
            case "single_quote_string":
              s2 = "'".concat(u2, "'");
              break;
            case "boolean":
            case "bool":
              s2 = u2 ? "TRUE" : "FALSE";
              break;
            case "null":
              s2 = "NULL";
              break;
            case "star":
              s2 = "*";
              break;
            case "param":
              s2 = "".concat(t2 || ":").concat(u2), t2 = null;
              break;
            case "origin":
              s2 = u2.toUpperCase();
              break;
            case "date":
            case "datetime":
            case "time":
            case "timestamp":
              s2 = "".concat(e2.toUpperCase(), " '").concat(u2, "'");
              break;
            case "var_string":
              s2 = "N'".concat(u2, "'");
              break;
            case "unicode_string":
              s2 = "U&'".concat(u2, "'");
          }
          var i2 = [];
          return t2 && i2.push(h(t2)), i2.push(s2), a2 && ("string" == typeof a2 && i2.push(a2), "object" === o(a2) && (a2.collate ? i2.push(vt(a2.collate)) : i2.push(w(a2)))), s2 = i2.join(" "), n2 ? "(".concat(s2, ")") : s2;
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
            var a2 = t3[n2];
            if ("object" !== o(a2) || "param" !== a2.type) return r3(a2, e2);
            if (void 0 === e2[a2.value]) throw new Error("no value for parameter :".concat(a2.value, " found"));
            return t3[n2] = c(e2[a2.value]), null;
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
        var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.parentheses, a2 = r2.scale, u2 = r2.suffix, s2 = "";
        null != n2 && (s2 = a2 ? "".concat(n2, ", ").concat(a2) : n2), o2 && (s2 = "(".concat(s2, ")")), u2 && u2.length && (s2 += " ".concat(u2.join(" ")));
        var i2 = t2 ? "".concat(t2, ".") : "";
        return "".concat(i2).concat(e2).concat(s2);
      }
      function g(r2) {
        if (r2) {
          var t2 = r2.dataType, e2 = r2.definition, n2 = r2.anglebracket, o2 = h(t2);
          if ("ARRAY" !== o2 && "STRUCT" !== o2) return o2;
          var a2 = e2 && e2.map((function(r3) {
            return [r3.field_name, g(r3.field_type)].filter(m).join(" ");
          })).join(", ");
          return n2 ? "".concat(o2, "<").concat(a2, ">") : "".concat(o2, " ").concat(a2);
        }
      }
      function j(r2) {
        if (r2) {
          var t2 = [], e2 = r2.keyword, n2 = r2.symbol, o2 = r2.value;
          return t2.push(e2.toUpperCase()), n2 && t2.push(n2), t2.push(w(o2)), t2.join(" ");
        }
      }
      function S(r2) {
        return r2.map((function(r3) {
          var t2 = r3.keyword, e2 = r3.args, n2 = [h(t2)];
          if (e2) {
            var o2 = e2.keyword, a2 = e2.columns;
            n2.push(h(o2), a2.map(Et).join(", "));
          }
          return n2.join(" ");
        })).join(" OR ");
      }
      function T(r2) {
        return r2 ? ["RETURNING", r2.columns.map(kt).filter(m).join(", ")].join(" ") : "";
      }
      function _(r2) {
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
          var e2 = r2.keyword, n2 = r2.seed, o2 = r2.increment, a2 = r2.parentheses, u2 = h(e2);
          return a2 && (u2 += "(".concat(w(n2), ", ").concat(w(o2), ")")), u2;
        }
      }
      function k(r2) {
        if (r2) return r2.map(Tt).filter(m).join(", ");
      }
      function I(r2) {
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
          var t2 = r2.type, e2 = r2.expr, n2 = r2.symbol, o2 = t2.toUpperCase(), a2 = [];
          switch (a2.push(o2), o2) {
            case "KEY_BLOCK_SIZE":
              n2 && a2.push(n2), a2.push(w(e2));
              break;
            case "BTREE":
            case "HASH":
              a2.length = 0, a2.push.apply(a2, I(O(r2)));
              break;
            case "WITH PARSER":
              a2.push(e2);
              break;
            case "VISIBLE":
            case "INVISIBLE":
              break;
            case "COMMENT":
              a2.shift(), a2.push(j(r2));
              break;
            case "DATA_COMPRESSION":
              a2.push(n2, h(e2.value), A(e2.on));
              break;
            default:
              a2.push(n2, w(e2));
          }
          return a2.filter(m).join(" ");
        }
      }
      function U(r2) {
        return r2 ? r2.map(R) : [];
      }
      function M(r2) {
        var t2 = r2.constraint_type, e2 = r2.index_type, n2 = r2.index_options, o2 = void 0 === n2 ? [] : n2, a2 = r2.definition, u2 = r2.on, s2 = r2.with, i2 = [];
        if (i2.push.apply(i2, I(O(e2))), a2 && a2.length) {
          var c2 = "CHECK" === h(t2) ? "(".concat(lt(a2[0]), ")") : "(".concat(a2.map((function(r3) {
            return lt(r3);
          })).join(", "), ")");
          i2.push(c2);
        }
        return i2.push(U(o2).join(" ")), s2 && i2.push("WITH (".concat(U(s2).join(", "), ")")), u2 && i2.push("ON [".concat(u2, "]")), i2;
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
        var o2 = r2.right.escape || {}, a2 = Array.isArray(r2.left) ? r2.left.map(lt).join(", ") : lt(r2.left), u2 = vt(r2.collate), s2 = [a2, t2, e2, h(o2.type), lt(o2.value)].filter(m).join("." === t2 ? "" : " "), i2 = r2.parentheses ? "(".concat(s2, ")") : s2;
        return u2 && (i2 = "".concat(i2, " ").concat(u2)), i2;
      }
      function P(r2) {
        var t2 = r2.name, e2 = r2.type;
        switch (e2) {
          case "table":
          case "view":
            var n2 = [y(t2.db), y(t2.table)].filter(m).join(".");
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
      function q(r2) {
        return r2 ? [r2.prefix.map(w).join(" "), lt(r2.value), r2.suffix.map(w).join(" ")] : [];
      }
      function B(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat(H(q(n2)), H(q(e2))).filter(m).join(" ")) : (function(r3) {
          var t3 = r3.seperator, e3 = r3.value;
          return 1 === e3.length && "offset" === t3 ? i("OFFSET", lt(e3[0])) : i("LIMIT", e3.map(lt).join("".concat("offset" === t3 ? " " : "").concat(h(t3), " ")));
        })(r2) : "";
        var t2, e2, n2;
      }
      function W(r2) {
        if (r2 && 0 !== r2.length) {
          var t2 = r2[0].recursive ? "RECURSIVE " : "", e2 = r2.map((function(r3) {
            var t3 = r3.name, e3 = r3.stmt, n2 = r3.columns, o2 = Array.isArray(n2) ? "(".concat(n2.map(Et).join(", "), ")") : "", a2 = s("values" === e3.type ? "VALUES" : "", lt, e3);
            return "".concat("default" === t3.type ? y(t3.value) : w(t3)).concat(o2, " AS (").concat(a2, ")");
          })).join(", ");
          return "WITH ".concat(t2).concat(e2);
        }
      }
      function G(r2) {
        if (r2 && r2.position) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = [], o2 = h(t2);
          switch (o2) {
            case "VAR":
              n2.push(e2.map(ct).join(", "));
              break;
            default:
              n2.push(o2, "string" == typeof e2 ? y(e2) : lt(e2));
          }
          return n2.filter(m).join(" ");
        }
      }
      function Y(r2) {
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, a2 = r2.for, u2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = void 0 === c2 ? {} : c2, f2 = r2.locking_read, p2 = r2.groupby, v2 = r2.having, d2 = r2.into, y2 = void 0 === d2 ? {} : d2, L2 = r2.isolation, C2 = r2.limit, A2 = r2.options, E2 = r2.orderby, g2 = r2.parentheses_symbol, j2 = r2.qualify, S2 = r2.top, T2 = r2.window, _2 = r2.with, x2 = r2.where, k2 = [W(_2), "SELECT", h(t2)];
        Array.isArray(A2) && k2.push(A2.join(" ")), k2.push((function(r3) {
          if (r3) {
            if ("string" == typeof r3) return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [h(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(m).join(" ");
          }
        })(o2), b(S2), Nt(e2, u2));
        var I2 = y2.position, N2 = "";
        I2 && (N2 = s("INTO", G, y2)), "column" === I2 && k2.push(N2), k2.push(s("FROM", Cr, u2)), "from" === I2 && k2.push(N2);
        var O2 = l2 || {}, R2 = O2.keyword, U2 = O2.expr;
        k2.push(s(R2, lt, U2)), k2.push(s("WHERE", lt, x2)), p2 && (k2.push(i("GROUP BY", ft(p2.columns).join(", "))), k2.push(ft(p2.modifiers).join(", "))), k2.push(s("HAVING", lt, v2)), k2.push(s("QUALIFY", lt, j2)), k2.push(s("WINDOW", lt, T2)), k2.push(pt(E2, "order by")), k2.push(vt(n2)), k2.push(B(C2)), L2 && k2.push(s(L2.keyword, w, L2.expr)), k2.push(h(f2)), "end" === I2 && k2.push(N2), k2.push((function(r3) {
          if (r3) {
            var t3 = r3.expr, e3 = r3.keyword, n3 = [h(r3.type), h(e3)];
            return t3 ? "".concat(n3.join(" "), "(").concat(lt(t3), ")") : n3.join(" ");
          }
        })(a2));
        var M2 = k2.filter(m).join(" ");
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
        var a2, u2 = true, s2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          s2 = true, a2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (s2) throw a2;
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
            var o2 = t2.value, a2 = {}, u2 = o2.value;
            for (var s2 in o2) "value" !== s2 && "keyword" !== s2 && (a2[s2] = o2[s2]);
            var i2 = [Et(a2)], c2 = "";
            u2 && (c2 = lt(u2), i2.push("=", c2)), e2.push(i2.filter(m).join(" "));
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
        var t2 = r2.mode, e2 = r2.local, n2 = r2.file, o2 = r2.replace_ignore, a2 = r2.table, u2 = r2.partition, i2 = r2.character_set, c2 = r2.column, l2 = r2.fields, f2 = r2.lines, p2 = r2.set, v2 = r2.ignore;
        return ["LOAD DATA", h(t2), h(e2), "INFILE", w(n2), h(o2), "INTO TABLE", Lr(a2), sr(u2), s("CHARACTER SET", w, i2), z(l2), J(f2), Z(v2), Nt(c2), s("SET", X, p2)].filter(m).join(" ");
      }
      function tr(r2) {
        var t2 = r2.left, e2 = r2.right, n2 = r2.symbol, o2 = r2.keyword;
        t2.keyword = o2;
        var a2 = lt(t2), u2 = lt(e2);
        return [a2, h(n2), u2].filter(m).join(" ");
      }
      function er(r2) {
        var t2, e2, n2, o2, a2 = r2.keyword, u2 = r2.suffix, i2 = "";
        switch (h(a2)) {
          case "BINLOG":
            e2 = (t2 = r2).in, n2 = t2.from, o2 = t2.limit, i2 = [s("IN", w, e2 && e2.right), s("FROM", Cr, n2), B(o2)].filter(m).join(" ");
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
                var e3 = t3.user, n3 = t3.host, o3 = t3.role_list, a3 = "'".concat(e3, "'");
                return n3 && (a3 += "@'".concat(n3, "'")), ["FOR", a3, o3 && "USING", o3 && o3.map((function(r4) {
                  return "'".concat(r4, "'");
                })).join(", ")].filter(m).join(" ");
              }
            })(r2);
            break;
          case "CREATE":
            i2 = s("", Lr, r2[u2]);
            break;
          case "VAR":
            i2 = ct(r2.var), a2 = "";
        }
        return ["SHOW", h(a2), h(u2), i2].filter(m).join(" ");
      }
      var nr = { alter: function(r2) {
        var t2 = r2.keyword;
        switch (void 0 === t2 ? "table" : t2) {
          case "aggregate":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name, a2 = r3.type, u2 = t3.expr, s2 = t3.orderby;
              return [h(a2), h(n2), [[y(o2.schema), y(o2.name)].filter(m).join("."), "(".concat(u2.map(nt).join(", ")).concat(s2 ? [" ORDER", "BY", s2.map(nt).join(", ")].join(" ") : "", ")")].filter(m).join(""), et(e2)].filter(m).join(" ");
            })(r2);
          case "table":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.table, n2 = r3.if_exists, o2 = r3.prefix, a2 = r3.expr, u2 = void 0 === a2 ? [] : a2, s2 = h(t3), i2 = Cr(e2), c2 = u2.map(lt);
              return [s2, "TABLE", h(n2), w(o2), i2, c2.join(", ")].filter(m).join(" ");
            })(r2);
          case "schema":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.schema;
              return [h(r3.type), h(e2), y(n2), et(t3)].filter(m).join(" ");
            })(r2);
          case "sequence":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.keyword, n2 = r3.sequence, o2 = r3.if_exists, a2 = r3.expr, u2 = void 0 === a2 ? [] : a2, s2 = h(t3), i2 = Cr(n2), c2 = u2.map(Xr);
              return [s2, h(e2), h(o2), i2, c2.join(", ")].filter(m).join(" ");
            })(r2);
          case "domain":
          case "type":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.name;
              return [h(r3.type), h(e2), [y(n2.schema), y(n2.name)].filter(m).join("."), et(t3)].filter(m).join(" ");
            })(r2);
          case "function":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name;
              return [h(r3.type), h(n2), [[y(o2.schema), y(o2.name)].filter(m).join("."), t3 && "(".concat(t3.expr ? t3.expr.map(nt).join(", ") : "", ")")].filter(m).join(""), et(e2)].filter(m).join(" ");
            })(r2);
          case "view":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.columns, n2 = r3.attributes, o2 = r3.select, a2 = r3.view, u2 = r3.with, s2 = h(t3), i2 = Lr(a2), c2 = [s2, "VIEW", i2];
              e2 && c2.push("(".concat(e2.map(Et).join(", "), ")"));
              n2 && c2.push("WITH ".concat(n2.map(h).join(", ")));
              c2.push("AS", Y(o2)), u2 && c2.push(h(u2));
              return c2.filter(m).join(" ");
            })(r2);
        }
      }, analyze: function(r2) {
        var t2 = r2.type, e2 = r2.table;
        return [h(t2), Lr(e2)].join(" ");
      }, attach: function(r2) {
        var t2 = r2.type, e2 = r2.database, n2 = r2.expr, o2 = r2.as, a2 = r2.schema;
        return [h(t2), h(e2), lt(n2), h(o2), y(a2)].filter(m).join(" ");
      }, create: function(r2) {
        var t2 = r2.keyword, e2 = "";
        switch (t2.toLowerCase()) {
          case "aggregate":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, a2 = r3.args, u2 = r3.options, s2 = [h(t3), h(e3), h(n2)], i2 = [y(o2.schema), o2.name].filter(m).join("."), c2 = "".concat(a2.expr.map(nt).join(", ")).concat(a2.orderby ? [" ORDER", "BY", a2.orderby.map(nt).join(", ")].join(" ") : "");
              return s2.push("".concat(i2, "(").concat(c2, ")"), "(".concat(u2.map(rt).join(", "), ")")), s2.filter(m).join(" ");
            })(r2);
            break;
          case "table":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.table, o2 = r3.like, a2 = r3.as, u2 = r3.temporary, s2 = r3.if_not_exists, i2 = r3.create_definitions, c2 = r3.table_options, l2 = r3.ignore_replace, f2 = r3.replace, v2 = r3.partition_of, b2 = r3.query_expr, d2 = r3.unlogged, y2 = r3.with, L2 = [h(t3), h(f2), h(u2), h(d2), h(e3), h(s2), Cr(n2)];
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
              if (y2) {
                var j2 = y2.map((function(r4) {
                  return [w(r4.keyword), h(r4.symbol), w(r4.value)].join(" ");
                })).join(", ");
                L2.push("WITH (".concat(j2, ")"));
              }
              L2.push(h(l2), h(a2)), b2 && L2.push(or(b2));
              return L2.filter(m).join(" ");
            })(r2);
            break;
          case "trigger":
            e2 = "constraint" === r2.resource ? (function(r3) {
              var t3 = r3.constraint, e3 = r3.constraint_kw, n2 = r3.deferrable, o2 = r3.events, a2 = r3.execute, u2 = r3.for_each, s2 = r3.from, i2 = r3.location, c2 = r3.keyword, l2 = r3.or, f2 = r3.type, p2 = r3.table, v2 = r3.when, b2 = [h(f2), h(l2), h(e3), h(c2), y(t3), h(i2)], d2 = S(o2);
              b2.push(d2, "ON", Lr(p2)), s2 && b2.push("FROM", Lr(s2));
              b2.push.apply(b2, Yr(_(n2)).concat(Yr(_(u2)))), v2 && b2.push(h(v2.type), lt(v2.cond));
              return b2.push(h(a2.keyword), Gr(a2.expr)), b2.filter(m).join(" ");
            })(r2) : (function(r3) {
              var t3 = r3.definer, e3 = r3.for_each, n2 = r3.keyword, o2 = r3.execute, a2 = r3.type, u2 = r3.table, i2 = r3.if_not_exists, c2 = r3.temporary, l2 = r3.trigger, f2 = r3.events, p2 = r3.order, v2 = r3.time, b2 = r3.when, d2 = [h(a2), h(c2), lt(t3), h(n2), h(i2), Lr(l2), h(v2), f2.map((function(r4) {
                var t4 = [h(r4.keyword)], e4 = r4.args;
                return e4 && t4.push(h(e4.keyword), e4.columns.map(Et).join(", ")), t4.join(" ");
              })), "ON", Lr(u2), h(e3 && e3.keyword), h(e3 && e3.args), p2 && "".concat(h(p2.keyword), " ").concat(y(p2.trigger)), s("WHEN", lt, b2), h(o2.prefix)];
              switch (o2.type) {
                case "set":
                  d2.push(s("SET", X, o2.expr));
                  break;
                case "multiple":
                  d2.push(ar(o2.expr.ast));
              }
              return d2.push(h(o2.suffix)), d2.filter(m).join(" ");
            })(r2);
            break;
          case "extension":
            e2 = (function(r3) {
              var t3 = r3.extension, e3 = r3.from, n2 = r3.if_not_exists, o2 = r3.keyword, a2 = r3.schema, u2 = r3.type, i2 = r3.with, c2 = r3.version;
              return [h(u2), h(o2), h(n2), w(t3), h(i2), s("SCHEMA", w, a2), s("VERSION", w, c2), s("FROM", w, e3)].filter(m).join(" ");
            })(r2);
            break;
          case "function":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, a2 = r3.args, u2 = r3.returns, s2 = r3.options, i2 = r3.last, c2 = [h(t3), h(e3), h(n2)], l2 = [w(o2.schema), o2.name.map(w).join(".")].filter(m).join("."), f2 = a2.map(nt).filter(m).join(", ");
              return c2.push("".concat(l2, "(").concat(f2, ")"), (function(r4) {
                var t4 = r4.type, e4 = r4.keyword, n3 = r4.expr;
                return [h(t4), h(e4), Array.isArray(n3) ? "(".concat(n3.map(_t).join(", "), ")") : Jr(n3)].filter(m).join(" ");
              })(u2), s2.map(Zr).join(" "), i2), c2.filter(m).join(" ");
            })(r2);
            break;
          case "index":
            e2 = (function(r3) {
              var t3 = r3.concurrently, e3 = r3.filestream_on, n2 = r3.keyword, o2 = r3.if_not_exists, a2 = r3.include, u2 = r3.index_columns, i2 = r3.index_type, c2 = r3.index_using, l2 = r3.index, f2 = r3.on, p2 = r3.index_options, v2 = r3.algorithm_option, b2 = r3.lock_option, d2 = r3.on_kw, L2 = r3.table, C2 = r3.tablespace, A2 = r3.type, E2 = r3.where, g2 = r3.with, j2 = r3.with_before_where, S2 = g2 && "WITH (".concat(U(g2).join(", "), ")"), T2 = a2 && "".concat(h(a2.keyword), " (").concat(a2.columns.map((function(r4) {
                return "string" == typeof r4 ? y(r4) : lt(r4);
              })).join(", "), ")"), _2 = l2;
              l2 && (_2 = "string" == typeof l2 ? y(l2) : [y(l2.schema), y(l2.name)].filter(m).join("."));
              var x2 = [h(A2), h(i2), h(n2), h(o2), h(t3), _2, h(d2), Lr(L2)].concat(Yr(O(c2)), ["(".concat(k(u2), ")"), T2, U(p2).join(" "), et(v2), et(b2), s("TABLESPACE", w, C2)]);
              j2 ? x2.push(S2, s("WHERE", lt, E2)) : x2.push(s("WHERE", lt, E2), S2);
              return x2.push(s("ON", lt, f2), s("FILESTREAM_ON", w, e3)), x2.filter(m).join(" ");
            })(r2);
            break;
          case "sequence":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.sequence, o2 = r3.temporary, a2 = r3.if_not_exists, u2 = r3.create_definitions, s2 = [h(t3), h(o2), h(e3), h(a2), Cr(n2)];
              u2 && s2.push(u2.map(Xr).join(" "));
              return s2.filter(m).join(" ");
            })(r2);
            break;
          case "database":
          case "schema":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.replace, o2 = r3.if_not_exists, a2 = r3.create_definitions, u2 = r3[e3], s2 = u2.db, i2 = u2.schema, c2 = [w(s2), i2.map(w).join(".")].filter(m).join("."), l2 = [h(t3), h(n2), h(e3), h(o2), c2];
              a2 && l2.push(a2.map(Ar).join(" "));
              return l2.filter(m).join(" ");
            })(r2);
            break;
          case "view":
            e2 = (function(r3) {
              var t3 = r3.algorithm, e3 = r3.columns, n2 = r3.definer, o2 = r3.if_not_exists, a2 = r3.keyword, u2 = r3.recursive, s2 = r3.replace, i2 = r3.select, c2 = r3.sql_security, l2 = r3.temporary, f2 = r3.type, p2 = r3.view, v2 = r3.with, b2 = r3.with_options, w2 = p2.db, C2 = p2.schema, A2 = p2.view, E2 = [y(w2), y(C2), y(A2)].filter(m).join(".");
              return [h(f2), h(s2), h(l2), h(u2), t3 && "ALGORITHM = ".concat(h(t3)), lt(n2), c2 && "SQL SECURITY ".concat(h(c2)), h(a2), h(o2), E2, e3 && "(".concat(e3.map(d).join(", "), ")"), b2 && ["WITH", "(".concat(b2.map((function(r4) {
                return L(r4).join(" ");
              })).join(", "), ")")].join(" "), "AS", or(i2), h(v2)].filter(m).join(" ");
            })(r2);
            break;
          case "domain":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.domain, n2 = r3.type, o2 = r3.keyword, a2 = r3.target, u2 = r3.create_definitions, s2 = [h(n2), h(o2), [y(e3.schema), y(e3.name)].filter(m).join("."), h(t3), E(a2)];
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
                  var a3, u3 = true, s3 = false;
                  return { s: function() {
                    e4 = e4.call(r4);
                  }, n: function() {
                    var r5 = e4.next();
                    return u3 = r5.done, r5;
                  }, e: function(r5) {
                    s3 = true, a3 = r5;
                  }, f: function() {
                    try {
                      u3 || null == e4.return || e4.return();
                    } finally {
                      if (s3) throw a3;
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
              var t3 = r3.as, e3 = r3.create_definitions, n2 = r3.keyword, o2 = r3.name, a2 = r3.resource, u2 = [h(r3.type), h(n2), [y(o2.schema), y(o2.name)].filter(m).join("."), h(t3), h(a2)];
              if (e3) {
                var s2 = [];
                switch (a2) {
                  case "enum":
                  case "range":
                    s2.push(lt(e3));
                    break;
                  default:
                    s2.push("(".concat(e3.map(Xr).join(", "), ")"));
                }
                u2.push(s2.filter(m).join(" "));
              }
              return u2.filter(m).join(" ");
            })(r2);
            break;
          case "user":
            e2 = (function(r3) {
              var t3 = r3.attribute, e3 = r3.comment, n2 = r3.default_role, o2 = r3.if_not_exists, a2 = r3.keyword, u2 = r3.lock_option, i2 = r3.password_options, c2 = r3.require, l2 = r3.resource_options, f2 = r3.type, p2 = r3.user.map((function(r4) {
                var t4 = r4.user, e4 = r4.auth_option, n3 = [Rr(t4)];
                return e4 && n3.push(h(e4.keyword), e4.auth_plugin, w(e4.value)), n3.filter(m).join(" ");
              })).join(", "), v2 = [h(f2), h(a2), h(o2), p2];
              n2 && v2.push(h(n2.keyword), n2.value.map(Rr).join(", "));
              v2.push(s(c2 && c2.keyword, lt, c2 && c2.value)), l2 && v2.push(h(l2.keyword), l2.value.map((function(r4) {
                return lt(r4);
              })).join(" "));
              i2 && i2.forEach((function(r4) {
                return v2.push(s(r4.keyword, lt, r4.value));
              }));
              return v2.push(w(u2), j(e3), w(t3)), v2.filter(m).join(" ");
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
        var t2 = r2.columns, e2 = r2.from, n2 = r2.table, o2 = r2.where, a2 = r2.orderby, u2 = r2.with, i2 = r2.limit, c2 = r2.returning, l2 = [W(u2), "DELETE"], f2 = Nt(t2, e2);
        return l2.push(f2), Array.isArray(n2) && (1 === n2.length && true === n2[0].addition || l2.push(Cr(n2))), l2.push(s("FROM", Cr, e2)), l2.push(s("WHERE", lt, o2)), l2.push(pt(a2, "order by")), l2.push(B(i2)), l2.push(T(c2)), l2.filter(m).join(" ");
      }, exec: function(r2) {
        var t2 = r2.keyword, e2 = r2.module, n2 = r2.parameters;
        return [h(t2), Lr(e2), (n2 || []).map(K).filter(m).join(", ")].filter(m).join(" ");
      }, execute: function(r2) {
        var t2 = r2.type, e2 = r2.name, n2 = r2.args, o2 = [h(t2)], a2 = [e2];
        n2 && a2.push("(".concat(lt(n2).join(", "), ")"));
        return o2.push(a2.join("")), o2.filter(m).join(" ");
      }, explain: function(r2) {
        var t2 = r2.type, e2 = r2.expr;
        return [h(t2), Y(e2)].join(" ");
      }, for: function(r2) {
        var t2 = r2.type, e2 = r2.label, n2 = r2.target, o2 = r2.query, a2 = r2.stmts;
        return [e2, h(t2), n2, "IN", ar([o2]), "LOOP", ar(a2), "END LOOP", e2].filter(m).join(" ");
      }, update: function(r2) {
        var t2 = r2.from, e2 = r2.table, n2 = r2.set, o2 = r2.where, a2 = r2.orderby, u2 = r2.with, i2 = r2.limit, c2 = r2.returning;
        return [W(u2), "UPDATE", Cr(e2), s("SET", X, n2), s("FROM", Cr, t2), s("WHERE", lt, o2), pt(a2, "order by"), B(i2), T(c2)].filter(m).join(" ");
      }, if: function(r2) {
        var t2 = r2.boolean_expr, e2 = r2.else_expr, n2 = r2.elseif_expr, o2 = r2.if_expr, a2 = r2.prefix, u2 = r2.go, s2 = r2.semicolons, i2 = r2.suffix, c2 = [h(r2.type), lt(t2), w(a2), "".concat(Sr(o2.ast || o2)).concat(s2[0]), h(u2)];
        n2 && c2.push(n2.map((function(r3) {
          return [h(r3.type), lt(r3.boolean_expr), "THEN", Sr(r3.then.ast || r3.then), r3.semicolon].filter(m).join(" ");
        })).join(" "));
        e2 && c2.push("ELSE", "".concat(Sr(e2.ast || e2)).concat(s2[1]));
        return c2.push(w(i2)), c2.filter(m).join(" ");
      }, insert: fr, load_data: rr, drop: Ir, truncate: Ir, replace: fr, declare: function(r2) {
        var t2 = r2.type, e2 = r2.declare, n2 = r2.symbol, o2 = [h(t2)], a2 = e2.map((function(r3) {
          var t3 = r3.at, e3 = r3.name, n3 = r3.as, o3 = r3.constant, a3 = r3.datatype, u2 = r3.not_null, s2 = r3.prefix, i2 = r3.definition, c2 = r3.keyword, l2 = [[t3, e3].filter(m).join(""), h(n3), h(o3)];
          switch (c2) {
            case "variable":
              l2.push(gt(a3), lt(r3.collate), h(u2)), i2 && l2.push(h(i2.keyword), lt(i2.value));
              break;
            case "cursor":
              l2.push(h(s2));
              break;
            case "table":
              l2.push(h(s2), "(".concat(i2.map(Xr).join(", "), ")"));
          }
          return l2.filter(m).join(" ");
        })).join("".concat(n2, " "));
        return o2.push(a2), o2.join(" ");
      }, use: function(r2) {
        var t2 = r2.type, e2 = r2.db, n2 = h(t2), o2 = y(e2);
        return "".concat(n2, " ").concat(o2);
      }, rename: function(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = [], o2 = "".concat(t2 && t2.toUpperCase(), " TABLE");
        if (e2) {
          var a2, u2 = Tr(e2);
          try {
            for (u2.s(); !(a2 = u2.n()).done; ) {
              var s2 = a2.value.map(Lr);
              n2.push(s2.join(" TO "));
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
        var t2 = r2.type, e2 = r2.expr, n2 = r2.keyword, o2 = h(t2), a2 = e2.map(lt).join(", ");
        return [o2, h(n2), a2].filter(m).join(" ");
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
        var t2 = r2.type, e2 = r2.level, n2 = r2.raise, o2 = r2.using, a2 = [h(t2), h(e2)];
        n2 && a2.push([w(n2.keyword), "format" === n2.type && n2.expr.length > 0 && ","].filter(m).join(""), n2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        o2 && a2.push(h(o2.type), h(o2.option), o2.symbol, o2.expr.map((function(r3) {
          return lt(r3);
        })).join(", "));
        return a2.filter(m).join(" ");
      }, transaction: function(r2) {
        var t2 = r2.expr, e2 = t2.action, n2 = t2.keyword, o2 = t2.modes, a2 = [w(e2), h(n2)];
        return o2 && a2.push(o2.map(w).join(", ")), a2.filter(m).join(" ");
      } };
      function or(r2) {
        if (!r2) return "";
        for (var t2 = nr[r2.type], e2 = r2, n2 = e2._parentheses, o2 = e2._orderby, a2 = e2._limit, u2 = [n2 && "(", t2(r2)]; r2._next; ) {
          var s2 = nr[r2._next.type], i2 = h(r2.set_op);
          u2.push(i2, s2(r2._next)), r2 = r2._next;
        }
        return u2.push(n2 && ")", pt(o2, "order by"), B(a2)), u2.filter(m).join(" ");
      }
      function ar(r2) {
        for (var t2 = [], e2 = 0, n2 = r2.length; e2 < n2; ++e2) {
          var o2 = r2[e2] && r2[e2].ast ? r2[e2].ast : r2[e2], a2 = or(o2);
          e2 === n2 - 1 && "transaction" === o2.type && (a2 = "".concat(a2, " ;")), t2.push(a2);
        }
        return t2.join(" ; ");
      }
      function ur(r2) {
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
          return y(r3);
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
        var t2 = r2.table, e2 = r2.type, n2 = r2.or, o2 = void 0 === n2 ? [] : n2, a2 = r2.prefix, u2 = void 0 === a2 ? "into" : a2, i2 = r2.columns, c2 = r2.conflict, l2 = r2.values, f2 = r2.where, p2 = r2.on_duplicate_update, v2 = r2.partition, b2 = r2.returning, d2 = r2.set, y2 = p2 || {}, L2 = y2.keyword, C2 = y2.set, A2 = [h(e2), o2.map(w).join(" "), h(u2), Cr(t2), sr(v2)];
        return Array.isArray(i2) && A2.push("(".concat(i2.map(w).join(", "), ")")), A2.push(s(l2 && "values" === l2.type ? "VALUES" : "", ur, l2)), A2.push(s("ON CONFLICT", lr, c2)), A2.push(s("SET", X, d2)), A2.push(s("WHERE", lt, f2)), A2.push(s(L2, X, C2)), A2.push(T(b2)), A2.filter(m).join(" ");
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
      function dr(r2) {
        var t2 = r2.type, e2 = r2.as, n2 = r2.expr, o2 = r2.with_offset;
        return ["".concat(h(t2), "(").concat(n2 && lt(n2) || "", ")"), s("AS", "string" == typeof e2 ? y : lt, e2), s(h(o2 && o2.keyword), y, o2 && o2.as)].filter(m).join(" ");
      }
      function yr(r2) {
        if (r2) switch (r2.type) {
          case "pivot":
          case "unpivot":
            return (function(r3) {
              var t2 = r3.as, e2 = r3.column, n2 = r3.expr, o2 = r3.in_expr, a2 = r3.type, u2 = [lt(n2), "FOR", Et(e2), D(o2)], s2 = ["".concat(h(a2), "(").concat(u2.join(" "), ")")];
              return t2 && s2.push("AS", y(t2)), s2.join(" ");
            })(r2);
          default:
            return "";
        }
      }
      function hr(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = r2.index, o2 = r2.index_columns, a2 = r2.parentheses, u2 = r2.prefix, s2 = [];
          switch (t2.toLowerCase()) {
            case "forceseek":
              s2.push(h(t2), "(".concat(y(n2)), "(".concat(o2.map(lt).filter(m).join(", "), "))"));
              break;
            case "spatial_window_max_cells":
              s2.push(h(t2), "=", lt(e2));
              break;
            case "index":
              s2.push(h(u2), h(t2), a2 ? "(".concat(e2.map((function(r3) {
                return y(r3);
              })).join(", "), ")") : "= ".concat(y(e2)));
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
        if ("UNNEST" === h(r2.type)) return dr(r2);
        var t2, e2, n2, o2, a2 = r2.table, u2 = r2.db, i2 = r2.as, c2 = r2.expr, l2 = r2.operator, f2 = r2.prefix, p2 = r2.schema, v2 = r2.server, b2 = r2.suffix, d2 = r2.tablesample, C2 = r2.temporal_table, A2 = r2.table_hint, E2 = r2.surround, g2 = void 0 === E2 ? {} : E2, j2 = y(v2, false, g2.server), S2 = y(u2, false, g2.db), T2 = y(p2, false, g2.schema), _2 = a2 && y(a2, false, g2.table);
        if (c2) switch (c2.type) {
          case "values":
            var x2 = c2.parentheses, k2 = c2.values, I2 = c2.prefix, N2 = [x2 && "(", "", x2 && ")"], O2 = ur(k2);
            I2 && (O2 = O2.split("(").slice(1).map((function(r3) {
              return "".concat(h(I2), "(").concat(r3);
            })).join("")), N2[1] = "VALUES ".concat(O2), _2 = N2.filter(m).join("");
            break;
          case "tumble":
            _2 = (function(r3) {
              if (!r3) return "";
              var t3 = r3.data, e3 = r3.timecol, n3 = r3.offset, o3 = r3.size, a3 = [y(t3.expr.db), y(t3.expr.schema), y(t3.expr.table)].filter(m).join("."), u3 = "DESCRIPTOR(".concat(Et(e3.expr), ")"), s2 = ["TABLE(TUMBLE(TABLE ".concat(mr(t3, a3)), mr(e3, u3)], i3 = mr(o3, pr(o3.expr));
              return n3 && n3.expr ? s2.push(i3, "".concat(mr(n3, pr(n3.expr)), "))")) : s2.push("".concat(i3, "))")), s2.filter(m).join(", ");
            })(c2);
            break;
          case "generator":
            e2 = (t2 = c2).keyword, n2 = t2.type, o2 = t2.generators.map((function(r3) {
              return L(r3).join(" ");
            })).join(", "), _2 = "".concat(h(e2), "(").concat(h(n2), "(").concat(o2, "))");
            break;
          default:
            _2 = lt(c2);
        }
        var R2 = [[j2, S2, T2, _2 = [h(f2), _2, h(b2)].filter(m).join(" ")].filter(m).join(".")];
        if (d2) {
          var U2 = ["TABLESAMPLE", lt(d2.expr), w(d2.repeatable)].filter(m).join(" ");
          R2.push(U2);
        }
        R2.push((function(r3) {
          if (r3) {
            var t3 = r3.keyword, e3 = r3.expr;
            return [h(t3), wr(e3)].filter(m).join(" ");
          }
        })(C2), s("AS", "string" == typeof i2 ? y : lt, i2), yr(l2)), A2 && R2.push(h(A2.keyword), "(".concat(A2.expr.map(hr).filter(m).join(", "), ")"));
        var M2 = R2.filter(m).join(" ");
        return r2.parentheses ? "(".concat(M2, ")") : M2;
      }
      function Cr(r2) {
        if (!r2) return "";
        if (!Array.isArray(r2)) {
          var t2 = r2.expr, e2 = r2.parentheses, n2 = r2.joins, o2 = Cr(t2);
          if (e2) {
            for (var a2 = [], u2 = [], i2 = true === e2 ? 1 : e2.length, c2 = 0; c2++ < i2; ) a2.push("("), u2.push(")");
            var l2 = n2 && n2.length > 0 ? Cr([""].concat(vr(n2))) : "";
            return a2.join("") + o2 + u2.join("") + l2;
          }
          return o2;
        }
        var f2 = r2[0], p2 = [];
        if ("dual" === f2.type) return "DUAL";
        p2.push(Lr(f2));
        for (var v2 = 1; v2 < r2.length; ++v2) {
          var b2 = r2[v2], d2 = b2.on, y2 = b2.using, L2 = b2.join, C2 = [], A2 = Array.isArray(b2) || Object.hasOwnProperty.call(b2, "joins");
          C2.push(L2 ? " ".concat(h(L2)) : ","), C2.push(A2 ? Cr(b2) : Lr(b2)), C2.push(s("ON", lt, d2)), y2 && C2.push("USING (".concat(y2.map(w).join(", "), ")")), p2.push(C2.filter(m).join(" "));
        }
        return p2.filter(m).join("");
      }
      function Ar(r2) {
        var t2 = r2.keyword, e2 = r2.symbol, n2 = r2.value, o2 = [t2.toUpperCase()];
        e2 && o2.push(e2);
        var a2 = w(n2);
        switch (t2) {
          case "partition by":
          case "default collate":
            a2 = lt(n2);
            break;
          case "options":
            a2 = "(".concat(n2.map((function(r3) {
              return [r3.keyword, r3.symbol, lt(r3.value)].join(" ");
            })).join(", "), ")");
            break;
          case "cluster by":
            a2 = n2.map(lt).join(", ");
        }
        return o2.push(a2), o2.filter(m).join(" ");
      }
      var Er = ["analyze", "attach", "select", "deallocate", "delete", "exec", "update", "insert", "drop", "rename", "truncate", "call", "desc", "describe", "use", "alter", "set", "create", "lock", "unlock", "declare", "show", "replace", "if", "grant", "revoke", "proc", "raise", "execute", "transaction", "explain", "comment", "load_data"];
      function gr(r2) {
        var t2 = r2 && r2.ast ? r2.ast : r2;
        if (!Er.includes(t2.type)) throw new Error("".concat(t2.type, " statements not supported at the moment"));
      }
      function jr(r2) {
        return Array.isArray(r2) ? (r2.forEach(gr), ar(r2)) : (gr(r2), or(r2));
      }
      function Sr(r2) {
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
        var a2, u2 = true, s2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          s2 = true, a2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (s2) throw a2;
          }
        } };
      }
      function _r(r2) {
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
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.name, o2 = r2.prefix, a2 = r2.suffix, u2 = [h(t2), h(e2), h(o2)];
        switch (e2) {
          case "table":
            u2.push(Cr(n2));
            break;
          case "trigger":
            u2.push([n2[0].schema ? "".concat(y(n2[0].schema), ".") : "", y(n2[0].trigger)].filter(m).join(""));
            break;
          case "database":
          case "schema":
          case "procedure":
            u2.push(y(n2));
            break;
          case "view":
            u2.push(Cr(n2), r2.options && r2.options.map(lt).filter(m).join(" "));
            break;
          case "index":
            u2.push.apply(u2, [Et(n2)].concat(_r(r2.table ? ["ON", Lr(r2.table)] : []), [r2.options && r2.options.map(lt).filter(m).join(" ")]));
            break;
          case "type":
            u2.push(n2.map(Et).join(", "), r2.options && r2.options.map(lt).filter(m).join(" "));
        }
        return a2 && u2.push(a2.map(lt).filter(m).join(" ")), u2.filter(m).join(" ");
      }
      function Nr(r2) {
        var t2 = r2.type, e2 = r2.table, n2 = h(t2), o2 = "string" == typeof e2 ? y(e2) : Lr(e2);
        return "".concat(n2, " ").concat(o2);
      }
      function Or(r2) {
        var t2 = r2.type, e2 = r2.keyword, n2 = r2.tables, o2 = [t2.toUpperCase(), h(e2)];
        if ("UNLOCK" === t2.toUpperCase()) return o2.join(" ");
        var a2, u2 = [], s2 = Tr(n2);
        try {
          var i2 = function() {
            var r3 = a2.value, t3 = r3.table, e3 = r3.lock_type, n3 = [Lr(t3)];
            if (e3) {
              n3.push(["prefix", "type", "suffix"].map((function(r4) {
                return h(e3[r4]);
              })).filter(m).join(" "));
            }
            u2.push(n3.join(" "));
          };
          for (s2.s(); !(a2 = s2.n()).done; ) i2();
        } catch (r3) {
          s2.e(r3);
        } finally {
          s2.f();
        }
        return o2.push.apply(o2, [u2.join(", ")].concat(_r((function(r3) {
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
        var t2 = r2.type, e2 = r2.grant_option_for, n2 = r2.keyword, o2 = r2.objects, a2 = r2.on, u2 = r2.to_from, s2 = r2.user_or_roles, i2 = r2.with, c2 = [h(t2), w(e2)], l2 = o2.map((function(r3) {
          var t3 = r3.priv, e3 = r3.columns, n3 = [lt(t3)];
          return e3 && n3.push("(".concat(e3.map(Et).join(", "), ")")), n3.join(" ");
        })).join(", ");
        if (c2.push(l2), a2) switch (c2.push("ON"), n2) {
          case "priv":
            c2.push(w(a2.object_type), a2.priv_level.map((function(r3) {
              return [y(r3.prefix), y(r3.name)].filter(m).join(".");
            })).join(", "));
            break;
          case "proxy":
            c2.push(Rr(a2));
        }
        return c2.push(h(u2), s2.map(Rr).join(", ")), c2.push(w(i2)), c2.filter(m).join(" ");
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
          var t2 = r2.constraint, e2 = r2.constraint_type, n2 = r2.enforced, o2 = r2.index, a2 = r2.keyword, u2 = r2.reference_definition, i2 = r2.for, c2 = r2.with_values, l2 = [], f2 = p().database;
          l2.push(h(a2)), l2.push(y(t2));
          var v2 = h(e2);
          return "sqlite" === f2.toLowerCase() && "UNIQUE KEY" === v2 && (v2 = "UNIQUE"), l2.push(v2), l2.push("sqlite" !== f2.toLowerCase() && y(o2)), l2.push.apply(l2, Mr(M(r2))), l2.push.apply(l2, Mr(jt(u2))), l2.push(h(n2)), l2.push(s("FOR", y, i2)), l2.push(w(c2)), l2.filter(m).join(" ");
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
      function qr(r2) {
        if (r2) {
          var t2 = r2.as_window_specification, e2 = r2.expr, n2 = r2.keyword, o2 = r2.type, a2 = r2.parentheses, u2 = h(o2);
          if ("WINDOW" === u2) return "OVER ".concat(Hr(t2));
          if ("ON UPDATE" === u2) {
            var s2 = "".concat(h(o2), " ").concat(h(n2)), i2 = lt(e2) || [];
            return a2 && (s2 = "".concat(s2, "(").concat(i2.join(", "), ")")), s2;
          }
          if (r2.partitionby) return ["OVER", "(".concat(pt(r2.partitionby, "partition by")), "".concat(pt(r2.orderby, "order by"), ")")].filter(m).join(" ");
          throw new Error("unknown over type");
        }
      }
      function Br(r2) {
        if (!r2 || !r2.array) return "";
        var t2 = r2.array.keyword;
        if (t2) return h(t2);
        for (var e2 = r2.array, n2 = e2.dimension, o2 = e2.length, a2 = [], u2 = 0; u2 < n2; u2++) a2.push("["), o2 && o2[u2] && a2.push(w(o2[u2])), a2.push("]");
        return a2.join("");
      }
      function Wr(r2) {
        for (var t2 = r2.target, e2 = r2.expr, n2 = r2.keyword, o2 = r2.symbol, a2 = r2.as, u2 = r2.offset, s2 = r2.parentheses, i2 = r2.collate, c2 = Ct({ expr: e2, offset: u2 }), l2 = [], f2 = 0, p2 = t2.length; f2 < p2; ++f2) {
          var v2 = t2[f2], b2 = v2.angle_brackets, d2 = v2.length, L2 = v2.dataType, C2 = v2.parentheses, A2 = v2.quoted, E2 = v2.scale, g2 = v2.suffix, j2 = v2.expr, S2 = j2 ? lt(j2) : "";
          null != d2 && (S2 = E2 ? "".concat(d2, ", ").concat(E2) : d2), C2 && (S2 = "(".concat(S2, ")")), b2 && (S2 = "<".concat(S2, ">")), g2 && g2.length && (S2 += " ".concat(g2.map(w).join(" ")));
          var T2 = "::", _2 = "", x2 = [];
          "as" === o2 && (0 === f2 && (c2 = "".concat(h(n2), "(").concat(c2)), _2 = ")", T2 = " ".concat(o2.toUpperCase(), " ")), 0 === f2 && x2.push(c2);
          var k2 = Br(v2);
          x2.push(T2, A2, L2, A2, k2, S2, _2), l2.push(x2.filter(m).join(""));
        }
        var I2 = vt(i2);
        a2 && l2.push(" AS ".concat(y(a2)));
        var N2 = [l2.filter(m).join(""), I2].filter(m).join(" ");
        return s2 ? "(".concat(N2, ")") : N2;
      }
      function Gr(r2) {
        var t2 = r2.args, e2 = r2.array_index, n2 = r2.collate, o2 = r2.name, a2 = r2.args_parentheses, u2 = r2.parentheses, s2 = r2.within_group, i2 = r2.over, c2 = r2.suffix, l2 = qr(i2), f2 = (function(r3) {
          if (!r3) return "";
          var t3 = r3.type, e3 = r3.keyword, n3 = r3.orderby;
          return [h(t3), h(e3), "(".concat(pt(n3, "order by"), ")")].filter(m).join(" ");
        })(s2), p2 = lt(c2), v2 = vt(n2), b2 = [w(o2.schema), o2.name.map(w).join(".")].filter(m).join(".");
        if (!t2) return [b2, v2, f2, l2].filter(m).join(" ");
        var d2 = r2.separator || ", ", y2 = 0;
        if ("TRIM" === h(b2)) for (var L2 = 0, C2 = t2.value.length; L2 < C2; ++L2) {
          var A2 = t2.value[L2];
          if ("origin" === A2.type && "from" === A2.value) {
            y2 = L2;
            break;
          }
        }
        var E2 = [b2];
        E2.push(false === a2 ? " " : "(");
        var g2 = lt(t2);
        if (Array.isArray(d2)) {
          for (var j2 = g2[0], S2 = 1, T2 = g2.length; S2 < T2; ++S2) j2 = [j2, g2[S2]].join(" ".concat(lt(d2[S2 - 1]), " "));
          E2.push(j2);
        } else "TRIM" === h(b2) && y2 > 0 ? E2.push([g2.slice(0, y2 + 1).join(" "), g2.slice(y2 + 1).join(", ")].join(" ")) : E2.push(g2.join(d2));
        return false !== a2 && E2.push(")"), E2.push(At(e2)), E2 = [E2.join(""), p2, v2].filter(m).join(" "), [u2 ? "(".concat(E2, ")") : E2, f2, l2].filter(m).join(" ");
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
        var t2, e2, n2, o2, a2 = r2.resource;
        switch (a2) {
          case "column":
            return _t(r2);
          case "index":
            return e2 = [], n2 = (t2 = r2).keyword, o2 = t2.index, e2.push(h(n2)), e2.push(o2), e2.push.apply(e2, I(M(t2))), e2.filter(m).join(" ");
          case "constraint":
            return Pr(r2);
          case "sequence":
            return [h(r2.prefix), lt(r2.value)].filter(m).join(" ");
          default:
            throw new Error("unknown resource = ".concat(a2, " type"));
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
        var t2 = r2.keyword, e2 = r2.table, n2 = r2.for_values, o2 = r2.tablespace, a2 = [h(t2), Lr(e2), h(n2.keyword), Kr(n2.expr)];
        return o2 && a2.push("TABLESPACE", w(o2)), a2.filter(m).join(" ");
      }
      function Jr(r2) {
        return r2.dataType ? E(r2) : [y(r2.db), y(r2.schema), y(r2.table)].filter(m).join(".");
      }
      function Zr(r2) {
        var t2 = r2.type;
        switch (t2) {
          case "as":
            return [h(t2), r2.symbol, or(r2.declare), h(r2.begin), ar(r2.expr), h(r2.end), r2.symbol].filter(m).join(" ");
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
            o2.push([y(n2.schema), n2.name].filter(m).join("."));
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
        var t2 = r2.action, e2 = r2.create_definitions, n2 = r2.if_not_exists, o2 = r2.keyword, a2 = r2.if_exists, u2 = r2.old_column, s2 = r2.prefix, i2 = r2.resource, c2 = r2.symbol, l2 = r2.suffix, f2 = "", p2 = [];
        switch (i2) {
          case "column":
            p2 = [_t(r2)];
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
            f2 = [c2, h(r2[i2])].filter(m).join(" ");
            break;
          case "constraint":
            f2 = y(r2[i2]), p2 = [Xr(e2)];
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
        var v2 = [h(t2), h(o2), h(n2), h(a2), u2 && Et(u2), h(s2), f2 && f2.trim(), p2.filter(m).join(" ")];
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
      function at(r2) {
        var t2 = r2.expr_list;
        switch (h(r2.type)) {
          case "STRUCT":
          case "ROW":
            return "(".concat(Nt(t2), ")");
          case "ARRAY":
            return (function(r3) {
              var t3 = r3.array_path, e2 = r3.brackets, n2 = r3.expr_list, o2 = r3.parentheses;
              if (!n2) return "[".concat(Nt(t3), "]");
              var a2 = Array.isArray(n2) ? n2.map((function(r4) {
                return "(".concat(Nt(r4), ")");
              })).filter(m).join(", ") : lt(n2);
              return e2 ? "[".concat(a2, "]") : o2 ? "(".concat(a2, ")") : a2;
            })(r2);
          default:
            return "";
        }
      }
      function ut(r2) {
        var t2 = r2.definition, e2 = r2.keyword, n2 = r2.orderby, o2 = r2.limit, a2 = [h(e2)];
        return t2 && "object" === ot(t2) && (a2.length = 0, a2.push(g(t2))), a2.push(at(r2), pt(n2, "order by"), B(o2)), a2.filter(m).join("");
      }
      function st(r2) {
        return (st = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var it = { alter: et, aggr_func: function(r2) {
        var t2 = r2.args, e2 = r2.filter, n2 = r2.over, o2 = r2.within_group_orderby, a2 = lt(t2.expr);
        a2 = Array.isArray(a2) ? a2.join(", ") : a2;
        var u2 = r2.name, s2 = qr(n2);
        t2.distinct && (a2 = ["DISTINCT", a2].join(" ")), t2.separator && t2.separator.delimiter && (a2 = [a2, w(t2.separator.delimiter)].join("".concat(t2.separator.symbol, " "))), t2.separator && t2.separator.expr && (a2 = [a2, lt(t2.separator.expr)].join(" ")), t2.orderby && (a2 = [a2, pt(t2.orderby, "order by")].join(" ")), t2.separator && t2.separator.value && (a2 = [a2, h(t2.separator.keyword), w(t2.separator.value)].filter(m).join(" "));
        var i2 = o2 ? "WITHIN GROUP (".concat(pt(o2, "order by"), ")") : "", c2 = e2 ? "FILTER (WHERE ".concat(lt(e2.where), ")") : "";
        return ["".concat(u2, "(").concat(a2, ")"), i2, s2, c2].filter(m).join(" ");
      }, any_value: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = r2.over, o2 = t2.expr, a2 = t2.having, u2 = "".concat(h(e2), "(").concat(lt(o2));
        return a2 && (u2 = "".concat(u2, " HAVING ").concat(h(a2.prefix), " ").concat(lt(a2.expr))), [u2 = "".concat(u2, ")"), qr(n2)].filter(m).join(" ");
      }, window_func: function(r2) {
        var t2 = r2.over;
        return [(function(r3) {
          var t3 = r3.args, e2 = r3.name, n2 = r3.consider_nulls, o2 = void 0 === n2 ? "" : n2, a2 = r3.separator, u2 = void 0 === a2 ? ", " : a2;
          return [e2, "(", t3 ? lt(t3).join(u2) : "", ")", o2 && " ", o2].filter(m).join("");
        })(r2), qr(t2)].filter(m).join(" ");
      }, array: ut, assign: tr, binary_expr: D, case: function(r2) {
        var t2 = ["CASE"], e2 = r2.args, n2 = r2.expr, o2 = r2.parentheses;
        n2 && t2.push(lt(n2));
        for (var a2 = 0, u2 = e2.length; a2 < u2; ++a2) t2.push(e2[a2].type.toUpperCase()), e2[a2].cond && (t2.push(lt(e2[a2].cond)), t2.push("THEN")), t2.push(lt(e2[a2].result));
        return t2.push("END"), o2 ? "(".concat(t2.join(" "), ")") : t2.join(" ");
      }, cast: Wr, collate: vt, column_ref: Et, column_definition: _t, datatype: E, extract: function(r2) {
        var t2 = r2.args, e2 = r2.type, n2 = t2.field, o2 = t2.cast_type, a2 = t2.source, u2 = ["".concat(h(e2), "(").concat(h(n2)), "FROM", h(o2), lt(a2)];
        return "".concat(u2.filter(m).join(" "), ")");
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
        var t2 = r2.against, e2 = r2.as, n2 = r2.columns, o2 = r2.match, a2 = r2.mode, u2 = [h(o2), "(".concat(n2.map((function(r3) {
          return Et(r3);
        })).join(", "), ")")].join(" "), s2 = [h(t2), ["(", lt(r2.expr), a2 && " ".concat(w(a2)), ")"].filter(m).join("")].join(" ");
        return [u2, s2, xt(e2)].filter(m).join(" ");
      }, function: Gr, lambda: function(r2) {
        var t2 = r2.args, e2 = r2.expr, n2 = t2.value, o2 = t2.parentheses, a2 = n2.map(lt).join(", ");
        return [o2 ? "(".concat(a2, ")") : a2, "->", lt(e2)].join(" ");
      }, load_data: rr, insert: or, interval: pr, json: function(r2) {
        var t2 = r2.keyword, e2 = r2.expr_list;
        return [h(t2), e2.map((function(r3) {
          return lt(r3);
        })).join(", ")].join(" ");
      }, json_object_arg: function(r2) {
        var t2 = r2.expr, e2 = t2.key, n2 = t2.value, o2 = t2.on, a2 = [lt(e2), "VALUE", lt(n2)];
        return o2 && a2.push("ON", "NULL", lt(o2)), a2.filter(m).join(" ");
      }, json_visitor: function(r2) {
        return [r2.symbol, lt(r2.expr)].join("");
      }, func_arg: function(r2) {
        var t2 = r2.value;
        return [t2.name, t2.symbol, lt(t2.expr)].filter(m).join(" ");
      }, show: er, struct: ut, tablefunc: function(r2) {
        var t2 = r2.as, e2 = r2.name, n2 = r2.args, o2 = [w(e2.schema), e2.name.map(w).join(".")].filter(m).join(".");
        return ["".concat(o2, "(").concat(lt(n2).join(", "), ")"), "AS", Gr(t2)].join(" ");
      }, tables: Cr, unnest: dr, values: ur, window: function(r2) {
        return r2.expr.map($r).join(", ");
      } };
      function ct(r2) {
        var t2 = r2.prefix, e2 = void 0 === t2 ? "@" : t2, n2 = r2.name, o2 = r2.members, a2 = r2.quoted, u2 = r2.suffix, s2 = [], i2 = o2 && o2.length > 0 ? "".concat(n2, ".").concat(o2.join(".")) : n2, c2 = "".concat(e2 || "").concat(i2);
        return u2 && (c2 += u2), s2.push(c2), [a2, s2.join(" "), a2].filter(m).join("");
      }
      function lt(r2) {
        if (r2) {
          var t2 = r2;
          if (r2.ast) {
            var e2 = t2.ast;
            Reflect.deleteProperty(t2, e2);
            for (var n2 = 0, o2 = Object.keys(e2); n2 < o2.length; n2++) {
              var a2 = o2[n2];
              t2[a2] = e2[a2];
            }
          }
          var u2 = t2.type;
          return "expr" === u2 ? lt(t2.expr) : it[u2] ? it[u2](t2) : w(t2);
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
          var t2 = r2.keyword, e2 = r2.collate, n2 = e2.name, o2 = e2.symbol, a2 = e2.value, u2 = [h(t2)];
          return a2 || u2.push(o2), u2.push(Array.isArray(n2) ? n2.map(w).join(".") : w(n2)), a2 && u2.push(o2), u2.push(lt(a2)), u2.filter(m).join(" ");
        }
      }
      function bt(r2) {
        return (bt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
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
        if ("string" == typeof r2) return y(r2, t2);
        var e2 = r2.expr, n2 = r2.offset, o2 = r2.suffix, a2 = n2 && n2.map((function(r3) {
          return ["[", r3.name, "".concat(r3.name ? "(" : ""), w(r3.value), "".concat(r3.name ? ")" : ""), "]"].filter(m).join("");
        })).join("");
        return [lt(e2), a2, o2].filter(m).join("");
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
          var a3, u2 = true, s2 = false;
          return { s: function() {
            e3 = e3.call(r3);
          }, n: function() {
            var r4 = e3.next();
            return u2 = r4.done, r4;
          }, e: function(r4) {
            s2 = true, a3 = r4;
          }, f: function() {
            try {
              u2 || null == e3.return || e3.return();
            } finally {
              if (s2) throw a3;
            }
          } };
        })(r2);
        try {
          for (n2.s(); !(t2 = n2.n()).done; ) {
            var o2 = t2.value, a2 = o2.brackets ? "[".concat(lt(o2.index), "]") : "".concat(o2.notation).concat(lt(o2.index));
            o2.property && (a2 = "".concat(a2, ".").concat(w(o2.property))), e2.push(a2);
          }
        } catch (r3) {
          n2.e(r3);
        } finally {
          n2.f();
        }
        return e2.join("");
      }
      function Et(r2) {
        var t2 = r2.array_index, e2 = r2.as, n2 = r2.column, o2 = r2.collate, a2 = r2.db, u2 = r2.isDual, i2 = r2.notations, c2 = void 0 === i2 ? [] : i2, l2 = r2.options, f2 = r2.schema, p2 = r2.table, v2 = r2.parentheses, b2 = r2.suffix, d2 = r2.order_by, w2 = r2.subFields, L2 = void 0 === w2 ? [] : w2, C2 = "*" === n2 ? "*" : Ct(n2, u2), A2 = [a2, f2, p2].filter(m).map((function(r3) {
          return "".concat("string" == typeof r3 ? y(r3) : lt(r3));
        })), E2 = A2[0];
        if (E2) {
          for (var g2 = 1; g2 < A2.length; ++g2) E2 = "".concat(E2).concat(c2[g2] || ".").concat(A2[g2]);
          C2 = "".concat(E2).concat(c2[g2] || ".").concat(C2);
        }
        var j2 = [C2 = ["".concat(C2).concat(At(t2))].concat(mt(L2)).join("."), vt(o2), lt(l2), s("AS", lt, e2)];
        j2.push("string" == typeof b2 ? h(b2) : lt(b2)), j2.push(h(d2));
        var S2 = j2.filter(m).join(" ");
        return v2 ? "(".concat(S2, ")") : S2;
      }
      function gt(r2) {
        if (r2) {
          var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.suffix, a2 = r2.scale, u2 = r2.expr, s2 = E({ schema: t2, dataType: e2, length: n2, suffix: o2, scale: a2, parentheses: null != n2 });
          if (u2 && (s2 += lt(u2)), r2.array) {
            var i2 = Br(r2);
            s2 += [/^\[.*\]$/.test(i2) ? "" : " ", i2].join("");
          }
          return s2;
        }
      }
      function jt(r2) {
        var t2 = [];
        if (!r2) return t2;
        var e2 = r2.definition, n2 = r2.keyword, o2 = r2.match, a2 = r2.table, u2 = r2.on_action;
        return t2.push(h(n2)), t2.push(Cr(a2)), t2.push(e2 && "(".concat(e2.map((function(r3) {
          return lt(r3);
        })).join(", "), ")")), t2.push(h(o2)), u2.map((function(r3) {
          return t2.push(h(r3.type), lt(r3.value));
        })), t2.filter(m);
      }
      function St(r2) {
        var t2 = [], e2 = r2.nullable, n2 = r2.character_set, o2 = r2.check, a2 = r2.comment, u2 = r2.constraint, i2 = r2.collate, c2 = r2.storage, l2 = r2.using, f2 = r2.default_val, v2 = r2.generated, b2 = r2.auto_increment, d2 = r2.unique, y2 = r2.primary_key, C2 = r2.column_format, A2 = r2.reference_definition, E2 = r2.generated_by_default, g2 = [h(e2 && e2.action), h(e2 && e2.value)].filter(m).join(" ");
        if (v2 || t2.push(g2), f2) {
          var S2 = f2.type, T2 = f2.value;
          t2.push(S2.toUpperCase(), lt(T2));
        }
        var _2 = p().database;
        return u2 && t2.push(h(u2.keyword), w(u2.constraint)), t2.push(Pr(o2)), t2.push((function(r3) {
          if (r3) return [h(r3.value), "(".concat(lt(r3.expr), ")"), h(r3.storage_type)].filter(m).join(" ");
        })(v2)), v2 && t2.push(g2), t2.push(x(b2), h(y2), h(d2), w(E2), j(a2)), t2.push.apply(t2, mt(L(n2))), "sqlite" !== _2.toLowerCase() && t2.push(lt(i2)), t2.push.apply(t2, mt(L(C2))), t2.push.apply(t2, mt(L(c2))), t2.push.apply(t2, mt(jt(A2))), t2.push(s("USING", lt, l2)), t2.filter(m).join(" ");
      }
      function Tt(r2) {
        var t2 = r2.order_by, e2 = r2.column, n2 = r2.collate, o2 = r2.nulls, a2 = r2.opclass, u2 = "string" == typeof e2 ? { type: "column_ref", table: r2.table, column: e2 } : yt(yt({}, r2), {}, { order_by: null });
        return u2.collate = null, [lt(u2), lt(n2), a2, h(t2), h(o2)].filter(m).join(" ");
      }
      function _t(r2) {
        var t2 = [], e2 = Et(r2.column), n2 = gt(r2.definition);
        return t2.push(e2), t2.push(n2), t2.push(St(r2)), t2.filter(m).join(" ");
      }
      function xt(r2) {
        return r2 ? "object" === bt(r2) ? ["AS", lt(r2)].join(" ") : ["AS", /^(`?)[a-z_][0-9a-z_]*(`?)$/i.test(r2) ? y(r2) : d(r2)].join(" ") : "";
      }
      function kt(r2, t2) {
        var e2 = r2.expr, n2 = r2.type;
        if ("cast" === n2) return Wr(r2);
        t2 && (e2.isDual = t2);
        var o2 = lt(e2), a2 = r2.expr_list;
        if (a2) {
          var u2 = [o2], s2 = a2.map((function(r3) {
            return kt(r3, t2);
          })).join(", ");
          return u2.push([h(n2), n2 && "(", s2, n2 && ")"].filter(m).join("")), u2.filter(m).join(" ");
        }
        return e2.parentheses && Reflect.has(e2, "array_index") && "cast" !== e2.type && (o2 = "(".concat(o2, ")")), e2.array_index && "column_ref" !== e2.type && "function" !== e2.type && (o2 = "".concat(o2).concat(At(e2.array_index))), [o2, xt(r2.as)].filter(m).join(" ");
      }
      function It(r2) {
        var t2 = Array.isArray(r2) && r2[0];
        return !(!t2 || "dual" !== t2.type);
      }
      function Nt(r2, t2) {
        if (!r2 || "*" === r2) return r2;
        var e2 = It(t2);
        return r2.map((function(r3) {
          return kt(r3, e2);
        })).join(", ");
      }
      it.var = ct, it.expr_list = function(r2) {
        var t2 = ft(r2.value), e2 = r2.parentheses, n2 = r2.separator;
        if (!e2 && !n2) return t2;
        var o2 = n2 || ", ", a2 = t2.join(o2);
        return e2 ? "(".concat(a2, ")") : a2;
      }, it.select = function(r2) {
        var t2 = "object" === st(r2._next) ? or(r2) : Y(r2);
        return r2.parentheses ? "(".concat(t2, ")") : t2;
      }, it.unary_expr = function(r2) {
        var t2 = r2.operator, e2 = r2.parentheses, n2 = r2.expr, o2 = "-" === t2 || "+" === t2 || "~" === t2 || "!" === t2 ? "" : " ", a2 = "".concat(t2).concat(o2).concat(lt(n2));
        return e2 ? "(".concat(a2, ")") : a2;
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
      var Ut, Mt, Dt, Pt = (Ut = {}, Mt = "db2", Dt = Ot.parse, (Mt = (function(r2) {
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
        var a2, u2 = true, s2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          s2 = true, a2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (s2) throw a2;
          }
        } };
      }
      function $t(r2, t2) {
        (null == t2 || t2 > r2.length) && (t2 = r2.length);
        for (var e2 = 0, n2 = Array(t2); e2 < t2; e2++) n2[e2] = r2[e2];
        return n2;
      }
      function qt(r2, t2) {
        for (var e2 = 0; e2 < t2.length; e2++) {
          var n2 = t2[e2];
          n2.enumerable = n2.enumerable || false, n2.configurable = true, "value" in n2 && (n2.writable = true), Object.defineProperty(r2, Bt(n2.key), n2);
        }
      }
      function Bt(r2) {
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
      var Wt = (function() {
        return (function(r2, t2, e2) {
          return t2 && qt(r2.prototype, t2), e2 && qt(r2, e2), Object.defineProperty(r2, "prototype", { writable: false }), r2;
        })((function r2() {
          !(function(r3, t2) {
            if (!(r3 instanceof t2)) throw new TypeError("Cannot call a class as a function");
          })(this, r2);
        }), [{ key: "astify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : a, e2 = this.parse(r2, t2);
          return e2 && e2.ast;
        } }, { key: "sqlify", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : a;
          return v(t2), Sr(r2);
        } }, { key: "exprToSQL", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : a;
          return v(t2), lt(r2);
        } }, { key: "columnsToSQL", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : a;
          if (v(e2), !r2 || "*" === r2) return [];
          var n2 = It(t2);
          return r2.map((function(r3) {
            return kt(r3, n2);
          }));
        } }, { key: "parse", value: function(r2) {
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : a, e2 = t2.database, n2 = void 0 === e2 ? "db2" : e2;
          v(t2);
          var o2 = n2.toLowerCase();
          if (Pt[o2]) return Pt[o2](false === t2.trimQuery ? r2 : r2.trim(), t2.parseOptions || a.parseOptions);
          throw new Error("".concat(n2, " is not supported currently"));
        } }, { key: "whiteListCheck", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : a;
          if (t2 && 0 !== t2.length) {
            var n2 = e2.type, o2 = void 0 === n2 ? "table" : n2;
            if (!this["".concat(o2, "List")] || "function" != typeof this["".concat(o2, "List")]) throw new Error("".concat(o2, " is not valid check mode"));
            var u2, s2 = this["".concat(o2, "List")].bind(this), i2 = s2(r2, e2), c2 = true, l2 = "", f2 = Ht(i2);
            try {
              for (f2.s(); !(u2 = f2.n()).done; ) {
                var p2, v2 = u2.value, b2 = false, d2 = Ht(t2);
                try {
                  for (d2.s(); !(p2 = d2.n()).done; ) {
                    var y2 = p2.value, h2 = new RegExp("^".concat(y2, "$"), "i");
                    if (h2.test(v2)) {
                      b2 = true;
                      break;
                    }
                  }
                } catch (r3) {
                  d2.e(r3);
                } finally {
                  d2.f();
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
      function Gt(r2) {
        return (Gt = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      "object" === ("undefined" == typeof self ? "undefined" : Gt(self)) && self && (self.NodeSQLParser = { Parser: Wt, util: n }), "undefined" == typeof global && "object" === ("undefined" == typeof window ? "undefined" : Gt(window)) && window && (window.global = window), "object" === ("undefined" == typeof global ? "undefined" : Gt(global)) && global && global.window && (global.window.NodeSQLParser = { Parser: Wt, util: n });
    }]));
  }
});
export default require_db2();
