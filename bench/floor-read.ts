// Read floor: only load the workbook with exceljs — the yardstick of issue 14 (lkip itself reads with src/workbook/xlsx/).
import ExcelJS from "exceljs";

const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(process.argv[2]!);
