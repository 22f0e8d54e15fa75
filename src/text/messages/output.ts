// Messages about writing output files.
export const targetIsFolder = (path: string) => `${path} adalah folder; berikan nama berkas keluaran`;
export const folderMissing = (path: string) => `folder ${path} tidak ada`;
export const cannotWrite = (path: string, reason: string) => `tidak dapat menulis ${path}: ${reason}`;
export const reasonPermission = "tidak ada izin menulis di lokasi itu";
export const reasonBusy = "berkas sedang dibuka atau dikunci program lain (tutup dulu di Word/Excel)";
export const reasonNoSpace = "ruang disk penuh";
export const reasonIsFolder = "tujuan adalah folder";
export const reasonNoFolder = "folder tujuan tidak ada";
export const sameAsInput = (path: string) => `berkas keluaran ${path} sama dengan workbook masukan; workbook masukan tidak pernah ditimpa`;
