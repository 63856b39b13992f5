import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  decodeBytes,
  decodeChunks,
  gitTree
} from "./chunk-KIOD3GEP.js";
import {
  UsageError,
  byCodePoint
} from "./chunk-4N7P76FI.js";
import {
  __commonJS,
  __toESM
} from "./chunk-AUHH7KO2.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        const cached = cache[path];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/sources/git.ts
import { spawn, spawnSync as spawnSync2 } from "node:child_process";
import { openSync, closeSync, existsSync as existsSync2, readSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2, posix } from "node:path";

// src/sources/files.ts
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { spawnSync } from "node:child_process";
function fileVersion(absolute, maxFileBytes, root) {
  return {
    read: () => {
      const failed = (error) => ({ kind: "unreadable", reason: "unreadable", detail: `cannot read the file (${error.code ?? "error"})`, bytes: 0 });
      let target = absolute;
      let stat;
      try {
        stat = lstatSync(absolute);
        if (stat.isSymbolicLink()) {
          target = realpathSync(absolute);
          if (root !== void 0 && !inside(realpathSync(root), target)) {
            return { kind: "unreadable", reason: "outside-repository", detail: "a symbolic link to a file outside the repository, not read", bytes: 0 };
          }
          stat = statSync(target);
        }
      } catch (error) {
        return failed(error);
      }
      if (stat.isDirectory()) return { kind: "unreadable", reason: "unreadable", detail: "a folder, not a file", bytes: 0 };
      if (!stat.isFile()) return { kind: "unreadable", reason: "special-file", detail: `${specialKind(stat)}, not a regular file: not read`, bytes: 0 };
      const size = stat.size;
      if (size > maxFileBytes) return { kind: "large", bytes: size, chunks: () => decodeChunks(readChunks(target)) };
      try {
        return decodeBytes(readFileSync(target));
      } catch (error) {
        return failed(error);
      }
    }
  };
}
function inside(root, path) {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function specialKind(stat) {
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "a special file";
}
var toPosix = (p) => sep === "/" ? p : p.split(sep).join("/");
function listFiles(root, cwd, targets, inGit) {
  const out = /* @__PURE__ */ new Set();
  for (const target of targets.length > 0 ? targets : ["."]) {
    const absolute = resolve(cwd, target);
    if (!existsSync(absolute)) throw new UsageError(`no such file or folder: ${target}`);
    const rel = toPosix(relative(root, absolute));
    if (rel.startsWith("..")) throw new UsageError(`${target} is outside the repository at ${root}`, "run prodguard from inside the repository you want to check");
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      stat = lstatSync(absolute);
    }
    if (!stat.isDirectory()) {
      out.add(rel);
    } else {
      for (const path of inGit ? gitListed(root, rel) : walk(root, rel)) out.add(path);
    }
  }
  return [...out].sort();
}
function gitListed(root, dir) {
  const run = (args) => {
    const result = spawnSync("git", ["-c", "core.quotepath=off", ...args, "-z", "--", dir === "" ? "." : dir], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new UsageError(`git ls-files failed: ${result.stderr.trim()}`);
    return result.stdout.split("\0").filter((p) => p !== "");
  };
  const deleted = new Set(run(["ls-files", "--deleted"]));
  return run(["ls-files", "--cached", "--others", "--exclude-standard"]).filter((p) => !deleted.has(p) && reportable(root, join(root, p)));
}
function reportable(root, path) {
  try {
    const stat = lstatSync(path);
    if (stat.isDirectory()) return false;
    if (!stat.isSymbolicLink()) return true;
    let target;
    try {
      target = realpathSync(path);
    } catch {
      return false;
    }
    return !inside(realpathSync(root), target);
  } catch {
    return false;
  }
}
function walk(root, start) {
  const files = [];
  const stack = [{ dir: start, rules: [] }];
  while (stack.length > 0) {
    const { dir, rules: inherited } = stack.pop();
    const absoluteDir = join(root, dir);
    const rules = [...inherited];
    const gitignore = join(absoluteDir, ".gitignore");
    if (existsSync(gitignore)) rules.push({ base: dir, ig: (0, import_ignore.default)().add(readFileSync(gitignore, "utf8")) });
    let entries;
    try {
      entries = readdirSync(absoluteDir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name === ".git" || entry.name === "node_modules") continue;
      const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
      const isDir = entry.isDirectory();
      if (!isDir && !reportable(root, join(root, path))) continue;
      const ignored = rules.some(({ base, ig }) => {
        const rel = base === "" ? path : path.slice(base.length + 1);
        return ig.ignores(isDir ? `${rel}/` : rel);
      });
      if (ignored) continue;
      if (isDir) stack.push({ dir: path, rules });
      else files.push(path);
    }
  }
  return files;
}
function checkChangeSet(root, cwd, targets, options) {
  const paths = listFiles(root, cwd, targets, options.inGit);
  return {
    mode: "check",
    label: `check ${targets.length > 0 ? targets.join(" ") : "."}`,
    files: paths.map((path) => ({ path, status: "current", after: fileVersion(join(root, path), options.maxFileBytes, root) }))
  };
}

// src/sources/git.ts
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
function git(cwd, args, input) {
  const result = spawnSync2("git", args, { cwd, encoding: "utf8", input, maxBuffer: 1 << 30 });
  if (result.error) throw new UsageError(`cannot run git: ${result.error.message}`, "install git, or use `prodguard check` on plain folders");
  if (result.status !== 0) throw new GitError(args, result.stderr.trim());
  return result.stdout;
}
var GitError = class extends UsageError {
  constructor(args, stderr) {
    super(`git ${args.join(" ")} failed: ${stderr.split("\n")[0] ?? ""}`);
  }
};
function gitRoot(cwd) {
  const result = spawnSync2("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8" });
  if (result.error || result.status !== 0) return void 0;
  return result.stdout.trim();
}
function resolveCommit(root, ref, flag) {
  const result = spawnSync2("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new UsageError(`${flag} ${ref}: not a commit in this repository`, "fetch the ref first (e.g. `git fetch origin main`) or check its name");
  return result.stdout.trim();
}
function hasHead(root) {
  return spawnSync2("git", ["rev-parse", "--verify", "--quiet", "HEAD"], { cwd: root }).status === 0;
}
var ZERO_SHA = /^0+$/;
function parseRaw(out) {
  const parts = out.split("\0");
  const result = [];
  for (let i = 0; i < parts.length - 1; ) {
    const header = parts[i++];
    const [oldMode = "", newMode = "", oldSha = "", newSha = "", code = ""] = header.replace(/^:/, "").split(" ");
    const letter = code[0];
    const modes = { oldMode, newMode, oldSha, newSha };
    if (letter === "R") {
      const oldPath = parts[i++];
      const path = parts[i++];
      result.push({ status: "renamed", path, oldPath, ...modes });
    } else if (letter === "C") {
      i++;
      result.push({ status: "added", path: parts[i++], ...modes, oldMode: "000000", oldSha: "0".repeat(oldSha.length) });
    } else {
      const path = parts[i++];
      result.push({ status: letter === "A" ? "added" : letter === "D" ? "deleted" : "modified", path, ...modes });
    }
  }
  return result;
}
function sideVersion(blobs, path, mode, sha, disk) {
  if (mode === "160000") return { read: () => ({ kind: "unreadable", reason: "submodule", detail: `a submodule at commit ${sha.slice(0, 12)}: its files are another repository's, and a bump changes what ships`, bytes: 0 }) };
  if (!ZERO_SHA.test(sha)) return blobs.version(sha, mode === "120000" ? path : void 0);
  return disk !== void 0 ? disk() : { read: () => ({ kind: "unreadable", reason: "unreadable", detail: "not in the repository", bytes: 0 }) };
}
function diffChangeSet(root, options) {
  const headCommit = options.head !== void 0 ? resolveCommit(root, options.head, "--head") : void 0;
  const baseCommit = resolveCommit(root, options.base, "--base");
  const mergeBase = spawnSync2("git", ["merge-base", baseCommit, headCommit ?? "HEAD"], { cwd: root, encoding: "utf8" });
  const from = mergeBase.status === 0 ? mergeBase.stdout.trim() : baseCommit;
  const args = ["-c", "core.quotepath=off", "diff", "--raw", "-z", "--no-abbrev", "-M", "--no-ext-diff", from];
  if (headCommit !== void 0) args.push(headCommit);
  const entries = parseRaw(git(root, args));
  const blobs = new BlobReader(root, options.maxFileBytes);
  const disk = (path) => () => fileVersion(join2(root, path), options.maxFileBytes, root);
  const files = entries.map((e) => changedFile(e, blobs, headCommit === void 0 ? disk(e.path) : void 0));
  if (headCommit === void 0) {
    for (const path of git(root, ["-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard", "-z"]).split("\0")) {
      if (path !== "") files.push({ path, status: "added", after: fileVersion(join2(root, path), options.maxFileBytes, root) });
    }
  }
  files.sort((a, b) => byCodePoint(a.path, b.path));
  blobs.expect(files);
  const label = `${options.base}...${options.head ?? "working tree"}`;
  const trees = { ...optional("base", gitTree(root, from)), ...optional("head", gitTree(root, headCommit)) };
  return { mode: "diff", label, files, trees, close: () => blobs.close() };
}
function changedFile(e, blobs, disk) {
  return {
    path: e.path,
    ...e.oldPath !== void 0 ? { oldPath: e.oldPath } : {},
    status: e.status,
    ...e.oldMode === "160000" || e.newMode === "160000" ? { submodule: true } : {},
    ...e.status !== "added" ? { before: sideVersion(blobs, e.oldPath ?? e.path, e.oldMode, e.oldSha, void 0) } : {},
    ...e.status !== "deleted" ? { after: sideVersion(blobs, e.path, e.newMode, e.newSha, disk) } : {}
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function stagedChangeSet(root, options) {
  const from = hasHead(root) ? "HEAD" : EMPTY_TREE;
  const entries = parseRaw(git(root, ["-c", "core.quotepath=off", "diff", "--cached", "--raw", "-z", "--no-abbrev", "-M", "--no-ext-diff", from]));
  const blobs = new BlobReader(root, options.maxFileBytes);
  const files = entries.map((e) => changedFile(e, blobs, void 0));
  blobs.expect(files);
  return { mode: "diff", label: "staged", files, close: () => blobs.close() };
}
function linkContent(path, target) {
  const resolved = posix.normalize(posix.join(posix.dirname(path), target));
  if (posix.isAbsolute(target) || resolved === ".." || resolved.startsWith("../")) {
    return { kind: "unreadable", reason: "outside-repository", detail: "a symbolic link to a file outside the repository, not read", bytes: 0 };
  }
  return { kind: "unreadable", reason: "symlink", detail: `a symbolic link to ${resolved}, which is analyzed as its own file when it is in scope`, bytes: 0 };
}
var liveTempDirs = /* @__PURE__ */ new Set();
var exitHooked = false;
function removeTempDirs() {
  for (const dir of liveTempDirs) rmSync(dir, { recursive: true, force: true });
  liveTempDirs.clear();
}
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.once("exit", removeTempDirs);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, () => {
      removeTempDirs();
      process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    });
  }
}
var AHEAD_COUNT = 256;
var AHEAD_BYTES = 32 * 2 ** 20;
var BlobReader = class {
  constructor(root, maxFileBytes) {
    this.root = root;
    this.maxFileBytes = maxFileBytes;
    this.contents = new CatFile(root, "--batch");
  }
  root;
  maxFileBytes;
  contents;
  tempDir;
  info = /* @__PURE__ */ new Map();
  /** Small blobs in the order the pipeline is expected to read them, with how many reads each still has. */
  order = [];
  remaining = /* @__PURE__ */ new Map();
  position = /* @__PURE__ */ new Map();
  next = 0;
  inFlight = /* @__PURE__ */ new Map();
  inFlightBytes = 0;
  versions = /* @__PURE__ */ new Map();
  /** A blob; `linkPath` when the blob is a symbolic link at that path (its content is the link's target). */
  version(sha, linkPath) {
    const version = {
      read: async () => {
        const content = await this.read(sha);
        return linkPath !== void 0 && content.kind === "text" ? linkContent(linkPath, content.text) : content;
      }
    };
    this.versions.set(version, sha);
    return version;
  }
  /** Learns every blob's size in one call, and the order the pipeline reads them in (each file: after, then before). */
  expect(files) {
    const shas = [];
    for (const file of files) {
      for (const version of [file.after, file.before]) {
        const sha = version !== void 0 ? this.versions.get(version) : void 0;
        if (sha !== void 0) shas.push(sha);
      }
    }
    const unique = [...new Set(shas)];
    if (unique.length > 0) {
      const out = spawnSync2("git", ["cat-file", "--batch-check"], { cwd: this.root, input: `${unique.join("\n")}
`, encoding: "utf8", maxBuffer: 1 << 30 });
      for (const line of (out.stdout ?? "").split("\n")) {
        const [sha = "", type = "", size = ""] = line.split(" ");
        if (size !== "" && type !== "missing") this.info.set(sha, { type, size: Number(size) });
      }
    }
    for (const sha of shas) {
      const info = this.info.get(sha);
      if (info === void 0 || info.type !== "blob" || info.size > this.maxFileBytes) continue;
      if (!this.position.has(sha)) this.position.set(sha, this.order.length);
      this.order.push(sha);
      this.remaining.set(sha, (this.remaining.get(sha) ?? 0) + 1);
    }
  }
  async read(sha) {
    const missing = { kind: "unreadable", reason: "unreadable", detail: `object ${sha.slice(0, 12)} is not in the repository`, bytes: 0 };
    let info = this.info.get(sha);
    if (info === void 0) {
      const answer2 = await new CatFile(this.root, "--batch-check").once(sha);
      if (answer2 !== void 0) this.info.set(sha, info = { type: answer2.type, size: answer2.size });
    }
    if (info === void 0) return missing;
    if (info.type !== "blob") return { kind: "unreadable", reason: "unreadable", detail: `object ${sha.slice(0, 12)} is a ${info.type}, not a file`, bytes: 0 };
    if (info.size > this.maxFileBytes) return this.large(sha, info.size);
    let pending = this.inFlight.get(sha);
    if (pending === void 0) {
      pending = this.request(sha, info.size);
      this.readAhead(this.position.get(sha));
    }
    const answer = await pending;
    const left = (this.remaining.get(sha) ?? 1) - 1;
    this.remaining.set(sha, left);
    if (left <= 0 && this.inFlight.get(sha) === pending) {
      this.inFlight.delete(sha);
      this.inFlightBytes -= info.size;
    }
    this.readAhead(void 0);
    return answer?.body ? decodeBytes(answer.body) : missing;
  }
  request(sha, size) {
    const pending = this.contents.request(sha);
    this.inFlight.set(sha, pending);
    this.inFlightBytes += size;
    return pending;
  }
  /** Requests the next blobs of the expected order, up to the window. */
  readAhead(from) {
    if (from !== void 0 && from + 1 > this.next) this.next = from + 1;
    while (this.next < this.order.length && this.inFlight.size < AHEAD_COUNT && this.inFlightBytes < AHEAD_BYTES) {
      const sha = this.order[this.next++];
      if (this.inFlight.has(sha) || (this.remaining.get(sha) ?? 0) <= 0) continue;
      this.request(sha, this.info.get(sha).size);
    }
  }
  large(sha, size) {
    if (this.tempDir === void 0) {
      hookExit();
      this.tempDir = mkdtempSync(join2(tmpdir(), "prodguard-blob-"));
      liveTempDirs.add(this.tempDir);
    }
    const file = join2(this.tempDir, sha);
    if (!existsSync2(file)) {
      const fd = openSync(file, "w");
      try {
        const result = spawnSync2("git", ["cat-file", "blob", sha], { cwd: this.root, stdio: ["ignore", fd, "pipe"] });
        if (result.status !== 0) return { kind: "unreadable", reason: "unreadable", detail: `git could not read blob ${sha}`, bytes: size };
      } finally {
        closeSync(fd);
      }
    }
    return { kind: "large", bytes: size, chunks: () => decodeChunks(readChunks(file)) };
  }
  close() {
    this.contents.close();
    if (this.tempDir) {
      rmSync(this.tempDir, { recursive: true, force: true });
      liveTempDirs.delete(this.tempDir);
    }
  }
};
var CatFile = class {
  constructor(root, mode) {
    this.root = root;
    this.mode = mode;
  }
  root;
  mode;
  proc;
  /** Output not yet consumed, as received (concatenated only once an answer is complete: linear in the bytes). */
  chunks = [];
  buffered = 0;
  waiting = [];
  request(spec) {
    const proc = this.start();
    return new Promise((resolve2) => {
      this.waiting.push(resolve2);
      proc.stdin.write(`${spec}
`);
    });
  }
  /** One question, then the process ends. */
  async once(spec) {
    const answer = await this.request(spec);
    this.close();
    return answer;
  }
  start() {
    if (this.proc) return this.proc;
    const proc = spawn("git", ["cat-file", this.mode], { cwd: this.root });
    proc.stdout.on("data", (chunk) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.drain();
    });
    proc.stdin.on("error", () => this.failAll());
    proc.on("error", () => this.failAll());
    proc.on("close", () => this.failAll());
    this.proc = proc;
    return proc;
  }
  failAll() {
    while (this.waiting.length > 0) this.waiting.shift()(void 0);
  }
  drain() {
    for (; ; ) {
      if (this.buffered === 0) return;
      const first = this.chunks[0];
      let newline = first.indexOf(10);
      if (newline === -1) {
        if (this.chunks.length === 1) return;
        this.flatten();
        continue;
      }
      const header = first.subarray(0, newline).toString("utf8");
      const [sha = "", type = "", sizeText = ""] = header.split(" ");
      if (type === "missing" || type === "ambiguous" || sizeText === "") {
        this.consume(newline + 1);
        this.waiting.shift()?.(void 0);
        continue;
      }
      const size = Number(sizeText);
      if (this.mode === "--batch-check") {
        this.consume(newline + 1);
        this.waiting.shift()?.({ sha, type, size });
        continue;
      }
      const needed = newline + 1 + size + 1;
      if (this.buffered < needed) return;
      if (first.length < needed) {
        this.flatten();
        newline = this.chunks[0].indexOf(10);
      }
      const whole = this.chunks[0];
      const body = Buffer.from(whole.subarray(newline + 1, newline + 1 + size));
      this.consume(needed);
      this.waiting.shift()?.({ sha, type, size, body });
    }
  }
  flatten() {
    this.chunks = [Buffer.concat(this.chunks, this.buffered)];
  }
  consume(bytes) {
    const first = this.chunks[0];
    this.buffered -= bytes;
    if (bytes === first.length) this.chunks.shift();
    else this.chunks[0] = first.subarray(bytes);
  }
  close() {
    this.proc?.stdin.end();
    this.proc?.removeAllListeners("close");
    this.proc = void 0;
  }
};
function* readChunks(file) {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (; ; ) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) return;
      yield buffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

export {
  gitRoot,
  diffChangeSet,
  stagedChangeSet,
  fileVersion,
  checkChangeSet
};
