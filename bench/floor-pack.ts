// Pack floor: only pack an empty Word document with docx, as lkip build must.
import { Document, Packer, Paragraph } from "docx";

const doc = new Document({ sections: [{ children: [new Paragraph("")] }] });
await Packer.toBuffer(doc);
