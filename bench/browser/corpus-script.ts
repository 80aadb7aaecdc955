// Bundled into the page-start script of the bench's app pages: the corpus generator, so the page
// makes the content itself instead of receiving 100,000 talks over the DevTools protocol.
import { generateCorpus } from '../corpus';

Object.assign(globalThis, { __benchGenerateCorpus: generateCorpus });
