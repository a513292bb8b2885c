import { splitRefItems } from "@/lib/parser/references";
console.log(splitRefItems(["REF: A) DUBAI 4630   B) DUBAI 4361  C) DUBAI 5013  D) DUBAI 3286  E) DU", "I 4719 AND PREVIOUS  F) DUBAI 2849  G) DUBAI 49  H) DUBAI 1466"]));
