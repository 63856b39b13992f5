import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);
import {
  loadBaseline,
  runScanCommand
} from "./chunk-3KO7AHRT.js";
import "./chunk-3N6O4A4T.js";
import "./chunk-44CFTCSL.js";
import "./chunk-JCPQNDZ4.js";
import "./chunk-LXTXKPW6.js";
import "./chunk-JQURCPEH.js";
import "./chunk-KIOD3GEP.js";
import "./chunk-4N7P76FI.js";
import "./chunk-AUHH7KO2.js";
export {
  loadBaseline,
  runScanCommand
};
