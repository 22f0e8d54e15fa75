// Read floor: only load the workbook with exceljs, as every lkip command must.
import ExcelJS from "exceljs";

const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[2]!);
