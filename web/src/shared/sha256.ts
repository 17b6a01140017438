import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** SHA-256 of a text's UTF-8 bytes, in lowercase hex: how hub-draw/1 hashes every text. */
export const sha256Hex = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));
