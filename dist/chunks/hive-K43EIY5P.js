import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  require_BigInteger
} from "./chunk-HH7QAQAU.js";
import {
  __commonJS
} from "./chunk-AUHH7KO2.js";

// node_modules/node-sql-parser/build/hive.js
var require_hive = __commonJS({
  "node_modules/node-sql-parser/build/hive.js"(exports) {
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
        var e2, a = {}, u = { start: Ro }, i = Ro, s = function(r3, t3) {
          return gs(r3, t3, 1);
        }, c = To("IF", true), l = function(r3, t3) {
          return gs(r3, t3);
        }, f = To("AUTO_INCREMENT", true), p = To("UNIQUE", true), v = To("KEY", true), b = To("PRIMARY", true), d = To("COLUMN_FORMAT", true), y = To("FIXED", true), h = To("DYNAMIC", true), m = To("DEFAULT", true), w = To("STORAGE", true), L = To("DISK", true), C = To("MEMORY", true), A = To("ALGORITHM", true), E = To("INSTANT", true), g = To("INPLACE", true), j = To("COPY", true), S = To("LOCK", true), _ = To("NONE", true), T = To("SHARED", true), x = To("EXCLUSIVE", true), k = To("PRIMARY KEY", true), I = To("FOREIGN KEY", true), N = To("MATCH FULL", true), O = To("MATCH PARTIAL", true), R = To("MATCH SIMPLE", true), U = To("RESTRICT", true), M = To("CASCADE", true), D = To("SET NULL", true), P = To("NO ACTION", true), F = To("SET DEFAULT", true), H = To("CHARACTER", true), $ = To("SET", true), q = To("CHARSET", true), W = To("COLLATE", true), B = To("AVG_ROW_LENGTH", true), G = To("KEY_BLOCK_SIZE", true), Y = To("MAX_ROWS", true), V = To("MIN_ROWS", true), Q = To("STATS_SAMPLE_PAGES", true), X = To("CONNECTION", true), K = To("COMPRESSION", true), z = To("'", false), J = To("ZLIB", true), Z = To("LZ4", true), rr = To("ENGINE", true), tr = To("READ", true), er = To("LOCAL", true), nr = To("LOW_PRIORITY", true), or = To("WRITE", true), ar = function(r3, t3) {
          return gs(r3, t3);
        }, ur = To("(", false), ir = To(")", false), sr = To(".", false), cr = To("BTREE", true), lr = To("HASH", true), fr = To("WITH", true), pr = To("PARSER", true), vr = To("VISIBLE", true), br = To("INVISIBLE", true), dr = function(r3, t3) {
          return t3.unshift(r3), t3.forEach((r4) => {
            const { table: t4, as: e3 } = r4;
            Is[t4] = t4, e3 && (Is[e3] = t4), (function(r5) {
              const t5 = _s(r5);
              r5.clear(), t5.forEach((t6) => r5.add(t6));
            })(ks);
          }), t3;
        }, yr = To("FOLLOWING", true), hr = To("PRECEDING", true), mr = To("CURRENT", true), wr = To("ROW", true), Lr = To("UNBOUNDED", true), Cr = To("=", false), Ar = function(r3, t3) {
          return js(r3, t3);
        }, Er = To("!", false), gr = function(r3) {
          return r3[0] + " " + r3[2];
        }, jr = To(">=", false), Sr = To(">", false), _r = To("<=", false), Tr = To("<>", false), xr = To("<", false), kr = To("==", false), Ir = To("!=", false), Nr = function(r3, t3) {
          return { op: r3, right: t3 };
        }, Or = To("+", false), Rr = To("-", false), Ur = To("*", false), Mr = To("/", false), Dr = To("%", false), Pr = To("~", false), Fr = function(r3) {
          return true === ws[r3.toUpperCase()];
        }, Hr = To('"', false), $r = /^[^"]/, qr = xo(['"'], true, false), Wr = /^[^']/, Br = xo(["'"], true, false), Gr = To("`", false), Yr = /^[^`]/, Vr = xo(["`"], true, false), Qr = function(r3, t3) {
          return r3 + t3.join("");
        }, Xr = /^[A-Za-z_\u4E00-\u9FA5\xC0-\u017F]/, Kr = xo([["A", "Z"], ["a", "z"], "_", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), zr = /^[A-Za-z0-9_$\u4E00-\u9FA5\xC0-\u017F]/, Jr = xo([["A", "Z"], ["a", "z"], ["0", "9"], "_", "$", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), Zr = /^[A-Za-z0-9_:\u4E00-\u9FA5\xC0-\u017F]/, rt = xo([["A", "Z"], ["a", "z"], ["0", "9"], "_", ":", ["\u4E00", "\u9FA5"], ["\xC0", "\u017F"]], false, false), tt = To(":", false), et = To("OVER", true), nt = To("AT TIME ZONE", true), ot = function(r3, t3) {
          return { type: r3.toLowerCase(), value: t3[1].join("") };
        }, at = /^[^"\\\0-\x1F\x7F]/, ut = xo(['"', "\\", ["\0", ""], "\x7F"], true, false), it = /^[^'\\]/, st = xo(["'", "\\"], true, false), ct = To("\\'", false), lt = To('\\"', false), ft = To("\\\\", false), pt = To("\\/", false), vt = To("\\b", false), bt = To("\\f", false), dt = To("\\n", false), yt = To("\\r", false), ht = To("\\t", false), mt = To("\\u", false), wt = To("\\", false), Lt = To("''", false), Ct = To('""', false), At = To("``", false), Et = /^[\n\r]/, gt = xo(["\n", "\r"], false, false), jt = /^[0-9]/, St = xo([["0", "9"]], false, false), _t = /^[0-9a-fA-F]/, Tt = xo([["0", "9"], ["a", "f"], ["A", "F"]], false, false), xt = /^[eE]/, kt = xo(["e", "E"], false, false), It = /^[+\-]/, Nt = xo(["+", "-"], false, false), Ot = To("NULL", true), Rt = To("NOT NULL", true), Ut = To("TRUE", true), Mt = To("TO", true), Dt = To("FALSE", true), Pt = (To("SHOW", true), To("DROP", true)), Ft = To("USE", true), Ht = To("ALTER", true), $t = To("SELECT", true), qt = To("UPDATE", true), Wt = To("CREATE", true), Bt = To("TEMPORARY", true), Gt = To("DELETE", true), Yt = To("INSERT", true), Vt = To("RECURSIVE", true), Qt = To("REPLACE", true), Xt = To("RENAME", true), Kt = To("IGNORE", true), zt = (To("EXPLAIN", true), To("PARTITION", true)), Jt = To("INTO", true), Zt = To("OVERWRITE", true), re = To("FROM", true), te = To("UNLOCK", true), ee = To("AS", true), ne = To("TABLE", true), oe = To("TABLES", true), ae = To("DATABASE", true), ue = To("SCHEMA", true), ie = To("ON", true), se = To("LEFT", true), ce = To("RIGHT", true), le = To("FULL", true), fe = To("CROSS", true), pe = To("INNER", true), ve = To("JOIN", true), be = To("OUTER", true), de = To("UNION", true), ye = To("VALUES", true), he = To("USING", true), me = To("WHERE", true), we = To("GROUP", true), Le = To("BY", true), Ce = To("ORDER", true), Ae = To("HAVING", true), Ee = To("LIMIT", true), ge = To("OFFSET", true), je = To("ASC", true), Se = To("DESC", true), _e = To("ALL", true), Te = To("DISTINCT", true), xe = To("BETWEEN", true), ke = To("IN", true), Ie = To("IS", true), Ne = To("LIKE", true), Oe = To("RLIKE", true), Re = To("EXISTS", true), Ue = To("NOT", true), Me = To("AND", true), De = To("OR", true), Pe = To("COUNT", true), Fe = To("MAX", true), He = To("MIN", true), $e = To("SUM", true), qe = To("AVG", true), We = To("CALL", true), Be = To("CASE", true), Ge = To("WHEN", true), Ye = To("THEN", true), Ve = To("ELSE", true), Qe = To("END", true), Xe = To("CAST", true), Ke = To("CHAR", true), ze = To("VARCHAR", true), Je = To("NUMERIC", true), Ze = To("DECIMAL", true), rn = To("SIGNED", true), tn = To("STRING", true), en = To("UNSIGNED", true), nn = To("INT", true), on = To("ZEROFILL", true), an = To("INTEGER", true), un = To("JSON", true), sn = To("SMALLINT", true), cn = To("TINYINT", true), ln = To("TINYTEXT", true), fn = To("TEXT", true), pn = To("MEDIUMTEXT", true), vn = To("LONGTEXT", true), bn = To("BIGINT", true), dn = To("FLOAT", true), yn = To("DOUBLE", true), hn = To("DATE", true), mn = To("DATETIME", true), wn = To("ROWS", true), Ln = To("TIME", true), Cn = To("TIMESTAMP", true), An = To("TRUNCATE", true), En = To("USER", true), gn = To("CURRENT_DATE", true), jn = (To("ADDDATE", true), To("INTERVAL", true)), Sn = To("YEAR", true), _n = To("MONTH", true), Tn = To("DAY", true), xn = To("HOUR", true), kn = To("MINUTE", true), In = To("SECOND", true), Nn = To("CURRENT_TIME", true), On = To("CURRENT_TIMESTAMP", true), Rn = To("CURRENT_USER", true), Un = To("SESSION_USER", true), Mn = To("SYSTEM_USER", true), Dn = To("GLOBAL", true), Pn = To("SESSION", true), Fn = To("PERSIST", true), Hn = To("PERSIST_ONLY", true), $n = To("@", false), qn = To("@@", false), Wn = To("$", false), Bn = To("return", true), Gn = To(":=", false), Yn = To("DUAL", true), Vn = To("ADD", true), Qn = To("COLUMN", true), Xn = To("INDEX", true), Kn = To("FULLTEXT", true), zn = To("SPATIAL", true), Jn = To("COMMENT", true), Zn = To("CONSTRAINT", true), ro = To("REFERENCES", true), to = To("SQL_CALC_FOUND_ROWS", true), eo = To("SQL_CACHE", true), no = To("SQL_NO_CACHE", true), oo = To("SQL_SMALL_RESULT", true), ao = To("SQL_BIG_RESULT", true), uo = To("SQL_BUFFER_RESULT", true), io = To(",", false), so = To("[", false), co = To("]", false), lo = To(";", false), fo = To("||", false), po = To("&&", false), vo = To("/*", false), bo = To("*/", false), yo = To("--", false), ho = To("#", false), mo = { type: "any" }, wo = /^[ \t\n\r]/, Lo = xo([" ", "	", "\n", "\r"], false, false), Co = function(r3) {
          return { dataType: r3 };
        }, Ao = 0, Eo = 0, go = [{ line: 1, column: 1 }], jo = 0, So = [], _o = 0;
        if ("startRule" in t2) {
          if (!(t2.startRule in u)) throw new Error(`Can't start parsing from rule "` + t2.startRule + '".');
          i = u[t2.startRule];
        }
        function To(r3, t3) {
          return { type: "literal", text: r3, ignoreCase: t3 };
        }
        function xo(r3, t3, e3) {
          return { type: "class", parts: r3, inverted: t3, ignoreCase: e3 };
        }
        function ko(t3) {
          var e3, n2 = go[t3];
          if (n2) return n2;
          for (e3 = t3 - 1; !go[e3]; ) e3--;
          for (n2 = { line: (n2 = go[e3]).line, column: n2.column }; e3 < t3; ) 10 === r2.charCodeAt(e3) ? (n2.line++, n2.column = 1) : n2.column++, e3++;
          return go[t3] = n2, n2;
        }
        function Io(r3, t3) {
          var e3 = ko(r3), n2 = ko(t3);
          return { start: { offset: r3, line: e3.line, column: e3.column }, end: { offset: t3, line: n2.line, column: n2.column } };
        }
        function No(r3) {
          Ao < jo || (Ao > jo && (jo = Ao, So = []), So.push(r3));
        }
        function Oo(r3, t3, e3) {
          return new o(o.buildMessage(r3, t3), r3, t3, e3);
        }
        function Ro() {
          var r3, t3;
          return r3 = Ao, Zi() !== a && (t3 = (function() {
            var r4, t4, e3, n2, o2, u2, i2, s2;
            if (r4 = Ao, (t4 = Mo()) !== a) {
              for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = zi()) !== a && (i2 = Zi()) !== a && (s2 = Mo()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = zi()) !== a && (i2 = Zi()) !== a && (s2 = Mo()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
              e3 !== a ? (Eo = r4, t4 = (function(r5, t5) {
                const e4 = r5 && r5.ast || r5, n3 = t5 && t5.length && t5[0].length >= 4 ? [e4] : e4;
                for (let r6 = 0; r6 < t5.length; r6++) t5[r6][3] && 0 !== t5[r6][3].length && n3.push(t5[r6][3] && t5[r6][3].ast || t5[r6][3]);
                return { tableList: Array.from(xs), columnList: _s(ks), ast: n3 };
              })(t4, e3), r4 = t4) : (Ao = r4, r4 = a);
            } else Ao = r4, r4 = a;
            return r4;
          })()) !== a ? (Eo = r3, r3 = t3) : (Ao = r3, r3 = a), r3;
        }
        function Uo() {
          var t3;
          return (t3 = (function() {
            var r3, t4, e3, n2, o2, u2;
            r3 = Ao, (t4 = Fu()) !== a && Zi() !== a && (e3 = Ku()) !== a && Zi() !== a && (n2 = ya()) !== a ? (Eo = r3, i2 = t4, c2 = e3, (l2 = n2) && l2.forEach((r4) => xs.add(`${i2}::${r4.db}::${r4.table}`)), t4 = { tableList: Array.from(xs), columnList: _s(ks), ast: { type: i2.toLowerCase(), keyword: c2.toLowerCase(), name: l2 } }, r3 = t4) : (Ao = r3, r3 = a);
            var i2, c2, l2;
            r3 === a && (r3 = Ao, (t4 = Fu()) !== a && Zi() !== a && (e3 = $i()) !== a && Zi() !== a && (n2 = ou()) !== a && Zi() !== a && Ju() !== a && Zi() !== a && (o2 = La()) !== a && Zi() !== a ? ((u2 = (function() {
              var r4, t5, e4, n3, o3, u3;
              r4 = Ao, (t5 = Go()) === a && (t5 = Yo());
              if (t5 !== a) {
                for (e4 = [], n3 = Ao, (o3 = Zi()) !== a ? ((u3 = Go()) === a && (u3 = Yo()), u3 !== a ? n3 = o3 = [o3, u3] : (Ao = n3, n3 = a)) : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o3 = Zi()) !== a ? ((u3 = Go()) === a && (u3 = Yo()), u3 !== a ? n3 = o3 = [o3, u3] : (Ao = n3, n3 = a)) : (Ao = n3, n3 = a);
                e4 !== a ? (Eo = r4, t5 = s(t5, e4), r4 = t5) : (Ao = r4, r4 = a);
              } else Ao = r4, r4 = a;
              return r4;
            })()) === a && (u2 = null), u2 !== a && Zi() !== a ? (Eo = r3, t4 = (function(r4, t5, e4, n3, o3) {
              return { tableList: Array.from(xs), columnList: _s(ks), ast: { type: r4.toLowerCase(), keyword: t5.toLowerCase(), name: e4, table: n3, options: o3 } };
            })(t4, e3, n2, o2, u2), r3 = t4) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a));
            return r3;
          })()) === a && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e3, n2, o2, u2, i2, s2, c2, f2, p2;
              t5 = Ao, (e3 = $u()) !== a && Zi() !== a ? ((n2 = qu()) === a && (n2 = null), n2 !== a && Zi() !== a && Ku() !== a && Zi() !== a ? ((o2 = Fo()) === a && (o2 = null), o2 !== a && Zi() !== a && (u2 = ya()) !== a && Zi() !== a && (i2 = (function() {
                var r3, t6, e4, n3, o3, u3, i3, s3, c3;
                if (r3 = Ao, (t6 = Vi()) !== a) if (Zi() !== a) if ((e4 = Ho()) !== a) {
                  for (n3 = [], o3 = Ao, (u3 = Zi()) !== a && (i3 = Gi()) !== a && (s3 = Zi()) !== a && (c3 = Ho()) !== a ? o3 = u3 = [u3, i3, s3, c3] : (Ao = o3, o3 = a); o3 !== a; ) n3.push(o3), o3 = Ao, (u3 = Zi()) !== a && (i3 = Gi()) !== a && (s3 = Zi()) !== a && (c3 = Ho()) !== a ? o3 = u3 = [u3, i3, s3, c3] : (Ao = o3, o3 = a);
                  n3 !== a && (o3 = Zi()) !== a && (u3 = Qi()) !== a ? (Eo = r3, t6 = l(e4, n3), r3 = t6) : (Ao = r3, r3 = a);
                } else Ao = r3, r3 = a;
                else Ao = r3, r3 = a;
                else Ao = r3, r3 = a;
                return r3;
              })()) !== a && Zi() !== a ? ((s2 = (function() {
                var r3, t6, e4, n3, o3, u3, i3, s3;
                if (r3 = Ao, (t6 = Zo()) !== a) {
                  for (e4 = [], n3 = Ao, (o3 = Zi()) !== a ? ((u3 = Gi()) === a && (u3 = null), u3 !== a && (i3 = Zi()) !== a && (s3 = Zo()) !== a ? n3 = o3 = [o3, u3, i3, s3] : (Ao = n3, n3 = a)) : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o3 = Zi()) !== a ? ((u3 = Gi()) === a && (u3 = null), u3 !== a && (i3 = Zi()) !== a && (s3 = Zo()) !== a ? n3 = o3 = [o3, u3, i3, s3] : (Ao = n3, n3 = a)) : (Ao = n3, n3 = a);
                  e4 !== a ? (Eo = r3, t6 = gs(t6, e4), r3 = t6) : (Ao = r3, r3 = a);
                } else Ao = r3, r3 = a;
                return r3;
              })()) === a && (s2 = null), s2 !== a && Zi() !== a ? ((c2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ao, "ignore" === r2.substr(Ao, 6).toLowerCase() ? (e4 = r2.substr(Ao, 6), Ao += 6) : (e4 = a, 0 === _o && No(Kt));
                e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t6 = e4 = [e4, n3] : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a);
                return t6;
              })()) === a && (c2 = Bu()), c2 === a && (c2 = null), c2 !== a && Zi() !== a ? ((f2 = Xu()) === a && (f2 = null), f2 !== a && Zi() !== a ? ((p2 = Po()) === a && (p2 = null), p2 !== a ? (Eo = t5, v2 = e3, b2 = n2, d2 = o2, h2 = i2, m2 = s2, w2 = c2, L2 = f2, C2 = p2, (y2 = u2) && y2.forEach((r3) => xs.add(`create::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(xs), columnList: _s(ks), ast: { type: v2[0].toLowerCase(), keyword: "table", temporary: b2 && b2[0].toLowerCase(), if_not_exists: d2, table: y2, ignore_replace: w2 && w2[0].toLowerCase(), as: L2 && L2[0].toLowerCase(), query_expr: C2 && C2.ast, create_definitions: h2, table_options: m2 } }, t5 = e3) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              var v2, b2, d2, y2, h2, m2, w2, L2, C2;
              t5 === a && (t5 = Ao, (e3 = $u()) !== a && Zi() !== a ? ((n2 = qu()) === a && (n2 = null), n2 !== a && Zi() !== a && Ku() !== a && Zi() !== a ? ((o2 = Fo()) === a && (o2 = null), o2 !== a && Zi() !== a && (u2 = ya()) !== a && Zi() !== a && (i2 = (function r3() {
                var t6, e4;
                (t6 = (function() {
                  var r4, t7;
                  r4 = Ao, li() !== a && Zi() !== a && (t7 = ya()) !== a ? (Eo = r4, r4 = { type: "like", table: t7 }) : (Ao = r4, r4 = a);
                  return r4;
                })()) === a && (t6 = Ao, Vi() !== a && Zi() !== a && (e4 = r3()) !== a && Zi() !== a && Qi() !== a ? (Eo = t6, (n3 = e4).parentheses = true, t6 = n3) : (Ao = t6, t6 = a));
                var n3;
                return t6;
              })()) !== a ? (Eo = t5, e3 = (function(r3, t6, e4, n3, o3) {
                return n3 && n3.forEach((r4) => xs.add(`create::${r4.db}::${r4.table}`)), { tableList: Array.from(xs), columnList: _s(ks), ast: { type: r3[0].toLowerCase(), keyword: "table", temporary: t6 && t6[0].toLowerCase(), if_not_exists: e4, table: n3, like: o3 } };
              })(e3, n2, o2, u2, i2), t5 = e3) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a));
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e3, n2, o2, u2, i2;
              t5 = Ao, (e3 = $u()) !== a && Zi() !== a ? ((n2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ao, "database" === r2.substr(Ao, 8).toLowerCase() ? (e4 = r2.substr(Ao, 8), Ao += 8) : (e4 = a, 0 === _o && No(ae));
                e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t6, t6 = e4 = "DATABASE") : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a);
                return t6;
              })()) === a && (n2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ao, "schema" === r2.substr(Ao, 6).toLowerCase() ? (e4 = r2.substr(Ao, 6), Ao += 6) : (e4 = a, 0 === _o && No(ue));
                e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t6, t6 = e4 = "SCHEMA") : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a);
                return t6;
              })()), n2 !== a && Zi() !== a ? ((o2 = Fo()) === a && (o2 = null), o2 !== a && Zi() !== a && (u2 = ps()) !== a && Zi() !== a ? ((i2 = (function() {
                var r3, t6, e4, n3, o3, u3;
                if (r3 = Ao, (t6 = Jo()) !== a) {
                  for (e4 = [], n3 = Ao, (o3 = Zi()) !== a && (u3 = Jo()) !== a ? n3 = o3 = [o3, u3] : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o3 = Zi()) !== a && (u3 = Jo()) !== a ? n3 = o3 = [o3, u3] : (Ao = n3, n3 = a);
                  e4 !== a ? (Eo = r3, t6 = s(t6, e4), r3 = t6) : (Ao = r3, r3 = a);
                } else Ao = r3, r3 = a;
                return r3;
              })()) === a && (i2 = null), i2 !== a ? (Eo = t5, e3 = (function(r3, t6, e4, n3, o3) {
                const a2 = t6.toLowerCase();
                return { tableList: Array.from(xs), columnList: _s(ks), ast: { type: r3[0].toLowerCase(), keyword: a2, if_not_exists: e4, [a2]: { db: n3.schema, schema: n3.name }, create_definitions: o3 } };
              })(e3, n2, o2, u2, i2), t5 = e3) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })());
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ao, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "truncate" === r2.substr(Ao, 8).toLowerCase() ? (e4 = r2.substr(Ao, 8), Ao += 8) : (e4 = a, 0 === _o && No(An));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "TRUNCATE") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) !== a && Zi() !== a ? ((n2 = Ku()) === a && (n2 = null), n2 !== a && Zi() !== a && (o2 = ya()) !== a ? (Eo = t4, u2 = e3, i2 = n2, (s2 = o2) && s2.forEach((r3) => xs.add(`${u2}::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(xs), columnList: _s(ks), ast: { type: u2.toLowerCase(), keyword: i2 && i2.toLowerCase() || "table", name: s2 } }, t4 = e3) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            var u2, i2, s2;
            return t4;
          })()) === a && (t3 = (function() {
            var r3, t4, e3;
            r3 = Ao, (t4 = Gu()) !== a && Zi() !== a && Ku() !== a && Zi() !== a && (e3 = (function() {
              var r4, t5, e4, n3, o2, u2, i2, s2;
              if (r4 = Ao, (t5 = pa()) !== a) {
                for (e4 = [], n3 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = pa()) !== a ? n3 = o2 = [o2, u2, i2, s2] : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = pa()) !== a ? n3 = o2 = [o2, u2, i2, s2] : (Ao = n3, n3 = a);
                e4 !== a ? (Eo = r4, t5 = l(t5, e4), r4 = t5) : (Ao = r4, r4 = a);
              } else Ao = r4, r4 = a;
              return r4;
            })()) !== a ? (Eo = r3, (n2 = e3).forEach((r4) => r4.forEach((r5) => r5.table && xs.add(`rename::${r5.db}::${r5.table}`))), t4 = { tableList: Array.from(xs), columnList: _s(ks), ast: { type: "rename", table: n2 } }, r3 = t4) : (Ao = r3, r3 = a);
            var n2;
            return r3;
          })()) === a && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ao, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "call" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(We));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "CALL") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) !== a && Zi() !== a && (n2 = vs()) !== a ? (Eo = t4, o2 = n2, e3 = { tableList: Array.from(xs), columnList: _s(ks), ast: { type: "call", expr: o2 } }, t4 = e3) : (Ao = t4, t4 = a);
            var o2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ao, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "use" === r2.substr(Ao, 3).toLowerCase() ? (e4 = r2.substr(Ao, 3), Ao += 3) : (e4 = a, 0 === _o && No(Ft));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t5 = e4 = [e4, n3] : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) !== a && Zi() !== a && (n2 = uu()) !== a ? (Eo = t4, o2 = n2, xs.add(`use::${o2}::null`), e3 = { tableList: Array.from(xs), columnList: _s(ks), ast: { type: "use", db: o2 } }, t4 = e3) : (Ao = t4, t4 = a);
            var o2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ao, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "alter" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(Ht));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t5 = e4 = [e4, n3] : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) !== a && Zi() !== a && Ku() !== a && Zi() !== a && (n2 = ya()) !== a && Zi() !== a && (o2 = (function() {
              var r3, t5, e4, n3, o3, u3, i3, s2;
              if (r3 = Ao, (t5 = Bo()) !== a) {
                for (e4 = [], n3 = Ao, (o3 = Zi()) !== a && (u3 = Gi()) !== a && (i3 = Zi()) !== a && (s2 = Bo()) !== a ? n3 = o3 = [o3, u3, i3, s2] : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o3 = Zi()) !== a && (u3 = Gi()) !== a && (i3 = Zi()) !== a && (s2 = Bo()) !== a ? n3 = o3 = [o3, u3, i3, s2] : (Ao = n3, n3 = a);
                e4 !== a ? (Eo = r3, t5 = l(t5, e4), r3 = t5) : (Ao = r3, r3 = a);
              } else Ao = r3, r3 = a;
              return r3;
            })()) !== a ? (Eo = t4, i2 = o2, (u2 = n2) && u2.length > 0 && u2.forEach((r3) => xs.add(`alter::${r3.db}::${r3.table}`)), e3 = { tableList: Array.from(xs), columnList: _s(ks), ast: { type: "alter", table: u2, expr: i2 } }, t4 = e3) : (Ao = t4, t4 = a);
            var u2, i2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ao, (e3 = Qu()) !== a && Zi() !== a ? ((n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "global" === r2.substr(Ao, 6).toLowerCase() ? (e4 = r2.substr(Ao, 6), Ao += 6) : (e4 = a, 0 === _o && No(Dn));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "GLOBAL") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "session" === r2.substr(Ao, 7).toLowerCase() ? (e4 = r2.substr(Ao, 7), Ao += 7) : (e4 = a, 0 === _o && No(Pn));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "SESSION") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "local" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(er));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "LOCAL") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "persist" === r2.substr(Ao, 7).toLowerCase() ? (e4 = r2.substr(Ao, 7), Ao += 7) : (e4 = a, 0 === _o && No(Fn));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "PERSIST") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "persist_only" === r2.substr(Ao, 12).toLowerCase() ? (e4 = r2.substr(Ao, 12), Ao += 12) : (e4 = a, 0 === _o && No(Hn));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "PERSIST_ONLY") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()), n2 === a && (n2 = null), n2 !== a && Zi() !== a && (o2 = (function() {
              var r3, t5, e4, n3, o3, u3, i3, s2;
              if (r3 = Ao, (t5 = is()) !== a) {
                for (e4 = [], n3 = Ao, (o3 = Zi()) !== a && (u3 = Gi()) !== a && (i3 = Zi()) !== a && (s2 = is()) !== a ? n3 = o3 = [o3, u3, i3, s2] : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o3 = Zi()) !== a && (u3 = Gi()) !== a && (i3 = Zi()) !== a && (s2 = is()) !== a ? n3 = o3 = [o3, u3, i3, s2] : (Ao = n3, n3 = a);
                e4 !== a ? (Eo = r3, t5 = ar(t5, e4), r3 = t5) : (Ao = r3, r3 = a);
              } else Ao = r3, r3 = a;
              return r3;
            })()) !== a ? (Eo = t4, u2 = n2, (i2 = o2).keyword = u2, e3 = { tableList: Array.from(xs), columnList: _s(ks), ast: { type: "set", keyword: u2, expr: i2 } }, t4 = e3) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            var u2, i2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2;
            t4 = Ao, (e3 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "lock" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(S));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t5 = e4 = [e4, n3] : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) !== a && Zi() !== a && zu() !== a && Zi() !== a && (n2 = (function() {
              var r3, t5, e4, n3, o3, u2, i2, s2;
              if (r3 = Ao, (t5 = ra()) !== a) {
                for (e4 = [], n3 = Ao, (o3 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = ra()) !== a ? n3 = o3 = [o3, u2, i2, s2] : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o3 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = ra()) !== a ? n3 = o3 = [o3, u2, i2, s2] : (Ao = n3, n3 = a);
                e4 !== a ? (Eo = r3, t5 = ar(t5, e4), r3 = t5) : (Ao = r3, r3 = a);
              } else Ao = r3, r3 = a;
              return r3;
            })()) !== a ? (Eo = t4, o2 = n2, e3 = { tableList: Array.from(xs), columnList: _s(ks), ast: { type: "lock", keyword: "tables", tables: o2 } }, t4 = e3) : (Ao = t4, t4 = a);
            var o2;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3;
            t4 = Ao, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = Ao, "unlock" === r2.substr(Ao, 6).toLowerCase() ? (e4 = r2.substr(Ao, 6), Ao += 6) : (e4 = a, 0 === _o && No(te));
              e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t5 = e4 = [e4, n2] : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) !== a && Zi() !== a && zu() !== a ? (Eo = t4, e3 = { tableList: Array.from(xs), columnList: _s(ks), ast: { type: "unlock", keyword: "tables" } }, t4 = e3) : (Ao = t4, t4 = a);
            return t4;
          })()), t3;
        }
        function Mo() {
          var t3;
          return (t3 = Po()) === a && (t3 = (function() {
            var r3, t4, e3, n2, o2;
            r3 = Ao, (t4 = Hu()) !== a && Zi() !== a && (e3 = ya()) !== a && Zi() !== a && Qu() !== a && Zi() !== a && (n2 = (function() {
              var r4, t5, e4, n3, o3, u2, i2, s2;
              if (r4 = Ao, (t5 = Ra()) !== a) {
                for (e4 = [], n3 = Ao, (o3 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = Ra()) !== a ? n3 = o3 = [o3, u2, i2, s2] : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o3 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = Ra()) !== a ? n3 = o3 = [o3, u2, i2, s2] : (Ao = n3, n3 = a);
                e4 !== a ? (Eo = r4, t5 = l(t5, e4), r4 = t5) : (Ao = r4, r4 = a);
              } else Ao = r4, r4 = a;
              return r4;
            })()) !== a && Zi() !== a ? ((o2 = Ea()) === a && (o2 = null), o2 !== a ? (Eo = r3, t4 = (function(r4, t5, e4) {
              const n3 = {};
              return r4 && r4.forEach((r5) => {
                const { db: t6, as: e5, table: o3, join: a2 } = r5, u2 = a2 ? "select" : "update";
                t6 && (n3[o3] = t6), o3 && xs.add(`${u2}::${t6}::${o3}`);
              }), t5 && t5.forEach((r5) => {
                if (r5.table) {
                  const t6 = Ss(r5.table);
                  xs.add(`update::${n3[t6] || null}::${t6}`);
                }
                ks.add(`update::${r5.table}::${r5.column}`);
              }), { tableList: Array.from(xs), columnList: _s(ks), ast: { type: "update", table: r4, set: t5, where: e4 } };
            })(e3, n2, o2), r3 = t4) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a);
            return r3;
          })()) === a && (t3 = (function() {
            var r3, t4, e3, n2, o2, u2, i2, s2;
            r3 = Ao, (t4 = Da()) !== a && Zi() !== a && (e3 = Vu()) !== a && Zi() !== a ? ((n2 = Ku()) === a && (n2 = null), n2 !== a && Zi() !== a && (o2 = La()) !== a ? ((u2 = Ma()) === a && (u2 = null), u2 !== a && Zi() !== a && Vi() !== a && Zi() !== a && (i2 = (function() {
              var r4, t5, e4, n3, o3, u3, i3, s3;
              if (r4 = Ao, (t5 = vu()) !== a) {
                for (e4 = [], n3 = Ao, (o3 = Zi()) !== a && (u3 = Gi()) !== a && (i3 = Zi()) !== a && (s3 = vu()) !== a ? n3 = o3 = [o3, u3, i3, s3] : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o3 = Zi()) !== a && (u3 = Gi()) !== a && (i3 = Zi()) !== a && (s3 = vu()) !== a ? n3 = o3 = [o3, u3, i3, s3] : (Ao = n3, n3 = a);
                e4 !== a ? (Eo = r4, t5 = l(t5, e4), r4 = t5) : (Ao = r4, r4 = a);
              } else Ao = r4, r4 = a;
              return r4;
            })()) !== a && Zi() !== a && Qi() !== a && Zi() !== a && (s2 = Ua()) !== a ? (Eo = r3, t4 = (function(r4, t5, e4, n3, o3, a2, u3) {
              if (n3 && (xs.add(`insert::${n3.db}::${n3.table}`), n3.as = null), a2) {
                let r5 = n3 && n3.table || null;
                Array.isArray(u3.values) && u3.values.forEach((r6, t6) => {
                  if (r6.value.length != a2.length) throw new Error("Error: column count doesn't match value count at row " + (t6 + 1));
                }), a2.forEach((t6) => ks.add(`insert::${r5}::${t6}`));
              }
              const i3 = e4 ? " " + e4.toLowerCase() : "";
              return { tableList: Array.from(xs), columnList: _s(ks), ast: { type: r4, prefix: `${t5.toLowerCase()}${i3}`, table: [n3], columns: a2, values: u3, partition: o3 } };
            })(t4, e3, n2, o2, u2, i2, s2), r3 = t4) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a);
            return r3;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, i2, s2;
            t4 = Ao, (e3 = Da()) !== a && Zi() !== a ? ((n2 = Vu()) === a && (n2 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "overwrite" === r2.substr(Ao, 9).toLowerCase() ? (e4 = r2.substr(Ao, 9), Ao += 9) : (e4 = a, 0 === _o && No(Zt));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "OVERWRITE") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()), n2 !== a && Zi() !== a ? ((o2 = Ku()) === a && (o2 = null), o2 !== a && Zi() !== a && (u2 = La()) !== a && Zi() !== a ? ((i2 = Ma()) === a && (i2 = null), i2 !== a && Zi() !== a && (s2 = Ua()) !== a ? (Eo = t4, e3 = (function(r3, t5, e4, n3, o3, a2) {
              n3 && (xs.add(`insert::${n3.db}::${n3.table}`), ks.add(`insert::${n3.table}::(.*)`), n3.as = null);
              const u3 = e4 ? " " + e4.toLowerCase() : "";
              return { tableList: Array.from(xs), columnList: _s(ks), ast: { type: r3, prefix: `${t5.toLowerCase()}${u3}`, table: [n3], columns: null, values: a2, partition: o3 } };
            })(e3, n2, o2, u2, i2, s2), t4 = e3) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) === a && (t3 = (function() {
            var r3, t4, e3, n2, o2;
            r3 = Ao, (t4 = Wu()) !== a && Zi() !== a ? ((e3 = ya()) === a && (e3 = null), e3 !== a && Zi() !== a && (n2 = fa()) !== a && Zi() !== a ? ((o2 = Ea()) === a && (o2 = null), o2 !== a ? (Eo = r3, t4 = (function(r4, t5, e4) {
              if (t5 && t5.forEach((r5) => {
                const { db: t6, as: e5, table: n3, join: o3 } = r5, a2 = o3 ? "select" : "delete";
                n3 && xs.add(`${a2}::${t6}::${n3}`), o3 || ks.add(`delete::${n3}::(.*)`);
              }), null === r4 && 1 === t5.length) {
                const e5 = t5[0];
                r4 = [{ db: e5.db, table: e5.table, as: e5.as, addition: true }];
              }
              return { tableList: Array.from(xs), columnList: _s(ks), ast: { type: "delete", table: r4, from: t5, where: e4 } };
            })(e3, n2, o2), r3 = t4) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a);
            return r3;
          })()) === a && (t3 = Uo()) === a && (t3 = (function() {
            var r3, t4;
            r3 = [], t4 = us();
            for (; t4 !== a; ) r3.push(t4), t4 = us();
            return r3;
          })()), t3;
        }
        function Do() {
          var t3, e3, n2;
          return t3 = Ao, (function() {
            var t4, e4, n3, o2;
            t4 = Ao, "union" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(de));
            e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })() !== a && Zi() !== a ? ((e3 = ai()) === a && (e3 = ui()), e3 === a && (e3 = null), e3 !== a ? (Eo = t3, t3 = (n2 = e3) ? "union " + n2.toLowerCase() : "union") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Po() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = ta()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = Do()) !== a && (i2 = Zi()) !== a && (s2 = ta()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = Do()) !== a && (i2 = Zi()) !== a && (s2 = ta()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
            e3 !== a && (n2 = Zi()) !== a ? ((o2 = xa()) === a && (o2 = null), o2 !== a && (u2 = Zi()) !== a ? ((i2 = Oa()) === a && (i2 = null), i2 !== a ? (Eo = r3, r3 = t3 = (function(r4, t4, e4, n3) {
              t4.forEach((r5) => r5.slice(1, 1));
              let o3 = r4;
              for (let r5 = 0; r5 < t4.length; r5++) o3._next = t4[r5][3], o3.set_op = t4[r5][1], o3 = o3._next;
              return e4 && (r4._orderby = e4), n3 && (r4._limit = n3), { tableList: Array.from(xs), columnList: _s(ks), ast: r4 };
            })(t3, e3, o2, i2)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function Fo() {
          var t3, e3;
          return t3 = Ao, "if" === r2.substr(Ao, 2).toLowerCase() ? (e3 = r2.substr(Ao, 2), Ao += 2) : (e3 = a, 0 === _o && No(c)), e3 !== a && Zi() !== a && vi() !== a && Zi() !== a && pi() !== a ? (Eo = t3, t3 = e3 = "IF NOT EXISTS") : (Ao = t3, t3 = a), t3;
        }
        function Ho() {
          var t3;
          return (t3 = qo()) === a && (t3 = Vo()) === a && (t3 = Qo()) === a && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e3, n2, o2, u2, i2;
              t5 = Ao, (e3 = Xo()) === a && (e3 = null);
              e3 !== a && Zi() !== a ? ("primary key" === r2.substr(Ao, 11).toLowerCase() ? (n2 = r2.substr(Ao, 11), Ao += 11) : (n2 = a, 0 === _o && No(k)), n2 !== a && Zi() !== a ? ((o2 = va()) === a && (o2 = null), o2 !== a && Zi() !== a && (u2 = na()) !== a && Zi() !== a ? ((i2 = ba()) === a && (i2 = null), i2 !== a ? (Eo = t5, c2 = n2, l2 = o2, f2 = u2, p2 = i2, e3 = { constraint: (s2 = e3) && s2.constraint, definition: f2, constraint_type: c2.toLowerCase(), keyword: s2 && s2.keyword, index_type: l2, resource: "constraint", index_options: p2 }, t5 = e3) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              var s2, c2, l2, f2, p2;
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e3, n2, o2, u2, i2, s2, c2;
              t5 = Ao, (e3 = Xo()) === a && (e3 = null);
              e3 !== a && Zi() !== a && (n2 = (function() {
                var t6, e4, n3, o3;
                t6 = Ao, "unique" === r2.substr(Ao, 6).toLowerCase() ? (e4 = r2.substr(Ao, 6), Ao += 6) : (e4 = a, 0 === _o && No(p));
                e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t6, t6 = e4 = "UNIQUE") : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a);
                return t6;
              })()) !== a && Zi() !== a ? ((o2 = $i()) === a && (o2 = qi()), o2 === a && (o2 = null), o2 !== a && Zi() !== a ? ((u2 = vu()) === a && (u2 = null), u2 !== a && Zi() !== a ? ((i2 = va()) === a && (i2 = null), i2 !== a && Zi() !== a && (s2 = na()) !== a && Zi() !== a ? ((c2 = ba()) === a && (c2 = null), c2 !== a ? (Eo = t5, f2 = n2, v2 = o2, b2 = u2, d2 = i2, y2 = s2, h2 = c2, e3 = { constraint: (l2 = e3) && l2.constraint, definition: y2, constraint_type: v2 && `${f2.toLowerCase()} ${v2.toLowerCase()}` || f2.toLowerCase(), keyword: l2 && l2.keyword, index_type: d2, index: b2, resource: "constraint", index_options: h2 }, t5 = e3) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              var l2, f2, v2, b2, d2, y2, h2;
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e3, n2, o2, u2, i2;
              t5 = Ao, (e3 = Xo()) === a && (e3 = null);
              e3 !== a && Zi() !== a ? ("foreign key" === r2.substr(Ao, 11).toLowerCase() ? (n2 = r2.substr(Ao, 11), Ao += 11) : (n2 = a, 0 === _o && No(I)), n2 !== a && Zi() !== a ? ((o2 = vu()) === a && (o2 = null), o2 !== a && Zi() !== a && (u2 = na()) !== a && Zi() !== a ? ((i2 = Ko()) === a && (i2 = null), i2 !== a ? (Eo = t5, c2 = n2, l2 = o2, f2 = u2, p2 = i2, e3 = { constraint: (s2 = e3) && s2.constraint, definition: f2, constraint_type: c2, keyword: s2 && s2.keyword, index: l2, resource: "constraint", reference_definition: p2 }, t5 = e3) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              var s2, c2, l2, f2, p2;
              return t5;
            })());
            return t4;
          })()), t3;
        }
        function $o() {
          var t3, e3, n2, o2;
          return t3 = Ao, (e3 = (function() {
            var t4, e4;
            t4 = Ao, (e4 = (function() {
              var t5, e5, n3, o3;
              t5 = Ao, "not null" === r2.substr(Ao, 8).toLowerCase() ? (e5 = r2.substr(Ao, 8), Ao += 8) : (e5 = a, 0 === _o && No(Rt));
              e5 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t5 = e5 = [e5, n3] : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) !== a && (Eo = t4, e4 = { type: "not null", value: "not null" });
            return t4 = e4;
          })()) === a && (e3 = ju()), e3 !== a && (Eo = t3, (o2 = e3) && !o2.value && (o2.value = "null"), e3 = { nullable: o2 }), (t3 = e3) === a && (t3 = Ao, (e3 = (function() {
            var r3, t4;
            r3 = Ao, Du() !== a && Zi() !== a && (t4 = Ga()) !== a ? (Eo = r3, r3 = { type: "default", value: t4 }) : (Ao = r3, r3 = a);
            return r3;
          })()) !== a && (Eo = t3, e3 = { default_val: e3 }), (t3 = e3) === a && (t3 = Ao, "auto_increment" === r2.substr(Ao, 14).toLowerCase() ? (e3 = r2.substr(Ao, 14), Ao += 14) : (e3 = a, 0 === _o && No(f)), e3 !== a && (Eo = t3, e3 = { auto_increment: e3.toLowerCase() }), (t3 = e3) === a && (t3 = Ao, "unique" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(p)), e3 !== a && Zi() !== a ? ("key" === r2.substr(Ao, 3).toLowerCase() ? (n2 = r2.substr(Ao, 3), Ao += 3) : (n2 = a, 0 === _o && No(v)), n2 === a && (n2 = null), n2 !== a ? (Eo = t3, t3 = e3 = (function(r3) {
            const t4 = ["unique"];
            return r3 && t4.push(r3), { unique: t4.join(" ").toLowerCase("") };
          })(n2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, "primary" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(b)), e3 === a && (e3 = null), e3 !== a && Zi() !== a ? ("key" === r2.substr(Ao, 3).toLowerCase() ? (n2 = r2.substr(Ao, 3), Ao += 3) : (n2 = a, 0 === _o && No(v)), n2 !== a ? (Eo = t3, t3 = e3 = (function(r3) {
            const t4 = [];
            return r3 && t4.push("primary"), t4.push("key"), { primary_key: t4.join(" ").toLowerCase("") };
          })(e3)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, (e3 = es()) !== a && (Eo = t3, e3 = { comment: e3 }), (t3 = e3) === a && (t3 = Ao, (e3 = Wo()) !== a && (Eo = t3, e3 = { collate: e3 }), (t3 = e3) === a && (t3 = Ao, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ao, "column_format" === r2.substr(Ao, 13).toLowerCase() ? (e4 = r2.substr(Ao, 13), Ao += 13) : (e4 = a, 0 === _o && No(d));
            e4 !== a && Zi() !== a ? ("fixed" === r2.substr(Ao, 5).toLowerCase() ? (n3 = r2.substr(Ao, 5), Ao += 5) : (n3 = a, 0 === _o && No(y)), n3 === a && ("dynamic" === r2.substr(Ao, 7).toLowerCase() ? (n3 = r2.substr(Ao, 7), Ao += 7) : (n3 = a, 0 === _o && No(h)), n3 === a && ("default" === r2.substr(Ao, 7).toLowerCase() ? (n3 = r2.substr(Ao, 7), Ao += 7) : (n3 = a, 0 === _o && No(m)))), n3 !== a ? (Eo = t4, e4 = { type: "column_format", value: n3.toLowerCase() }, t4 = e4) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && (Eo = t3, e3 = { column_format: e3 }), (t3 = e3) === a && (t3 = Ao, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ao, "storage" === r2.substr(Ao, 7).toLowerCase() ? (e4 = r2.substr(Ao, 7), Ao += 7) : (e4 = a, 0 === _o && No(w));
            e4 !== a && Zi() !== a ? ("disk" === r2.substr(Ao, 4).toLowerCase() ? (n3 = r2.substr(Ao, 4), Ao += 4) : (n3 = a, 0 === _o && No(L)), n3 === a && ("memory" === r2.substr(Ao, 6).toLowerCase() ? (n3 = r2.substr(Ao, 6), Ao += 6) : (n3 = a, 0 === _o && No(C))), n3 !== a ? (Eo = t4, e4 = { type: "storage", value: n3.toLowerCase() }, t4 = e4) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && (Eo = t3, e3 = { storage: e3 }), (t3 = e3) === a && (t3 = Ao, (e3 = Ko()) !== a && (Eo = t3, e3 = { reference_definition: e3 }), t3 = e3))))))))), t3;
        }
        function qo() {
          var r3, t3, e3, n2, o2, u2, i2;
          return r3 = Ao, (t3 = ou()) !== a && Zi() !== a && (e3 = hs()) !== a && Zi() !== a ? ((n2 = (function() {
            var r4, t4, e4, n3, o3, u3;
            if (r4 = Ao, (t4 = $o()) !== a) if (Zi() !== a) {
              for (e4 = [], n3 = Ao, (o3 = Zi()) !== a && (u3 = $o()) !== a ? n3 = o3 = [o3, u3] : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o3 = Zi()) !== a && (u3 = $o()) !== a ? n3 = o3 = [o3, u3] : (Ao = n3, n3 = a);
              e4 !== a ? (Eo = r4, r4 = t4 = (function(r5, t5) {
                let e5 = r5;
                for (let r6 = 0; r6 < t5.length; r6++) e5 = { ...e5, ...t5[r6][1] };
                return e5;
              })(t4, e4)) : (Ao = r4, r4 = a);
            } else Ao = r4, r4 = a;
            else Ao = r4, r4 = a;
            return r4;
          })()) === a && (n2 = null), n2 !== a ? (Eo = r3, o2 = t3, u2 = e3, i2 = n2, ks.add(`create::${o2.table}::${o2.column}`), r3 = t3 = { column: o2, definition: u2, resource: "column", ...i2 || {} }) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3;
        }
        function Wo() {
          var t3, e3, n2;
          return t3 = Ao, (function() {
            var t4, e4, n3, o2;
            t4 = Ao, "collate" === r2.substr(Ao, 7).toLowerCase() ? (e4 = r2.substr(Ao, 7), Ao += 7) : (e4 = a, 0 === _o && No(W));
            e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "COLLATE") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })() !== a && Zi() !== a ? ((e3 = Pi()) === a && (e3 = null), e3 !== a && Zi() !== a && (n2 = uu()) !== a ? (Eo = t3, t3 = { type: "collate", keyword: "collate", collate: { name: n2, symbol: e3 } }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Bo() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2;
            r4 = Ao, (t3 = Fi()) !== a && Zi() !== a ? ((e3 = Hi()) === a && (e3 = null), e3 !== a && Zi() !== a && (n2 = qo()) !== a ? (Eo = r4, o2 = e3, u2 = n2, t3 = { action: "add", ...u2, keyword: o2, resource: "column", type: "alter" }, r4 = t3) : (Ao = r4, r4 = a)) : (Ao = r4, r4 = a);
            var o2, u2;
            return r4;
          })()) === a && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ao, Fu() !== a && Zi() !== a ? ((t3 = Hi()) === a && (t3 = null), t3 !== a && Zi() !== a && (e3 = ou()) !== a ? (Eo = r4, r4 = { action: "drop", column: e3, keyword: t3, resource: "column", type: "alter" }) : (Ao = r4, r4 = a)) : (Ao = r4, r4 = a);
            return r4;
          })()) === a && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ao, (t3 = Fi()) !== a && Zi() !== a && (e3 = Vo()) !== a ? (Eo = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (Ao = r4, r4 = a);
            var n2;
            return r4;
          })()) === a && (r3 = (function() {
            var r4, t3, e3;
            r4 = Ao, (t3 = Fi()) !== a && Zi() !== a && (e3 = Qo()) !== a ? (Eo = r4, n2 = e3, t3 = { action: "add", type: "alter", ...n2 }, r4 = t3) : (Ao = r4, r4 = a);
            var n2;
            return r4;
          })()) === a && (r3 = (function() {
            var r4, t3, e3, n2;
            r4 = Ao, (t3 = Gu()) !== a && Zi() !== a ? ((e3 = Pu()) === a && (e3 = Xu()), e3 === a && (e3 = null), e3 !== a && Zi() !== a && (n2 = uu()) !== a ? (Eo = r4, u2 = n2, t3 = { action: "rename", type: "alter", resource: "table", keyword: (o2 = e3) && o2[0].toLowerCase(), table: u2 }, r4 = t3) : (Ao = r4, r4 = a)) : (Ao = r4, r4 = a);
            var o2, u2;
            return r4;
          })()) === a && (r3 = Go()) === a && (r3 = Yo()), r3;
        }
        function Go() {
          var t3, e3, n2, o2;
          return t3 = Ao, "algorithm" === r2.substr(Ao, 9).toLowerCase() ? (e3 = r2.substr(Ao, 9), Ao += 9) : (e3 = a, 0 === _o && No(A)), e3 !== a && Zi() !== a ? ((n2 = Pi()) === a && (n2 = null), n2 !== a && Zi() !== a ? ("default" === r2.substr(Ao, 7).toLowerCase() ? (o2 = r2.substr(Ao, 7), Ao += 7) : (o2 = a, 0 === _o && No(m)), o2 === a && ("instant" === r2.substr(Ao, 7).toLowerCase() ? (o2 = r2.substr(Ao, 7), Ao += 7) : (o2 = a, 0 === _o && No(E)), o2 === a && ("inplace" === r2.substr(Ao, 7).toLowerCase() ? (o2 = r2.substr(Ao, 7), Ao += 7) : (o2 = a, 0 === _o && No(g)), o2 === a && ("copy" === r2.substr(Ao, 4).toLowerCase() ? (o2 = r2.substr(Ao, 4), Ao += 4) : (o2 = a, 0 === _o && No(j))))), o2 !== a ? (Eo = t3, t3 = e3 = { type: "alter", keyword: "algorithm", resource: "algorithm", symbol: n2, algorithm: o2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Yo() {
          var t3, e3, n2, o2;
          return t3 = Ao, "lock" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(S)), e3 !== a && Zi() !== a ? ((n2 = Pi()) === a && (n2 = null), n2 !== a && Zi() !== a ? ("default" === r2.substr(Ao, 7).toLowerCase() ? (o2 = r2.substr(Ao, 7), Ao += 7) : (o2 = a, 0 === _o && No(m)), o2 === a && ("none" === r2.substr(Ao, 4).toLowerCase() ? (o2 = r2.substr(Ao, 4), Ao += 4) : (o2 = a, 0 === _o && No(_)), o2 === a && ("shared" === r2.substr(Ao, 6).toLowerCase() ? (o2 = r2.substr(Ao, 6), Ao += 6) : (o2 = a, 0 === _o && No(T)), o2 === a && ("exclusive" === r2.substr(Ao, 9).toLowerCase() ? (o2 = r2.substr(Ao, 9), Ao += 9) : (o2 = a, 0 === _o && No(x))))), o2 !== a ? (Eo = t3, t3 = e3 = { type: "alter", keyword: "lock", resource: "lock", symbol: n2, lock: o2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Vo() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          return r3 = Ao, (t3 = $i()) === a && (t3 = qi()), t3 !== a && Zi() !== a ? ((e3 = vu()) === a && (e3 = null), e3 !== a && Zi() !== a ? ((n2 = va()) === a && (n2 = null), n2 !== a && Zi() !== a && (o2 = na()) !== a && Zi() !== a ? ((u2 = ba()) === a && (u2 = null), u2 !== a && Zi() !== a ? (Eo = r3, i2 = n2, s2 = u2, r3 = t3 = { index: e3, definition: o2, keyword: t3.toLowerCase(), index_type: i2, resource: "index", index_options: s2 }) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3;
        }
        function Qo() {
          var t3, e3, n2, o2, u2, i2, s2, c2, l2;
          return t3 = Ao, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "fulltext" === r2.substr(Ao, 8).toLowerCase() ? (e4 = r2.substr(Ao, 8), Ao += 8) : (e4 = a, 0 === _o && No(Kn));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "FULLTEXT") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) === a && (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "spatial" === r2.substr(Ao, 7).toLowerCase() ? (e4 = r2.substr(Ao, 7), Ao += 7) : (e4 = a, 0 === _o && No(zn));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "SPATIAL") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()), e3 !== a && Zi() !== a ? ((n2 = $i()) === a && (n2 = qi()), n2 === a && (n2 = null), n2 !== a && Zi() !== a ? ((o2 = vu()) === a && (o2 = null), o2 !== a && Zi() !== a && (u2 = na()) !== a && Zi() !== a ? ((i2 = ba()) === a && (i2 = null), i2 !== a && Zi() !== a ? (Eo = t3, s2 = e3, l2 = i2, t3 = e3 = { index: o2, definition: u2, keyword: (c2 = n2) && `${s2.toLowerCase()} ${c2.toLowerCase()}` || s2.toLowerCase(), index_options: l2, resource: "index" }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Xo() {
          var t3, e3, n2, o2;
          return t3 = Ao, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "constraint" === r2.substr(Ao, 10).toLowerCase() ? (e4 = r2.substr(Ao, 10), Ao += 10) : (e4 = a, 0 === _o && No(Zn));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "CONSTRAINT") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && Zi() !== a ? ((n2 = uu()) === a && (n2 = null), n2 !== a ? (Eo = t3, o2 = n2, t3 = e3 = { keyword: e3.toLowerCase(), constraint: o2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ko() {
          var t3, e3, n2, o2, u2, i2, s2, c2, l2, f2;
          return t3 = Ao, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "references" === r2.substr(Ao, 10).toLowerCase() ? (e4 = r2.substr(Ao, 10), Ao += 10) : (e4 = a, 0 === _o && No(ro));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "REFERENCES") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && Zi() !== a && (n2 = ya()) !== a && Zi() !== a && (o2 = na()) !== a && Zi() !== a ? ("match full" === r2.substr(Ao, 10).toLowerCase() ? (u2 = r2.substr(Ao, 10), Ao += 10) : (u2 = a, 0 === _o && No(N)), u2 === a && ("match partial" === r2.substr(Ao, 13).toLowerCase() ? (u2 = r2.substr(Ao, 13), Ao += 13) : (u2 = a, 0 === _o && No(O)), u2 === a && ("match simple" === r2.substr(Ao, 12).toLowerCase() ? (u2 = r2.substr(Ao, 12), Ao += 12) : (u2 = a, 0 === _o && No(R)))), u2 === a && (u2 = null), u2 !== a && Zi() !== a ? ((i2 = zo()) === a && (i2 = null), i2 !== a && Zi() !== a ? ((s2 = zo()) === a && (s2 = null), s2 !== a ? (Eo = t3, c2 = u2, l2 = i2, f2 = s2, t3 = e3 = { definition: o2, table: n2, keyword: e3.toLowerCase(), match: c2 && c2.toLowerCase(), on_action: [l2, f2].filter((r3) => r3) }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, (e3 = zo()) !== a && (Eo = t3, e3 = { on_action: [e3] }), t3 = e3), t3;
        }
        function zo() {
          var t3, e3, n2, o2;
          return t3 = Ao, Ju() !== a && Zi() !== a ? ((e3 = Wu()) === a && (e3 = Hu()), e3 !== a && Zi() !== a && (n2 = (function() {
            var t4, e4, n3;
            t4 = Ao, (e4 = Mi()) !== a && Zi() !== a && Vi() !== a && Zi() !== a ? ((n3 = Fa()) === a && (n3 = null), n3 !== a && Zi() !== a && Qi() !== a ? (Eo = t4, t4 = e4 = { type: "function", name: { name: [{ type: "origin", value: e4 }] }, args: n3 }) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            t4 === a && (t4 = Ao, "restrict" === r2.substr(Ao, 8).toLowerCase() ? (e4 = r2.substr(Ao, 8), Ao += 8) : (e4 = a, 0 === _o && No(U)), e4 === a && ("cascade" === r2.substr(Ao, 7).toLowerCase() ? (e4 = r2.substr(Ao, 7), Ao += 7) : (e4 = a, 0 === _o && No(M)), e4 === a && ("set null" === r2.substr(Ao, 8).toLowerCase() ? (e4 = r2.substr(Ao, 8), Ao += 8) : (e4 = a, 0 === _o && No(D)), e4 === a && ("no action" === r2.substr(Ao, 9).toLowerCase() ? (e4 = r2.substr(Ao, 9), Ao += 9) : (e4 = a, 0 === _o && No(P)), e4 === a && ("set default" === r2.substr(Ao, 11).toLowerCase() ? (e4 = r2.substr(Ao, 11), Ao += 11) : (e4 = a, 0 === _o && No(F)), e4 === a && (e4 = Mi()))))), e4 !== a && (Eo = t4, e4 = { type: "origin", value: e4.toLowerCase() }), t4 = e4);
            return t4;
          })()) !== a ? (Eo = t3, o2 = n2, t3 = { type: "on " + e3[0].toLowerCase(), value: o2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Jo() {
          var t3, e3, n2, o2, u2, i2, s2, c2, l2;
          return t3 = Ao, (e3 = Du()) === a && (e3 = null), e3 !== a && Zi() !== a ? ((n2 = (function() {
            var t4, e4, n3;
            return t4 = Ao, "character" === r2.substr(Ao, 9).toLowerCase() ? (e4 = r2.substr(Ao, 9), Ao += 9) : (e4 = a, 0 === _o && No(H)), e4 !== a && Zi() !== a ? ("set" === r2.substr(Ao, 3).toLowerCase() ? (n3 = r2.substr(Ao, 3), Ao += 3) : (n3 = a, 0 === _o && No($)), n3 !== a ? (Eo = t4, t4 = e4 = "CHARACTER SET") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a), t4;
          })()) === a && ("charset" === r2.substr(Ao, 7).toLowerCase() ? (n2 = r2.substr(Ao, 7), Ao += 7) : (n2 = a, 0 === _o && No(q)), n2 === a && ("collate" === r2.substr(Ao, 7).toLowerCase() ? (n2 = r2.substr(Ao, 7), Ao += 7) : (n2 = a, 0 === _o && No(W)))), n2 !== a && Zi() !== a ? ((o2 = Pi()) === a && (o2 = null), o2 !== a && Zi() !== a && (u2 = au()) !== a ? (Eo = t3, s2 = n2, c2 = o2, l2 = u2, t3 = e3 = { keyword: (i2 = e3) && `${i2[0].toLowerCase()} ${s2.toLowerCase()}` || s2.toLowerCase(), symbol: c2, value: l2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Zo() {
          var t3, e3, n2, o2, u2, i2, s2, c2, l2;
          return t3 = Ao, "auto_increment" === r2.substr(Ao, 14).toLowerCase() ? (e3 = r2.substr(Ao, 14), Ao += 14) : (e3 = a, 0 === _o && No(f)), e3 === a && ("avg_row_length" === r2.substr(Ao, 14).toLowerCase() ? (e3 = r2.substr(Ao, 14), Ao += 14) : (e3 = a, 0 === _o && No(B)), e3 === a && ("key_block_size" === r2.substr(Ao, 14).toLowerCase() ? (e3 = r2.substr(Ao, 14), Ao += 14) : (e3 = a, 0 === _o && No(G)), e3 === a && ("max_rows" === r2.substr(Ao, 8).toLowerCase() ? (e3 = r2.substr(Ao, 8), Ao += 8) : (e3 = a, 0 === _o && No(Y)), e3 === a && ("min_rows" === r2.substr(Ao, 8).toLowerCase() ? (e3 = r2.substr(Ao, 8), Ao += 8) : (e3 = a, 0 === _o && No(V)), e3 === a && ("stats_sample_pages" === r2.substr(Ao, 18).toLowerCase() ? (e3 = r2.substr(Ao, 18), Ao += 18) : (e3 = a, 0 === _o && No(Q))))))), e3 !== a && Zi() !== a ? ((n2 = Pi()) === a && (n2 = null), n2 !== a && Zi() !== a && (o2 = ku()) !== a ? (Eo = t3, c2 = n2, l2 = o2, t3 = e3 = { keyword: e3.toLowerCase(), symbol: c2, value: l2.value }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Jo()) === a && (t3 = Ao, (e3 = Wi()) === a && ("connection" === r2.substr(Ao, 10).toLowerCase() ? (e3 = r2.substr(Ao, 10), Ao += 10) : (e3 = a, 0 === _o && No(X))), e3 !== a && Zi() !== a ? ((n2 = Pi()) === a && (n2 = null), n2 !== a && Zi() !== a && (o2 = Su()) !== a ? (Eo = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: `'${e4.value}'` };
          })(e3, n2, o2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, "compression" === r2.substr(Ao, 11).toLowerCase() ? (e3 = r2.substr(Ao, 11), Ao += 11) : (e3 = a, 0 === _o && No(K)), e3 !== a && Zi() !== a ? ((n2 = Pi()) === a && (n2 = null), n2 !== a && Zi() !== a ? (o2 = Ao, 39 === r2.charCodeAt(Ao) ? (u2 = "'", Ao++) : (u2 = a, 0 === _o && No(z)), u2 !== a ? ("zlib" === r2.substr(Ao, 4).toLowerCase() ? (i2 = r2.substr(Ao, 4), Ao += 4) : (i2 = a, 0 === _o && No(J)), i2 === a && ("lz4" === r2.substr(Ao, 3).toLowerCase() ? (i2 = r2.substr(Ao, 3), Ao += 3) : (i2 = a, 0 === _o && No(Z)), i2 === a && ("none" === r2.substr(Ao, 4).toLowerCase() ? (i2 = r2.substr(Ao, 4), Ao += 4) : (i2 = a, 0 === _o && No(_)))), i2 !== a ? (39 === r2.charCodeAt(Ao) ? (s2 = "'", Ao++) : (s2 = a, 0 === _o && No(z)), s2 !== a ? o2 = u2 = [u2, i2, s2] : (Ao = o2, o2 = a)) : (Ao = o2, o2 = a)) : (Ao = o2, o2 = a), o2 !== a ? (Eo = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.join("").toUpperCase() };
          })(e3, n2, o2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, "engine" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(rr)), e3 !== a && Zi() !== a ? ((n2 = Pi()) === a && (n2 = null), n2 !== a && Zi() !== a && (o2 = du()) !== a ? (Eo = t3, t3 = e3 = (function(r3, t4, e4) {
            return { keyword: r3.toLowerCase(), symbol: t4, value: e4.toUpperCase() };
          })(e3, n2, o2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)))), t3;
        }
        function ra() {
          var t3, e3, n2, o2, u2;
          return t3 = Ao, (e3 = ma()) !== a && Zi() !== a && (n2 = (function() {
            var t4, e4, n3;
            return t4 = Ao, "read" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(tr)), e4 !== a && Zi() !== a ? ("local" === r2.substr(Ao, 5).toLowerCase() ? (n3 = r2.substr(Ao, 5), Ao += 5) : (n3 = a, 0 === _o && No(er)), n3 === a && (n3 = null), n3 !== a ? (Eo = t4, t4 = e4 = { type: "read", suffix: n3 && "local" }) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a), t4 === a && (t4 = Ao, "low_priority" === r2.substr(Ao, 12).toLowerCase() ? (e4 = r2.substr(Ao, 12), Ao += 12) : (e4 = a, 0 === _o && No(nr)), e4 === a && (e4 = null), e4 !== a && Zi() !== a ? ("write" === r2.substr(Ao, 5).toLowerCase() ? (n3 = r2.substr(Ao, 5), Ao += 5) : (n3 = a, 0 === _o && No(or)), n3 !== a ? (Eo = t4, t4 = e4 = { type: "write", prefix: e4 && "low_priority" }) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)), t4;
          })()) !== a ? (Eo = t3, o2 = e3, u2 = n2, xs.add(`lock::${o2.db}::${o2.table}`), t3 = e3 = { table: o2, lock_type: u2 }) : (Ao = t3, t3 = a), t3;
        }
        function ta() {
          var t3, e3, n2, o2, u2, i2, s2;
          return (t3 = (function() {
            var t4, e4, n3, o3, u3, i3, s3, c2, f2, p2, v2;
            t4 = Ao, Zi() !== a ? ((e4 = (function() {
              var t5, e5, n4, o4, u4, i4, s4, c3, f3, p3, v3, b3;
              if (t5 = Ao, (e5 = ni()) !== a) if (Zi() !== a) if ((n4 = ea()) !== a) {
                for (o4 = [], u4 = Ao, (i4 = Zi()) !== a && (s4 = Gi()) !== a && (c3 = Zi()) !== a && (f3 = ea()) !== a ? u4 = i4 = [i4, s4, c3, f3] : (Ao = u4, u4 = a); u4 !== a; ) o4.push(u4), u4 = Ao, (i4 = Zi()) !== a && (s4 = Gi()) !== a && (c3 = Zi()) !== a && (f3 = ea()) !== a ? u4 = i4 = [i4, s4, c3, f3] : (Ao = u4, u4 = a);
                o4 !== a ? (Eo = t5, e5 = l(n4, o4), t5 = e5) : (Ao = t5, t5 = a);
              } else Ao = t5, t5 = a;
              else Ao = t5, t5 = a;
              else Ao = t5, t5 = a;
              if (t5 === a) if (t5 = Ao, (e5 = Zi()) !== a) if (ni() !== a) if ((n4 = Zi()) !== a) if ((o4 = (function() {
                var t6, e6, n5, o5;
                t6 = Ao, "recursive" === r2.substr(Ao, 9).toLowerCase() ? (e6 = r2.substr(Ao, 9), Ao += 9) : (e6 = a, 0 === _o && No(Vt));
                e6 !== a ? (n5 = Ao, _o++, o5 = yu(), _o--, o5 === a ? n5 = void 0 : (Ao = n5, n5 = a), n5 !== a ? t6 = e6 = [e6, n5] : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a);
                return t6;
              })()) !== a) if ((u4 = Zi()) !== a) if ((i4 = ea()) !== a) {
                for (s4 = [], c3 = Ao, (f3 = Zi()) !== a && (p3 = Gi()) !== a && (v3 = Zi()) !== a && (b3 = ea()) !== a ? c3 = f3 = [f3, p3, v3, b3] : (Ao = c3, c3 = a); c3 !== a; ) s4.push(c3), c3 = Ao, (f3 = Zi()) !== a && (p3 = Gi()) !== a && (v3 = Zi()) !== a && (b3 = ea()) !== a ? c3 = f3 = [f3, p3, v3, b3] : (Ao = c3, c3 = a);
                s4 !== a ? (Eo = t5, y3 = s4, (d3 = i4).recursive = true, e5 = gs(d3, y3), t5 = e5) : (Ao = t5, t5 = a);
              } else Ao = t5, t5 = a;
              else Ao = t5, t5 = a;
              else Ao = t5, t5 = a;
              else Ao = t5, t5 = a;
              else Ao = t5, t5 = a;
              else Ao = t5, t5 = a;
              var d3, y3;
              return t5;
            })()) === a && (e4 = null), e4 !== a && Zi() !== a && (function() {
              var t5, e5, n4, o4;
              t5 = Ao, "select" === r2.substr(Ao, 6).toLowerCase() ? (e5 = r2.substr(Ao, 6), Ao += 6) : (e5 = a, 0 === _o && No($t));
              e5 !== a ? (n4 = Ao, _o++, o4 = yu(), _o--, o4 === a ? n4 = void 0 : (Ao = n4, n4 = a), n4 !== a ? t5 = e5 = [e5, n4] : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })() !== a && rs() !== a ? ((n3 = (function() {
              var r3, t5, e5, n4, o4, u4;
              if (r3 = Ao, (t5 = oa()) !== a) {
                for (e5 = [], n4 = Ao, (o4 = Zi()) !== a && (u4 = oa()) !== a ? n4 = o4 = [o4, u4] : (Ao = n4, n4 = a); n4 !== a; ) e5.push(n4), n4 = Ao, (o4 = Zi()) !== a && (u4 = oa()) !== a ? n4 = o4 = [o4, u4] : (Ao = n4, n4 = a);
                e5 !== a ? (Eo = r3, t5 = (function(r4, t6) {
                  const e6 = [r4];
                  for (let r5 = 0, n5 = t6.length; r5 < n5; ++r5) e6.push(t6[r5][1]);
                  return e6;
                })(t5, e5), r3 = t5) : (Ao = r3, r3 = a);
              } else Ao = r3, r3 = a;
              return r3;
            })()) === a && (n3 = null), n3 !== a && Zi() !== a ? ((o3 = ui()) === a && (o3 = null), o3 !== a && Zi() !== a && (u3 = aa()) !== a && Zi() !== a ? ((i3 = fa()) === a && (i3 = null), i3 !== a && Zi() !== a ? ((s3 = Ea()) === a && (s3 = null), s3 !== a && Zi() !== a ? ((c2 = (function() {
              var t5, e5, n4;
              t5 = Ao, (e5 = (function() {
                var t6, e6, n5, o4;
                t6 = Ao, "group" === r2.substr(Ao, 5).toLowerCase() ? (e6 = r2.substr(Ao, 5), Ao += 5) : (e6 = a, 0 === _o && No(we));
                e6 !== a ? (n5 = Ao, _o++, o4 = yu(), _o--, o4 === a ? n5 = void 0 : (Ao = n5, n5 = a), n5 !== a ? t6 = e6 = [e6, n5] : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a);
                return t6;
              })()) !== a && Zi() !== a && oi() !== a && Zi() !== a && (n4 = Fa()) !== a ? (Eo = t5, e5 = { columns: n4.value }, t5 = e5) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (c2 = null), c2 !== a && Zi() !== a ? ((f2 = (function() {
              var t5, e5;
              t5 = Ao, (function() {
                var t6, e6, n4, o4;
                t6 = Ao, "having" === r2.substr(Ao, 6).toLowerCase() ? (e6 = r2.substr(Ao, 6), Ao += 6) : (e6 = a, 0 === _o && No(Ae));
                e6 !== a ? (n4 = Ao, _o++, o4 = yu(), _o--, o4 === a ? n4 = void 0 : (Ao = n4, n4 = a), n4 !== a ? t6 = e6 = [e6, n4] : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a);
                return t6;
              })() !== a && Zi() !== a && (e5 = Ya()) !== a ? (Eo = t5, t5 = e5) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (f2 = null), f2 !== a && Zi() !== a ? ((p2 = xa()) === a && (p2 = null), p2 !== a && Zi() !== a ? ((v2 = Oa()) === a && (v2 = null), v2 !== a ? (Eo = t4, b2 = e4, d2 = n3, y2 = o3, h2 = u3, w2 = s3, L2 = c2, C2 = f2, A2 = p2, E2 = v2, (m2 = i3) && m2.forEach((r3) => r3.table && xs.add(`select::${r3.db}::${r3.table}`)), t4 = { with: b2, type: "select", options: d2, distinct: y2, columns: h2, from: m2, where: w2, groupby: L2, having: C2, orderby: A2, limit: E2 }) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            var b2, d2, y2, h2, m2, w2, L2, C2, A2, E2;
            return t4;
          })()) === a && (t3 = Ao, e3 = Ao, 40 === r2.charCodeAt(Ao) ? (n2 = "(", Ao++) : (n2 = a, 0 === _o && No(ur)), n2 !== a && (o2 = Zi()) !== a && (u2 = ta()) !== a && (i2 = Zi()) !== a ? (41 === r2.charCodeAt(Ao) ? (s2 = ")", Ao++) : (s2 = a, 0 === _o && No(ir)), s2 !== a ? e3 = n2 = [n2, o2, u2, i2, s2] : (Ao = e3, e3 = a)) : (Ao = e3, e3 = a), e3 !== a && (Eo = t3, e3 = { ...e3[2], parentheses_symbol: true }), t3 = e3), t3;
        }
        function ea() {
          var r3, t3, e3, n2, o2;
          return r3 = Ao, (t3 = Su()) === a && (t3 = du()), t3 !== a && Zi() !== a ? ((e3 = na()) === a && (e3 = null), e3 !== a && Zi() !== a && Xu() !== a && Zi() !== a && Vi() !== a && Zi() !== a && (n2 = Po()) !== a && Zi() !== a && Qi() !== a ? (Eo = r3, "string" == typeof (o2 = t3) && (o2 = { type: "default", value: o2 }), r3 = t3 = { name: o2, stmt: n2, columns: e3 }) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3;
        }
        function na() {
          var r3, t3;
          return r3 = Ao, Vi() !== a && Zi() !== a && (t3 = (function() {
            var r4, t4, e3, n2, o2, u2, i2, s2;
            if (r4 = Ao, (t4 = ou()) !== a) {
              for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = ou()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = ou()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
              e3 !== a ? (Eo = r4, t4 = l(t4, e3), r4 = t4) : (Ao = r4, r4 = a);
            } else Ao = r4, r4 = a;
            return r4;
          })()) !== a && Zi() !== a && Qi() !== a ? (Eo = r3, r3 = t3) : (Ao = r3, r3 = a), r3;
        }
        function oa() {
          var t3, e3;
          return t3 = Ao, (e3 = (function() {
            var t4;
            "sql_calc_found_rows" === r2.substr(Ao, 19).toLowerCase() ? (t4 = r2.substr(Ao, 19), Ao += 19) : (t4 = a, 0 === _o && No(to));
            return t4;
          })()) === a && ((e3 = (function() {
            var t4;
            "sql_cache" === r2.substr(Ao, 9).toLowerCase() ? (t4 = r2.substr(Ao, 9), Ao += 9) : (t4 = a, 0 === _o && No(eo));
            return t4;
          })()) === a && (e3 = (function() {
            var t4;
            "sql_no_cache" === r2.substr(Ao, 12).toLowerCase() ? (t4 = r2.substr(Ao, 12), Ao += 12) : (t4 = a, 0 === _o && No(no));
            return t4;
          })()), e3 === a && (e3 = (function() {
            var t4;
            "sql_big_result" === r2.substr(Ao, 14).toLowerCase() ? (t4 = r2.substr(Ao, 14), Ao += 14) : (t4 = a, 0 === _o && No(ao));
            return t4;
          })()) === a && (e3 = (function() {
            var t4;
            "sql_small_result" === r2.substr(Ao, 16).toLowerCase() ? (t4 = r2.substr(Ao, 16), Ao += 16) : (t4 = a, 0 === _o && No(oo));
            return t4;
          })()) === a && (e3 = (function() {
            var t4;
            "sql_buffer_result" === r2.substr(Ao, 17).toLowerCase() ? (t4 = r2.substr(Ao, 17), Ao += 17) : (t4 = a, 0 === _o && No(uo));
            return t4;
          })())), e3 !== a && (Eo = t3, e3 = e3), t3 = e3;
        }
        function aa() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = ai()) === a && (t3 = Ao, (e3 = Yi()) !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Yi())), t3 !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = ca()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = ca()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = (function(r4, t4) {
              ks.add("select::null::(.*)");
              const e4 = { expr: { type: "column_ref", table: null, column: "*" }, as: null };
              return t4 && t4.length > 0 ? gs(e4, t4) : [e4];
            })(0, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          if (r3 === a) if (r3 = Ao, (t3 = ca()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = ca()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = ca()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = l(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function ua() {
          var t3, e3, n2, o2, u2, i2, s2;
          return t3 = Ao, Xi() !== a && Zi() !== a ? ((e3 = ku()) === a && (e3 = Su()), e3 !== a && Zi() !== a && Ki() !== a ? (n2 = Ao, (o2 = Zi()) !== a ? (46 === r2.charCodeAt(Ao) ? (u2 = ".", Ao++) : (u2 = a, 0 === _o && No(sr)), u2 !== a && (i2 = Zi()) !== a && (s2 = uu()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a)) : (Ao = n2, n2 = a), n2 === a && (n2 = null), n2 !== a ? (Eo = t3, t3 = (function(r3, t4) {
            let e4;
            return t4 && (e4 = { type: "default", value: t4[3] }), { brackets: true, index: r3, property: e4 };
          })(e3, n2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ia() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Ao, (t3 = ua()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = ua()) !== a ? n2 = o2 = [o2, u2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = ua()) !== a ? n2 = o2 = [o2, u2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = s(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function sa() {
          var r3, t3, e3, n2, o2;
          return r3 = Ao, (t3 = (function() {
            var r4, t4, e4, n3, o3, u2, i2, s2;
            if (r4 = Ao, (t4 = Ga()) !== a) {
              for (e4 = [], n3 = Ao, (o3 = Zi()) !== a ? ((u2 = bi()) === a && (u2 = di()) === a && (u2 = Ji()), u2 !== a && (i2 = Zi()) !== a && (s2 = Ga()) !== a ? n3 = o3 = [o3, u2, i2, s2] : (Ao = n3, n3 = a)) : (Ao = n3, n3 = a); n3 !== a; ) e4.push(n3), n3 = Ao, (o3 = Zi()) !== a ? ((u2 = bi()) === a && (u2 = di()) === a && (u2 = Ji()), u2 !== a && (i2 = Zi()) !== a && (s2 = Ga()) !== a ? n3 = o3 = [o3, u2, i2, s2] : (Ao = n3, n3 = a)) : (Ao = n3, n3 = a);
              e4 !== a ? (Eo = r4, t4 = (function(r5, t5) {
                const e5 = r5.ast;
                if (e5 && "select" === e5.type && (!(r5.parentheses_symbol || r5.parentheses || r5.ast.parentheses || r5.ast.parentheses_symbol) || 1 !== e5.columns.length || "*" === e5.columns[0].expr.column)) throw new Error("invalid column clause with select statement");
                if (!t5 || 0 === t5.length) return r5;
                const n4 = t5.length;
                let o4 = t5[n4 - 1][3];
                for (let e6 = n4 - 1; e6 >= 0; e6--) {
                  const n5 = 0 === e6 ? r5 : t5[e6 - 1][3];
                  o4 = As(t5[e6][1], n5, o4);
                }
                return o4;
              })(t4, e4), r4 = t4) : (Ao = r4, r4 = a);
            } else Ao = r4, r4 = a;
            return r4;
          })()) !== a && Zi() !== a ? ((e3 = ia()) === a && (e3 = null), e3 !== a ? (Eo = r3, n2 = t3, (o2 = e3) && (n2.array_index = o2), r3 = t3 = n2) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3;
        }
        function ca() {
          var r3, t3, e3, n2, o2, u2, i2;
          return r3 = Ao, t3 = Ao, (e3 = uu()) !== a && (n2 = Zi()) !== a && (o2 = Bi()) !== a ? t3 = e3 = [e3, n2, o2] : (Ao = t3, t3 = a), t3 === a && (t3 = null), t3 !== a && (e3 = Zi()) !== a && (n2 = Yi()) !== a ? (Eo = r3, r3 = t3 = (function(r4) {
            const t4 = r4 && r4[0] || null;
            return ks.add(`select::${t4}::(.*)`), { expr: { type: "column_ref", table: t4, column: "*" }, as: null };
          })(t3)) : (Ao = r3, r3 = a), r3 === a && (r3 = Ao, (t3 = sa()) !== a && (e3 = Zi()) !== a ? ((n2 = la()) === a && (n2 = null), n2 !== a ? (Eo = r3, i2 = n2, "double_quote_string" !== (u2 = t3).type && "single_quote_string" !== u2.type || ks.add("select::null::" + u2.value), r3 = t3 = { type: "expr", expr: u2, as: i2 }) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)), r3;
        }
        function la() {
          var r3, t3, e3;
          return r3 = Ao, (t3 = Xu()) !== a && Zi() !== a && (e3 = (function() {
            var r4, t4;
            r4 = Ao, (t4 = du()) !== a ? (Eo = Ao, ((function(r5) {
              if (true === ws[r5.toUpperCase()]) throw new Error("Error: " + JSON.stringify(r5) + " is a reserved word, can not as alias clause");
              return false;
            })(t4) ? a : void 0) !== a ? (Eo = r4, r4 = t4 = t4) : (Ao = r4, r4 = a)) : (Ao = r4, r4 = a);
            r4 === a && (r4 = Ao, (t4 = su()) !== a && (Eo = r4, t4 = t4), r4 = t4);
            return r4;
          })()) !== a ? (Eo = r3, r3 = t3 = e3) : (Ao = r3, r3 = a), r3 === a && (r3 = Ao, (t3 = Xu()) === a && (t3 = null), t3 !== a && Zi() !== a && (e3 = uu()) !== a ? (Eo = r3, r3 = t3 = e3) : (Ao = r3, r3 = a)), r3;
        }
        function fa() {
          var t3, e3;
          return t3 = Ao, (function() {
            var t4, e4, n2, o2;
            t4 = Ao, "from" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(re));
            e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })() !== a && Zi() !== a && (e3 = ya()) !== a ? (Eo = t3, t3 = e3) : (Ao = t3, t3 = a), t3;
        }
        function pa() {
          var r3, t3, e3;
          return r3 = Ao, (t3 = La()) !== a && Zi() !== a && Pu() !== a && Zi() !== a && (e3 = La()) !== a ? (Eo = r3, r3 = t3 = [t3, e3]) : (Ao = r3, r3 = a), r3;
        }
        function va() {
          var t3, e3;
          return t3 = Ao, ei() !== a && Zi() !== a ? ("btree" === r2.substr(Ao, 5).toLowerCase() ? (e3 = r2.substr(Ao, 5), Ao += 5) : (e3 = a, 0 === _o && No(cr)), e3 === a && ("hash" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(lr))), e3 !== a ? (Eo = t3, t3 = { keyword: "using", type: e3.toLowerCase() }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ba() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Ao, (t3 = da()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = da()) !== a ? n2 = o2 = [o2, u2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = da()) !== a ? n2 = o2 = [o2, u2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = (function(r4, t4) {
              const e4 = [r4];
              for (let r5 = 0; r5 < t4.length; r5++) e4.push(t4[r5][1]);
              return e4;
            })(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function da() {
          var t3, e3, n2, o2, u2, i2;
          return t3 = Ao, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "key_block_size" === r2.substr(Ao, 14).toLowerCase() ? (e4 = r2.substr(Ao, 14), Ao += 14) : (e4 = a, 0 === _o && No(G));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "KEY_BLOCK_SIZE") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && Zi() !== a ? ((n2 = Pi()) === a && (n2 = null), n2 !== a && Zi() !== a && (o2 = ku()) !== a ? (Eo = t3, u2 = n2, i2 = o2, t3 = e3 = { type: e3.toLowerCase(), symbol: u2, expr: i2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = va()) === a && (t3 = Ao, "with" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(fr)), e3 !== a && Zi() !== a ? ("parser" === r2.substr(Ao, 6).toLowerCase() ? (n2 = r2.substr(Ao, 6), Ao += 6) : (n2 = a, 0 === _o && No(pr)), n2 !== a && Zi() !== a && (o2 = du()) !== a ? (Eo = t3, t3 = e3 = { type: "with parser", expr: o2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, "visible" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(vr)), e3 === a && ("invisible" === r2.substr(Ao, 9).toLowerCase() ? (e3 = r2.substr(Ao, 9), Ao += 9) : (e3 = a, 0 === _o && No(br))), e3 !== a && (Eo = t3, e3 = (function(r3) {
            return { type: r3.toLowerCase(), expr: r3.toLowerCase() };
          })(e3)), (t3 = e3) === a && (t3 = es()))), t3;
        }
        function ya() {
          var r3, t3, e3, n2;
          if (r3 = Ao, (t3 = ma()) !== a) {
            for (e3 = [], n2 = ha(); n2 !== a; ) e3.push(n2), n2 = ha();
            e3 !== a ? (Eo = r3, r3 = t3 = dr(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function ha() {
          var r3, t3, e3;
          return r3 = Ao, Zi() !== a && (t3 = Gi()) !== a && Zi() !== a && (e3 = ma()) !== a ? (Eo = r3, r3 = e3) : (Ao = r3, r3 = a), r3 === a && (r3 = Ao, Zi() !== a && (t3 = (function() {
            var r4, t4, e4, n2, o2, u2, i2, s2, c2, l2, f2;
            if (r4 = Ao, (t4 = wa()) !== a) if (Zi() !== a) if ((e4 = ma()) !== a) if (Zi() !== a) if ((n2 = ei()) !== a) if (Zi() !== a) if (Vi() !== a) if (Zi() !== a) if ((o2 = au()) !== a) {
              for (u2 = [], i2 = Ao, (s2 = Zi()) !== a && (c2 = Gi()) !== a && (l2 = Zi()) !== a && (f2 = au()) !== a ? i2 = s2 = [s2, c2, l2, f2] : (Ao = i2, i2 = a); i2 !== a; ) u2.push(i2), i2 = Ao, (s2 = Zi()) !== a && (c2 = Gi()) !== a && (l2 = Zi()) !== a && (f2 = au()) !== a ? i2 = s2 = [s2, c2, l2, f2] : (Ao = i2, i2 = a);
              u2 !== a && (i2 = Zi()) !== a && (s2 = Qi()) !== a ? (Eo = r4, p2 = t4, b2 = o2, d2 = u2, (v2 = e4).join = p2, v2.using = gs(b2, d2), r4 = t4 = v2) : (Ao = r4, r4 = a);
            } else Ao = r4, r4 = a;
            else Ao = r4, r4 = a;
            else Ao = r4, r4 = a;
            else Ao = r4, r4 = a;
            else Ao = r4, r4 = a;
            else Ao = r4, r4 = a;
            else Ao = r4, r4 = a;
            else Ao = r4, r4 = a;
            else Ao = r4, r4 = a;
            var p2, v2, b2, d2;
            r4 === a && (r4 = Ao, (t4 = wa()) !== a && Zi() !== a && (e4 = ma()) !== a && Zi() !== a ? ((n2 = Aa()) === a && (n2 = null), n2 !== a ? (Eo = r4, t4 = (function(r5, t5, e5) {
              return t5.join = r5, t5.on = e5, t5;
            })(t4, e4, n2), r4 = t4) : (Ao = r4, r4 = a)) : (Ao = r4, r4 = a), r4 === a && (r4 = Ao, (t4 = wa()) === a && (t4 = Do()), t4 !== a && Zi() !== a && (e4 = Vi()) !== a && Zi() !== a && (n2 = Po()) !== a && Zi() !== a && Qi() !== a && Zi() !== a ? ((o2 = la()) === a && (o2 = null), o2 !== a && (u2 = Zi()) !== a ? ((i2 = Aa()) === a && (i2 = null), i2 !== a ? (Eo = r4, t4 = (function(r5, t5, e5, n3) {
              return t5.parentheses = true, { expr: t5, as: e5, join: r5, on: n3 };
            })(t4, n2, o2, i2), r4 = t4) : (Ao = r4, r4 = a)) : (Ao = r4, r4 = a)) : (Ao = r4, r4 = a)));
            return r4;
          })()) !== a ? (Eo = r3, r3 = t3) : (Ao = r3, r3 = a)), r3;
        }
        function ma() {
          var t3, e3, n2, o2, u2, i2;
          return t3 = Ao, (e3 = (function() {
            var t4;
            "dual" === r2.substr(Ao, 4).toLowerCase() ? (t4 = r2.substr(Ao, 4), Ao += 4) : (t4 = a, 0 === _o && No(Yn));
            return t4;
          })()) !== a && (Eo = t3, e3 = { type: "dual" }), (t3 = e3) === a && (t3 = Ao, (e3 = La()) !== a && Zi() !== a ? ((n2 = la()) === a && (n2 = null), n2 !== a ? (Eo = t3, i2 = n2, t3 = e3 = "var" === (u2 = e3).type ? (u2.as = i2, u2) : { db: u2.db, table: u2.table, as: i2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, (e3 = Vi()) !== a && Zi() !== a && (n2 = Po()) !== a && Zi() !== a && Qi() !== a && Zi() !== a ? ((o2 = la()) === a && (o2 = null), o2 !== a ? (Eo = t3, t3 = e3 = (function(r3, t4) {
            return r3.parentheses = true, { expr: r3, as: t4 };
          })(n2, o2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a))), t3;
        }
        function wa() {
          var t3, e3, n2, o2;
          return t3 = Ao, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "left" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(se));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && (n2 = Zi()) !== a ? ((o2 = ri()) === a && (o2 = null), o2 !== a && Zi() !== a && Zu() !== a ? (Eo = t3, t3 = e3 = "LEFT JOIN") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "right" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(ce));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && (n2 = Zi()) !== a ? ((o2 = ri()) === a && (o2 = null), o2 !== a && Zi() !== a && Zu() !== a ? (Eo = t3, t3 = e3 = "RIGHT JOIN") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "full" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(le));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && (n2 = Zi()) !== a ? ((o2 = ri()) === a && (o2 = null), o2 !== a && Zi() !== a && Zu() !== a ? (Eo = t3, t3 = e3 = "FULL JOIN") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, e3 = Ao, (n2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "inner" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(pe));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && (o2 = Zi()) !== a ? e3 = n2 = [n2, o2] : (Ao = e3, e3 = a), e3 === a && (e3 = null), e3 !== a && (n2 = Zu()) !== a ? (Eo = t3, t3 = e3 = "INNER JOIN") : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, (e3 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "cross" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(fe));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && (n2 = Zi()) !== a && (o2 = Zu()) !== a ? (Eo = t3, t3 = e3 = "CROSS JOIN") : (Ao = t3, t3 = a))))), t3;
        }
        function La() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          return r3 = Ao, (t3 = uu()) !== a ? (e3 = Ao, (n2 = Zi()) !== a && (o2 = Bi()) !== a && (u2 = Zi()) !== a && (i2 = uu()) !== a ? e3 = n2 = [n2, o2, u2, i2] : (Ao = e3, e3 = a), e3 === a && (e3 = null), e3 !== a ? (Eo = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { db: null, table: r4 };
            return null !== t4 && (e4.db = r4, e4.table = t4[3]), e4;
          })(t3, e3)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3 === a && (r3 = Ao, (t3 = ds()) !== a && (Eo = r3, (s2 = t3).db = null, s2.table = s2.name, t3 = s2), r3 = t3), r3;
        }
        function Ca() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = Ga()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a ? ((u2 = bi()) === a && (u2 = di()), u2 !== a && (i2 = Zi()) !== a && (s2 = Ga()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a)) : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a ? ((u2 = bi()) === a && (u2 = di()), u2 !== a && (i2 = Zi()) !== a && (s2 = Ga()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a)) : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4;
              for (let r5 = 0; r5 < e4; ++r5) n3 = As(t4[r5][1], n3, t4[r5][3]);
              return n3;
            })(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function Aa() {
          var r3, t3;
          return r3 = Ao, Ju() !== a && Zi() !== a && (t3 = Ya()) !== a ? (Eo = r3, r3 = t3) : (Ao = r3, r3 = a), r3;
        }
        function Ea() {
          var t3, e3;
          return t3 = Ao, (function() {
            var t4, e4, n2, o2;
            t4 = Ao, "where" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(me));
            e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })() !== a && Zi() !== a && (e3 = Ya()) !== a ? (Eo = t3, t3 = e3) : (Ao = t3, t3 = a), t3;
        }
        function ga() {
          var r3, t3;
          return (r3 = du()) === a && (r3 = Ao, Vi() !== a && Zi() !== a ? ((t3 = (function() {
            var r4, t4, e3, n2;
            r4 = Ao, (t4 = ka()) === a && (t4 = null);
            t4 !== a && Zi() !== a ? ((e3 = xa()) === a && (e3 = null), e3 !== a && Zi() !== a ? ((n2 = (function() {
              var r5, t5, e4, n3, o2;
              r5 = Ao, (t5 = Oi()) !== a && Zi() !== a ? ((e4 = ja()) === a && (e4 = Sa()), e4 !== a ? (Eo = r5, r5 = t5 = { type: "rows", expr: e4 }) : (Ao = r5, r5 = a)) : (Ao = r5, r5 = a);
              r5 === a && (r5 = Ao, (t5 = Oi()) !== a && Zi() !== a && (e4 = ii()) !== a && Zi() !== a && (n3 = Sa()) !== a && Zi() !== a && bi() !== a && Zi() !== a && (o2 = ja()) !== a ? (Eo = r5, t5 = As(e4, { type: "origin", value: "rows" }, { type: "expr_list", value: [n3, o2] }), r5 = t5) : (Ao = r5, r5 = a));
              return r5;
            })()) === a && (n2 = null), n2 !== a ? (Eo = r4, r4 = t4 = { name: null, partitionby: t4, orderby: e3, window_frame_clause: n2 }) : (Ao = r4, r4 = a)) : (Ao = r4, r4 = a)) : (Ao = r4, r4 = a);
            return r4;
          })()) === a && (t3 = null), t3 !== a && Zi() !== a && Qi() !== a ? (Eo = r3, r3 = { window_specification: t3 || {}, parentheses: true }) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)), r3;
        }
        function ja() {
          var t3, e3, n2, o2;
          return t3 = Ao, (e3 = Ta()) !== a && Zi() !== a ? ("following" === r2.substr(Ao, 9).toLowerCase() ? (n2 = r2.substr(Ao, 9), Ao += 9) : (n2 = a, 0 === _o && No(yr)), n2 !== a ? (Eo = t3, (o2 = e3).value += " FOLLOWING", t3 = e3 = o2) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = _a()), t3;
        }
        function Sa() {
          var t3, e3, n2, o2, u2;
          return t3 = Ao, (e3 = Ta()) !== a && Zi() !== a ? ("preceding" === r2.substr(Ao, 9).toLowerCase() ? (n2 = r2.substr(Ao, 9), Ao += 9) : (n2 = a, 0 === _o && No(hr)), n2 === a && ("following" === r2.substr(Ao, 9).toLowerCase() ? (n2 = r2.substr(Ao, 9), Ao += 9) : (n2 = a, 0 === _o && No(yr))), n2 !== a ? (Eo = t3, u2 = n2, (o2 = e3).value += " " + u2.toUpperCase(), t3 = e3 = o2) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = _a()), t3;
        }
        function _a() {
          var t3, e3, n2;
          return t3 = Ao, "current" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(mr)), e3 !== a && Zi() !== a ? ("row" === r2.substr(Ao, 3).toLowerCase() ? (n2 = r2.substr(Ao, 3), Ao += 3) : (n2 = a, 0 === _o && No(wr)), n2 !== a ? (Eo = t3, t3 = e3 = { type: "origin", value: "current row" }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ta() {
          var t3, e3;
          return t3 = Ao, "unbounded" === r2.substr(Ao, 9).toLowerCase() ? (e3 = r2.substr(Ao, 9), Ao += 9) : (e3 = a, 0 === _o && No(Lr)), e3 !== a && (Eo = t3, e3 = { type: "origin", value: e3.toUpperCase() }), (t3 = e3) === a && (t3 = ku()), t3;
        }
        function xa() {
          var t3, e3;
          return t3 = Ao, (function() {
            var t4, e4, n2, o2;
            t4 = Ao, "order" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(Ce));
            e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })() !== a && Zi() !== a && oi() !== a && Zi() !== a && (e3 = (function() {
            var r3, t4, e4, n2, o2, u2, i2, s2;
            if (r3 = Ao, (t4 = Ia()) !== a) {
              for (e4 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = Ia()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e4.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = Ia()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
              e4 !== a ? (Eo = r3, t4 = l(t4, e4), r3 = t4) : (Ao = r3, r3 = a);
            } else Ao = r3, r3 = a;
            return r3;
          })()) !== a ? (Eo = t3, t3 = e3) : (Ao = t3, t3 = a), t3;
        }
        function ka() {
          var r3, t3;
          return r3 = Ao, Yu() !== a && Zi() !== a && oi() !== a && Zi() !== a && (t3 = aa()) !== a ? (Eo = r3, r3 = t3) : (Ao = r3, r3 = a), r3;
        }
        function Ia() {
          var t3, e3, n2;
          return t3 = Ao, (e3 = Ga()) !== a && Zi() !== a ? ((n2 = (function() {
            var t4, e4, n3, o2;
            t4 = Ao, "desc" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(Se));
            e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "DESC") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) === a && (n2 = (function() {
            var t4, e4, n3, o2;
            t4 = Ao, "asc" === r2.substr(Ao, 3).toLowerCase() ? (e4 = r2.substr(Ao, 3), Ao += 3) : (e4 = a, 0 === _o && No(je));
            e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "ASC") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()), n2 === a && (n2 = null), n2 !== a ? (Eo = t3, t3 = e3 = { expr: e3, type: n2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Na() {
          var r3;
          return (r3 = ku()) === a && (r3 = wu()), r3;
        }
        function Oa() {
          var t3, e3, n2, o2, u2, i2;
          return t3 = Ao, (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "limit" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(Ee));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })() !== a && Zi() !== a && (e3 = Na()) !== a && Zi() !== a ? (n2 = Ao, (o2 = Gi()) === a && (o2 = (function() {
            var t4, e4, n3, o3;
            t4 = Ao, "offset" === r2.substr(Ao, 6).toLowerCase() ? (e4 = r2.substr(Ao, 6), Ao += 6) : (e4 = a, 0 === _o && No(ge));
            e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "OFFSET") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()), o2 !== a && (u2 = Zi()) !== a && (i2 = Na()) !== a ? n2 = o2 = [o2, u2, i2] : (Ao = n2, n2 = a), n2 === a && (n2 = null), n2 !== a ? (Eo = t3, t3 = (function(r3, t4) {
            const e4 = [r3];
            return t4 && e4.push(t4[2]), { seperator: t4 && t4[0] && t4[0].toLowerCase() || "", value: e4 };
          })(e3, n2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ra() {
          var t3, e3, n2, o2, u2, i2, s2, c2, l2;
          return t3 = Ao, e3 = Ao, (n2 = uu()) !== a && (o2 = Zi()) !== a && (u2 = Bi()) !== a ? e3 = n2 = [n2, o2, u2] : (Ao = e3, e3 = a), e3 === a && (e3 = null), e3 !== a && (n2 = Zi()) !== a && (o2 = pu()) !== a && (u2 = Zi()) !== a ? (61 === r2.charCodeAt(Ao) ? (i2 = "=", Ao++) : (i2 = a, 0 === _o && No(Cr)), i2 !== a && Zi() !== a && (s2 = Ga()) !== a ? (Eo = t3, t3 = e3 = { column: o2, value: s2, table: (l2 = e3) && l2[0] }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, e3 = Ao, (n2 = uu()) !== a && (o2 = Zi()) !== a && (u2 = Bi()) !== a ? e3 = n2 = [n2, o2, u2] : (Ao = e3, e3 = a), e3 === a && (e3 = null), e3 !== a && (n2 = Zi()) !== a && (o2 = pu()) !== a && (u2 = Zi()) !== a ? (61 === r2.charCodeAt(Ao) ? (i2 = "=", Ao++) : (i2 = a, 0 === _o && No(Cr)), i2 !== a && Zi() !== a && (s2 = ti()) !== a && Zi() !== a && Vi() !== a && Zi() !== a && (c2 = ou()) !== a && Zi() !== a && Qi() !== a ? (Eo = t3, t3 = e3 = (function(r3, t4, e4) {
            return { column: t4, value: e4, table: r3 && r3[0], keyword: "values" };
          })(e3, o2, c2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)), t3;
        }
        function Ua() {
          var r3, t3;
          return (r3 = (function() {
            var r4, t4;
            r4 = Ao, ti() !== a && Zi() !== a && (t4 = (function() {
              var r5, t5, e3, n2, o2, u2, i2, s2;
              if (r5 = Ao, (t5 = Pa()) !== a) {
                for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = Pa()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = Pa()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
                e3 !== a ? (Eo = r5, t5 = l(t5, e3), r5 = t5) : (Ao = r5, r5 = a);
              } else Ao = r5, r5 = a;
              return r5;
            })()) !== a ? (Eo = r4, r4 = { type: "values", values: t4 }) : (Ao = r4, r4 = a);
            return r4;
          })()) === a && (r3 = Ao, (t3 = Po()) !== a && (Eo = r3, t3 = t3.ast), r3 = t3), r3;
        }
        function Ma() {
          var r3, t3, e3, n2, o2, u2, i2, s2, c2;
          if (r3 = Ao, Yu() !== a) if (Zi() !== a) if ((t3 = Vi()) !== a) if (Zi() !== a) if ((e3 = du()) !== a) {
            for (n2 = [], o2 = Ao, (u2 = Zi()) !== a && (i2 = Gi()) !== a && (s2 = Zi()) !== a && (c2 = du()) !== a ? o2 = u2 = [u2, i2, s2, c2] : (Ao = o2, o2 = a); o2 !== a; ) n2.push(o2), o2 = Ao, (u2 = Zi()) !== a && (i2 = Gi()) !== a && (s2 = Zi()) !== a && (c2 = du()) !== a ? o2 = u2 = [u2, i2, s2, c2] : (Ao = o2, o2 = a);
            n2 !== a && (o2 = Zi()) !== a && (u2 = Qi()) !== a ? (Eo = r3, r3 = gs(e3, n2)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          else Ao = r3, r3 = a;
          else Ao = r3, r3 = a;
          else Ao = r3, r3 = a;
          else Ao = r3, r3 = a;
          return r3 === a && (r3 = Ao, Yu() !== a && Zi() !== a && (t3 = Pa()) !== a ? (Eo = r3, r3 = t3) : (Ao = r3, r3 = a)), r3;
        }
        function Da() {
          var t3, e3;
          return t3 = Ao, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ao, "insert" === r2.substr(Ao, 6).toLowerCase() ? (e4 = r2.substr(Ao, 6), Ao += 6) : (e4 = a, 0 === _o && No(Yt));
            e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && (Eo = t3, e3 = "insert"), (t3 = e3) === a && (t3 = Ao, (e3 = Bu()) !== a && (Eo = t3, e3 = "replace"), t3 = e3), t3;
        }
        function Pa() {
          var r3, t3;
          return r3 = Ao, Vi() !== a && Zi() !== a && (t3 = Fa()) !== a && Zi() !== a && Qi() !== a ? (Eo = r3, r3 = t3) : (Ao = r3, r3 = a), r3;
        }
        function Fa() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = Ga()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = Ga()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = Ga()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = (function(r4, t4) {
              const e4 = { type: "expr_list" };
              return e4.value = gs(r4, t4), e4;
            })(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function Ha() {
          var t3, e3, n2;
          return t3 = Ao, (function() {
            var t4, e4, n3, o2;
            t4 = Ao, "interval" === r2.substr(Ao, 8).toLowerCase() ? (e4 = r2.substr(Ao, 8), Ao += 8) : (e4 = a, 0 === _o && No(jn));
            e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "INTERVAL") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })() !== a && Zi() !== a && (e3 = Ga()) !== a && Zi() !== a && (n2 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ao, "year" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(Sn));
              e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "YEAR") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ao, "month" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(_n));
              e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "MONTH") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ao, "day" === r2.substr(Ao, 3).toLowerCase() ? (e4 = r2.substr(Ao, 3), Ao += 3) : (e4 = a, 0 === _o && No(Tn));
              e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "DAY") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ao, "hour" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(xn));
              e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "HOUR") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ao, "minute" === r2.substr(Ao, 6).toLowerCase() ? (e4 = r2.substr(Ao, 6), Ao += 6) : (e4 = a, 0 === _o && No(kn));
              e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "MINUTE") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o2;
              t5 = Ao, "second" === r2.substr(Ao, 6).toLowerCase() ? (e4 = r2.substr(Ao, 6), Ao += 6) : (e4 = a, 0 === _o && No(In));
              e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "SECOND") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })());
            return t4;
          })()) !== a ? (Eo = t3, t3 = { type: "interval", expr: e3, unit: n2.toLowerCase() }) : (Ao = t3, t3 = a), t3;
        }
        function $a() {
          var r3, t3, e3, n2, o2, u2;
          if (r3 = Ao, (t3 = qa()) !== a) if (Zi() !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = qa()) !== a ? n2 = o2 = [o2, u2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = qa()) !== a ? n2 = o2 = [o2, u2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = s(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          else Ao = r3, r3 = a;
          return r3;
        }
        function qa() {
          var t3, e3, n2;
          return t3 = Ao, (function() {
            var t4, e4, n3, o2;
            t4 = Ao, "when" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(Ge));
            e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })() !== a && Zi() !== a && (e3 = Ya()) !== a && Zi() !== a && (function() {
            var t4, e4, n3, o2;
            t4 = Ao, "then" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(Ye));
            e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? t4 = e4 = [e4, n3] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })() !== a && Zi() !== a && (n2 = Ga()) !== a ? (Eo = t3, t3 = { type: "when", cond: e3, result: n2 }) : (Ao = t3, t3 = a), t3;
        }
        function Wa() {
          var t3, e3;
          return t3 = Ao, (function() {
            var t4, e4, n2, o2;
            t4 = Ao, "else" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(Ve));
            e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })() !== a && Zi() !== a && (e3 = Ga()) !== a ? (Eo = t3, t3 = { type: "else", result: e3 }) : (Ao = t3, t3 = a), t3;
        }
        function Ba() {
          var r3;
          return (r3 = (function() {
            var r4, t3, e3, n2, o2, u2, i2, s2;
            if (r4 = Ao, (t3 = Va()) !== a) {
              for (e3 = [], n2 = Ao, (o2 = rs()) !== a && (u2 = di()) !== a && (i2 = Zi()) !== a && (s2 = Va()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = rs()) !== a && (u2 = di()) !== a && (i2 = Zi()) !== a && (s2 = Va()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
              e3 !== a ? (Eo = r4, t3 = Ar(t3, e3), r4 = t3) : (Ao = r4, r4 = a);
            } else Ao = r4, r4 = a;
            return r4;
          })()) === a && (r3 = (function() {
            var r4, t3, e3, n2, o2, u2;
            if (r4 = Ao, (t3 = Za()) !== a) {
              if (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = eu()) !== a ? n2 = o2 = [o2, u2] : (Ao = n2, n2 = a), n2 !== a) for (; n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = eu()) !== a ? n2 = o2 = [o2, u2] : (Ao = n2, n2 = a);
              else e3 = a;
              e3 !== a ? (Eo = r4, t3 = Cs(t3, e3[0][1]), r4 = t3) : (Ao = r4, r4 = a);
            } else Ao = r4, r4 = a;
            return r4;
          })()), r3;
        }
        function Ga() {
          var r3;
          return (r3 = Ba()) === a && (r3 = Po()), r3;
        }
        function Ya() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = Ga()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a ? ((u2 = bi()) === a && (u2 = di()) === a && (u2 = Gi()), u2 !== a && (i2 = Zi()) !== a && (s2 = Ga()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a)) : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a ? ((u2 = bi()) === a && (u2 = di()) === a && (u2 = Gi()), u2 !== a && (i2 = Zi()) !== a && (s2 = Ga()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a)) : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = (function(r4, t4) {
              const e4 = t4.length;
              let n3 = r4, o3 = "";
              for (let r5 = 0; r5 < e4; ++r5) "," === t4[r5][1] ? (o3 = ",", Array.isArray(n3) || (n3 = [n3]), n3.push(t4[r5][3])) : n3 = As(t4[r5][1], n3, t4[r5][3]);
              if ("," === o3) {
                const r5 = { type: "expr_list" };
                return r5.value = n3, r5;
              }
              return n3;
            })(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function Va() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = Qa()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = rs()) !== a && (u2 = bi()) !== a && (i2 = Zi()) !== a && (s2 = Qa()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = rs()) !== a && (u2 = bi()) !== a && (i2 = Zi()) !== a && (s2 = Qa()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = js(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function Qa() {
          var t3, e3, n2, o2, u2;
          return (t3 = Xa()) === a && (t3 = (function() {
            var r3, t4, e4;
            r3 = Ao, (t4 = (function() {
              var r4, t5, e5, n4, o4;
              r4 = Ao, t5 = Ao, (e5 = vi()) !== a && (n4 = Zi()) !== a && (o4 = pi()) !== a ? t5 = e5 = [e5, n4, o4] : (Ao = t5, t5 = a);
              t5 !== a && (Eo = r4, t5 = gr(t5));
              (r4 = t5) === a && (r4 = pi());
              return r4;
            })()) !== a && Zi() !== a && Vi() !== a && Zi() !== a && (e4 = Po()) !== a && Zi() !== a && Qi() !== a ? (Eo = r3, n3 = t4, (o3 = e4).parentheses = true, t4 = Cs(n3, o3), r3 = t4) : (Ao = r3, r3 = a);
            var n3, o3;
            return r3;
          })()) === a && (t3 = Ao, (e3 = vi()) === a && (e3 = Ao, 33 === r2.charCodeAt(Ao) ? (n2 = "!", Ao++) : (n2 = a, 0 === _o && No(Er)), n2 !== a ? (o2 = Ao, _o++, 61 === r2.charCodeAt(Ao) ? (u2 = "=", Ao++) : (u2 = a, 0 === _o && No(Cr)), _o--, u2 === a ? o2 = void 0 : (Ao = o2, o2 = a), o2 !== a ? e3 = n2 = [n2, o2] : (Ao = e3, e3 = a)) : (Ao = e3, e3 = a)), e3 !== a && (n2 = Zi()) !== a && (o2 = Qa()) !== a ? (Eo = t3, t3 = e3 = Cs("NOT", o2)) : (Ao = t3, t3 = a)), t3;
        }
        function Xa() {
          var r3, t3, e3, n2, o2;
          return r3 = Ao, (t3 = Ja()) !== a && Zi() !== a ? ((e3 = (function() {
            var r4;
            (r4 = (function() {
              var r5, t4, e4, n3, o3, u2, i2;
              r5 = Ao, t4 = [], e4 = Ao, (n3 = Zi()) !== a && (o3 = Ka()) !== a && (u2 = Zi()) !== a && (i2 = Ja()) !== a ? e4 = n3 = [n3, o3, u2, i2] : (Ao = e4, e4 = a);
              if (e4 !== a) for (; e4 !== a; ) t4.push(e4), e4 = Ao, (n3 = Zi()) !== a && (o3 = Ka()) !== a && (u2 = Zi()) !== a && (i2 = Ja()) !== a ? e4 = n3 = [n3, o3, u2, i2] : (Ao = e4, e4 = a);
              else t4 = a;
              t4 !== a && (Eo = r5, t4 = { type: "arithmetic", tail: t4 });
              return r5 = t4;
            })()) === a && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = Ao, (t4 = za()) !== a && Zi() !== a && (e4 = Vi()) !== a && Zi() !== a && (n3 = Fa()) !== a && Zi() !== a && Qi() !== a ? (Eo = r5, r5 = t4 = { op: t4, right: n3 }) : (Ao = r5, r5 = a);
              r5 === a && (r5 = Ao, (t4 = za()) !== a && Zi() !== a ? ((e4 = ds()) === a && (e4 = Su()) === a && (e4 = Au()), e4 !== a ? (Eo = r5, t4 = /* @__PURE__ */ (function(r6, t5) {
                return { op: r6, right: t5 };
              })(t4, e4), r5 = t4) : (Ao = r5, r5 = a)) : (Ao = r5, r5 = a));
              return r5;
            })()) === a && (r4 = (function() {
              var r5, t4, e4, n3;
              r5 = Ao, (t4 = (function() {
                var r6, t5, e5, n4, o3;
                r6 = Ao, t5 = Ao, (e5 = vi()) !== a && (n4 = Zi()) !== a && (o3 = ii()) !== a ? t5 = e5 = [e5, n4, o3] : (Ao = t5, t5 = a);
                t5 !== a && (Eo = r6, t5 = gr(t5));
                (r6 = t5) === a && (r6 = ii());
                return r6;
              })()) !== a && Zi() !== a && (e4 = Ja()) !== a && Zi() !== a && bi() !== a && Zi() !== a && (n3 = Ja()) !== a ? (Eo = r5, r5 = t4 = { op: t4, right: { type: "expr_list", value: [e4, n3] } }) : (Ao = r5, r5 = a);
              return r5;
            })()) === a && (r4 = (function() {
              var r5, t4, e4, n3, o3;
              r5 = Ao, (t4 = ci()) !== a && (e4 = Zi()) !== a && (n3 = Ja()) !== a ? (Eo = r5, r5 = t4 = { op: "IS", right: n3 }) : (Ao = r5, r5 = a);
              r5 === a && (r5 = Ao, t4 = Ao, (e4 = ci()) !== a && (n3 = Zi()) !== a && (o3 = vi()) !== a ? t4 = e4 = [e4, n3, o3] : (Ao = t4, t4 = a), t4 !== a && (e4 = Zi()) !== a && (n3 = Ja()) !== a ? (Eo = r5, t4 = /* @__PURE__ */ (function(r6) {
                return { op: "IS NOT", right: r6 };
              })(n3), r5 = t4) : (Ao = r5, r5 = a));
              return r5;
            })()) === a && (r4 = (function() {
              var r5, t4, e4;
              r5 = Ao, (t4 = (function() {
                var r6, t5, e5, n3, o3;
                r6 = Ao, t5 = Ao, (e5 = vi()) !== a && (n3 = Zi()) !== a && (o3 = li()) !== a ? t5 = e5 = [e5, n3, o3] : (Ao = t5, t5 = a);
                t5 !== a && (Eo = r6, t5 = gr(t5));
                (r6 = t5) === a && (r6 = li());
                return r6;
              })()) !== a && Zi() !== a ? ((e4 = gu()) === a && (e4 = Xa()), e4 !== a ? (Eo = r5, t4 = Nr(t4, e4), r5 = t4) : (Ao = r5, r5 = a)) : (Ao = r5, r5 = a);
              return r5;
            })()) === a && (r4 = (function() {
              var r5, t4, e4;
              r5 = Ao, (t4 = (function() {
                var r6, t5, e5, n3, o3;
                r6 = Ao, t5 = Ao, (e5 = vi()) !== a && (n3 = Zi()) !== a && (o3 = fi()) !== a ? t5 = e5 = [e5, n3, o3] : (Ao = t5, t5 = a);
                t5 !== a && (Eo = r6, t5 = gr(t5));
                (r6 = t5) === a && (r6 = fi());
                return r6;
              })()) !== a && Zi() !== a ? ((e4 = gu()) === a && (e4 = Xa()), e4 !== a ? (Eo = r5, t4 = Nr(t4, e4), r5 = t4) : (Ao = r5, r5 = a)) : (Ao = r5, r5 = a);
              return r5;
            })());
            return r4;
          })()) === a && (e3 = null), e3 !== a ? (Eo = r3, n2 = t3, r3 = t3 = null === (o2 = e3) ? n2 : "arithmetic" === o2.type ? js(n2, o2.tail) : As(o2.op, n2, o2.right)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3 === a && (r3 = Su()) === a && (r3 = ou()), r3;
        }
        function Ka() {
          var t3;
          return ">=" === r2.substr(Ao, 2) ? (t3 = ">=", Ao += 2) : (t3 = a, 0 === _o && No(jr)), t3 === a && (62 === r2.charCodeAt(Ao) ? (t3 = ">", Ao++) : (t3 = a, 0 === _o && No(Sr)), t3 === a && ("<=" === r2.substr(Ao, 2) ? (t3 = "<=", Ao += 2) : (t3 = a, 0 === _o && No(_r)), t3 === a && ("<>" === r2.substr(Ao, 2) ? (t3 = "<>", Ao += 2) : (t3 = a, 0 === _o && No(Tr)), t3 === a && (60 === r2.charCodeAt(Ao) ? (t3 = "<", Ao++) : (t3 = a, 0 === _o && No(xr)), t3 === a && ("==" === r2.substr(Ao, 2) ? (t3 = "==", Ao += 2) : (t3 = a, 0 === _o && No(kr)), t3 === a && (61 === r2.charCodeAt(Ao) ? (t3 = "=", Ao++) : (t3 = a, 0 === _o && No(Cr)), t3 === a && ("!=" === r2.substr(Ao, 2) ? (t3 = "!=", Ao += 2) : (t3 = a, 0 === _o && No(Ir))))))))), t3;
        }
        function za() {
          var r3, t3, e3, n2, o2;
          return r3 = Ao, t3 = Ao, (e3 = vi()) !== a && (n2 = Zi()) !== a && (o2 = si()) !== a ? t3 = e3 = [e3, n2, o2] : (Ao = t3, t3 = a), t3 !== a && (Eo = r3, t3 = gr(t3)), (r3 = t3) === a && (r3 = si()), r3;
        }
        function Ja() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = ru()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = Za()) !== a && (i2 = Zi()) !== a && (s2 = ru()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = Za()) !== a && (i2 = Zi()) !== a && (s2 = ru()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = (function(r4, t4) {
              if (t4 && t4.length && "column_ref" === r4.type && "*" === r4.column) throw new Error(JSON.stringify({ message: "args could not be star column in additive expr", ...Ls() }));
              return js(r4, t4);
            })(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function Za() {
          var t3;
          return 43 === r2.charCodeAt(Ao) ? (t3 = "+", Ao++) : (t3 = a, 0 === _o && No(Or)), t3 === a && (45 === r2.charCodeAt(Ao) ? (t3 = "-", Ao++) : (t3 = a, 0 === _o && No(Rr))), t3;
        }
        function ru() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = nu()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a ? ((u2 = tu()) === a && (u2 = Ji()), u2 !== a && (i2 = Zi()) !== a && (s2 = nu()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a)) : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a ? ((u2 = tu()) === a && (u2 = Ji()), u2 !== a && (i2 = Zi()) !== a && (s2 = nu()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a)) : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = js(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function tu() {
          var t3;
          return 42 === r2.charCodeAt(Ao) ? (t3 = "*", Ao++) : (t3 = a, 0 === _o && No(Ur)), t3 === a && (47 === r2.charCodeAt(Ao) ? (t3 = "/", Ao++) : (t3 = a, 0 === _o && No(Mr)), t3 === a && (37 === r2.charCodeAt(Ao) ? (t3 = "%", Ao++) : (t3 = a, 0 === _o && No(Dr)))), t3;
        }
        function eu() {
          var t3, e3, n2, o2, u2, i2;
          return (t3 = (function() {
            var t4, e4, n3, o3, u3, i3, s2;
            t4 = Ao, (e4 = mi()) !== a && Zi() !== a && Vi() !== a && Zi() !== a && (n3 = Ga()) !== a && Zi() !== a && Xu() !== a && Zi() !== a && (o3 = hs()) !== a && Zi() !== a && (u3 = Qi()) !== a ? (Eo = t4, c2 = n3, l2 = o3, e4 = { type: "cast", keyword: e4.toLowerCase(), expr: c2, symbol: "as", target: [l2] }, t4 = e4) : (Ao = t4, t4 = a);
            var c2, l2;
            t4 === a && (t4 = Ao, (e4 = mi()) !== a && Zi() !== a && Vi() !== a && Zi() !== a && (n3 = Ga()) !== a && Zi() !== a && Xu() !== a && Zi() !== a && (o3 = Ai()) !== a && Zi() !== a && (u3 = Vi()) !== a && Zi() !== a && (i3 = Iu()) !== a && Zi() !== a && Qi() !== a && Zi() !== a && (s2 = Qi()) !== a ? (Eo = t4, e4 = (function(r3, t5, e5) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ")" }] };
            })(e4, n3, i3), t4 = e4) : (Ao = t4, t4 = a), t4 === a && (t4 = Ao, (e4 = mi()) !== a && Zi() !== a && Vi() !== a && Zi() !== a && (n3 = Ga()) !== a && Zi() !== a && Xu() !== a && Zi() !== a && (o3 = Ai()) !== a && Zi() !== a && (u3 = Vi()) !== a && Zi() !== a && (i3 = Iu()) !== a && Zi() !== a && Gi() !== a && Zi() !== a && (s2 = Iu()) !== a && Zi() !== a && Qi() !== a && Zi() !== a && Qi() !== a ? (Eo = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: "DECIMAL(" + e5 + ", " + n4 + ")" }] };
            })(e4, n3, i3, s2), t4 = e4) : (Ao = t4, t4 = a), t4 === a && (t4 = Ao, (e4 = mi()) !== a && Zi() !== a && Vi() !== a && Zi() !== a && (n3 = Ga()) !== a && Zi() !== a && Xu() !== a && Zi() !== a && (o3 = (function() {
              var t5;
              (t5 = (function() {
                var t6, e5, n4, o4;
                t6 = Ao, "signed" === r2.substr(Ao, 6).toLowerCase() ? (e5 = r2.substr(Ao, 6), Ao += 6) : (e5 = a, 0 === _o && No(rn));
                e5 !== a ? (n4 = Ao, _o++, o4 = yu(), _o--, o4 === a ? n4 = void 0 : (Ao = n4, n4 = a), n4 !== a ? (Eo = t6, t6 = e5 = "SIGNED") : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a);
                return t6;
              })()) === a && (t5 = Ei());
              return t5;
            })()) !== a && Zi() !== a ? ((u3 = ji()) === a && (u3 = null), u3 !== a && Zi() !== a && (i3 = Qi()) !== a ? (Eo = t4, e4 = (function(r3, t5, e5, n4) {
              return { type: "cast", keyword: r3.toLowerCase(), expr: t5, symbol: "as", target: [{ dataType: e5 + (n4 ? " " + n4 : "") }] };
            })(e4, n3, o3, u3), t4 = e4) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a))));
            return t4;
          })()) === a && (t3 = gu()) === a && (t3 = Ha()) === a && (t3 = (function() {
            var t4;
            (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, (e4 = (function() {
                var t6, e5, n4, o4;
                t6 = Ao, "count" === r2.substr(Ao, 5).toLowerCase() ? (e5 = r2.substr(Ao, 5), Ao += 5) : (e5 = a, 0 === _o && No(Pe));
                e5 !== a ? (n4 = Ao, _o++, o4 = yu(), _o--, o4 === a ? n4 = void 0 : (Ao = n4, n4 = a), n4 !== a ? (Eo = t6, t6 = e5 = "COUNT") : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a);
                return t6;
              })()) !== a && Zi() !== a && Vi() !== a && Zi() !== a && (n3 = (function() {
                var t6, e5, n4, o4, u3, i3, s2, c2, l2, f2;
                t6 = Ao, (e5 = (function() {
                  var t7, e6;
                  t7 = Ao, 42 === r2.charCodeAt(Ao) ? (e6 = "*", Ao++) : (e6 = a, 0 === _o && No(Ur));
                  e6 !== a && (Eo = t7, e6 = { type: "star", value: "*" });
                  return t7 = e6;
                })()) !== a && (Eo = t6, e5 = { expr: e5 });
                if ((t6 = e5) === a) {
                  if (t6 = Ao, (e5 = ui()) === a && (e5 = null), e5 !== a) if (Zi() !== a) if ((n4 = Vi()) !== a) if (Zi() !== a) if ((o4 = Ga()) !== a) if (Zi() !== a) if (Qi() !== a) {
                    for (u3 = [], i3 = Ao, (s2 = Zi()) !== a ? ((c2 = bi()) === a && (c2 = di()), c2 !== a && (l2 = Zi()) !== a && (f2 = Ga()) !== a ? i3 = s2 = [s2, c2, l2, f2] : (Ao = i3, i3 = a)) : (Ao = i3, i3 = a); i3 !== a; ) u3.push(i3), i3 = Ao, (s2 = Zi()) !== a ? ((c2 = bi()) === a && (c2 = di()), c2 !== a && (l2 = Zi()) !== a && (f2 = Ga()) !== a ? i3 = s2 = [s2, c2, l2, f2] : (Ao = i3, i3 = a)) : (Ao = i3, i3 = a);
                    u3 !== a && (i3 = Zi()) !== a ? ((s2 = xa()) === a && (s2 = null), s2 !== a ? (Eo = t6, e5 = (function(r3, t7, e6, n5) {
                      const o5 = e6.length;
                      let a2 = t7;
                      a2.parentheses = true;
                      for (let r4 = 0; r4 < o5; ++r4) a2 = As(e6[r4][1], a2, e6[r4][3]);
                      return { distinct: r3, expr: a2, orderby: n5 };
                    })(e5, o4, u3, s2), t6 = e5) : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a);
                  } else Ao = t6, t6 = a;
                  else Ao = t6, t6 = a;
                  else Ao = t6, t6 = a;
                  else Ao = t6, t6 = a;
                  else Ao = t6, t6 = a;
                  else Ao = t6, t6 = a;
                  else Ao = t6, t6 = a;
                  t6 === a && (t6 = Ao, (e5 = ui()) === a && (e5 = null), e5 !== a && Zi() !== a && (n4 = Ca()) !== a && Zi() !== a ? ((o4 = xa()) === a && (o4 = null), o4 !== a ? (Eo = t6, t6 = e5 = { distinct: e5, expr: n4, orderby: o4 }) : (Ao = t6, t6 = a)) : (Ao = t6, t6 = a));
                }
                return t6;
              })()) !== a && Zi() !== a && Qi() !== a && Zi() !== a ? ((o3 = Cu()) === a && (o3 = null), o3 !== a ? (Eo = t5, t5 = e4 = { type: "aggr_func", name: e4, args: n3, over: o3 }) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, (e4 = (function() {
                var t6;
                (t6 = (function() {
                  var t7, e5, n4, o4;
                  t7 = Ao, "sum" === r2.substr(Ao, 3).toLowerCase() ? (e5 = r2.substr(Ao, 3), Ao += 3) : (e5 = a, 0 === _o && No($e));
                  e5 !== a ? (n4 = Ao, _o++, o4 = yu(), _o--, o4 === a ? n4 = void 0 : (Ao = n4, n4 = a), n4 !== a ? (Eo = t7, t7 = e5 = "SUM") : (Ao = t7, t7 = a)) : (Ao = t7, t7 = a);
                  return t7;
                })()) === a && (t6 = (function() {
                  var t7, e5, n4, o4;
                  t7 = Ao, "max" === r2.substr(Ao, 3).toLowerCase() ? (e5 = r2.substr(Ao, 3), Ao += 3) : (e5 = a, 0 === _o && No(Fe));
                  e5 !== a ? (n4 = Ao, _o++, o4 = yu(), _o--, o4 === a ? n4 = void 0 : (Ao = n4, n4 = a), n4 !== a ? (Eo = t7, t7 = e5 = "MAX") : (Ao = t7, t7 = a)) : (Ao = t7, t7 = a);
                  return t7;
                })()) === a && (t6 = (function() {
                  var t7, e5, n4, o4;
                  t7 = Ao, "min" === r2.substr(Ao, 3).toLowerCase() ? (e5 = r2.substr(Ao, 3), Ao += 3) : (e5 = a, 0 === _o && No(He));
                  e5 !== a ? (n4 = Ao, _o++, o4 = yu(), _o--, o4 === a ? n4 = void 0 : (Ao = n4, n4 = a), n4 !== a ? (Eo = t7, t7 = e5 = "MIN") : (Ao = t7, t7 = a)) : (Ao = t7, t7 = a);
                  return t7;
                })()) === a && (t6 = (function() {
                  var t7, e5, n4, o4;
                  t7 = Ao, "avg" === r2.substr(Ao, 3).toLowerCase() ? (e5 = r2.substr(Ao, 3), Ao += 3) : (e5 = a, 0 === _o && No(qe));
                  e5 !== a ? (n4 = Ao, _o++, o4 = yu(), _o--, o4 === a ? n4 = void 0 : (Ao = n4, n4 = a), n4 !== a ? (Eo = t7, t7 = e5 = "AVG") : (Ao = t7, t7 = a)) : (Ao = t7, t7 = a);
                  return t7;
                })());
                return t6;
              })()) !== a && Zi() !== a && Vi() !== a && Zi() !== a && (n3 = Ja()) !== a && Zi() !== a && Qi() !== a && Zi() !== a ? ((o3 = Cu()) === a && (o3 = null), o3 !== a ? (Eo = t5, e4 = { type: "aggr_func", name: e4, args: { expr: n3 }, over: o3, ...Ls() }, t5 = e4) : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })());
            return t4;
          })()) === a && (t3 = Au()) === a && (t3 = (function() {
            var r3, t4, e4, n3, o3, u3, i3, s2;
            return r3 = Ao, yi() !== a && Zi() !== a && (t4 = $a()) !== a && Zi() !== a ? ((e4 = Wa()) === a && (e4 = null), e4 !== a && Zi() !== a && (n3 = hi()) !== a && Zi() !== a ? ((o3 = yi()) === a && (o3 = null), o3 !== a ? (Eo = r3, i3 = t4, (s2 = e4) && i3.push(s2), r3 = { type: "case", expr: null, args: i3 }) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3 === a && (r3 = Ao, yi() !== a && Zi() !== a && (t4 = Ga()) !== a && Zi() !== a && (e4 = $a()) !== a && Zi() !== a ? ((n3 = Wa()) === a && (n3 = null), n3 !== a && Zi() !== a && (o3 = hi()) !== a && Zi() !== a ? ((u3 = yi()) === a && (u3 = null), u3 !== a ? (Eo = r3, r3 = (function(r4, t5, e5) {
              return e5 && t5.push(e5), { type: "case", expr: r4, args: t5 };
            })(t4, e4, n3)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)), r3;
          })()) === a && (t3 = Ao, (e3 = ou()) !== a && Zi() !== a && (n2 = ia()) !== a ? (Eo = t3, i2 = n2, (u2 = e3).array_index = i2, t3 = e3 = u2) : (Ao = t3, t3 = a), t3 === a && (t3 = ou()) === a && (t3 = wu()) === a && (t3 = Ao, (e3 = Vi()) !== a && Zi() !== a && (n2 = Ya()) !== a && Zi() !== a && Qi() !== a ? (Eo = t3, (o2 = n2).parentheses = true, t3 = e3 = o2) : (Ao = t3, t3 = a), t3 === a && (t3 = ds()))), t3;
        }
        function nu() {
          var t3, e3, n2, o2, u2;
          return (t3 = eu()) === a && (t3 = Ao, (e3 = (function() {
            var t4;
            33 === r2.charCodeAt(Ao) ? (t4 = "!", Ao++) : (t4 = a, 0 === _o && No(Er));
            t4 === a && (45 === r2.charCodeAt(Ao) ? (t4 = "-", Ao++) : (t4 = a, 0 === _o && No(Rr)), t4 === a && (43 === r2.charCodeAt(Ao) ? (t4 = "+", Ao++) : (t4 = a, 0 === _o && No(Or)), t4 === a && (126 === r2.charCodeAt(Ao) ? (t4 = "~", Ao++) : (t4 = a, 0 === _o && No(Pr)))));
            return t4;
          })()) !== a ? (n2 = Ao, (o2 = Zi()) !== a && (u2 = nu()) !== a ? n2 = o2 = [o2, u2] : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = Cs(e3, n2[1])) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)), t3;
        }
        function ou() {
          var r3, t3, e3, n2, o2, u2, i2, s2, c2, l2, f2, p2;
          return r3 = Ao, (t3 = uu()) !== a && (e3 = Zi()) !== a && (n2 = Bi()) !== a && (o2 = Zi()) !== a && (u2 = vu()) !== a ? (i2 = Ao, (s2 = Zi()) !== a && (c2 = Wo()) !== a ? i2 = s2 = [s2, c2] : (Ao = i2, i2 = a), i2 === a && (i2 = null), i2 !== a ? (Eo = r3, l2 = t3, f2 = u2, p2 = i2, ks.add(`select::${l2}::${f2}`), r3 = t3 = { type: "column_ref", table: l2, column: f2, collate: p2 && p2[1] }) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3 === a && (r3 = Ao, (t3 = vu()) !== a ? (e3 = Ao, (n2 = Zi()) !== a && (o2 = Wo()) !== a ? e3 = n2 = [n2, o2] : (Ao = e3, e3 = a), e3 === a && (e3 = null), e3 !== a ? (Eo = r3, r3 = t3 = (function(r4, t4) {
            return ks.add("select::null::" + r4), { type: "column_ref", table: null, column: r4, collate: t4 && t4[1] };
          })(t3, e3)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a)), r3;
        }
        function au() {
          var r3, t3;
          return r3 = Ao, (t3 = du()) !== a && (Eo = r3, t3 = { type: "default", value: t3 }), (r3 = t3) === a && (r3 = iu()), r3;
        }
        function uu() {
          var r3, t3;
          return r3 = Ao, (t3 = du()) !== a ? (Eo = Ao, (Fr(t3) ? a : void 0) !== a ? (Eo = r3, r3 = t3 = t3) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3 === a && (r3 = Ao, (t3 = su()) !== a && (Eo = r3, t3 = t3), r3 = t3), r3;
        }
        function iu() {
          var r3;
          return (r3 = cu()) === a && (r3 = lu()) === a && (r3 = fu()), r3;
        }
        function su() {
          var r3, t3;
          return r3 = Ao, (t3 = cu()) === a && (t3 = lu()) === a && (t3 = fu()), t3 !== a && (Eo = r3, t3 = t3.value), r3 = t3;
        }
        function cu() {
          var t3, e3, n2, o2;
          if (t3 = Ao, 34 === r2.charCodeAt(Ao) ? (e3 = '"', Ao++) : (e3 = a, 0 === _o && No(Hr)), e3 !== a) {
            if (n2 = [], $r.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(qr)), o2 !== a) for (; o2 !== a; ) n2.push(o2), $r.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(qr));
            else n2 = a;
            n2 !== a ? (34 === r2.charCodeAt(Ao) ? (o2 = '"', Ao++) : (o2 = a, 0 === _o && No(Hr)), o2 !== a ? (Eo = t3, t3 = e3 = { type: "double_quote_string", value: n2.join("") }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a);
          } else Ao = t3, t3 = a;
          return t3;
        }
        function lu() {
          var t3, e3, n2, o2;
          if (t3 = Ao, 39 === r2.charCodeAt(Ao) ? (e3 = "'", Ao++) : (e3 = a, 0 === _o && No(z)), e3 !== a) {
            if (n2 = [], Wr.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(Br)), o2 !== a) for (; o2 !== a; ) n2.push(o2), Wr.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(Br));
            else n2 = a;
            n2 !== a ? (39 === r2.charCodeAt(Ao) ? (o2 = "'", Ao++) : (o2 = a, 0 === _o && No(z)), o2 !== a ? (Eo = t3, t3 = e3 = { type: "single_quote_string", value: n2.join("") }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a);
          } else Ao = t3, t3 = a;
          return t3;
        }
        function fu() {
          var t3, e3, n2, o2;
          if (t3 = Ao, 96 === r2.charCodeAt(Ao) ? (e3 = "`", Ao++) : (e3 = a, 0 === _o && No(Gr)), e3 !== a) {
            if (n2 = [], Yr.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(Vr)), o2 !== a) for (; o2 !== a; ) n2.push(o2), Yr.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(Vr));
            else n2 = a;
            n2 !== a ? (96 === r2.charCodeAt(Ao) ? (o2 = "`", Ao++) : (o2 = a, 0 === _o && No(Gr)), o2 !== a ? (Eo = t3, t3 = e3 = { type: "backticks_quote_string", value: n2.join("") }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a);
          } else Ao = t3, t3 = a;
          return t3;
        }
        function pu() {
          var r3, t3;
          return r3 = Ao, (t3 = bu()) !== a && (Eo = r3, t3 = t3), (r3 = t3) === a && (r3 = su()), r3;
        }
        function vu() {
          var r3, t3;
          return r3 = Ao, (t3 = bu()) !== a ? (Eo = Ao, (Fr(t3) ? a : void 0) !== a ? (Eo = r3, r3 = t3 = t3) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3 === a && (r3 = su()), r3;
        }
        function bu() {
          var r3, t3, e3, n2;
          if (r3 = Ao, (t3 = hu()) !== a) {
            for (e3 = [], n2 = mu(); n2 !== a; ) e3.push(n2), n2 = mu();
            e3 !== a ? (Eo = r3, r3 = t3 = Qr(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function du() {
          var r3, t3, e3, n2;
          if (r3 = Ao, (t3 = yu()) !== a) {
            for (e3 = [], n2 = hu(); n2 !== a; ) e3.push(n2), n2 = hu();
            e3 !== a ? (Eo = r3, r3 = t3 = Qr(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function yu() {
          var t3;
          return Xr.test(r2.charAt(Ao)) ? (t3 = r2.charAt(Ao), Ao++) : (t3 = a, 0 === _o && No(Kr)), t3;
        }
        function hu() {
          var t3;
          return zr.test(r2.charAt(Ao)) ? (t3 = r2.charAt(Ao), Ao++) : (t3 = a, 0 === _o && No(Jr)), t3;
        }
        function mu() {
          var t3;
          return Zr.test(r2.charAt(Ao)) ? (t3 = r2.charAt(Ao), Ao++) : (t3 = a, 0 === _o && No(rt)), t3;
        }
        function wu() {
          var t3, e3, n2, o2;
          return t3 = Ao, e3 = Ao, 58 === r2.charCodeAt(Ao) ? (n2 = ":", Ao++) : (n2 = a, 0 === _o && No(tt)), n2 !== a && (o2 = du()) !== a ? e3 = n2 = [n2, o2] : (Ao = e3, e3 = a), e3 !== a && (Eo = t3, e3 = { type: "param", value: e3[1] }), t3 = e3;
        }
        function Lu() {
          var r3, t3, e3;
          return r3 = Ao, Ju() !== a && Zi() !== a && Hu() !== a && Zi() !== a && (t3 = Mi()) !== a && Zi() !== a && Vi() !== a && Zi() !== a ? ((e3 = Fa()) === a && (e3 = null), e3 !== a && Zi() !== a && Qi() !== a ? (Eo = r3, r3 = { type: "on update", keyword: t3, parentheses: true, expr: e3 }) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3 === a && (r3 = Ao, Ju() !== a && Zi() !== a && Hu() !== a && Zi() !== a && (t3 = Mi()) !== a ? (Eo = r3, r3 = /* @__PURE__ */ (function(r4) {
            return { type: "on update", keyword: r4 };
          })(t3)) : (Ao = r3, r3 = a)), r3;
        }
        function Cu() {
          var t3, e3, n2, o2, u2;
          return t3 = Ao, "over" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(et)), e3 !== a && Zi() !== a && (n2 = ga()) !== a ? (Eo = t3, t3 = e3 = { type: "window", as_window_specification: n2 }) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, "over" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(et)), e3 !== a && Zi() !== a && (n2 = Vi()) !== a && Zi() !== a ? ((o2 = ka()) === a && (o2 = null), o2 !== a && Zi() !== a ? ((u2 = xa()) === a && (u2 = null), u2 !== a && Zi() !== a && Qi() !== a ? (Eo = t3, t3 = e3 = { partitionby: o2, orderby: u2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Lu())), t3;
        }
        function Au() {
          var t3, e3, n2, o2, u2;
          return t3 = Ao, (e3 = (function() {
            var t4;
            (t4 = Eu()) === a && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "current_user" === r2.substr(Ao, 12).toLowerCase() ? (e4 = r2.substr(Ao, 12), Ao += 12) : (e4 = a, 0 === _o && No(Rn));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "CURRENT_USER") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "user" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(En));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "USER") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "session_user" === r2.substr(Ao, 12).toLowerCase() ? (e4 = r2.substr(Ao, 12), Ao += 12) : (e4 = a, 0 === _o && No(Un));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "SESSION_USER") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) === a && (t4 = (function() {
              var t5, e4, n3, o3;
              t5 = Ao, "system_user" === r2.substr(Ao, 11).toLowerCase() ? (e4 = r2.substr(Ao, 11), Ao += 11) : (e4 = a, 0 === _o && No(Mn));
              e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "SYSTEM_USER") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })());
            return t4;
          })()) !== a && Zi() !== a && (n2 = Vi()) !== a && Zi() !== a ? ((o2 = Fa()) === a && (o2 = null), o2 !== a && Zi() !== a && Qi() !== a && Zi() !== a ? ((u2 = Cu()) === a && (u2 = null), u2 !== a ? (Eo = t3, t3 = e3 = { type: "function", name: { name: [{ type: "default", value: e3 }] }, args: o2 || { type: "expr_list", value: [] }, over: u2, ...Ls() }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, (e3 = Eu()) !== a && Zi() !== a ? ((n2 = Lu()) === a && (n2 = null), n2 !== a ? (Eo = t3, t3 = e3 = { type: "function", name: { name: [{ type: "origin", value: e3 }] }, over: n2, ...Ls() }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, (e3 = Ii()) === a && (e3 = Ri()) === a && (e3 = Ui()) === a && ("at time zone" === r2.substr(Ao, 12).toLowerCase() ? (e3 = r2.substr(Ao, 12), Ao += 12) : (e3 = a, 0 === _o && No(nt))), e3 !== a && Zi() !== a ? ((n2 = Ya()) === a && (n2 = null), n2 !== a && Zi() !== a ? ((o2 = Cu()) === a && (o2 = null), o2 !== a ? (Eo = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: { name: [{ type: "default", value: r3 }] }, args: t4 || { type: "expr_list", value: [] }, over: e4, args_parentheses: false, ...Ls() };
          })(e3, n2, o2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, (e3 = ps()) !== a && Zi() !== a && (n2 = Vi()) !== a && Zi() !== a ? ((o2 = Ya()) === a && (o2 = null), o2 !== a && Zi() !== a && Qi() !== a && Zi() !== a ? ((u2 = Cu()) === a && (u2 = null), u2 !== a ? (Eo = t3, t3 = e3 = (function(r3, t4, e4) {
            return t4 && "expr_list" !== t4.type && (t4 = { type: "expr_list", value: [t4] }), { type: "function", name: r3, args: t4 || { type: "expr_list", value: [] }, over: e4, ...Ls() };
          })(e3, o2, u2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a)))), t3;
        }
        function Eu() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ao, "current_date" === r2.substr(Ao, 12).toLowerCase() ? (e3 = r2.substr(Ao, 12), Ao += 12) : (e3 = a, 0 === _o && No(gn));
            e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t4, t4 = e3 = "CURRENT_DATE") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ao, "current_time" === r2.substr(Ao, 12).toLowerCase() ? (e3 = r2.substr(Ao, 12), Ao += 12) : (e3 = a, 0 === _o && No(Nn));
            e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t4, t4 = e3 = "CURRENT_TIME") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) === a && (t3 = Mi()), t3;
        }
        function gu() {
          var t3;
          return (t3 = Su()) === a && (t3 = ku()) === a && (t3 = (function() {
            var t4, e3;
            t4 = Ao, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = Ao, "true" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(Ut));
              e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t5 = e4 = [e4, n2] : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) !== a && (Eo = t4, e3 = { type: "bool", value: true });
            (t4 = e3) === a && (t4 = Ao, (e3 = (function() {
              var t5, e4, n2, o2;
              t5 = Ao, "false" === r2.substr(Ao, 5).toLowerCase() ? (e4 = r2.substr(Ao, 5), Ao += 5) : (e4 = a, 0 === _o && No(Dt));
              e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t5 = e4 = [e4, n2] : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a);
              return t5;
            })()) !== a && (Eo = t4, e3 = { type: "bool", value: false }), t4 = e3);
            return t4;
          })()) === a && (t3 = ju()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, i2;
            t4 = Ao, (e3 = Ri()) === a && (e3 = Ii()) === a && (e3 = Ui()) === a && (e3 = Ni());
            if (e3 !== a) if (Zi() !== a) {
              if (n2 = Ao, 39 === r2.charCodeAt(Ao) ? (o2 = "'", Ao++) : (o2 = a, 0 === _o && No(z)), o2 !== a) {
                for (u2 = [], i2 = Tu(); i2 !== a; ) u2.push(i2), i2 = Tu();
                u2 !== a ? (39 === r2.charCodeAt(Ao) ? (i2 = "'", Ao++) : (i2 = a, 0 === _o && No(z)), i2 !== a ? n2 = o2 = [o2, u2, i2] : (Ao = n2, n2 = a)) : (Ao = n2, n2 = a);
              } else Ao = n2, n2 = a;
              n2 !== a ? (Eo = t4, e3 = ot(e3, n2), t4 = e3) : (Ao = t4, t4 = a);
            } else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            if (t4 === a) if (t4 = Ao, (e3 = Ri()) === a && (e3 = Ii()) === a && (e3 = Ui()) === a && (e3 = Ni()), e3 !== a) if (Zi() !== a) {
              if (n2 = Ao, 34 === r2.charCodeAt(Ao) ? (o2 = '"', Ao++) : (o2 = a, 0 === _o && No(Hr)), o2 !== a) {
                for (u2 = [], i2 = _u(); i2 !== a; ) u2.push(i2), i2 = _u();
                u2 !== a ? (34 === r2.charCodeAt(Ao) ? (i2 = '"', Ao++) : (i2 = a, 0 === _o && No(Hr)), i2 !== a ? n2 = o2 = [o2, u2, i2] : (Ao = n2, n2 = a)) : (Ao = n2, n2 = a);
              } else Ao = n2, n2 = a;
              n2 !== a ? (Eo = t4, e3 = ot(e3, n2), t4 = e3) : (Ao = t4, t4 = a);
            } else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            return t4;
          })()), t3;
        }
        function ju() {
          var t3, e3;
          return t3 = Ao, (e3 = (function() {
            var t4, e4, n2, o2;
            t4 = Ao, "null" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(Ot));
            e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t4 = e4 = [e4, n2] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            return t4;
          })()) !== a && (Eo = t3, e3 = { type: "null", value: null }), t3 = e3;
        }
        function Su() {
          var t3, e3, n2, o2, u2;
          if (t3 = Ao, e3 = Ao, 39 === r2.charCodeAt(Ao) ? (n2 = "'", Ao++) : (n2 = a, 0 === _o && No(z)), n2 !== a) {
            for (o2 = [], u2 = Tu(); u2 !== a; ) o2.push(u2), u2 = Tu();
            o2 !== a ? (39 === r2.charCodeAt(Ao) ? (u2 = "'", Ao++) : (u2 = a, 0 === _o && No(z)), u2 !== a ? e3 = n2 = [n2, o2, u2] : (Ao = e3, e3 = a)) : (Ao = e3, e3 = a);
          } else Ao = e3, e3 = a;
          if (e3 !== a && (Eo = t3, e3 = { type: "single_quote_string", value: e3[1].join("") }), (t3 = e3) === a) {
            if (t3 = Ao, e3 = Ao, 34 === r2.charCodeAt(Ao) ? (n2 = '"', Ao++) : (n2 = a, 0 === _o && No(Hr)), n2 !== a) {
              for (o2 = [], u2 = _u(); u2 !== a; ) o2.push(u2), u2 = _u();
              o2 !== a ? (34 === r2.charCodeAt(Ao) ? (u2 = '"', Ao++) : (u2 = a, 0 === _o && No(Hr)), u2 !== a ? e3 = n2 = [n2, o2, u2] : (Ao = e3, e3 = a)) : (Ao = e3, e3 = a);
            } else Ao = e3, e3 = a;
            e3 !== a && (Eo = t3, e3 = (function(r3) {
              return { type: "double_quote_string", value: r3[1].join("") };
            })(e3)), t3 = e3;
          }
          return t3;
        }
        function _u() {
          var t3;
          return at.test(r2.charAt(Ao)) ? (t3 = r2.charAt(Ao), Ao++) : (t3 = a, 0 === _o && No(ut)), t3 === a && (t3 = xu()), t3;
        }
        function Tu() {
          var t3;
          return it.test(r2.charAt(Ao)) ? (t3 = r2.charAt(Ao), Ao++) : (t3 = a, 0 === _o && No(st)), t3 === a && (t3 = xu()), t3;
        }
        function xu() {
          var t3, e3, n2, o2, u2, i2, s2, c2, l2, f2;
          return t3 = Ao, "\\'" === r2.substr(Ao, 2) ? (e3 = "\\'", Ao += 2) : (e3 = a, 0 === _o && No(ct)), e3 !== a && (Eo = t3, e3 = "\\'"), (t3 = e3) === a && (t3 = Ao, '\\"' === r2.substr(Ao, 2) ? (e3 = '\\"', Ao += 2) : (e3 = a, 0 === _o && No(lt)), e3 !== a && (Eo = t3, e3 = '\\"'), (t3 = e3) === a && (t3 = Ao, "\\\\" === r2.substr(Ao, 2) ? (e3 = "\\\\", Ao += 2) : (e3 = a, 0 === _o && No(ft)), e3 !== a && (Eo = t3, e3 = "\\\\"), (t3 = e3) === a && (t3 = Ao, "\\/" === r2.substr(Ao, 2) ? (e3 = "\\/", Ao += 2) : (e3 = a, 0 === _o && No(pt)), e3 !== a && (Eo = t3, e3 = "\\/"), (t3 = e3) === a && (t3 = Ao, "\\b" === r2.substr(Ao, 2) ? (e3 = "\\b", Ao += 2) : (e3 = a, 0 === _o && No(vt)), e3 !== a && (Eo = t3, e3 = "\b"), (t3 = e3) === a && (t3 = Ao, "\\f" === r2.substr(Ao, 2) ? (e3 = "\\f", Ao += 2) : (e3 = a, 0 === _o && No(bt)), e3 !== a && (Eo = t3, e3 = "\f"), (t3 = e3) === a && (t3 = Ao, "\\n" === r2.substr(Ao, 2) ? (e3 = "\\n", Ao += 2) : (e3 = a, 0 === _o && No(dt)), e3 !== a && (Eo = t3, e3 = "\n"), (t3 = e3) === a && (t3 = Ao, "\\r" === r2.substr(Ao, 2) ? (e3 = "\\r", Ao += 2) : (e3 = a, 0 === _o && No(yt)), e3 !== a && (Eo = t3, e3 = "\r"), (t3 = e3) === a && (t3 = Ao, "\\t" === r2.substr(Ao, 2) ? (e3 = "\\t", Ao += 2) : (e3 = a, 0 === _o && No(ht)), e3 !== a && (Eo = t3, e3 = "	"), (t3 = e3) === a && (t3 = Ao, "\\u" === r2.substr(Ao, 2) ? (e3 = "\\u", Ao += 2) : (e3 = a, 0 === _o && No(mt)), e3 !== a && (n2 = Mu()) !== a && (o2 = Mu()) !== a && (u2 = Mu()) !== a && (i2 = Mu()) !== a ? (Eo = t3, s2 = n2, c2 = o2, l2 = u2, f2 = i2, t3 = e3 = String.fromCharCode(parseInt("0x" + s2 + c2 + l2 + f2))) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, 92 === r2.charCodeAt(Ao) ? (e3 = "\\", Ao++) : (e3 = a, 0 === _o && No(wt)), e3 !== a && (Eo = t3, e3 = "\\"), (t3 = e3) === a && (t3 = Ao, "''" === r2.substr(Ao, 2) ? (e3 = "''", Ao += 2) : (e3 = a, 0 === _o && No(Lt)), e3 !== a && (Eo = t3, e3 = "''"), (t3 = e3) === a && (t3 = Ao, '""' === r2.substr(Ao, 2) ? (e3 = '""', Ao += 2) : (e3 = a, 0 === _o && No(Ct)), e3 !== a && (Eo = t3, e3 = '""'), (t3 = e3) === a && (t3 = Ao, "``" === r2.substr(Ao, 2) ? (e3 = "``", Ao += 2) : (e3 = a, 0 === _o && No(At)), e3 !== a && (Eo = t3, e3 = "``"), t3 = e3))))))))))))), t3;
        }
        function ku() {
          var r3, t3, e3;
          return r3 = Ao, (t3 = (function() {
            var r4, t4, e4, n2;
            r4 = Ao, (t4 = Iu()) !== a && (e4 = Nu()) !== a && (n2 = Ou()) !== a ? (Eo = r4, r4 = t4 = { type: "bigint", value: t4 + e4 + n2 }) : (Ao = r4, r4 = a);
            r4 === a && (r4 = Ao, (t4 = Iu()) !== a && (e4 = Nu()) !== a ? (Eo = r4, t4 = (function(r5, t5) {
              const e5 = r5 + t5;
              return Es(r5) ? { type: "bigint", value: e5 } : parseFloat(e5).toFixed(t5.length - 1);
            })(t4, e4), r4 = t4) : (Ao = r4, r4 = a), r4 === a && (r4 = Ao, (t4 = Iu()) !== a && (e4 = Ou()) !== a ? (Eo = r4, t4 = (function(r5, t5) {
              return { type: "bigint", value: r5 + t5 };
            })(t4, e4), r4 = t4) : (Ao = r4, r4 = a), r4 === a && (r4 = Ao, (t4 = Iu()) !== a && (Eo = r4, t4 = (function(r5) {
              return Es(r5) ? { type: "bigint", value: r5 } : parseFloat(r5);
            })(t4)), r4 = t4)));
            return r4;
          })()) !== a && (Eo = r3, t3 = (e3 = t3) && "bigint" === e3.type ? e3 : { type: "number", value: e3 }), r3 = t3;
        }
        function Iu() {
          var t3, e3, n2;
          return (t3 = Ru()) === a && (t3 = Uu()) === a && (t3 = Ao, 45 === r2.charCodeAt(Ao) ? (e3 = "-", Ao++) : (e3 = a, 0 === _o && No(Rr)), e3 === a && (43 === r2.charCodeAt(Ao) ? (e3 = "+", Ao++) : (e3 = a, 0 === _o && No(Or))), e3 !== a && (n2 = Ru()) !== a ? (Eo = t3, t3 = e3 = e3 + n2) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, 45 === r2.charCodeAt(Ao) ? (e3 = "-", Ao++) : (e3 = a, 0 === _o && No(Rr)), e3 === a && (43 === r2.charCodeAt(Ao) ? (e3 = "+", Ao++) : (e3 = a, 0 === _o && No(Or))), e3 !== a && (n2 = Uu()) !== a ? (Eo = t3, t3 = e3 = (function(r3, t4) {
            return r3 + t4;
          })(e3, n2)) : (Ao = t3, t3 = a))), t3;
        }
        function Nu() {
          var t3, e3, n2;
          return t3 = Ao, 46 === r2.charCodeAt(Ao) ? (e3 = ".", Ao++) : (e3 = a, 0 === _o && No(sr)), e3 !== a && (n2 = Ru()) !== a ? (Eo = t3, t3 = e3 = "." + n2) : (Ao = t3, t3 = a), t3;
        }
        function Ou() {
          var t3, e3, n2;
          return t3 = Ao, (e3 = (function() {
            var t4, e4, n3;
            t4 = Ao, xt.test(r2.charAt(Ao)) ? (e4 = r2.charAt(Ao), Ao++) : (e4 = a, 0 === _o && No(kt));
            e4 !== a ? (It.test(r2.charAt(Ao)) ? (n3 = r2.charAt(Ao), Ao++) : (n3 = a, 0 === _o && No(Nt)), n3 === a && (n3 = null), n3 !== a ? (Eo = t4, t4 = e4 = e4 + (null !== (o2 = n3) ? o2 : "")) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            var o2;
            return t4;
          })()) !== a && (n2 = Ru()) !== a ? (Eo = t3, t3 = e3 = e3 + n2) : (Ao = t3, t3 = a), t3;
        }
        function Ru() {
          var r3, t3, e3;
          if (r3 = Ao, t3 = [], (e3 = Uu()) !== a) for (; e3 !== a; ) t3.push(e3), e3 = Uu();
          else t3 = a;
          return t3 !== a && (Eo = r3, t3 = t3.join("")), r3 = t3;
        }
        function Uu() {
          var t3;
          return jt.test(r2.charAt(Ao)) ? (t3 = r2.charAt(Ao), Ao++) : (t3 = a, 0 === _o && No(St)), t3;
        }
        function Mu() {
          var t3;
          return _t.test(r2.charAt(Ao)) ? (t3 = r2.charAt(Ao), Ao++) : (t3 = a, 0 === _o && No(Tt)), t3;
        }
        function Du() {
          var t3, e3, n2, o2;
          return t3 = Ao, "default" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(m)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Pu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "to" === r2.substr(Ao, 2).toLowerCase() ? (e3 = r2.substr(Ao, 2), Ao += 2) : (e3 = a, 0 === _o && No(Mt)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Fu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "drop" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(Pt)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "DROP") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Hu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "update" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(qt)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function $u() {
          var t3, e3, n2, o2;
          return t3 = Ao, "create" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(Wt)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function qu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "temporary" === r2.substr(Ao, 9).toLowerCase() ? (e3 = r2.substr(Ao, 9), Ao += 9) : (e3 = a, 0 === _o && No(Bt)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Wu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "delete" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(Gt)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Bu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "replace" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(Qt)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Gu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "rename" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(Xt)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Yu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "partition" === r2.substr(Ao, 9).toLowerCase() ? (e3 = r2.substr(Ao, 9), Ao += 9) : (e3 = a, 0 === _o && No(zt)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "PARTITION") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Vu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "into" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(Jt)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "INTO") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Qu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "set" === r2.substr(Ao, 3).toLowerCase() ? (e3 = r2.substr(Ao, 3), Ao += 3) : (e3 = a, 0 === _o && No($)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "SET") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Xu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "as" === r2.substr(Ao, 2).toLowerCase() ? (e3 = r2.substr(Ao, 2), Ao += 2) : (e3 = a, 0 === _o && No(ee)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ku() {
          var t3, e3, n2, o2;
          return t3 = Ao, "table" === r2.substr(Ao, 5).toLowerCase() ? (e3 = r2.substr(Ao, 5), Ao += 5) : (e3 = a, 0 === _o && No(ne)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "TABLE") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function zu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "tables" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(oe)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "TABLES") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ju() {
          var t3, e3, n2, o2;
          return t3 = Ao, "on" === r2.substr(Ao, 2).toLowerCase() ? (e3 = r2.substr(Ao, 2), Ao += 2) : (e3 = a, 0 === _o && No(ie)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Zu() {
          var t3, e3, n2, o2;
          return t3 = Ao, "join" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(ve)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ri() {
          var t3, e3, n2, o2;
          return t3 = Ao, "outer" === r2.substr(Ao, 5).toLowerCase() ? (e3 = r2.substr(Ao, 5), Ao += 5) : (e3 = a, 0 === _o && No(be)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ti() {
          var t3, e3, n2, o2;
          return t3 = Ao, "values" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(ye)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ei() {
          var t3, e3, n2, o2;
          return t3 = Ao, "using" === r2.substr(Ao, 5).toLowerCase() ? (e3 = r2.substr(Ao, 5), Ao += 5) : (e3 = a, 0 === _o && No(he)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ni() {
          var t3, e3, n2, o2;
          return t3 = Ao, "with" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(fr)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function oi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "by" === r2.substr(Ao, 2).toLowerCase() ? (e3 = r2.substr(Ao, 2), Ao += 2) : (e3 = a, 0 === _o && No(Le)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ai() {
          var t3, e3, n2, o2;
          return t3 = Ao, "all" === r2.substr(Ao, 3).toLowerCase() ? (e3 = r2.substr(Ao, 3), Ao += 3) : (e3 = a, 0 === _o && No(_e)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "ALL") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ui() {
          var t3, e3, n2, o2;
          return t3 = Ao, "distinct" === r2.substr(Ao, 8).toLowerCase() ? (e3 = r2.substr(Ao, 8), Ao += 8) : (e3 = a, 0 === _o && No(Te)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "DISTINCT") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ii() {
          var t3, e3, n2, o2;
          return t3 = Ao, "between" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(xe)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "BETWEEN") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function si() {
          var t3, e3, n2, o2;
          return t3 = Ao, "in" === r2.substr(Ao, 2).toLowerCase() ? (e3 = r2.substr(Ao, 2), Ao += 2) : (e3 = a, 0 === _o && No(ke)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "IN") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ci() {
          var t3, e3, n2, o2;
          return t3 = Ao, "is" === r2.substr(Ao, 2).toLowerCase() ? (e3 = r2.substr(Ao, 2), Ao += 2) : (e3 = a, 0 === _o && No(Ie)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "IS") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function li() {
          var t3, e3, n2, o2;
          return t3 = Ao, "like" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(Ne)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "LIKE") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function fi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "rlike" === r2.substr(Ao, 5).toLowerCase() ? (e3 = r2.substr(Ao, 5), Ao += 5) : (e3 = a, 0 === _o && No(Oe)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "RLIKE") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function pi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "exists" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(Re)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "EXISTS") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function vi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "not" === r2.substr(Ao, 3).toLowerCase() ? (e3 = r2.substr(Ao, 3), Ao += 3) : (e3 = a, 0 === _o && No(Ue)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "NOT") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function bi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "and" === r2.substr(Ao, 3).toLowerCase() ? (e3 = r2.substr(Ao, 3), Ao += 3) : (e3 = a, 0 === _o && No(Me)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "AND") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function di() {
          var t3, e3, n2, o2;
          return t3 = Ao, "or" === r2.substr(Ao, 2).toLowerCase() ? (e3 = r2.substr(Ao, 2), Ao += 2) : (e3 = a, 0 === _o && No(De)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "OR") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function yi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "case" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(Be)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function hi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "end" === r2.substr(Ao, 3).toLowerCase() ? (e3 = r2.substr(Ao, 3), Ao += 3) : (e3 = a, 0 === _o && No(Qe)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? t3 = e3 = [e3, n2] : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function mi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "cast" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(Xe)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "CAST") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function wi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "char" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(Ke)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "CHAR") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Li() {
          var t3, e3, n2, o2;
          return t3 = Ao, "varchar" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(ze)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "VARCHAR") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ci() {
          var t3, e3, n2, o2;
          return t3 = Ao, "numeric" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(Je)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "NUMERIC") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ai() {
          var t3, e3, n2, o2;
          return t3 = Ao, "decimal" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(Ze)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "DECIMAL") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ei() {
          var t3, e3, n2, o2;
          return t3 = Ao, "unsigned" === r2.substr(Ao, 8).toLowerCase() ? (e3 = r2.substr(Ao, 8), Ao += 8) : (e3 = a, 0 === _o && No(en)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "UNSIGNED") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function gi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "int" === r2.substr(Ao, 3).toLowerCase() ? (e3 = r2.substr(Ao, 3), Ao += 3) : (e3 = a, 0 === _o && No(nn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "INT") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ji() {
          var t3, e3, n2, o2;
          return t3 = Ao, "integer" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(an)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "INTEGER") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Si() {
          var t3, e3, n2, o2;
          return t3 = Ao, "smallint" === r2.substr(Ao, 8).toLowerCase() ? (e3 = r2.substr(Ao, 8), Ao += 8) : (e3 = a, 0 === _o && No(sn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "SMALLINT") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function _i() {
          var t3, e3, n2, o2;
          return t3 = Ao, "tinyint" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(cn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "TINYINT") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ti() {
          var t3, e3, n2, o2;
          return t3 = Ao, "bigint" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(bn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "BIGINT") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function xi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "float" === r2.substr(Ao, 5).toLowerCase() ? (e3 = r2.substr(Ao, 5), Ao += 5) : (e3 = a, 0 === _o && No(dn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "FLOAT") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ki() {
          var t3, e3, n2, o2;
          return t3 = Ao, "double" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(yn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "DOUBLE") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ii() {
          var t3, e3, n2, o2;
          return t3 = Ao, "date" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(hn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "DATE") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ni() {
          var t3, e3, n2, o2;
          return t3 = Ao, "datetime" === r2.substr(Ao, 8).toLowerCase() ? (e3 = r2.substr(Ao, 8), Ao += 8) : (e3 = a, 0 === _o && No(mn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "DATETIME") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Oi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "rows" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(wn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "ROWS") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ri() {
          var t3, e3, n2, o2;
          return t3 = Ao, "time" === r2.substr(Ao, 4).toLowerCase() ? (e3 = r2.substr(Ao, 4), Ao += 4) : (e3 = a, 0 === _o && No(Ln)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "TIME") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Ui() {
          var t3, e3, n2, o2;
          return t3 = Ao, "timestamp" === r2.substr(Ao, 9).toLowerCase() ? (e3 = r2.substr(Ao, 9), Ao += 9) : (e3 = a, 0 === _o && No(Cn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "TIMESTAMP") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Mi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "current_timestamp" === r2.substr(Ao, 17).toLowerCase() ? (e3 = r2.substr(Ao, 17), Ao += 17) : (e3 = a, 0 === _o && No(On)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "CURRENT_TIMESTAMP") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Di() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "@@" === r2.substr(Ao, 2) ? (t4 = "@@", Ao += 2) : (t4 = a, 0 === _o && No(qn)), t4;
          })()) === a && (t3 = (function() {
            var t4;
            return 64 === r2.charCodeAt(Ao) ? (t4 = "@", Ao++) : (t4 = a, 0 === _o && No($n)), t4;
          })()) === a && (t3 = (function() {
            var t4;
            return 36 === r2.charCodeAt(Ao) ? (t4 = "$", Ao++) : (t4 = a, 0 === _o && No(Wn)), t4;
          })()), t3;
        }
        function Pi() {
          var t3;
          return 61 === r2.charCodeAt(Ao) ? (t3 = "=", Ao++) : (t3 = a, 0 === _o && No(Cr)), t3;
        }
        function Fi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "add" === r2.substr(Ao, 3).toLowerCase() ? (e3 = r2.substr(Ao, 3), Ao += 3) : (e3 = a, 0 === _o && No(Vn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "ADD") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Hi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "column" === r2.substr(Ao, 6).toLowerCase() ? (e3 = r2.substr(Ao, 6), Ao += 6) : (e3 = a, 0 === _o && No(Qn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "COLUMN") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function $i() {
          var t3, e3, n2, o2;
          return t3 = Ao, "index" === r2.substr(Ao, 5).toLowerCase() ? (e3 = r2.substr(Ao, 5), Ao += 5) : (e3 = a, 0 === _o && No(Xn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "INDEX") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function qi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "key" === r2.substr(Ao, 3).toLowerCase() ? (e3 = r2.substr(Ao, 3), Ao += 3) : (e3 = a, 0 === _o && No(v)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "KEY") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Wi() {
          var t3, e3, n2, o2;
          return t3 = Ao, "comment" === r2.substr(Ao, 7).toLowerCase() ? (e3 = r2.substr(Ao, 7), Ao += 7) : (e3 = a, 0 === _o && No(Jn)), e3 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t3, t3 = e3 = "COMMENT") : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function Bi() {
          var t3;
          return 46 === r2.charCodeAt(Ao) ? (t3 = ".", Ao++) : (t3 = a, 0 === _o && No(sr)), t3;
        }
        function Gi() {
          var t3;
          return 44 === r2.charCodeAt(Ao) ? (t3 = ",", Ao++) : (t3 = a, 0 === _o && No(io)), t3;
        }
        function Yi() {
          var t3;
          return 42 === r2.charCodeAt(Ao) ? (t3 = "*", Ao++) : (t3 = a, 0 === _o && No(Ur)), t3;
        }
        function Vi() {
          var t3;
          return 40 === r2.charCodeAt(Ao) ? (t3 = "(", Ao++) : (t3 = a, 0 === _o && No(ur)), t3;
        }
        function Qi() {
          var t3;
          return 41 === r2.charCodeAt(Ao) ? (t3 = ")", Ao++) : (t3 = a, 0 === _o && No(ir)), t3;
        }
        function Xi() {
          var t3;
          return 91 === r2.charCodeAt(Ao) ? (t3 = "[", Ao++) : (t3 = a, 0 === _o && No(so)), t3;
        }
        function Ki() {
          var t3;
          return 93 === r2.charCodeAt(Ao) ? (t3 = "]", Ao++) : (t3 = a, 0 === _o && No(co)), t3;
        }
        function zi() {
          var t3;
          return 59 === r2.charCodeAt(Ao) ? (t3 = ";", Ao++) : (t3 = a, 0 === _o && No(lo)), t3;
        }
        function Ji() {
          var t3;
          return (t3 = (function() {
            var t4;
            return "||" === r2.substr(Ao, 2) ? (t4 = "||", Ao += 2) : (t4 = a, 0 === _o && No(fo)), t4;
          })()) === a && (t3 = (function() {
            var t4;
            return "&&" === r2.substr(Ao, 2) ? (t4 = "&&", Ao += 2) : (t4 = a, 0 === _o && No(po)), t4;
          })()), t3;
        }
        function Zi() {
          var r3, t3;
          for (r3 = [], (t3 = os()) === a && (t3 = ts()); t3 !== a; ) r3.push(t3), (t3 = os()) === a && (t3 = ts());
          return r3;
        }
        function rs() {
          var r3, t3;
          if (r3 = [], (t3 = os()) === a && (t3 = ts()), t3 !== a) for (; t3 !== a; ) r3.push(t3), (t3 = os()) === a && (t3 = ts());
          else r3 = a;
          return r3;
        }
        function ts() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2, u2, i2;
            t4 = Ao, "/*" === r2.substr(Ao, 2) ? (e3 = "/*", Ao += 2) : (e3 = a, 0 === _o && No(vo));
            if (e3 !== a) {
              for (n2 = [], o2 = Ao, u2 = Ao, _o++, "*/" === r2.substr(Ao, 2) ? (i2 = "*/", Ao += 2) : (i2 = a, 0 === _o && No(bo)), _o--, i2 === a ? u2 = void 0 : (Ao = u2, u2 = a), u2 !== a && (i2 = ns()) !== a ? o2 = u2 = [u2, i2] : (Ao = o2, o2 = a); o2 !== a; ) n2.push(o2), o2 = Ao, u2 = Ao, _o++, "*/" === r2.substr(Ao, 2) ? (i2 = "*/", Ao += 2) : (i2 = a, 0 === _o && No(bo)), _o--, i2 === a ? u2 = void 0 : (Ao = u2, u2 = a), u2 !== a && (i2 = ns()) !== a ? o2 = u2 = [u2, i2] : (Ao = o2, o2 = a);
              n2 !== a ? ("*/" === r2.substr(Ao, 2) ? (o2 = "*/", Ao += 2) : (o2 = a, 0 === _o && No(bo)), o2 !== a ? t4 = e3 = [e3, n2, o2] : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
            } else Ao = t4, t4 = a;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, i2;
            t4 = Ao, "--" === r2.substr(Ao, 2) ? (e3 = "--", Ao += 2) : (e3 = a, 0 === _o && No(yo));
            if (e3 !== a) {
              for (n2 = [], o2 = Ao, u2 = Ao, _o++, i2 = as(), _o--, i2 === a ? u2 = void 0 : (Ao = u2, u2 = a), u2 !== a && (i2 = ns()) !== a ? o2 = u2 = [u2, i2] : (Ao = o2, o2 = a); o2 !== a; ) n2.push(o2), o2 = Ao, u2 = Ao, _o++, i2 = as(), _o--, i2 === a ? u2 = void 0 : (Ao = u2, u2 = a), u2 !== a && (i2 = ns()) !== a ? o2 = u2 = [u2, i2] : (Ao = o2, o2 = a);
              n2 !== a ? t4 = e3 = [e3, n2] : (Ao = t4, t4 = a);
            } else Ao = t4, t4 = a;
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, i2;
            t4 = Ao, 35 === r2.charCodeAt(Ao) ? (e3 = "#", Ao++) : (e3 = a, 0 === _o && No(ho));
            if (e3 !== a) {
              for (n2 = [], o2 = Ao, u2 = Ao, _o++, i2 = as(), _o--, i2 === a ? u2 = void 0 : (Ao = u2, u2 = a), u2 !== a && (i2 = ns()) !== a ? o2 = u2 = [u2, i2] : (Ao = o2, o2 = a); o2 !== a; ) n2.push(o2), o2 = Ao, u2 = Ao, _o++, i2 = as(), _o--, i2 === a ? u2 = void 0 : (Ao = u2, u2 = a), u2 !== a && (i2 = ns()) !== a ? o2 = u2 = [u2, i2] : (Ao = o2, o2 = a);
              n2 !== a ? t4 = e3 = [e3, n2] : (Ao = t4, t4 = a);
            } else Ao = t4, t4 = a;
            return t4;
          })()), t3;
        }
        function es() {
          var r3, t3, e3, n2, o2, u2, i2;
          return r3 = Ao, (t3 = Wi()) !== a && Zi() !== a ? ((e3 = Pi()) === a && (e3 = null), e3 !== a && Zi() !== a && (n2 = Su()) !== a ? (Eo = r3, u2 = e3, i2 = n2, r3 = t3 = { type: (o2 = t3).toLowerCase(), keyword: o2.toLowerCase(), symbol: u2, value: i2 }) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3;
        }
        function ns() {
          var t3;
          return r2.length > Ao ? (t3 = r2.charAt(Ao), Ao++) : (t3 = a, 0 === _o && No(mo)), t3;
        }
        function os() {
          var t3;
          return wo.test(r2.charAt(Ao)) ? (t3 = r2.charAt(Ao), Ao++) : (t3 = a, 0 === _o && No(Lo)), t3;
        }
        function as() {
          var t3, e3;
          if ((t3 = (function() {
            var t4, e4;
            t4 = Ao, _o++, r2.length > Ao ? (e4 = r2.charAt(Ao), Ao++) : (e4 = a, 0 === _o && No(mo));
            _o--, e4 === a ? t4 = void 0 : (Ao = t4, t4 = a);
            return t4;
          })()) === a) if (t3 = [], Et.test(r2.charAt(Ao)) ? (e3 = r2.charAt(Ao), Ao++) : (e3 = a, 0 === _o && No(gt)), e3 !== a) for (; e3 !== a; ) t3.push(e3), Et.test(r2.charAt(Ao)) ? (e3 = r2.charAt(Ao), Ao++) : (e3 = a, 0 === _o && No(gt));
          else t3 = a;
          return t3;
        }
        function us() {
          var t3, e3;
          return t3 = Ao, Eo = Ao, Ts = [], (true ? void 0 : a) !== a && Zi() !== a ? ((e3 = is()) === a && (e3 = (function() {
            var t4, e4;
            t4 = Ao, (function() {
              var t5;
              return "return" === r2.substr(Ao, 6).toLowerCase() ? (t5 = r2.substr(Ao, 6), Ao += 6) : (t5 = a, 0 === _o && No(Bn)), t5;
            })() !== a && Zi() !== a && (e4 = ss()) !== a ? (Eo = t4, t4 = { type: "return", expr: e4 }) : (Ao = t4, t4 = a);
            return t4;
          })()), e3 !== a ? (Eo = t3, t3 = { stmt: e3, vars: Ts }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function is() {
          var t3, e3, n2, o2;
          return t3 = Ao, (e3 = ds()) === a && (e3 = ys()), e3 !== a && Zi() !== a ? ((n2 = (function() {
            var t4;
            return ":=" === r2.substr(Ao, 2) ? (t4 = ":=", Ao += 2) : (t4 = a, 0 === _o && No(Gn)), t4;
          })()) === a && (n2 = Pi()), n2 !== a && Zi() !== a && (o2 = ss()) !== a ? (Eo = t3, t3 = e3 = { type: "assign", left: e3, symbol: n2, right: o2 }) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        function ss() {
          var r3;
          return (r3 = ta()) === a && (r3 = (function() {
            var r4, t3, e3, n2, o2;
            r4 = Ao, (t3 = ds()) !== a && Zi() !== a && (e3 = wa()) !== a && Zi() !== a && (n2 = ds()) !== a && Zi() !== a && (o2 = Aa()) !== a ? (Eo = r4, r4 = t3 = { type: "join", ltable: t3, rtable: n2, op: e3, on: o2 }) : (Ao = r4, r4 = a);
            return r4;
          })()) === a && (r3 = cs()) === a && (r3 = (function() {
            var r4, t3;
            r4 = Ao, Xi() !== a && Zi() !== a && (t3 = bs()) !== a && Zi() !== a && Ki() !== a ? (Eo = r4, r4 = { type: "array", value: t3 }) : (Ao = r4, r4 = a);
            return r4;
          })()), r3;
        }
        function cs() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = ls()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = Za()) !== a && (i2 = Zi()) !== a && (s2 = ls()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = Za()) !== a && (i2 = Zi()) !== a && (s2 = ls()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = Ar(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function ls() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = fs()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = tu()) !== a && (i2 = Zi()) !== a && (s2 = fs()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = tu()) !== a && (i2 = Zi()) !== a && (s2 = fs()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = Ar(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function fs() {
          var r3, t3, e3;
          return (r3 = gu()) === a && (r3 = ds()) === a && (r3 = vs()) === a && (r3 = wu()) === a && (r3 = Ao, Vi() !== a && Zi() !== a && (t3 = cs()) !== a && Zi() !== a && Qi() !== a ? (Eo = r3, (e3 = t3).parentheses = true, r3 = e3) : (Ao = r3, r3 = a)), r3;
        }
        function ps() {
          var r3, t3, e3, n2, o2, u2, i2;
          return r3 = Ao, (t3 = au()) !== a ? (e3 = Ao, (n2 = Zi()) !== a && (o2 = Bi()) !== a && (u2 = Zi()) !== a && (i2 = au()) !== a ? e3 = n2 = [n2, o2, u2, i2] : (Ao = e3, e3 = a), e3 === a && (e3 = null), e3 !== a ? (Eo = r3, r3 = t3 = (function(r4, t4) {
            const e4 = { name: [r4] };
            return null !== t4 && (e4.schema = r4, e4.name = [t4[3]]), e4;
          })(t3, e3)) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3;
        }
        function vs() {
          var r3, t3, e3;
          return r3 = Ao, (t3 = ps()) !== a && Zi() !== a && Vi() !== a && Zi() !== a ? ((e3 = bs()) === a && (e3 = null), e3 !== a && Zi() !== a && Qi() !== a ? (Eo = r3, r3 = t3 = { type: "function", name: t3, args: { type: "expr_list", value: e3 }, ...Ls() }) : (Ao = r3, r3 = a)) : (Ao = r3, r3 = a), r3 === a && (r3 = Ao, (t3 = ps()) !== a && (Eo = r3, t3 = (function(r4) {
            return { type: "function", name: r4, args: null, ...Ls() };
          })(t3)), r3 = t3), r3;
        }
        function bs() {
          var r3, t3, e3, n2, o2, u2, i2, s2;
          if (r3 = Ao, (t3 = fs()) !== a) {
            for (e3 = [], n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = fs()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a); n2 !== a; ) e3.push(n2), n2 = Ao, (o2 = Zi()) !== a && (u2 = Gi()) !== a && (i2 = Zi()) !== a && (s2 = fs()) !== a ? n2 = o2 = [o2, u2, i2, s2] : (Ao = n2, n2 = a);
            e3 !== a ? (Eo = r3, r3 = t3 = l(t3, e3)) : (Ao = r3, r3 = a);
          } else Ao = r3, r3 = a;
          return r3;
        }
        function ds() {
          var r3, t3, e3, n2, o2;
          return r3 = Ao, (t3 = Di()) !== a && (e3 = ys()) !== a ? (Eo = r3, n2 = t3, o2 = e3, r3 = t3 = { type: "var", ...o2, prefix: n2 }) : (Ao = r3, r3 = a), r3;
        }
        function ys() {
          var t3, e3, n2, o2, u2;
          return t3 = Ao, (e3 = du()) !== a && (n2 = (function() {
            var t4, e4, n3, o3, u3;
            t4 = Ao, e4 = [], n3 = Ao, 46 === r2.charCodeAt(Ao) ? (o3 = ".", Ao++) : (o3 = a, 0 === _o && No(sr));
            o3 !== a && (u3 = du()) !== a ? n3 = o3 = [o3, u3] : (Ao = n3, n3 = a);
            for (; n3 !== a; ) e4.push(n3), n3 = Ao, 46 === r2.charCodeAt(Ao) ? (o3 = ".", Ao++) : (o3 = a, 0 === _o && No(sr)), o3 !== a && (u3 = du()) !== a ? n3 = o3 = [o3, u3] : (Ao = n3, n3 = a);
            e4 !== a && (Eo = t4, e4 = (function(r3) {
              const t5 = [];
              for (let e5 = 0; e5 < r3.length; e5++) t5.push(r3[e5][1]);
              return t5;
            })(e4));
            return t4 = e4;
          })()) !== a ? (Eo = t3, o2 = e3, u2 = n2, Ts.push(o2), t3 = e3 = { type: "var", name: o2, members: u2, prefix: null }) : (Ao = t3, t3 = a), t3 === a && (t3 = Ao, (e3 = ku()) !== a && (Eo = t3, e3 = { type: "var", name: e3.value, members: [], quoted: null, prefix: null }), t3 = e3), t3;
        }
        function hs() {
          var t3;
          return (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ao, (e3 = wi()) === a && (e3 = Li());
            if (e3 !== a) if (Zi() !== a) if (Vi() !== a) if (Zi() !== a) {
              if (n2 = [], jt.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(St)), o2 !== a) for (; o2 !== a; ) n2.push(o2), jt.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(St));
              else n2 = a;
              n2 !== a && (o2 = Zi()) !== a && Qi() !== a ? (Eo = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (Ao = t4, t4 = a);
            } else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            t4 === a && (t4 = Ao, (e3 = wi()) === a && (e3 = Li()) === a && (e3 = (function() {
              var t5, e4, n3, o3;
              return t5 = Ao, "string" === r2.substr(Ao, 6).toLowerCase() ? (e4 = r2.substr(Ao, 6), Ao += 6) : (e4 = a, 0 === _o && No(tn)), e4 !== a ? (n3 = Ao, _o++, o3 = yu(), _o--, o3 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t5, t5 = e4 = "STRING") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a), t5;
            })()), e3 !== a && (Eo = t4, e3 = Co(e3)), t4 = e3);
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2, u2, i2, s2, c2, l2, f2, p2, v2;
            t4 = Ao, (e3 = Ci()) === a && (e3 = Ai()) === a && (e3 = gi()) === a && (e3 = ji()) === a && (e3 = Si()) === a && (e3 = _i()) === a && (e3 = Ti()) === a && (e3 = xi()) === a && (e3 = ki());
            if (e3 !== a) if ((n2 = Zi()) !== a) if ((o2 = Vi()) !== a) if ((u2 = Zi()) !== a) {
              if (i2 = [], jt.test(r2.charAt(Ao)) ? (s2 = r2.charAt(Ao), Ao++) : (s2 = a, 0 === _o && No(St)), s2 !== a) for (; s2 !== a; ) i2.push(s2), jt.test(r2.charAt(Ao)) ? (s2 = r2.charAt(Ao), Ao++) : (s2 = a, 0 === _o && No(St));
              else i2 = a;
              if (i2 !== a) if ((s2 = Zi()) !== a) {
                if (c2 = Ao, (l2 = Gi()) !== a) if ((f2 = Zi()) !== a) {
                  if (p2 = [], jt.test(r2.charAt(Ao)) ? (v2 = r2.charAt(Ao), Ao++) : (v2 = a, 0 === _o && No(St)), v2 !== a) for (; v2 !== a; ) p2.push(v2), jt.test(r2.charAt(Ao)) ? (v2 = r2.charAt(Ao), Ao++) : (v2 = a, 0 === _o && No(St));
                  else p2 = a;
                  p2 !== a ? c2 = l2 = [l2, f2, p2] : (Ao = c2, c2 = a);
                } else Ao = c2, c2 = a;
                else Ao = c2, c2 = a;
                c2 === a && (c2 = null), c2 !== a && (l2 = Zi()) !== a && (f2 = Qi()) !== a && (p2 = Zi()) !== a ? ((v2 = ms()) === a && (v2 = null), v2 !== a ? (Eo = t4, b2 = c2, d2 = v2, e3 = { dataType: e3, length: parseInt(i2.join(""), 10), scale: b2 && parseInt(b2[2].join(""), 10), parentheses: true, suffix: d2 }, t4 = e3) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
              } else Ao = t4, t4 = a;
              else Ao = t4, t4 = a;
            } else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            var b2, d2;
            if (t4 === a) {
              if (t4 = Ao, (e3 = Ci()) === a && (e3 = Ai()) === a && (e3 = gi()) === a && (e3 = ji()) === a && (e3 = Si()) === a && (e3 = _i()) === a && (e3 = Ti()) === a && (e3 = xi()) === a && (e3 = ki()), e3 !== a) {
                if (n2 = [], jt.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(St)), o2 !== a) for (; o2 !== a; ) n2.push(o2), jt.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(St));
                else n2 = a;
                n2 !== a && (o2 = Zi()) !== a ? ((u2 = ms()) === a && (u2 = null), u2 !== a ? (Eo = t4, e3 = (function(r3, t5, e4) {
                  return { dataType: r3, length: parseInt(t5.join(""), 10), suffix: e4 };
                })(e3, n2, u2), t4 = e3) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a);
              } else Ao = t4, t4 = a;
              t4 === a && (t4 = Ao, (e3 = Ci()) === a && (e3 = Ai()) === a && (e3 = gi()) === a && (e3 = ji()) === a && (e3 = Si()) === a && (e3 = _i()) === a && (e3 = Ti()) === a && (e3 = xi()) === a && (e3 = ki()), e3 !== a && (n2 = Zi()) !== a ? ((o2 = ms()) === a && (o2 = null), o2 !== a && (u2 = Zi()) !== a ? (Eo = t4, e3 = /* @__PURE__ */ (function(r3, t5) {
                return { dataType: r3, suffix: t5 };
              })(e3, o2), t4 = e3) : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a));
            }
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3, n2, o2;
            t4 = Ao, (e3 = Ii()) === a && (e3 = Ni()) === a && (e3 = Ri()) === a && (e3 = Ui());
            if (e3 !== a) if (Zi() !== a) if (Vi() !== a) if (Zi() !== a) {
              if (n2 = [], jt.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(St)), o2 !== a) for (; o2 !== a; ) n2.push(o2), jt.test(r2.charAt(Ao)) ? (o2 = r2.charAt(Ao), Ao++) : (o2 = a, 0 === _o && No(St));
              else n2 = a;
              n2 !== a && (o2 = Zi()) !== a && Qi() !== a ? (Eo = t4, e3 = { dataType: e3, length: parseInt(n2.join(""), 10), parentheses: true }, t4 = e3) : (Ao = t4, t4 = a);
            } else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            else Ao = t4, t4 = a;
            t4 === a && (t4 = Ao, (e3 = Ii()) === a && (e3 = Ni()) === a && (e3 = Ri()) === a && (e3 = Ui()), e3 !== a && (Eo = t4, e3 = /* @__PURE__ */ (function(r3) {
              return { dataType: r3 };
            })(e3)), t4 = e3);
            return t4;
          })()) === a && (t3 = (function() {
            var t4, e3;
            t4 = Ao, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ao, "json" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(un)), e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t5, t5 = e4 = "JSON") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a), t5;
            })()) !== a && (Eo = t4, e3 = Co(e3));
            return t4 = e3;
          })()) === a && (t3 = (function() {
            var t4, e3;
            t4 = Ao, (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ao, "tinytext" === r2.substr(Ao, 8).toLowerCase() ? (e4 = r2.substr(Ao, 8), Ao += 8) : (e4 = a, 0 === _o && No(ln)), e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t5, t5 = e4 = "TINYTEXT") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a), t5;
            })()) === a && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ao, "text" === r2.substr(Ao, 4).toLowerCase() ? (e4 = r2.substr(Ao, 4), Ao += 4) : (e4 = a, 0 === _o && No(fn)), e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t5, t5 = e4 = "TEXT") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a), t5;
            })()) === a && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ao, "mediumtext" === r2.substr(Ao, 10).toLowerCase() ? (e4 = r2.substr(Ao, 10), Ao += 10) : (e4 = a, 0 === _o && No(pn)), e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t5, t5 = e4 = "MEDIUMTEXT") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a), t5;
            })()) === a && (e3 = (function() {
              var t5, e4, n2, o2;
              return t5 = Ao, "longtext" === r2.substr(Ao, 8).toLowerCase() ? (e4 = r2.substr(Ao, 8), Ao += 8) : (e4 = a, 0 === _o && No(vn)), e4 !== a ? (n2 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n2 = void 0 : (Ao = n2, n2 = a), n2 !== a ? (Eo = t5, t5 = e4 = "LONGTEXT") : (Ao = t5, t5 = a)) : (Ao = t5, t5 = a), t5;
            })());
            e3 !== a && (Eo = t4, e3 = { dataType: e3 });
            return t4 = e3;
          })()), t3;
        }
        function ms() {
          var t3, e3, n2;
          return t3 = Ao, (e3 = Ei()) === a && (e3 = null), e3 !== a && Zi() !== a ? ((n2 = (function() {
            var t4, e4, n3, o2;
            return t4 = Ao, "zerofill" === r2.substr(Ao, 8).toLowerCase() ? (e4 = r2.substr(Ao, 8), Ao += 8) : (e4 = a, 0 === _o && No(on)), e4 !== a ? (n3 = Ao, _o++, o2 = yu(), _o--, o2 === a ? n3 = void 0 : (Ao = n3, n3 = a), n3 !== a ? (Eo = t4, t4 = e4 = "ZEROFILL") : (Ao = t4, t4 = a)) : (Ao = t4, t4 = a), t4;
          })()) === a && (n2 = null), n2 !== a ? (Eo = t3, t3 = e3 = (function(r3, t4) {
            const e4 = [];
            return r3 && e4.push(r3), t4 && e4.push(t4), e4;
          })(e3, n2)) : (Ao = t3, t3 = a)) : (Ao = t3, t3 = a), t3;
        }
        const ws = { ALTER: true, ALL: true, ADD: true, AND: true, AS: true, ASC: true, BETWEEN: true, BY: true, CALL: true, CASE: true, CREATE: true, CROSS: true, CONTAINS: true, CURRENT_DATE: true, CURRENT_TIME: true, CURRENT_TIMESTAMP: true, CURRENT_USER: true, DELETE: true, DESC: true, DISTINCT: true, DROP: true, ELSE: true, END: true, EXISTS: true, EXPLAIN: true, FALSE: true, FROM: true, FULL: true, GROUP: true, HAVING: true, IN: true, INNER: true, INSERT: true, INTO: true, IS: true, JOIN: true, JSON: true, KEY: true, LEFT: true, LIKE: true, LIMIT: true, LOW_PRIORITY: true, NOT: true, NULL: true, ON: true, OR: true, ORDER: true, OUTER: true, RECURSIVE: true, RENAME: true, READ: true, RIGHT: true, SELECT: true, SESSION_USER: true, SET: true, SHOW: true, SYSTEM_USER: true, TABLE: true, THEN: true, TRUE: true, TRUNCATE: true, UNION: true, UPDATE: true, USING: true, VALUES: true, WITH: true, WHEN: true, WHERE: true, WRITE: true, GLOBAL: true, SESSION: true, LOCAL: true, PERSIST: true, PERSIST_ONLY: true };
        function Ls() {
          return t2.includeLocations ? { loc: Io(Eo, Ao) } : {};
        }
        function Cs(r3, t3) {
          return { type: "unary_expr", operator: r3, expr: t3 };
        }
        function As(r3, t3, e3) {
          return { type: "binary_expr", operator: r3, left: t3, right: e3 };
        }
        function Es(r3) {
          const t3 = n(Number.MAX_SAFE_INTEGER);
          return !(n(r3) < t3);
        }
        function gs(r3, t3, e3 = 3) {
          const n2 = [r3];
          for (let r4 = 0; r4 < t3.length; r4++) delete t3[r4][e3].tableList, delete t3[r4][e3].columnList, n2.push(t3[r4][e3]);
          return n2;
        }
        function js(r3, t3) {
          let e3 = r3;
          for (let r4 = 0; r4 < t3.length; r4++) e3 = As(t3[r4][1], e3, t3[r4][3]);
          return e3;
        }
        function Ss(r3) {
          const t3 = Is[r3];
          return t3 || (r3 || null);
        }
        function _s(r3) {
          const t3 = /* @__PURE__ */ new Set();
          for (let e3 of r3.keys()) {
            const r4 = e3.split("::");
            if (!r4) {
              t3.add(e3);
              break;
            }
            r4 && r4[1] && (r4[1] = Ss(r4[1])), t3.add(r4.join("::"));
          }
          return Array.from(t3);
        }
        let Ts = [];
        const xs = /* @__PURE__ */ new Set(), ks = /* @__PURE__ */ new Set(), Is = {};
        if ((e2 = i()) !== a && Ao === r2.length) return e2;
        throw e2 !== a && Ao < r2.length && No({ type: "end" }), Oo(So, jo < r2.length ? r2.charAt(jo) : null, jo < r2.length ? Io(jo, jo + 1) : Io(jo, jo));
      } };
    }, function(r, t, e) {
      r.exports = e(3);
    }, function(r, t) {
      r.exports = require_BigInteger();
    }, function(r, t, e) {
      "use strict";
      e.r(t), e.d(t, "Parser", (function() {
        return Bt;
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
        return T;
      })), e.d(n, "commonOptionConnector", (function() {
        return i;
      })), e.d(n, "connector", (function() {
        return s;
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
        return _;
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
      var a = { database: "hive", type: "table", trimQuery: true, parseOptions: { includeLocations: false } }, u = a;
      function i(r2, t2, e2) {
        if (e2) return r2 ? "".concat(r2.toUpperCase(), " ").concat(t2(e2)) : t2(e2);
      }
      function s(r2, t2) {
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
          var t2 = r2.prefix, e2 = r2.type, n2 = r2.parentheses, a2 = r2.suffix, u2 = r2.value, i2 = "object" === o(r2) ? u2 : r2;
          switch (e2) {
            case "backticks_quote_string":
              i2 = "`".concat(u2, "`");
              break;
            case "string":
              i2 = "'".concat(u2, "'");
              break;
            case "regex_string":
              i2 = 'r"'.concat(u2, '"');
              break;
            case "hex_string":
              i2 = "X'".concat(u2, "'");
              break;
            case "full_hex_string":
              i2 = "0x".concat(u2);
              break;
            case "natural_string":
              i2 = "N'".concat(u2, "'");
              break;
            case "bit_string":
              i2 = "b'".concat(u2, "'");
              break;
            case "double_quote_string":
              i2 = '"'.concat(u2, '"');
              break;
            case "single_quote_string":
              i2 = "'".concat(u2, "'");
              break;
            case "boolean":
            case "bool":
              i2 = u2 ? "TRUE" : "FALSE";
              break;
            case "null":
              i2 = "NULL";
              break;
            case "star":
              i2 = "*";
              break;
            case "param":
              i2 = "".concat(t2 || ":").concat(u2), t2 = null;
              break;
            case "origin":
              i2 = u2.toUpperCase();
              break;
            case "date":
            case "datetime":
            case "time":
            case "timestamp":
              i2 = "".concat(e2.toUpperCase(), " '").concat(u2, "'");
              break;
            case "var_string":
              i2 = "N'".concat(u2, "'");
              break;
            case "unicode_string":
              i2 = "U&'".concat(u2, "'");
          }
          var s2 = [];
          return t2 && s2.push(h(t2)), s2.push(i2), a2 && ("string" == typeof a2 && s2.push(a2), "object" === o(a2) && (a2.collate ? s2.push(vt(a2.collate)) : s2.push(w(a2)))), i2 = s2.join(" "), n2 ? "(".concat(i2, ")") : i2;
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
        var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.parentheses, a2 = r2.scale, u2 = r2.suffix, i2 = "";
        null != n2 && (i2 = a2 ? "".concat(n2, ", ").concat(a2) : n2), o2 && (i2 = "(".concat(i2, ")")), u2 && u2.length && (i2 += " ".concat(u2.join(" ")));
        var s2 = t2 ? "".concat(t2, ".") : "";
        return "".concat(s2).concat(e2).concat(i2);
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
      function _(r2) {
        return r2 ? ["RETURNING", r2.columns.map(kt).filter(m).join(", ")].join(" ") : "";
      }
      function T(r2) {
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
        if (r2) return r2.map(_t).filter(m).join(", ");
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
        var t2 = r2.constraint_type, e2 = r2.index_type, n2 = r2.index_options, o2 = void 0 === n2 ? [] : n2, a2 = r2.definition, u2 = r2.on, i2 = r2.with, s2 = [];
        if (s2.push.apply(s2, I(O(e2))), a2 && a2.length) {
          var c2 = "CHECK" === h(t2) ? "(".concat(lt(a2[0]), ")") : "(".concat(a2.map((function(r3) {
            return lt(r3);
          })).join(", "), ")");
          s2.push(c2);
        }
        return s2.push(U(o2).join(" ")), i2 && s2.push("WITH (".concat(U(i2).join(", "), ")")), u2 && s2.push("ON [".concat(u2, "]")), s2;
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
        var o2 = r2.right.escape || {}, a2 = Array.isArray(r2.left) ? r2.left.map(lt).join(", ") : lt(r2.left), u2 = vt(r2.collate), i2 = [a2, t2, e2, h(o2.type), lt(o2.value)].filter(m).join("." === t2 ? "" : " "), s2 = r2.parentheses ? "(".concat(i2, ")") : i2;
        return u2 && (s2 = "".concat(s2, " ").concat(u2)), s2;
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
      function W(r2) {
        return r2 ? r2.fetch || r2.offset ? (e2 = (t2 = r2).fetch, n2 = t2.offset, [].concat(H(q(n2)), H(q(e2))).filter(m).join(" ")) : (function(r3) {
          var t3 = r3.seperator, e3 = r3.value;
          return 1 === e3.length && "offset" === t3 ? s("OFFSET", lt(e3[0])) : s("LIMIT", e3.map(lt).join("".concat("offset" === t3 ? " " : "").concat(h(t3), " ")));
        })(r2) : "";
        var t2, e2, n2;
      }
      function B(r2) {
        if (r2 && 0 !== r2.length) {
          var t2 = r2[0].recursive ? "RECURSIVE " : "", e2 = r2.map((function(r3) {
            var t3 = r3.name, e3 = r3.stmt, n2 = r3.columns, o2 = Array.isArray(n2) ? "(".concat(n2.map(Et).join(", "), ")") : "", a2 = i("values" === e3.type ? "VALUES" : "", lt, e3);
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
        var t2 = r2.as_struct_val, e2 = r2.columns, n2 = r2.collate, o2 = r2.distinct, a2 = r2.for, u2 = r2.from, c2 = r2.for_sys_time_as_of, l2 = void 0 === c2 ? {} : c2, f2 = r2.locking_read, p2 = r2.groupby, v2 = r2.having, d2 = r2.into, y2 = void 0 === d2 ? {} : d2, L2 = r2.isolation, C2 = r2.limit, A2 = r2.options, E2 = r2.orderby, g2 = r2.parentheses_symbol, j2 = r2.qualify, S2 = r2.top, _2 = r2.window, T2 = r2.with, x2 = r2.where, k2 = [B(T2), "SELECT", h(t2)];
        Array.isArray(A2) && k2.push(A2.join(" ")), k2.push((function(r3) {
          if (r3) {
            if ("string" == typeof r3) return r3;
            var t3 = r3.type, e3 = r3.columns, n3 = [h(t3)];
            return e3 && n3.push("(".concat(e3.map(lt).join(", "), ")")), n3.filter(m).join(" ");
          }
        })(o2), b(S2), Nt(e2, u2));
        var I2 = y2.position, N2 = "";
        I2 && (N2 = i("INTO", G, y2)), "column" === I2 && k2.push(N2), k2.push(i("FROM", Cr, u2)), "from" === I2 && k2.push(N2);
        var O2 = l2 || {}, R2 = O2.keyword, U2 = O2.expr;
        k2.push(i(R2, lt, U2)), k2.push(i("WHERE", lt, x2)), p2 && (k2.push(s("GROUP BY", ft(p2.columns).join(", "))), k2.push(ft(p2.modifiers).join(", "))), k2.push(i("HAVING", lt, v2)), k2.push(i("QUALIFY", lt, j2)), k2.push(i("WINDOW", lt, _2)), k2.push(pt(E2, "order by")), k2.push(vt(n2)), k2.push(W(C2)), L2 && k2.push(i(L2.keyword, w, L2.expr)), k2.push(h(f2)), "end" === I2 && k2.push(N2), k2.push((function(r3) {
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
        var a2, u2 = true, i2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          i2 = true, a2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (i2) throw a2;
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
            for (var i2 in o2) "value" !== i2 && "keyword" !== i2 && (a2[i2] = o2[i2]);
            var s2 = [Et(a2)], c2 = "";
            u2 && (c2 = lt(u2), s2.push("=", c2)), e2.push(s2.filter(m).join(" "));
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
        var t2 = r2.mode, e2 = r2.local, n2 = r2.file, o2 = r2.replace_ignore, a2 = r2.table, u2 = r2.partition, s2 = r2.character_set, c2 = r2.column, l2 = r2.fields, f2 = r2.lines, p2 = r2.set, v2 = r2.ignore;
        return ["LOAD DATA", h(t2), h(e2), "INFILE", w(n2), h(o2), "INTO TABLE", Lr(a2), ir(u2), i("CHARACTER SET", w, s2), z(l2), J(f2), Z(v2), Nt(c2), i("SET", X, p2)].filter(m).join(" ");
      }
      function tr(r2) {
        var t2 = r2.left, e2 = r2.right, n2 = r2.symbol, o2 = r2.keyword;
        t2.keyword = o2;
        var a2 = lt(t2), u2 = lt(e2);
        return [a2, h(n2), u2].filter(m).join(" ");
      }
      function er(r2) {
        var t2, e2, n2, o2, a2 = r2.keyword, u2 = r2.suffix, s2 = "";
        switch (h(a2)) {
          case "BINLOG":
            e2 = (t2 = r2).in, n2 = t2.from, o2 = t2.limit, s2 = [i("IN", w, e2 && e2.right), i("FROM", Cr, n2), W(o2)].filter(m).join(" ");
            break;
          case "CHARACTER":
          case "COLLATION":
            s2 = (function(r3) {
              var t3 = r3.expr;
              if (t3) return "LIKE" === h(t3.op) ? i("LIKE", w, t3.right) : i("WHERE", lt, t3);
            })(r2);
            break;
          case "COLUMNS":
          case "INDEXES":
          case "INDEX":
            s2 = i("FROM", Cr, r2.from);
            break;
          case "GRANTS":
            s2 = (function(r3) {
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
            s2 = i("", Lr, r2[u2]);
            break;
          case "VAR":
            s2 = ct(r2.var), a2 = "";
        }
        return ["SHOW", h(a2), h(u2), s2].filter(m).join(" ");
      }
      var nr = { alter: function(r2) {
        var t2 = r2.keyword;
        switch (void 0 === t2 ? "table" : t2) {
          case "aggregate":
            return (function(r3) {
              var t3 = r3.args, e2 = r3.expr, n2 = r3.keyword, o2 = r3.name, a2 = r3.type, u2 = t3.expr, i2 = t3.orderby;
              return [h(a2), h(n2), [[y(o2.schema), y(o2.name)].filter(m).join("."), "(".concat(u2.map(nt).join(", ")).concat(i2 ? [" ORDER", "BY", i2.map(nt).join(", ")].join(" ") : "", ")")].filter(m).join(""), et(e2)].filter(m).join(" ");
            })(r2);
          case "table":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.table, n2 = r3.if_exists, o2 = r3.prefix, a2 = r3.expr, u2 = void 0 === a2 ? [] : a2, i2 = h(t3), s2 = Cr(e2), c2 = u2.map(lt);
              return [i2, "TABLE", h(n2), w(o2), s2, c2.join(", ")].filter(m).join(" ");
            })(r2);
          case "schema":
            return (function(r3) {
              var t3 = r3.expr, e2 = r3.keyword, n2 = r3.schema;
              return [h(r3.type), h(e2), y(n2), et(t3)].filter(m).join(" ");
            })(r2);
          case "sequence":
            return (function(r3) {
              var t3 = r3.type, e2 = r3.keyword, n2 = r3.sequence, o2 = r3.if_exists, a2 = r3.expr, u2 = void 0 === a2 ? [] : a2, i2 = h(t3), s2 = Cr(n2), c2 = u2.map(Xr);
              return [i2, h(e2), h(o2), s2, c2.join(", ")].filter(m).join(" ");
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
              var t3 = r3.type, e2 = r3.columns, n2 = r3.attributes, o2 = r3.select, a2 = r3.view, u2 = r3.with, i2 = h(t3), s2 = Lr(a2), c2 = [i2, "VIEW", s2];
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
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, a2 = r3.args, u2 = r3.options, i2 = [h(t3), h(e3), h(n2)], s2 = [y(o2.schema), o2.name].filter(m).join("."), c2 = "".concat(a2.expr.map(nt).join(", ")).concat(a2.orderby ? [" ORDER", "BY", a2.orderby.map(nt).join(", ")].join(" ") : "");
              return i2.push("".concat(s2, "(").concat(c2, ")"), "(".concat(u2.map(rt).join(", "), ")")), i2.filter(m).join(" ");
            })(r2);
            break;
          case "table":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.table, o2 = r3.like, a2 = r3.as, u2 = r3.temporary, i2 = r3.if_not_exists, s2 = r3.create_definitions, c2 = r3.table_options, l2 = r3.ignore_replace, f2 = r3.replace, v2 = r3.partition_of, b2 = r3.query_expr, d2 = r3.unlogged, y2 = r3.with, L2 = [h(t3), h(f2), h(u2), h(d2), h(e3), h(i2), Cr(n2)];
              if (o2) {
                var C2 = o2.type, A2 = Cr(o2.table);
                return L2.push(h(C2), A2), L2.filter(m).join(" ");
              }
              if (v2) return L2.concat([zr(v2)]).filter(m).join(" ");
              s2 && L2.push("(".concat(s2.map(Xr).join(", "), ")"));
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
              var t3 = r3.constraint, e3 = r3.constraint_kw, n2 = r3.deferrable, o2 = r3.events, a2 = r3.execute, u2 = r3.for_each, i2 = r3.from, s2 = r3.location, c2 = r3.keyword, l2 = r3.or, f2 = r3.type, p2 = r3.table, v2 = r3.when, b2 = [h(f2), h(l2), h(e3), h(c2), y(t3), h(s2)], d2 = S(o2);
              b2.push(d2, "ON", Lr(p2)), i2 && b2.push("FROM", Lr(i2));
              b2.push.apply(b2, Yr(T(n2)).concat(Yr(T(u2)))), v2 && b2.push(h(v2.type), lt(v2.cond));
              return b2.push(h(a2.keyword), Gr(a2.expr)), b2.filter(m).join(" ");
            })(r2) : (function(r3) {
              var t3 = r3.definer, e3 = r3.for_each, n2 = r3.keyword, o2 = r3.execute, a2 = r3.type, u2 = r3.table, s2 = r3.if_not_exists, c2 = r3.temporary, l2 = r3.trigger, f2 = r3.events, p2 = r3.order, v2 = r3.time, b2 = r3.when, d2 = [h(a2), h(c2), lt(t3), h(n2), h(s2), Lr(l2), h(v2), f2.map((function(r4) {
                var t4 = [h(r4.keyword)], e4 = r4.args;
                return e4 && t4.push(h(e4.keyword), e4.columns.map(Et).join(", ")), t4.join(" ");
              })), "ON", Lr(u2), h(e3 && e3.keyword), h(e3 && e3.args), p2 && "".concat(h(p2.keyword), " ").concat(y(p2.trigger)), i("WHEN", lt, b2), h(o2.prefix)];
              switch (o2.type) {
                case "set":
                  d2.push(i("SET", X, o2.expr));
                  break;
                case "multiple":
                  d2.push(ar(o2.expr.ast));
              }
              return d2.push(h(o2.suffix)), d2.filter(m).join(" ");
            })(r2);
            break;
          case "extension":
            e2 = (function(r3) {
              var t3 = r3.extension, e3 = r3.from, n2 = r3.if_not_exists, o2 = r3.keyword, a2 = r3.schema, u2 = r3.type, s2 = r3.with, c2 = r3.version;
              return [h(u2), h(o2), h(n2), w(t3), h(s2), i("SCHEMA", w, a2), i("VERSION", w, c2), i("FROM", w, e3)].filter(m).join(" ");
            })(r2);
            break;
          case "function":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.replace, n2 = r3.keyword, o2 = r3.name, a2 = r3.args, u2 = r3.returns, i2 = r3.options, s2 = r3.last, c2 = [h(t3), h(e3), h(n2)], l2 = [w(o2.schema), o2.name.map(w).join(".")].filter(m).join("."), f2 = a2.map(nt).filter(m).join(", ");
              return c2.push("".concat(l2, "(").concat(f2, ")"), (function(r4) {
                var t4 = r4.type, e4 = r4.keyword, n3 = r4.expr;
                return [h(t4), h(e4), Array.isArray(n3) ? "(".concat(n3.map(Tt).join(", "), ")") : Jr(n3)].filter(m).join(" ");
              })(u2), i2.map(Zr).join(" "), s2), c2.filter(m).join(" ");
            })(r2);
            break;
          case "index":
            e2 = (function(r3) {
              var t3 = r3.concurrently, e3 = r3.filestream_on, n2 = r3.keyword, o2 = r3.if_not_exists, a2 = r3.include, u2 = r3.index_columns, s2 = r3.index_type, c2 = r3.index_using, l2 = r3.index, f2 = r3.on, p2 = r3.index_options, v2 = r3.algorithm_option, b2 = r3.lock_option, d2 = r3.on_kw, L2 = r3.table, C2 = r3.tablespace, A2 = r3.type, E2 = r3.where, g2 = r3.with, j2 = r3.with_before_where, S2 = g2 && "WITH (".concat(U(g2).join(", "), ")"), _2 = a2 && "".concat(h(a2.keyword), " (").concat(a2.columns.map((function(r4) {
                return "string" == typeof r4 ? y(r4) : lt(r4);
              })).join(", "), ")"), T2 = l2;
              l2 && (T2 = "string" == typeof l2 ? y(l2) : [y(l2.schema), y(l2.name)].filter(m).join("."));
              var x2 = [h(A2), h(s2), h(n2), h(o2), h(t3), T2, h(d2), Lr(L2)].concat(Yr(O(c2)), ["(".concat(k(u2), ")"), _2, U(p2).join(" "), et(v2), et(b2), i("TABLESPACE", w, C2)]);
              j2 ? x2.push(S2, i("WHERE", lt, E2)) : x2.push(i("WHERE", lt, E2), S2);
              return x2.push(i("ON", lt, f2), i("FILESTREAM_ON", w, e3)), x2.filter(m).join(" ");
            })(r2);
            break;
          case "sequence":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.sequence, o2 = r3.temporary, a2 = r3.if_not_exists, u2 = r3.create_definitions, i2 = [h(t3), h(o2), h(e3), h(a2), Cr(n2)];
              u2 && i2.push(u2.map(Xr).join(" "));
              return i2.filter(m).join(" ");
            })(r2);
            break;
          case "database":
          case "schema":
            e2 = (function(r3) {
              var t3 = r3.type, e3 = r3.keyword, n2 = r3.replace, o2 = r3.if_not_exists, a2 = r3.create_definitions, u2 = r3[e3], i2 = u2.db, s2 = u2.schema, c2 = [w(i2), s2.map(w).join(".")].filter(m).join("."), l2 = [h(t3), h(n2), h(e3), h(o2), c2];
              a2 && l2.push(a2.map(Ar).join(" "));
              return l2.filter(m).join(" ");
            })(r2);
            break;
          case "view":
            e2 = (function(r3) {
              var t3 = r3.algorithm, e3 = r3.columns, n2 = r3.definer, o2 = r3.if_not_exists, a2 = r3.keyword, u2 = r3.recursive, i2 = r3.replace, s2 = r3.select, c2 = r3.sql_security, l2 = r3.temporary, f2 = r3.type, p2 = r3.view, v2 = r3.with, b2 = r3.with_options, w2 = p2.db, C2 = p2.schema, A2 = p2.view, E2 = [y(w2), y(C2), y(A2)].filter(m).join(".");
              return [h(f2), h(i2), h(l2), h(u2), t3 && "ALGORITHM = ".concat(h(t3)), lt(n2), c2 && "SQL SECURITY ".concat(h(c2)), h(a2), h(o2), E2, e3 && "(".concat(e3.map(d).join(", "), ")"), b2 && ["WITH", "(".concat(b2.map((function(r4) {
                return L(r4).join(" ");
              })).join(", "), ")")].join(" "), "AS", or(s2), h(v2)].filter(m).join(" ");
            })(r2);
            break;
          case "domain":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.domain, n2 = r3.type, o2 = r3.keyword, a2 = r3.target, u2 = r3.create_definitions, i2 = [h(n2), h(o2), [y(e3.schema), y(e3.name)].filter(m).join("."), h(t3), E(a2)];
              if (u2 && u2.length > 0) {
                var s2, c2 = [], l2 = (function(r4, t4) {
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
                  var a3, u3 = true, i3 = false;
                  return { s: function() {
                    e4 = e4.call(r4);
                  }, n: function() {
                    var r5 = e4.next();
                    return u3 = r5.done, r5;
                  }, e: function(r5) {
                    i3 = true, a3 = r5;
                  }, f: function() {
                    try {
                      u3 || null == e4.return || e4.return();
                    } finally {
                      if (i3) throw a3;
                    }
                  } };
                })(u2);
                try {
                  for (l2.s(); !(s2 = l2.n()).done; ) {
                    var f2 = s2.value, p2 = f2.type;
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
                i2.push(c2.filter(m).join(" "));
              }
              return i2.filter(m).join(" ");
            })(r2);
            break;
          case "type":
            e2 = (function(r3) {
              var t3 = r3.as, e3 = r3.create_definitions, n2 = r3.keyword, o2 = r3.name, a2 = r3.resource, u2 = [h(r3.type), h(n2), [y(o2.schema), y(o2.name)].filter(m).join("."), h(t3), h(a2)];
              if (e3) {
                var i2 = [];
                switch (a2) {
                  case "enum":
                  case "range":
                    i2.push(lt(e3));
                    break;
                  default:
                    i2.push("(".concat(e3.map(Xr).join(", "), ")"));
                }
                u2.push(i2.filter(m).join(" "));
              }
              return u2.filter(m).join(" ");
            })(r2);
            break;
          case "user":
            e2 = (function(r3) {
              var t3 = r3.attribute, e3 = r3.comment, n2 = r3.default_role, o2 = r3.if_not_exists, a2 = r3.keyword, u2 = r3.lock_option, s2 = r3.password_options, c2 = r3.require, l2 = r3.resource_options, f2 = r3.type, p2 = r3.user.map((function(r4) {
                var t4 = r4.user, e4 = r4.auth_option, n3 = [Rr(t4)];
                return e4 && n3.push(h(e4.keyword), e4.auth_plugin, w(e4.value)), n3.filter(m).join(" ");
              })).join(", "), v2 = [h(f2), h(a2), h(o2), p2];
              n2 && v2.push(h(n2.keyword), n2.value.map(Rr).join(", "));
              v2.push(i(c2 && c2.keyword, lt, c2 && c2.value)), l2 && v2.push(h(l2.keyword), l2.value.map((function(r4) {
                return lt(r4);
              })).join(" "));
              s2 && s2.forEach((function(r4) {
                return v2.push(i(r4.keyword, lt, r4.value));
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
        var t2 = r2.columns, e2 = r2.from, n2 = r2.table, o2 = r2.where, a2 = r2.orderby, u2 = r2.with, s2 = r2.limit, c2 = r2.returning, l2 = [B(u2), "DELETE"], f2 = Nt(t2, e2);
        return l2.push(f2), Array.isArray(n2) && (1 === n2.length && true === n2[0].addition || l2.push(Cr(n2))), l2.push(i("FROM", Cr, e2)), l2.push(i("WHERE", lt, o2)), l2.push(pt(a2, "order by")), l2.push(W(s2)), l2.push(_(c2)), l2.filter(m).join(" ");
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
        var t2 = r2.from, e2 = r2.table, n2 = r2.set, o2 = r2.where, a2 = r2.orderby, u2 = r2.with, s2 = r2.limit, c2 = r2.returning;
        return [B(u2), "UPDATE", Cr(e2), i("SET", X, n2), i("FROM", Cr, t2), i("WHERE", lt, o2), pt(a2, "order by"), W(s2), _(c2)].filter(m).join(" ");
      }, if: function(r2) {
        var t2 = r2.boolean_expr, e2 = r2.else_expr, n2 = r2.elseif_expr, o2 = r2.if_expr, a2 = r2.prefix, u2 = r2.go, i2 = r2.semicolons, s2 = r2.suffix, c2 = [h(r2.type), lt(t2), w(a2), "".concat(Sr(o2.ast || o2)).concat(i2[0]), h(u2)];
        n2 && c2.push(n2.map((function(r3) {
          return [h(r3.type), lt(r3.boolean_expr), "THEN", Sr(r3.then.ast || r3.then), r3.semicolon].filter(m).join(" ");
        })).join(" "));
        e2 && c2.push("ELSE", "".concat(Sr(e2.ast || e2)).concat(i2[1]));
        return c2.push(w(s2)), c2.filter(m).join(" ");
      }, insert: fr, load_data: rr, drop: Ir, truncate: Ir, replace: fr, declare: function(r2) {
        var t2 = r2.type, e2 = r2.declare, n2 = r2.symbol, o2 = [h(t2)], a2 = e2.map((function(r3) {
          var t3 = r3.at, e3 = r3.name, n3 = r3.as, o3 = r3.constant, a3 = r3.datatype, u2 = r3.not_null, i2 = r3.prefix, s2 = r3.definition, c2 = r3.keyword, l2 = [[t3, e3].filter(m).join(""), h(n3), h(o3)];
          switch (c2) {
            case "variable":
              l2.push(gt(a3), lt(r3.collate), h(u2)), s2 && l2.push(h(s2.keyword), lt(s2.value));
              break;
            case "cursor":
              l2.push(h(i2));
              break;
            case "table":
              l2.push(h(i2), "(".concat(s2.map(Xr).join(", "), ")"));
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
          var a2, u2 = _r(e2);
          try {
            for (u2.s(); !(a2 = u2.n()).done; ) {
              var i2 = a2.value.map(Lr);
              n2.push(i2.join(" TO "));
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
          var i2 = nr[r2._next.type], s2 = h(r2.set_op);
          u2.push(s2, i2(r2._next)), r2 = r2._next;
        }
        return u2.push(n2 && ")", pt(o2, "order by"), W(a2)), u2.filter(m).join(" ");
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
      function ir(r2) {
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
      function sr(r2) {
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
            o2.push("UPDATE", i("SET", X, t2.set), i("WHERE", lt, t2.where));
        }
        return o2.filter(m).join(" ");
      }
      function lr(r2) {
        if (!r2) return "";
        var t2 = r2.action;
        return [sr(r2.target), cr(t2)].filter(m).join(" ");
      }
      function fr(r2) {
        var t2 = r2.table, e2 = r2.type, n2 = r2.or, o2 = void 0 === n2 ? [] : n2, a2 = r2.prefix, u2 = void 0 === a2 ? "into" : a2, s2 = r2.columns, c2 = r2.conflict, l2 = r2.values, f2 = r2.where, p2 = r2.on_duplicate_update, v2 = r2.partition, b2 = r2.returning, d2 = r2.set, y2 = p2 || {}, L2 = y2.keyword, C2 = y2.set, A2 = [h(e2), o2.map(w).join(" "), h(u2), Cr(t2), ir(v2)];
        return Array.isArray(s2) && A2.push("(".concat(s2.map(w).join(", "), ")")), A2.push(i(l2 && "values" === l2.type ? "VALUES" : "", ur, l2)), A2.push(i("ON CONFLICT", lr, c2)), A2.push(i("SET", X, d2)), A2.push(i("WHERE", lt, f2)), A2.push(i(L2, X, C2)), A2.push(_(b2)), A2.filter(m).join(" ");
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
        return ["".concat(h(t2), "(").concat(n2 && lt(n2) || "", ")"), i("AS", "string" == typeof e2 ? y : lt, e2), i(h(o2 && o2.keyword), y, o2 && o2.as)].filter(m).join(" ");
      }
      function yr(r2) {
        if (r2) switch (r2.type) {
          case "pivot":
          case "unpivot":
            return (function(r3) {
              var t2 = r3.as, e2 = r3.column, n2 = r3.expr, o2 = r3.in_expr, a2 = r3.type, u2 = [lt(n2), "FOR", Et(e2), D(o2)], i2 = ["".concat(h(a2), "(").concat(u2.join(" "), ")")];
              return t2 && i2.push("AS", y(t2)), i2.join(" ");
            })(r2);
          default:
            return "";
        }
      }
      function hr(r2) {
        if (r2) {
          var t2 = r2.keyword, e2 = r2.expr, n2 = r2.index, o2 = r2.index_columns, a2 = r2.parentheses, u2 = r2.prefix, i2 = [];
          switch (t2.toLowerCase()) {
            case "forceseek":
              i2.push(h(t2), "(".concat(y(n2)), "(".concat(o2.map(lt).filter(m).join(", "), "))"));
              break;
            case "spatial_window_max_cells":
              i2.push(h(t2), "=", lt(e2));
              break;
            case "index":
              i2.push(h(u2), h(t2), a2 ? "(".concat(e2.map((function(r3) {
                return y(r3);
              })).join(", "), ")") : "= ".concat(y(e2)));
              break;
            default:
              i2.push(lt(e2));
          }
          return i2.filter(m).join(" ");
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
        var t2, e2, n2, o2, a2 = r2.table, u2 = r2.db, s2 = r2.as, c2 = r2.expr, l2 = r2.operator, f2 = r2.prefix, p2 = r2.schema, v2 = r2.server, b2 = r2.suffix, d2 = r2.tablesample, C2 = r2.temporal_table, A2 = r2.table_hint, E2 = r2.surround, g2 = void 0 === E2 ? {} : E2, j2 = y(v2, false, g2.server), S2 = y(u2, false, g2.db), _2 = y(p2, false, g2.schema), T2 = a2 && y(a2, false, g2.table);
        if (c2) switch (c2.type) {
          case "values":
            var x2 = c2.parentheses, k2 = c2.values, I2 = c2.prefix, N2 = [x2 && "(", "", x2 && ")"], O2 = ur(k2);
            I2 && (O2 = O2.split("(").slice(1).map((function(r3) {
              return "".concat(h(I2), "(").concat(r3);
            })).join("")), N2[1] = "VALUES ".concat(O2), T2 = N2.filter(m).join("");
            break;
          case "tumble":
            T2 = (function(r3) {
              if (!r3) return "";
              var t3 = r3.data, e3 = r3.timecol, n3 = r3.offset, o3 = r3.size, a3 = [y(t3.expr.db), y(t3.expr.schema), y(t3.expr.table)].filter(m).join("."), u3 = "DESCRIPTOR(".concat(Et(e3.expr), ")"), i2 = ["TABLE(TUMBLE(TABLE ".concat(mr(t3, a3)), mr(e3, u3)], s3 = mr(o3, pr(o3.expr));
              return n3 && n3.expr ? i2.push(s3, "".concat(mr(n3, pr(n3.expr)), "))")) : i2.push("".concat(s3, "))")), i2.filter(m).join(", ");
            })(c2);
            break;
          case "generator":
            e2 = (t2 = c2).keyword, n2 = t2.type, o2 = t2.generators.map((function(r3) {
              return L(r3).join(" ");
            })).join(", "), T2 = "".concat(h(e2), "(").concat(h(n2), "(").concat(o2, "))");
            break;
          default:
            T2 = lt(c2);
        }
        var R2 = [[j2, S2, _2, T2 = [h(f2), T2, h(b2)].filter(m).join(" ")].filter(m).join(".")];
        if (d2) {
          var U2 = ["TABLESAMPLE", lt(d2.expr), w(d2.repeatable)].filter(m).join(" ");
          R2.push(U2);
        }
        R2.push((function(r3) {
          if (r3) {
            var t3 = r3.keyword, e3 = r3.expr;
            return [h(t3), wr(e3)].filter(m).join(" ");
          }
        })(C2), i("AS", "string" == typeof s2 ? y : lt, s2), yr(l2)), A2 && R2.push(h(A2.keyword), "(".concat(A2.expr.map(hr).filter(m).join(", "), ")"));
        var M2 = R2.filter(m).join(" ");
        return r2.parentheses ? "(".concat(M2, ")") : M2;
      }
      function Cr(r2) {
        if (!r2) return "";
        if (!Array.isArray(r2)) {
          var t2 = r2.expr, e2 = r2.parentheses, n2 = r2.joins, o2 = Cr(t2);
          if (e2) {
            for (var a2 = [], u2 = [], s2 = true === e2 ? 1 : e2.length, c2 = 0; c2++ < s2; ) a2.push("("), u2.push(")");
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
          C2.push(L2 ? " ".concat(h(L2)) : ","), C2.push(A2 ? Cr(b2) : Lr(b2)), C2.push(i("ON", lt, d2)), y2 && C2.push("USING (".concat(y2.map(w).join(", "), ")")), p2.push(C2.filter(m).join(" "));
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
      function _r(r2, t2) {
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
        var a2, u2 = true, i2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          i2 = true, a2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (i2) throw a2;
          }
        } };
      }
      function Tr(r2) {
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
            u2.push.apply(u2, [Et(n2)].concat(Tr(r2.table ? ["ON", Lr(r2.table)] : []), [r2.options && r2.options.map(lt).filter(m).join(" ")]));
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
        var a2, u2 = [], i2 = _r(n2);
        try {
          var s2 = function() {
            var r3 = a2.value, t3 = r3.table, e3 = r3.lock_type, n3 = [Lr(t3)];
            if (e3) {
              n3.push(["prefix", "type", "suffix"].map((function(r4) {
                return h(e3[r4]);
              })).filter(m).join(" "));
            }
            u2.push(n3.join(" "));
          };
          for (i2.s(); !(a2 = i2.n()).done; ) s2();
        } catch (r3) {
          i2.e(r3);
        } finally {
          i2.f();
        }
        return o2.push.apply(o2, [u2.join(", ")].concat(Tr((function(r3) {
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
        var t2 = r2.type, e2 = r2.grant_option_for, n2 = r2.keyword, o2 = r2.objects, a2 = r2.on, u2 = r2.to_from, i2 = r2.user_or_roles, s2 = r2.with, c2 = [h(t2), w(e2)], l2 = o2.map((function(r3) {
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
        return c2.push(h(u2), i2.map(Rr).join(", ")), c2.push(w(s2)), c2.filter(m).join(" ");
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
          var t2 = r2.constraint, e2 = r2.constraint_type, n2 = r2.enforced, o2 = r2.index, a2 = r2.keyword, u2 = r2.reference_definition, s2 = r2.for, c2 = r2.with_values, l2 = [], f2 = p().database;
          l2.push(h(a2)), l2.push(y(t2));
          var v2 = h(e2);
          return "sqlite" === f2.toLowerCase() && "UNIQUE KEY" === v2 && (v2 = "UNIQUE"), l2.push(v2), l2.push("sqlite" !== f2.toLowerCase() && y(o2)), l2.push.apply(l2, Mr(M(r2))), l2.push.apply(l2, Mr(jt(u2))), l2.push(h(n2)), l2.push(i("FOR", y, s2)), l2.push(w(c2)), l2.filter(m).join(" ");
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
            var i2 = "".concat(h(o2), " ").concat(h(n2)), s2 = lt(e2) || [];
            return a2 && (i2 = "".concat(i2, "(").concat(s2.join(", "), ")")), i2;
          }
          if (r2.partitionby) return ["OVER", "(".concat(pt(r2.partitionby, "partition by")), "".concat(pt(r2.orderby, "order by"), ")")].filter(m).join(" ");
          throw new Error("unknown over type");
        }
      }
      function Wr(r2) {
        if (!r2 || !r2.array) return "";
        var t2 = r2.array.keyword;
        if (t2) return h(t2);
        for (var e2 = r2.array, n2 = e2.dimension, o2 = e2.length, a2 = [], u2 = 0; u2 < n2; u2++) a2.push("["), o2 && o2[u2] && a2.push(w(o2[u2])), a2.push("]");
        return a2.join("");
      }
      function Br(r2) {
        for (var t2 = r2.target, e2 = r2.expr, n2 = r2.keyword, o2 = r2.symbol, a2 = r2.as, u2 = r2.offset, i2 = r2.parentheses, s2 = r2.collate, c2 = Ct({ expr: e2, offset: u2 }), l2 = [], f2 = 0, p2 = t2.length; f2 < p2; ++f2) {
          var v2 = t2[f2], b2 = v2.angle_brackets, d2 = v2.length, L2 = v2.dataType, C2 = v2.parentheses, A2 = v2.quoted, E2 = v2.scale, g2 = v2.suffix, j2 = v2.expr, S2 = j2 ? lt(j2) : "";
          null != d2 && (S2 = E2 ? "".concat(d2, ", ").concat(E2) : d2), C2 && (S2 = "(".concat(S2, ")")), b2 && (S2 = "<".concat(S2, ">")), g2 && g2.length && (S2 += " ".concat(g2.map(w).join(" ")));
          var _2 = "::", T2 = "", x2 = [];
          "as" === o2 && (0 === f2 && (c2 = "".concat(h(n2), "(").concat(c2)), T2 = ")", _2 = " ".concat(o2.toUpperCase(), " ")), 0 === f2 && x2.push(c2);
          var k2 = Wr(v2);
          x2.push(_2, A2, L2, A2, k2, S2, T2), l2.push(x2.filter(m).join(""));
        }
        var I2 = vt(s2);
        a2 && l2.push(" AS ".concat(y(a2)));
        var N2 = [l2.filter(m).join(""), I2].filter(m).join(" ");
        return i2 ? "(".concat(N2, ")") : N2;
      }
      function Gr(r2) {
        var t2 = r2.args, e2 = r2.array_index, n2 = r2.collate, o2 = r2.name, a2 = r2.args_parentheses, u2 = r2.parentheses, i2 = r2.within_group, s2 = r2.over, c2 = r2.suffix, l2 = qr(s2), f2 = (function(r3) {
          if (!r3) return "";
          var t3 = r3.type, e3 = r3.keyword, n3 = r3.orderby;
          return [h(t3), h(e3), "(".concat(pt(n3, "order by"), ")")].filter(m).join(" ");
        })(i2), p2 = lt(c2), v2 = vt(n2), b2 = [w(o2.schema), o2.name.map(w).join(".")].filter(m).join(".");
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
          for (var j2 = g2[0], S2 = 1, _2 = g2.length; S2 < _2; ++S2) j2 = [j2, g2[S2]].join(" ".concat(lt(d2[S2 - 1]), " "));
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
            return Tt(r2);
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
        var t2 = r2.action, e2 = r2.create_definitions, n2 = r2.if_not_exists, o2 = r2.keyword, a2 = r2.if_exists, u2 = r2.old_column, i2 = r2.prefix, s2 = r2.resource, c2 = r2.symbol, l2 = r2.suffix, f2 = "", p2 = [];
        switch (s2) {
          case "column":
            p2 = [Tt(r2)];
            break;
          case "index":
            p2 = M(r2), f2 = r2[s2];
            break;
          case "table":
          case "schema":
            f2 = y(r2[s2]);
            break;
          case "aggregate":
          case "function":
          case "domain":
          case "type":
            f2 = y(r2[s2]);
            break;
          case "algorithm":
          case "lock":
          case "table-option":
            f2 = [c2, h(r2[s2])].filter(m).join(" ");
            break;
          case "constraint":
            f2 = y(r2[s2]), p2 = [Xr(e2)];
            break;
          case "partition":
            p2 = [tt(t2, r2.partitions)];
            break;
          case "key":
            f2 = y(r2[s2]);
            break;
          default:
            f2 = [c2, r2[s2]].filter((function(r3) {
              return null !== r3;
            })).join(" ");
        }
        var v2 = [h(t2), h(o2), h(n2), h(a2), u2 && Et(u2), h(i2), f2 && f2.trim(), p2.filter(m).join(" ")];
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
        return t2 && "object" === ot(t2) && (a2.length = 0, a2.push(g(t2))), a2.push(at(r2), pt(n2, "order by"), W(o2)), a2.filter(m).join("");
      }
      function it(r2) {
        return (it = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(r3) {
          return typeof r3;
        } : function(r3) {
          return r3 && "function" == typeof Symbol && r3.constructor === Symbol && r3 !== Symbol.prototype ? "symbol" : typeof r3;
        })(r2);
      }
      var st = { alter: et, aggr_func: function(r2) {
        var t2 = r2.args, e2 = r2.filter, n2 = r2.over, o2 = r2.within_group_orderby, a2 = lt(t2.expr);
        a2 = Array.isArray(a2) ? a2.join(", ") : a2;
        var u2 = r2.name, i2 = qr(n2);
        t2.distinct && (a2 = ["DISTINCT", a2].join(" ")), t2.separator && t2.separator.delimiter && (a2 = [a2, w(t2.separator.delimiter)].join("".concat(t2.separator.symbol, " "))), t2.separator && t2.separator.expr && (a2 = [a2, lt(t2.separator.expr)].join(" ")), t2.orderby && (a2 = [a2, pt(t2.orderby, "order by")].join(" ")), t2.separator && t2.separator.value && (a2 = [a2, h(t2.separator.keyword), w(t2.separator.value)].filter(m).join(" "));
        var s2 = o2 ? "WITHIN GROUP (".concat(pt(o2, "order by"), ")") : "", c2 = e2 ? "FILTER (WHERE ".concat(lt(e2.where), ")") : "";
        return ["".concat(u2, "(").concat(a2, ")"), s2, i2, c2].filter(m).join(" ");
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
      }, cast: Br, collate: vt, column_ref: Et, column_definition: Tt, datatype: E, extract: function(r2) {
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
        })).join(", "), ")")].join(" "), i2 = [h(t2), ["(", lt(r2.expr), a2 && " ".concat(w(a2)), ")"].filter(m).join("")].join(" ");
        return [u2, i2, xt(e2)].filter(m).join(" ");
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
        var t2 = r2.prefix, e2 = void 0 === t2 ? "@" : t2, n2 = r2.name, o2 = r2.members, a2 = r2.quoted, u2 = r2.suffix, i2 = [], s2 = o2 && o2.length > 0 ? "".concat(n2, ".").concat(o2.join(".")) : n2, c2 = "".concat(e2 || "").concat(s2);
        return u2 && (c2 += u2), i2.push(c2), [a2, i2.join(" "), a2].filter(m).join("");
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
          return "expr" === u2 ? lt(t2.expr) : st[u2] ? st[u2](t2) : w(t2);
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
        return s(n2, e2.join(", "));
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
          var a3, u2 = true, i2 = false;
          return { s: function() {
            e3 = e3.call(r3);
          }, n: function() {
            var r4 = e3.next();
            return u2 = r4.done, r4;
          }, e: function(r4) {
            i2 = true, a3 = r4;
          }, f: function() {
            try {
              u2 || null == e3.return || e3.return();
            } finally {
              if (i2) throw a3;
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
        var t2 = r2.array_index, e2 = r2.as, n2 = r2.column, o2 = r2.collate, a2 = r2.db, u2 = r2.isDual, s2 = r2.notations, c2 = void 0 === s2 ? [] : s2, l2 = r2.options, f2 = r2.schema, p2 = r2.table, v2 = r2.parentheses, b2 = r2.suffix, d2 = r2.order_by, w2 = r2.subFields, L2 = void 0 === w2 ? [] : w2, C2 = "*" === n2 ? "*" : Ct(n2, u2), A2 = [a2, f2, p2].filter(m).map((function(r3) {
          return "".concat("string" == typeof r3 ? y(r3) : lt(r3));
        })), E2 = A2[0];
        if (E2) {
          for (var g2 = 1; g2 < A2.length; ++g2) E2 = "".concat(E2).concat(c2[g2] || ".").concat(A2[g2]);
          C2 = "".concat(E2).concat(c2[g2] || ".").concat(C2);
        }
        var j2 = [C2 = ["".concat(C2).concat(At(t2))].concat(mt(L2)).join("."), vt(o2), lt(l2), i("AS", lt, e2)];
        j2.push("string" == typeof b2 ? h(b2) : lt(b2)), j2.push(h(d2));
        var S2 = j2.filter(m).join(" ");
        return v2 ? "(".concat(S2, ")") : S2;
      }
      function gt(r2) {
        if (r2) {
          var t2 = r2.schema, e2 = r2.dataType, n2 = r2.length, o2 = r2.suffix, a2 = r2.scale, u2 = r2.expr, i2 = E({ schema: t2, dataType: e2, length: n2, suffix: o2, scale: a2, parentheses: null != n2 });
          if (u2 && (i2 += lt(u2)), r2.array) {
            var s2 = Wr(r2);
            i2 += [/^\[.*\]$/.test(s2) ? "" : " ", s2].join("");
          }
          return i2;
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
        var t2 = [], e2 = r2.nullable, n2 = r2.character_set, o2 = r2.check, a2 = r2.comment, u2 = r2.constraint, s2 = r2.collate, c2 = r2.storage, l2 = r2.using, f2 = r2.default_val, v2 = r2.generated, b2 = r2.auto_increment, d2 = r2.unique, y2 = r2.primary_key, C2 = r2.column_format, A2 = r2.reference_definition, E2 = r2.generated_by_default, g2 = [h(e2 && e2.action), h(e2 && e2.value)].filter(m).join(" ");
        if (v2 || t2.push(g2), f2) {
          var S2 = f2.type, _2 = f2.value;
          t2.push(S2.toUpperCase(), lt(_2));
        }
        var T2 = p().database;
        return u2 && t2.push(h(u2.keyword), w(u2.constraint)), t2.push(Pr(o2)), t2.push((function(r3) {
          if (r3) return [h(r3.value), "(".concat(lt(r3.expr), ")"), h(r3.storage_type)].filter(m).join(" ");
        })(v2)), v2 && t2.push(g2), t2.push(x(b2), h(y2), h(d2), w(E2), j(a2)), t2.push.apply(t2, mt(L(n2))), "sqlite" !== T2.toLowerCase() && t2.push(lt(s2)), t2.push.apply(t2, mt(L(C2))), t2.push.apply(t2, mt(L(c2))), t2.push.apply(t2, mt(jt(A2))), t2.push(i("USING", lt, l2)), t2.filter(m).join(" ");
      }
      function _t(r2) {
        var t2 = r2.order_by, e2 = r2.column, n2 = r2.collate, o2 = r2.nulls, a2 = r2.opclass, u2 = "string" == typeof e2 ? { type: "column_ref", table: r2.table, column: e2 } : yt(yt({}, r2), {}, { order_by: null });
        return u2.collate = null, [lt(u2), lt(n2), a2, h(t2), h(o2)].filter(m).join(" ");
      }
      function Tt(r2) {
        var t2 = [], e2 = Et(r2.column), n2 = gt(r2.definition);
        return t2.push(e2), t2.push(n2), t2.push(St(r2)), t2.filter(m).join(" ");
      }
      function xt(r2) {
        return r2 ? "object" === bt(r2) ? ["AS", lt(r2)].join(" ") : ["AS", /^(`?)[a-z_][0-9a-z_]*(`?)$/i.test(r2) ? y(r2) : d(r2)].join(" ") : "";
      }
      function kt(r2, t2) {
        var e2 = r2.expr, n2 = r2.type;
        if ("cast" === n2) return Br(r2);
        t2 && (e2.isDual = t2);
        var o2 = lt(e2), a2 = r2.expr_list;
        if (a2) {
          var u2 = [o2], i2 = a2.map((function(r3) {
            return kt(r3, t2);
          })).join(", ");
          return u2.push([h(n2), n2 && "(", i2, n2 && ")"].filter(m).join("")), u2.filter(m).join(" ");
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
      st.var = ct, st.expr_list = function(r2) {
        var t2 = ft(r2.value), e2 = r2.parentheses, n2 = r2.separator;
        if (!e2 && !n2) return t2;
        var o2 = n2 || ", ", a2 = t2.join(o2);
        return e2 ? "(".concat(a2, ")") : a2;
      }, st.select = function(r2) {
        var t2 = "object" === it(r2._next) ? or(r2) : Y(r2);
        return r2.parentheses ? "(".concat(t2, ")") : t2;
      }, st.unary_expr = function(r2) {
        var t2 = r2.operator, e2 = r2.parentheses, n2 = r2.expr, o2 = "-" === t2 || "+" === t2 || "~" === t2 || "!" === t2 ? "" : " ", a2 = "".concat(t2).concat(o2).concat(lt(n2));
        return e2 ? "(".concat(a2, ")") : a2;
      }, st.map_object = function(r2) {
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
      var Ut, Mt, Dt, Pt = (Ut = {}, Mt = "hive", Dt = Ot.parse, (Mt = (function(r2) {
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
        var a2, u2 = true, i2 = false;
        return { s: function() {
          e2 = e2.call(r2);
        }, n: function() {
          var r3 = e2.next();
          return u2 = r3.done, r3;
        }, e: function(r3) {
          i2 = true, a2 = r3;
        }, f: function() {
          try {
            u2 || null == e2.return || e2.return();
          } finally {
            if (i2) throw a2;
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
      var Bt = (function() {
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
          var t2 = arguments.length > 1 && void 0 !== arguments[1] ? arguments[1] : a, e2 = t2.database, n2 = void 0 === e2 ? "hive" : e2;
          v(t2);
          var o2 = n2.toLowerCase();
          if (Pt[o2]) return Pt[o2](false === t2.trimQuery ? r2 : r2.trim(), t2.parseOptions || a.parseOptions);
          throw new Error("".concat(n2, " is not supported currently"));
        } }, { key: "whiteListCheck", value: function(r2, t2) {
          var e2 = arguments.length > 2 && void 0 !== arguments[2] ? arguments[2] : a;
          if (t2 && 0 !== t2.length) {
            var n2 = e2.type, o2 = void 0 === n2 ? "table" : n2;
            if (!this["".concat(o2, "List")] || "function" != typeof this["".concat(o2, "List")]) throw new Error("".concat(o2, " is not valid check mode"));
            var u2, i2 = this["".concat(o2, "List")].bind(this), s2 = i2(r2, e2), c2 = true, l2 = "", f2 = Ht(s2);
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
      "object" === ("undefined" == typeof self ? "undefined" : Gt(self)) && self && (self.NodeSQLParser = { Parser: Bt, util: n }), "undefined" == typeof global && "object" === ("undefined" == typeof window ? "undefined" : Gt(window)) && window && (window.global = window), "object" === ("undefined" == typeof global ? "undefined" : Gt(global)) && global && global.window && (global.window.NodeSQLParser = { Parser: Bt, util: n });
    }]));
  }
});
export default require_hive();
