import { writeFileSync } from "node:fs";
import { syntheticArticle } from "./lib/synthetic.ts";
const i = Number(process.argv[2]);
const a = syntheticArticle(i);
writeFileSync(`/work/scale/c1000/articles/${process.argv[3] ?? ""}${a.name}`, a.text);
console.log(a.name);
