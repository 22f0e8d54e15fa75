// Messages about writing output files.
export const targetIsFolder = (path: string) => `${path} adalah folder; berikan nama berkas keluaran`;
export const folderMissing = (path: string) => `folder ${path} tidak ada`;
export const notAFile = (path: string) => `${path} sudah ada dan bukan berkas biasa; pilih nama lain`;
export const cannotWrite = (path: string, reason: string) => `tidak dapat menulis ${path}: ${reason}`;
export const reasonPermission = "tidak ada izin menulis di lokasi itu";
export const reasonBusy = "berkas sedang dibuka atau dikunci program lain (tutup dulu di Word/Excel)";
export const reasonNoSpace = "ruang disk penuh";
export const reasonIsFolder = "tujuan adalah folder";
export const notAFolder = "sudah ada dan bukan folder";
export const reasonNoFolder = "folder tujuan tidak ada";
export const sameAsInput = (path: string) => `berkas keluaran ${path} adalah workbook masukan; workbook masukan tidak pernah ditimpa`;
export const wrongExtension = (path: string, ext: string) => `berkas keluaran ${path} harus berakhiran ${ext}`;
export const foreignExists = (path: string, rename: string) =>
  `${path} sudah ada dan bukan buatan lkip; gunakan --force untuk menimpanya, atau ${rename} dengan nama lain`;
export const exists = (path: string) => `${path} sudah ada; gunakan --force untuk menimpanya`;
export const interrupted = (signal: string) => `dihentikan (${signal}); berkas sementara dihapus, tidak ada keluaran setengah jadi`;
