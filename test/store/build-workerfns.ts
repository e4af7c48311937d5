// What the extraction workers run in the pool test: the fake loader's parse and the fake extractor.
export { parseArticle as parse, fakeExtract as extract } from "./build-fakes.js";
