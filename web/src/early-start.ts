// The page's first import: the word dictionary starts unpacking (off the script's thread, in the
// browser's gunzip stream) before the rest of the script initialises, so that both overlap.
import { unpackDictionary } from '../../server/src/engine/browser/dictionary-unpack';

void unpackDictionary();
