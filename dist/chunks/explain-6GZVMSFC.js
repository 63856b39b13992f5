import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import{closest,didYouMean,parseCommand}from"./chunk-XKIIV2XE.js";import{ruleCatalog}from"./chunk-V4FJACZE.js";import"./chunk-VTIQ2JIK.js";import{CATEGORIES,EXIT,UsageError,byCodePoint}from"./chunk-5H5MCHXH.js";import"./chunk-ETRHNIRB.js";import"./chunk-UFUIRCKN.js";var EXPLAIN_FLAGS={format:{type:"string",short:"f"},help:{type:"boolean",short:"h"}};function runExplain(argv,io){let{values,positionals}=parseCommand("explain",argv,{},!0,EXPLAIN_FLAGS),format=values.format??"text";if(format!=="text"&&format!=="json")throw new UsageError(`explain: --format ${format}: expected text or json`,didYouMean(format,["text","json"],f=>`--format ${f}`));let catalog=ruleCatalog(),all=catalog.all().sort((a,b)=>byCodePoint(a.id,b.id)),rules=positionals.length===0?all:positionals.flatMap(name=>resolveName(name,all)),unique=[...new Map(rules.map(r=>[r.id,r])).values()];if(format==="json"){let entries=unique.map(r=>({...r,...positionals.length>0?{page:catalog.doc(r.id)??""}:{}}));return io.stdout(`${JSON.stringify(positionals.length===1&&!isCategoryName(positionals[0])?entries[0]:entries,null,2)}
`),EXIT.ok}if(positionals.length===0){let width=Math.max(...all.map(r=>r.id.length));return io.stdout(all.map(r=>`${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.title}`).join(`
`)+`
`),EXIT.ok}let pages=unique.map(r=>{let doc=catalog.doc(r.id)??`# ${r.id}

${r.title}

${r.hint}
`;return doc.endsWith(`
`)?doc:`${doc}
`});return io.stdout(pages.join(`
---

`)),EXIT.ok}function byShortNameNear(name,all){let short=name.split("/").pop()??name,near=closest(short,[...new Set(all.map(r=>r.id.split("/")[1]))]),ids=all.filter(r=>near.includes(r.id.split("/")[1])).map(r=>`\`${r.id}\``);return ids.length===0?void 0:`did you mean ${ids.slice(0,3).join(" or ")}?`}function isCategoryName(name){return CATEGORIES.includes(name.replace(/\/$/,""))}function resolveName(name,all){let exact=all.find(r=>r.id===name);if(exact)return[exact];if(isCategoryName(name)){let category=name.replace(/\/$/,"");return all.filter(r=>r.category===category)}let ids=all.map(r=>r.id),byShortName=all.filter(r=>r.id.split("/")[1]===name);if(byShortName.length===1)return byShortName;let suggestion=didYouMean(name,name.includes("/")?ids:[...ids,...CATEGORIES])??(byShortName.length>1?`did you mean ${byShortName.map(r=>`\`${r.id}\``).join(" or ")}?`:void 0)??byShortNameNear(name,all)??"run `prodguard explain` for the list of rules";throw new UsageError(`explain: unknown rule or category "${name}"`,suggestion)}export{runExplain};
