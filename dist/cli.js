#!/usr/bin/env node
import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  EXIT,
  PUBLIC_REGISTRIES,
  RegistryClient,
  UsageError,
  VERSION_SERVICE,
  analyzers,
  bundledKnowledge,
  byCodePoint,
  createVersionSource,
  decide,
  decidingFindings,
  decodeBytes,
  decodeChunks,
  describeError,
  evidenceLines,
  exitMeaning,
  findPackageFile,
  loadConfig,
  lookupNpm,
  lookupPypi,
  npmConfig,
  oneLine,
  packageVersion,
  renderGithub,
  renderJson,
  renderMarkdown,
  renderSarif,
  ruleCatalog,
  scan,
  statsText,
  tally,
  tallyText
} from "./chunks/chunk-WCXOZBNS.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-AUHH7KO2.js";

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

// src/cli/main.ts
import { dirname as dirname2, relative as relative2, resolve as resolve3 } from "node:path";
import { existsSync as existsSync3, statSync as statSync2 } from "node:fs";

// src/sources/files.ts
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join as join2, relative, resolve, sep } from "node:path";
import { spawnSync as spawnSync2 } from "node:child_process";

// src/sources/git.ts
import { spawn, spawnSync } from "node:child_process";
import { openSync, closeSync, readSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
function git(cwd, args, input) {
  const result = spawnSync("git", args, { cwd, encoding: "utf8", input, maxBuffer: 1 << 30 });
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
  const result = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8" });
  if (result.error || result.status !== 0) return void 0;
  return result.stdout.trim();
}
function resolveCommit(root, ref, flag) {
  const result = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new UsageError(`${flag} ${ref}: not a commit in this repository`, "fetch the ref first (e.g. `git fetch origin main`) or check its name");
  return result.stdout.trim();
}
function hasHead(root) {
  return spawnSync("git", ["rev-parse", "--verify", "--quiet", "HEAD"], { cwd: root }).status === 0;
}
function parseNameStatus(out) {
  const parts = out.split("\0");
  const result = [];
  for (let i = 0; i < parts.length - 1; ) {
    const code = parts[i++];
    const letter = code[0];
    if (letter === "R") {
      const oldPath = parts[i++];
      const path = parts[i++];
      result.push({ status: "renamed", path, oldPath });
    } else if (letter === "C") {
      i++;
      result.push({ status: "added", path: parts[i++] });
    } else {
      const path = parts[i++];
      result.push({ status: letter === "A" ? "added" : letter === "D" ? "deleted" : "modified", path });
    }
  }
  return result;
}
function diffChangeSet(root, options) {
  const headCommit = options.head !== void 0 ? resolveCommit(root, options.head, "--head") : void 0;
  const baseCommit = resolveCommit(root, options.base, "--base");
  const mergeBase = spawnSync("git", ["merge-base", baseCommit, headCommit ?? "HEAD"], { cwd: root, encoding: "utf8" });
  const from = mergeBase.status === 0 ? mergeBase.stdout.trim() : baseCommit;
  const blobs = new BlobReader(root, options.maxFileBytes);
  const args = ["-c", "core.quotepath=off", "diff", "--name-status", "-z", "-M", "--no-ext-diff", "--ignore-submodules", from];
  if (headCommit !== void 0) args.push(headCommit);
  const entries = parseNameStatus(git(root, args));
  const files = entries.map((e) => ({
    path: e.path,
    ...e.oldPath !== void 0 ? { oldPath: e.oldPath } : {},
    status: e.status,
    ...e.status !== "added" ? { before: blobs.version(`${from}:${e.oldPath ?? e.path}`) } : {},
    ...e.status !== "deleted" ? { after: headCommit !== void 0 ? blobs.version(`${headCommit}:${e.path}`) : fileVersion(join(root, e.path), options.maxFileBytes) } : {}
  }));
  if (headCommit === void 0) {
    for (const path of git(root, ["-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard", "-z"]).split("\0")) {
      if (path !== "") files.push({ path, status: "added", after: fileVersion(join(root, path), options.maxFileBytes) });
    }
  }
  const label = `${options.base}...${options.head ?? "working tree"}`;
  return { mode: "diff", label, files: files.sort((a, b) => byCodePoint(a.path, b.path)), close: () => blobs.close() };
}
function stagedChangeSet(root, options) {
  const from = hasHead(root) ? "HEAD" : EMPTY_TREE;
  const blobs = new BlobReader(root, options.maxFileBytes);
  const entries = parseNameStatus(git(root, ["-c", "core.quotepath=off", "diff", "--cached", "--name-status", "-z", "-M", "--no-ext-diff", "--ignore-submodules", from]));
  const files = entries.map((e) => ({
    path: e.path,
    ...e.oldPath !== void 0 ? { oldPath: e.oldPath } : {},
    status: e.status,
    ...e.status !== "added" ? { before: blobs.version(`${from}:${e.oldPath ?? e.path}`) } : {},
    ...e.status !== "deleted" ? { after: blobs.version(`:${e.path}`) } : {}
  }));
  return { mode: "diff", label: "staged", files, close: () => blobs.close() };
}
var BlobReader = class {
  constructor(root, maxFileBytes) {
    this.root = root;
    this.maxFileBytes = maxFileBytes;
    this.check = new CatFile(root, "--batch-check");
    this.contents = new CatFile(root, "--batch");
  }
  root;
  maxFileBytes;
  check;
  contents;
  queue = Promise.resolve();
  tempDir;
  version(spec) {
    return { read: () => this.read(spec) };
  }
  read(spec) {
    const next = this.queue.then(() => this.readOne(spec));
    this.queue = next.catch(() => void 0);
    return next;
  }
  async readOne(spec) {
    const missing = { kind: "unreadable", reason: "unreadable", detail: `${spec} is not in the repository`, bytes: 0 };
    const info = await this.check.request(spec);
    if (info === void 0) return missing;
    if (info.type !== "blob") return { kind: "unreadable", reason: "unreadable", detail: `${spec} is a ${info.type}, not a file`, bytes: 0 };
    if (info.size > this.maxFileBytes) return this.large(info.sha, info.size);
    const blob = await this.contents.request(info.sha);
    return blob?.body ? decodeBytes(blob.body) : missing;
  }
  large(sha, size) {
    this.tempDir ??= mkdtempSync(join(tmpdir(), "prodguard-blob-"));
    const file = join(this.tempDir, sha);
    const fd = openSync(file, "w");
    try {
      const result = spawnSync("git", ["cat-file", "blob", sha], { cwd: this.root, stdio: ["ignore", fd, "pipe"] });
      if (result.status !== 0) return { kind: "unreadable", reason: "unreadable", detail: `git could not read blob ${sha}`, bytes: size };
    } finally {
      closeSync(fd);
    }
    return { kind: "large", bytes: size, chunks: () => decodeChunks(readChunks(file)) };
  }
  close() {
    this.check.close();
    this.contents.close();
    if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true });
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
  buffer = Buffer.alloc(0);
  waiting = [];
  request(spec) {
    const proc = this.start();
    return new Promise((resolve4) => {
      this.waiting.push(resolve4);
      proc.stdin.write(`${spec}
`);
    });
  }
  start() {
    if (this.proc) return this.proc;
    const proc = spawn("git", ["cat-file", this.mode], { cwd: this.root });
    proc.stdout.on("data", (chunk) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
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
      const newline = this.buffer.indexOf(10);
      if (newline === -1) return;
      const header = this.buffer.subarray(0, newline).toString("utf8");
      const [sha = "", type = "", sizeText = ""] = header.split(" ");
      if (type === "missing" || type === "ambiguous" || sizeText === "") {
        this.buffer = this.buffer.subarray(newline + 1);
        this.waiting.shift()?.(void 0);
        continue;
      }
      const size = Number(sizeText);
      if (this.mode === "--batch-check") {
        this.buffer = this.buffer.subarray(newline + 1);
        this.waiting.shift()?.({ sha, type, size });
        continue;
      }
      if (this.buffer.length < newline + 1 + size + 1) return;
      const body = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size));
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
      this.waiting.shift()?.({ sha, type, size, body });
    }
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

// src/sources/files.ts
function fileVersion(absolute, maxFileBytes) {
  return {
    read: () => {
      let size;
      try {
        size = statSync(absolute).size;
      } catch (error) {
        return { kind: "unreadable", reason: "unreadable", detail: `cannot read the file (${error.code ?? "error"})`, bytes: 0 };
      }
      if (size > maxFileBytes) return { kind: "large", bytes: size, chunks: () => decodeChunks(readChunks(absolute)) };
      try {
        return decodeBytes(readFileSync(absolute));
      } catch (error) {
        return { kind: "unreadable", reason: "unreadable", detail: `cannot read the file (${error.code ?? "error"})`, bytes: 0 };
      }
    }
  };
}
var toPosix = (p) => sep === "/" ? p : p.split(sep).join("/");
function listFiles(root, cwd, targets, inGit) {
  const out = /* @__PURE__ */ new Set();
  for (const target of targets.length > 0 ? targets : ["."]) {
    const absolute = resolve(cwd, target);
    if (!existsSync(absolute)) throw new UsageError(`no such file or folder: ${target}`);
    const rel = toPosix(relative(root, absolute));
    if (rel.startsWith("..")) throw new UsageError(`${target} is outside the repository at ${root}`, "run prodguard from inside the repository you want to check");
    const stat = statSync(absolute);
    if (stat.isFile()) {
      out.add(rel);
    } else if (stat.isDirectory()) {
      for (const path of inGit ? gitListed(root, rel) : walk(root, rel)) out.add(path);
    }
  }
  return [...out].sort();
}
function gitListed(root, dir) {
  const run = (args) => {
    const result = spawnSync2("git", ["-c", "core.quotepath=off", ...args, "-z", "--", dir === "" ? "." : dir], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new UsageError(`git ls-files failed: ${result.stderr.trim()}`);
    return result.stdout.split("\0").filter((p) => p !== "");
  };
  const deleted = new Set(run(["ls-files", "--deleted"]));
  return run(["ls-files", "--cached", "--others", "--exclude-standard"]).filter((p) => !deleted.has(p) && isRegularFile(join2(root, p)));
}
function isRegularFile(path) {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
function walk(root, start) {
  const files = [];
  const stack = [{ dir: start, rules: [] }];
  while (stack.length > 0) {
    const { dir, rules: inherited } = stack.pop();
    const absoluteDir = join2(root, dir);
    const rules = [...inherited];
    const gitignore = join2(absoluteDir, ".gitignore");
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
      if (!isDir && !entry.isFile()) continue;
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
    files: paths.map((path) => ({ path, status: "current", after: fileVersion(join2(root, path), options.maxFileBytes) }))
  };
}

// src/cli/options.ts
import { parseArgs } from "node:util";

// src/reporters/report.ts
var REPORT_FORMATS = ["text", "json", "sarif", "github", "markdown"];

// src/cli/options.ts
var COMMON_FLAGS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" },
  color: { type: "boolean" },
  offline: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function parseCommand(command, argv, extra, allowPositionals) {
  try {
    const parsed = parseArgs({ args: argv, options: { ...COMMON_FLAGS, ...extra }, allowPositionals, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    const message = error.message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(`${command}: ${message}`, `see \`prodguard ${command} --help\``);
  }
}
function commonOptions(values) {
  const format = values["format"];
  if (format !== void 0 && !REPORT_FORMATS.includes(format)) {
    throw new UsageError(`--format ${format}: expected one of ${REPORT_FORMATS.join(", ")}`);
  }
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !["block", "warn", "never"].includes(failOn)) {
    throw new UsageError(`--fail-on ${failOn}: expected block, warn or never`);
  }
  return {
    format,
    output: values["output"],
    config: values["config"],
    failOn,
    quiet: values["quiet"] === true,
    color: values["no-color"] === true ? false : values["color"] === true ? true : void 0,
    offline: values["offline"] === true
  };
}

// src/cli/scan-command.ts
import { writeFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/reporters/text.ts
var sgr = (open, close) => (text) => text === "" ? text : `\x1B[${open}m${text}\x1B[${close}m`;
var COLORS = {
  block: sgr("1;31", "22;39"),
  warn: sgr("33", "39"),
  info: sgr("36", "39"),
  suppressed: sgr("2", "22"),
  file: sgr("4", "24"),
  rule: sgr("90", "39"),
  evidence: sgr("90", "39"),
  ok: sgr("32", "39")
};
var plain = (text) => text;
var NO_COLORS = { block: plain, warn: plain, info: plain, suppressed: plain, file: plain, rule: plain, evidence: plain, ok: plain };
function renderText(report, ctx) {
  const paint = ctx.color ? COLORS : NO_COLORS;
  const where = ctx.label === "" ? "" : ` (${oneLine(ctx.label)})`;
  if (report.findings.length === 0) {
    return `${paint.ok("\u2714")} No findings: ${statsText(report.stats)}${where}.
`;
  }
  const shown = ctx.quiet ? decidingFindings(report) : report.findings;
  const out = [];
  for (const [file, findings] of groupByFile(shown)) {
    out.push(paint.file(oneLine(file)));
    const positions = findings.map(position);
    const badges = findings.map(badge);
    const posWidth = positions.reduce((width, p) => Math.max(width, p.length), 0);
    const badgeWidth = badges.reduce((width, b) => Math.max(width, b.length), 0);
    const indent = " ".repeat(2 + posWidth + 2 + badgeWidth + 2);
    findings.forEach((finding, i) => {
      const dim = finding.suppressed ? paint.suppressed : plain;
      const color = finding.suppressed ? plain : paint[finding.severity];
      const head = `  ${positions[i].padEnd(posWidth)}  ${color(badges[i].padEnd(badgeWidth))}  ${oneLine(finding.message)}  ${paint.rule(finding.ruleId)}`;
      out.push(dim(head));
      for (const line of evidenceLines(finding.evidence)) out.push(dim(`${indent}${paint.evidence(`\u2502 ${line}`)}`));
      if (finding.suppressed) {
        const added = finding.suppressed.addedInChange ? " (added by this change: in a pull request it still needs an approval)" : "";
        out.push(dim(`${indent}suppressed on line ${finding.suppressed.line}: ${oneLine(finding.suppressed.reason)}${added}`));
      } else if (finding.hint.trim() !== "") {
        out.push(`${indent}hint: ${oneLine(finding.hint)}`);
      }
    });
    out.push("");
  }
  const counts = tally(report.findings);
  const mark = report.decision === "blocked" ? paint.block("\u2716") : paint.ok("\u2714");
  out.push(`${mark} ${tallyText(counts)} \u2014 ${statsText(report.stats)}${where}`);
  out.push(exitMeaning(report));
  return `${out.join("\n")}
`;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}
function position(finding) {
  return finding.column !== void 0 ? `${finding.line}:${finding.column}` : `${finding.line}`;
}
function badge(finding) {
  return finding.suppressed ? "suppressed" : finding.severity;
}

// src/reporters/index.ts
var REPORTERS = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  // The CLI prints the whole page; the Action calls renderMarkdown with GitHub's size limits.
  markdown: (report, ctx) => renderMarkdown(report, ctx)
};
function reporterFor(format) {
  return REPORTERS[format];
}

// src/cli/scan-command.ts
async function runScanCommand(command) {
  const { io: io2, common } = command;
  const config = await loadConfig(command.root, common.config);
  const settings = {
    ...config.settings,
    offline: common.offline || config.settings.offline,
    failOn: common.failOn ?? config.settings.failOn
  };
  const changeSet = command.buildChangeSet(settings);
  let findings;
  let stats;
  try {
    const result = await scan(changeSet, {
      settings,
      knowledge: bundledKnowledge(),
      catalog: ruleCatalog(),
      analyzers: analyzers(),
      now: nowFrom(io2.env),
      services: { [VERSION_SERVICE]: createVersionSource({ offline: settings.offline, cwd: command.root, env: io2.env }) },
      ...command.mode ? { mode: command.mode } : {}
    });
    findings = result.findings;
    stats = result.stats;
  } finally {
    changeSet.close?.();
  }
  const report = {
    schemaVersion: 1,
    tool: { name: "prodguard", version: packageVersion() },
    decision: decide(findings, settings.failOn),
    findings,
    stats
  };
  const format = common.format ?? "text";
  const catalog = ruleCatalog();
  const ruleIds = new Set(findings.map((f) => f.ruleId));
  const text = reporterFor(format)(report, {
    rules: catalog.all().filter((r) => ruleIds.has(r.id)),
    label: changeSet.label,
    color: format === "text" && common.output === void 0 && useColor(common, io2),
    quiet: common.quiet
  });
  if (common.output !== void 0) {
    try {
      writeFileSync(resolve2(io2.cwd, common.output), text);
    } catch (error) {
      throw new UsageError(`--output ${common.output}: cannot write (${error.code ?? "error"})`);
    }
  } else {
    io2.stdout(text);
  }
  return report.decision === "blocked" ? EXIT.blocked : EXIT.ok;
}
function useColor(common, io2) {
  if (common.color !== void 0) return common.color;
  if (io2.env["NO_COLOR"] !== void 0 && io2.env["NO_COLOR"] !== "") return false;
  if (io2.env["FORCE_COLOR"] !== void 0 && io2.env["FORCE_COLOR"] !== "0") return true;
  return io2.isTTY;
}
function nowFrom(env) {
  const pinned = env["PRODGUARD_NOW"];
  if (pinned === void 0 || pinned === "") return /* @__PURE__ */ new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new UsageError(`PRODGUARD_NOW=${pinned}: not a date (expected e.g. 2026-01-31)`);
  return date;
}

// src/cli/explain.ts
function runExplain(argv, io2) {
  const catalog = ruleCatalog();
  const id = argv.find((a) => !a.startsWith("-"));
  if (id === void 0) {
    const rules = catalog.all().sort((a, b) => byCodePoint(a.id, b.id));
    const width = Math.max(...rules.map((r) => r.id.length));
    io2.stdout(rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.title}`).join("\n") + "\n");
    return EXIT.ok;
  }
  const doc = catalog.doc(id);
  if (doc === void 0) {
    const near = catalog.all().map((r) => r.id).filter((r) => r.includes(id) || id.includes(r.split("/")[1] ?? "\0")).slice(0, 5);
    throw new UsageError(`explain: unknown rule "${id}"`, near.length > 0 ? `did you mean ${near.join(", ")}?` : "run `prodguard explain` for the list");
  }
  io2.stdout(doc.endsWith("\n") ? doc : `${doc}
`);
  return EXIT.ok;
}

// src/cli/init.ts
import { existsSync as existsSync2, mkdirSync, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname, join as join3 } from "node:path";

// src/action/workflow-template.ts
var RECOMMENDED_WORKFLOW = `# prodguard keeps the \`prodguard\` status red while a pull request carries a risky change (destructive SQL,
# an exposed database, a destructive infrastructure change, a dev-to-prod leak, a secret, an end-of-life
# dependency), until an authorized reviewer approves the pull request's exact head commit.
# Make \`prodguard\` a required status check of the protected branch (or ruleset) so that red means "cannot merge".
name: prodguard

on:
  # Runs the workflow and reads .prodguard.yml from the base branch: a pull request cannot weaken its own gate.
  pull_request_target:
    types: [opened, synchronize, reopened, ready_for_review, edited]
  # An approval, a "changes requested" or a dismissed review re-evaluates the gate.
  pull_request_review:
    types: [submitted, dismissed]
  # The merge queue checks the merged result again.
  merge_group:
    types: [checks_requested]
  # Re-evaluate one pull request by hand (e.g. after a review on a fork's pull request).
  workflow_dispatch:
    inputs:
      pull-request:
        description: Number of the pull request to re-evaluate
        required: true
        type: number

# Nothing by default; the job below asks for exactly what it uses.
permissions: {}

concurrency:
  group: prodguard-\${{ github.event.pull_request.number || github.event.merge_group.head_ref || inputs.pull-request }}
  cancel-in-progress: true

jobs:
  prodguard:
    runs-on: ubuntu-latest
    permissions:
      contents: read        # the change and the base branch's .prodguard.yml, read through the API
      pull-requests: write  # the sticky comment, reviews, review requests
      statuses: write       # the \`prodguard\` commit status that branch protection requires
    steps:
      # No actions/checkout: prodguard reads the pull request as data through the API and never runs it.
      - uses: prodguard/prodguard@v1
        with:
          status-context: prodguard
`;

// src/cli/init.ts
var CONFIG_TEMPLATE = `# prodguard configuration. Every key is optional: with no file at all prodguard runs with these defaults.
# Schema: https://raw.githubusercontent.com/prodguard/prodguard/main/schema/prodguard.schema.json
# In a pull request this file is read from the base branch; a change that loosens it is itself a blocking finding.
version: 1

# Which findings fail the run: block (default), warn, never.
failOn: block

# Severity per rule id or per category: block | warn | info | off.
# rules:
#   destructive-sql/drop-object: block
#   outdated-dependency: warn

# Paths never scanned, on top of .gitignore.
# ignore:
#   - "vendor/**"
#   - "**/testdata/**"

# Tell prodguard what a file is, beyond the built-in path patterns.
# paths:
#   migrations: ["db/changes/**"]
#   production: ["deploy/live/**"]
#   nonProduction: ["deploy/sandbox/**"]

# sql:
#   dialect: auto            # postgresql | mysql | mariadb | sqlite | tsql | bigquery | snowflake | ...
#   downMigrations: warn     # destructive statements in down/rollback sections

# Who may approve blocking findings in a pull request (the author never can).
approvals:
  required: 1
  # users: [alice, bob]
  # teams: [platform-team]   # needs a token that can read team membership; default: anyone with write access

# dependencies:
#   majorsBehind: { block: 2, warn: 1 }
#   eol: block
#   eolWarnDays: 90

# offline: false            # true: never use the network (dependency checks use the bundled snapshot)
`;
function runInit(argv, io2) {
  const { values } = parseCommand("init", argv, { force: { type: "boolean" } }, false);
  const root = gitRoot(io2.cwd) ?? io2.cwd;
  const force = values["force"] === true;
  const targets = [
    { path: ".prodguard.yml", text: CONFIG_TEMPLATE },
    { path: ".github/workflows/prodguard.yml", text: RECOMMENDED_WORKFLOW }
  ];
  const existing = targets.filter((t) => existsSync2(join3(root, t.path)));
  if (existing.length > 0 && !force) {
    throw new UsageError(`init: ${existing.map((t) => t.path).join(" and ")} already exist${existing.length === 1 ? "s" : ""}`, "use --force to overwrite");
  }
  for (const target of targets) {
    const file = join3(root, target.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync2(file, target.text);
    io2.stdout(`wrote ${target.path}
`);
  }
  io2.stdout('Next: commit both files, then make the "prodguard" status a required check of your default branch (see README, "GitHub Action").\n');
  return EXIT.ok;
}

// src/cli/data-refresh.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { join as join4 } from "node:path";
var USAGE = `usage: prodguard data refresh [--only eol|versions] [--products a,b] [--eol-api URL] [--npm-registry URL]
                              [--pypi URL] [--out DIR] [--timeout MS] [--concurrency N]

Updates rules/outdated-dependency/eol.json from endoflife.date and the npm and PyPI entries of
rules/outdated-dependency/latest-versions.json from the registries (npm honours .npmrc).`;
function parseArgs2(argv) {
  const o = { eolApi: "https://endoflife.date/api/v1", pypi: PUBLIC_REGISTRIES.pypi, out: findPackageFile("rules/outdated-dependency"), timeoutMs: 15e3, concurrency: 6 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--only": {
        const v = value();
        if (v !== "eol" && v !== "versions") return `--only takes eol or versions, not ${v ?? "nothing"}`;
        o.only = v;
        break;
      }
      case "--products":
        o.products = (value() ?? "").split(",").map((p) => p.trim()).filter(Boolean);
        break;
      case "--eol-api":
        o.eolApi = (value() ?? "").replace(/\/$/, "");
        break;
      case "--npm-registry":
        o.npmRegistry = value();
        break;
      case "--pypi":
        o.pypi = `${(value() ?? "").replace(/\/$/, "")}/`;
        break;
      case "--out":
        o.out = value() ?? "";
        break;
      case "--timeout":
        o.timeoutMs = Number(value());
        break;
      case "--concurrency":
        o.concurrency = Number(value());
        break;
      default:
        return `unknown option ${arg}`;
    }
  }
  if (!Number.isFinite(o.timeoutMs) || o.timeoutMs <= 0) return "--timeout takes a number of milliseconds";
  if (!Number.isInteger(o.concurrency) || o.concurrency < 1) return "--concurrency takes a positive integer";
  if (o.out === "") return "--out takes a folder";
  return o;
}
var obj = (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
var dateOrBool = (v) => typeof v === "string" ? v.slice(0, 10) : typeof v === "boolean" ? v : void 0;
function productFromV1(body) {
  const result = obj(obj(body)?.result);
  if (!result || !Array.isArray(result.releases)) return void 0;
  const releases = [];
  for (const raw of result.releases) {
    const r = obj(raw);
    if (!r || typeof r.name !== "string") continue;
    const release = { name: r.name, eol: typeof r.eolFrom === "string" ? r.eolFrom : r.isEol === true };
    if (typeof r.codename === "string") release.codename = r.codename;
    if (typeof r.label === "string" && r.label !== r.name) release.label = r.label;
    if (typeof r.releaseDate === "string") release.releaseDate = r.releaseDate;
    if (typeof r.ltsFrom === "string") release.lts = r.ltsFrom;
    else if (r.isLts === true) release.lts = true;
    if (typeof r.eoasFrom === "string") release.eoas = r.eoasFrom;
    else if (typeof r.isEoas === "boolean") release.eoas = r.isEoas;
    const latest = obj(r.latest);
    if (typeof latest?.name === "string") release.latest = latest.name;
    if (typeof latest?.date === "string") release.latestDate = latest.date;
    releases.push(release);
  }
  return { label: typeof result.label === "string" ? result.label : String(result.name ?? ""), ...typeof result.category === "string" ? { category: result.category } : {}, releases };
}
function productFromV0(body, label) {
  if (!Array.isArray(body)) return void 0;
  const releases = [];
  for (const raw of body) {
    const r = obj(raw);
    if (!r || typeof r.cycle !== "string" && typeof r.cycle !== "number") continue;
    const release = { name: String(r.cycle), eol: dateOrBool(r.eol) ?? false };
    if (typeof r.codename === "string") release.codename = r.codename;
    if (typeof r.releaseDate === "string") release.releaseDate = r.releaseDate;
    const lts = dateOrBool(r.lts);
    if (lts !== void 0 && lts !== false) release.lts = lts;
    const support = dateOrBool(r.support);
    if (support !== void 0) release.eoas = support;
    if (typeof r.latest === "string") release.latest = r.latest;
    if (typeof r.latestReleaseDate === "string") release.latestDate = r.latestReleaseDate;
    releases.push(release);
  }
  return { label, releases };
}
async function getJson(fetchImpl, url, timeoutMs) {
  for (let attempt = 0; ; attempt++) {
    const response = await fetchImpl(url, { headers: { accept: "application/json", "user-agent": "prodguard data refresh" }, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 429 && attempt < 2) {
      await new Promise((resolve4) => setTimeout(resolve4, 1e3 * (attempt + 1)));
      continue;
    }
    if (response.status !== 200) return { status: response.status };
    return { status: 200, body: await response.json() };
  }
}
async function inBatches(items, size, run) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await run(items[next++]);
    })
  );
}
async function writeJson(file, value, pretty) {
  const text = pretty ? `${JSON.stringify(value, null, 1)}
` : `${JSON.stringify(value).replace(/\},"/g, '},\n"')}
`;
  const temp = `${file}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}
async function refreshEol(o, io2, fetchImpl, today) {
  const file = join4(o.out, "eol.json");
  const snapshot = JSON.parse(readFileSync2(file, "utf8"));
  const products = o.products ?? Object.keys(snapshot.products);
  let failures = 0;
  await inBatches(products, o.concurrency, async (product) => {
    try {
      let fresh;
      const v1 = await getJson(fetchImpl, `${o.eolApi}/products/${encodeURIComponent(product)}`, o.timeoutMs);
      if (v1.status === 200) fresh = productFromV1(v1.body);
      if (fresh === void 0 && /\/v1$/.test(o.eolApi)) {
        const v0 = await getJson(fetchImpl, `${o.eolApi.replace(/\/v1$/, "")}/${encodeURIComponent(product)}.json`, o.timeoutMs);
        if (v0.status === 200) fresh = productFromV0(v0.body, snapshot.products[product]?.label ?? product);
      }
      if (fresh === void 0 || fresh.releases.length === 0) throw new Error(`no release data (HTTP ${v1.status})`);
      snapshot.products[product] = fresh;
    } catch (error) {
      failures++;
      io2.err(`eol: ${product}: kept the old data: ${error.message}`);
    }
  });
  if (failures < products.length) {
    snapshot.dataDate = today;
    snapshot.source = `endoflife.date API (${o.eolApi}), fetched ${today}, MIT licence`;
    await writeJson(file, snapshot, true);
  }
  io2.out(`eol.json: ${products.length - failures} of ${products.length} products refreshed`);
  return failures;
}
async function refreshVersions(o, io2, fetchImpl, today) {
  const file = join4(o.out, "latest-versions.json");
  const snapshot = JSON.parse(readFileSync2(file, "utf8"));
  const env = { ...io2.env ?? process.env, ...o.npmRegistry ? { npm_config_registry: o.npmRegistry } : {} };
  const npm = npmConfig(io2.cwd, env);
  const client = new RegistryClient({ fetch: fetchImpl, timeoutMs: o.timeoutMs, concurrency: o.concurrency, budget: Number.MAX_SAFE_INTEGER, hostFailures: 5 });
  let failures = 0;
  const refreshed = { npm: 0, pypi: 0 };
  const update = async (ecosystem, name) => {
    const found = ecosystem === "npm" ? await lookupNpm(client, npm, name) : await lookupPypi(client, o.pypi, name);
    if (found.status === "found") refreshed[ecosystem]++;
    if (found.status !== "found") {
      failures++;
      io2.err(`versions: ${ecosystem} ${name}: kept the old data: ${found.status === "unavailable" ? found.reason : "not found"}`);
      return;
    }
    const entry = { latest: found.info.latest };
    if (found.info.latestDate !== void 0) entry.released = found.info.latestDate.slice(0, 10);
    if (found.info.deprecated !== void 0) entry.deprecated = found.info.deprecated;
    snapshot.packages[ecosystem][name] = entry;
  };
  let total = 0;
  for (const ecosystem of ["npm", "pypi"]) {
    const names = Object.keys(snapshot.packages[ecosystem] ?? {});
    snapshot.packages[ecosystem] ??= {};
    total += names.length;
    await inBatches(names, o.concurrency, (name) => update(ecosystem, name));
  }
  if (failures < total) {
    snapshot.dataDate = today;
    if (refreshed.npm > 0) snapshot.sources.npm = `latest stable version and its release date from ${npm.registry}, fetched ${today}`;
    if (refreshed.pypi > 0) snapshot.sources.pypi = `latest stable version and its release date from ${o.pypi}, fetched ${today}`;
    await writeJson(file, snapshot, false);
  }
  io2.out(`latest-versions.json: ${total - failures} of ${total} packages refreshed (${client.requestsMade} requests)`);
  return failures;
}
async function runDataRefresh(argv, io2) {
  if (argv.includes("--help") || argv.includes("-h")) {
    io2.out(USAGE);
    return 0;
  }
  const options = parseArgs2(argv);
  if (typeof options === "string") {
    io2.err(`prodguard data refresh: ${options}
${USAGE}`);
    return 2;
  }
  const fetchImpl = io2.fetch ?? globalThis.fetch;
  const today = (io2.now?.() ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  let failures = 0;
  try {
    if (options.only !== "versions") failures += await refreshEol(options, io2, fetchImpl, today);
    if (options.only !== "eol") failures += await refreshVersions(options, io2, fetchImpl, today);
  } catch (error) {
    io2.err(`prodguard data refresh: ${error.message}`);
    return 1;
  }
  return failures === 0 ? 0 : 1;
}

// src/cli/main.ts
var USAGE2 = `prodguard \u2014 stops destructive, exposing and leaking changes before they merge

Usage:
  prodguard check [PATH...]                 scan files and folders as they are now (default: .)
  prodguard diff --base REF [--head REF]    scan only what changed between two refs (default head: working tree)
  prodguard diff --staged                   scan the staged change (pre-commit)
  prodguard plan FILE                       scan a Terraform plan (terraform show -json plan.out > FILE)
  prodguard explain [RULE_ID]               print a rule's documentation (no id: list the rules)
  prodguard init [--force]                  write a commented .prodguard.yml and .github/workflows/prodguard.yml
  prodguard data refresh                    update the bundled end-of-life and latest-version snapshots

Options:
  -f, --format text|json|sarif|github|markdown   output format (default: text)
  -o, --output FILE          write the report to FILE instead of stdout
  -c, --config FILE          configuration file (default: .prodguard.yml at the repository root)
      --fail-on block|warn|never   which findings fail the run (default: block)
  -q, --quiet                only blocking findings
      --no-color             no colors in text output (also NO_COLOR=1)
      --offline              never use the network
  -h, --help                 this help
  -v, --version              the version

Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage or configuration error, 3 internal error.
Docs: https://github.com/prodguard/prodguard#readme
`;
async function main(argv, io2) {
  const [command, ...rest] = argv;
  switch (command) {
    case void 0:
    case "-h":
    case "--help":
    case "help":
      io2.stdout(USAGE2);
      return command === void 0 ? EXIT.usage : EXIT.ok;
    case "-v":
    case "--version":
    case "version":
      io2.stdout(`${packageVersion()}
`);
      return EXIT.ok;
    case "check":
      return check(rest, io2);
    case "diff":
      return diff(rest, io2);
    case "plan":
      return plan(rest, io2);
    case "explain":
      return runExplain(rest, io2);
    case "init":
      return runInit(rest, io2);
    case "data":
      if (rest[0] !== "refresh") throw new UsageError(`unknown command "data ${rest[0] ?? ""}"`, "did you mean `prodguard data refresh`?");
      return runDataRefresh(rest.slice(1), { out: (line) => io2.stdout(`${line}
`), err: (line) => io2.stderr(`${line}
`), cwd: io2.cwd, env: io2.env });
    default:
      throw new UsageError(`unknown command "${command}"`, "run `prodguard --help` for the commands");
  }
}
function locate(cwd) {
  const top = gitRoot(cwd);
  return top !== void 0 ? { root: top, inGit: true } : { root: cwd, inGit: false };
}
async function check(argv, io2) {
  const { values, positionals } = parseCommand("check", argv, {}, true);
  if (values["help"]) return help(io2);
  const common = commonOptions(values);
  const { root, inGit } = locate(checkOrigin(io2.cwd, positionals));
  return runScanCommand({
    io: io2,
    common,
    root,
    buildChangeSet: (settings) => checkChangeSet(root, io2.cwd, positionals, { inGit, maxFileBytes: settings.limits.maxFileBytes })
  });
}
function checkOrigin(cwd, targets) {
  const first = targets[0];
  if (first === void 0) return cwd;
  const target = resolve3(cwd, first);
  if (!existsSync3(target)) return cwd;
  const folder = statSync2(target).isDirectory() ? target : dirname2(target);
  const fromCwd = relative2(cwd, folder);
  return fromCwd.startsWith("..") || fromCwd.startsWith("/") ? folder : cwd;
}
async function diff(argv, io2) {
  const { values, positionals } = parseCommand("diff", argv, { base: { type: "string" }, head: { type: "string" }, staged: { type: "boolean" } }, false);
  if (values["help"]) return help(io2);
  const common = commonOptions(values);
  if (positionals.length > 0) throw new UsageError(`diff: unexpected argument "${positionals[0]}"`);
  const staged = values["staged"] === true;
  const base = values["base"];
  const head = values["head"];
  if (staged && (base !== void 0 || head !== void 0)) throw new UsageError("diff: --staged cannot be combined with --base/--head");
  if (!staged && base === void 0) throw new UsageError("diff: give --base REF (and optionally --head REF), or --staged");
  const root = gitRoot(io2.cwd);
  if (root === void 0) throw new UsageError("diff: not inside a git repository", "run it from a git work tree, or use `prodguard check`");
  return runScanCommand({
    io: io2,
    common,
    root,
    buildChangeSet: (settings) => staged ? stagedChangeSet(root, { maxFileBytes: settings.limits.maxFileBytes }) : diffChangeSet(root, { base, ...head !== void 0 ? { head } : {}, maxFileBytes: settings.limits.maxFileBytes })
  });
}
async function plan(argv, io2) {
  const { values, positionals } = parseCommand("plan", argv, {}, true);
  if (values["help"]) return help(io2);
  const common = commonOptions(values);
  if (positionals.length !== 1) throw new UsageError("plan: give exactly one plan file", "terraform show -json plan.out > plan.json && prodguard plan plan.json");
  const file = resolve3(io2.cwd, positionals[0]);
  if (!existsSync3(file) || !statSync2(file).isFile()) throw new UsageError(`plan: no such file: ${positionals[0]}`);
  const { root } = locate(io2.cwd);
  const path = relative2(root, file).startsWith("..") ? relative2(dirname2(file), file) : relative2(root, file);
  return runScanCommand({
    io: io2,
    common,
    root,
    mode: "plan",
    buildChangeSet: (settings) => ({
      mode: "check",
      label: `plan ${positionals[0]}`,
      files: [{ path: path.split("\\").join("/"), status: "current", after: fileVersion(file, settings.limits.maxFileBytes) }]
    })
  });
}
function help(io2) {
  io2.stdout(USAGE2);
  return EXIT.ok;
}

// src/cli/io.ts
function processIO() {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true
  };
}

// src/cli.ts
var io = processIO();
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError) {
      io.stderr(`prodguard: ${error.message}
${error.suggestion ? `  ${error.suggestion}
` : ""}`);
      process.exitCode = error.exitCode;
      return;
    }
    io.stderr(`prodguard: internal error: ${describeError(error)}
  please report it at https://github.com/prodguard/prodguard/issues
`);
    if (process.env["PRODGUARD_DEBUG"] && error instanceof Error) io.stderr(`${error.stack}
`);
    process.exitCode = EXIT.internal;
  }
);
