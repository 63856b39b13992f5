/** The languages migrations are written in: how to lex each, and how its calls look. */
import type { Syntax } from './calls.js'
import { lexCSharp } from './lexers/csharp.js'
import { lexElixir } from './lexers/elixir.js'
import { lexGo } from './lexers/go.js'
import { lexJavaScript } from './lexers/javascript.js'
import { lexPhp } from './lexers/php.js'
import { lexPython } from './lexers/python.js'
import { lexRuby } from './lexers/ruby.js'
import type { TokenStream } from './lexers/token.js'

export interface Language {
  name: string
  lex(text: string): TokenStream
  syntax: Syntax
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w !== ''))

export const ruby: Language = {
  name: 'ruby',
  lex: lexRuby,
  syntax: {
    memberOps: new Set(['.', '&.', '::']),
    parenless: true,
    keywords: words('def class module end do if unless while until case when begin rescue ensure else elsif then return yield nil true false and or not alias undef in for self'),
    namedArgs: 'colon',
    concatenation: new Set(['+']),
    adjacentLiterals: true,
    typeArguments: false,
    trailingBlocks: 'do-or-brace'
  }
}

export const python: Language = {
  name: 'python',
  lex: lexPython,
  syntax: {
    memberOps: new Set(['.']),
    parenless: false,
    keywords: words('def class if elif else for while return with as import from in not and or is lambda pass yield try except finally raise del global nonlocal assert async await True False None print'),
    namedArgs: 'equals',
    concatenation: new Set(['+']),
    adjacentLiterals: true,
    typeArguments: false,
    trailingBlocks: 'none'
  }
}

export const javascript: Language = {
  name: 'javascript',
  lex: lexJavaScript,
  syntax: {
    memberOps: new Set(['.', '?.']),
    parenless: false,
    keywords: words('if for while switch catch function return typeof instanceof void delete throw case do else in of let const var class extends import export default async await yield new super constructor'),
    namedArgs: 'none',
    concatenation: new Set(['+']),
    adjacentLiterals: false,
    typeArguments: true,
    trailingBlocks: 'none',
    taggedTemplates: true
  }
}

export const csharp: Language = {
  name: 'csharp',
  lex: lexCSharp,
  syntax: {
    memberOps: new Set(['.', '?.']),
    parenless: false,
    keywords: words('if for foreach while switch catch using return typeof nameof sizeof new lock fixed checked unchecked default base this when'),
    namedArgs: 'colon',
    concatenation: new Set(['+']),
    adjacentLiterals: false,
    typeArguments: true,
    trailingBlocks: 'none'
  }
}

export const php: Language = {
  name: 'php',
  lex: lexPhp,
  syntax: {
    memberOps: new Set(['->', '?->', '::']),
    parenless: false,
    keywords: words('if elseif foreach for while switch catch function fn return isset empty unset list echo print new include require include_once require_once match use class extends implements'),
    namedArgs: 'colon',
    concatenation: new Set(['.']),
    adjacentLiterals: false,
    typeArguments: false,
    trailingBlocks: 'none'
  }
}

export const elixir: Language = {
  name: 'elixir',
  lex: lexElixir,
  syntax: {
    memberOps: new Set(['.']),
    parenless: true,
    keywords: words('def defp defmodule defmacro defmacrop do end fn if unless case cond with for receive try catch rescue after else and or not in when use import alias require quote unquote true false nil'),
    namedArgs: 'colon',
    concatenation: new Set(['<>']),
    adjacentLiterals: false,
    typeArguments: false,
    trailingBlocks: 'do',
    pipe: '|>'
  }
}

export const go: Language = {
  name: 'go',
  lex: lexGo,
  syntax: {
    memberOps: new Set(['.']),
    parenless: false,
    keywords: words('func if for switch return go defer select case range type struct interface map chan var const package import else'),
    namedArgs: 'none',
    concatenation: new Set(['+']),
    adjacentLiterals: false,
    typeArguments: false,
    trailingBlocks: 'none'
  }
}

/** Java and Kotlin (Flyway Java migrations) lex like C#: the same quotes, text blocks and comments. */
export const java: Language = {
  name: 'java',
  lex: lexCSharp,
  syntax: {
    memberOps: new Set(['.', '?.']),
    parenless: false,
    keywords: words('if for while switch catch return new throw synchronized try else case default class interface extends implements import package fun val var when'),
    namedArgs: 'none',
    concatenation: new Set(['+']),
    adjacentLiterals: false,
    typeArguments: true,
    trailingBlocks: 'none'
  }
}
