/* eslint-disable */
// @ts-nocheck
// Generated from packs/pack.schema.json by scripts/build-pack-validator.ts: do not edit.
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://report-assembler.invalid/pack.schema.json","title":"报告类型定义 Report pack","description":"A report type, as data: what the standard workbook holds and how the report is laid out. Put \"$schema\": \"../pack.schema.json\" at the top of a pack.json for help in your editor.","type":"object","additionalProperties":false,"required":["id","title","version","defaultTitle","info","categories","metrics"],"properties":{"$schema":{"type":"string"},"id":{"description":"Lower-case letters, digits and -: the name used with --pack and written into the workbook.","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"title":{"description":"报告类型的名称","type":"string","pattern":"\\S"},"description":{"type":"string"},"version":{"description":"Raise it when the pack changes in a way a workbook must follow.","type":"integer","minimum":1},"defaultTitle":{"description":"Report title when the workbook gives no 报告标题; may hold placeholders such as {报告年度}.","type":"string","pattern":"\\S"},"noBreak":{"description":"Terms of the report's title that a line break may not split (besides the built-in 法治政府, 建设情况, …): the title breaks only between words, after the unit's name or before 关于.","type":"array","items":{"type":"string","pattern":"\\S"},"uniqueItems":true},"defaultLead":{"description":"The 导语 a new workbook starts with: the opening paragraph before 一、, in the placeholder language, ending 现将有关情况报告如下：; what only the unit can say as a 【请填写：…】 prompt.","type":"string","pattern":"\\S"},"calendarYear":{"description":"The figures cover the calendar year (1月1日 to 12月31日), as the national format of some reports requires: a 统计截止日期 other than 12月31日 is a warning.","type":"boolean"},"publishBy":{"description":"The day after the report year by which the report is published, as MM-DD: department for a department, government for a 人民政府 (the info row with role government says which). A 成文日期 after it is a note.","type":"object","additionalProperties":false,"required":["department"],"properties":{"department":{"type":"string","pattern":"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},"government":{"type":"string","pattern":"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}}},"template":{"description":"File name of the pack's Word template (a .docx), in the same folder as pack.json — a name, not a path. Without it a GB/T 9704 template is built from the pack.","type":"string","pattern":"\\S"},"info":{"description":"The rows of the 报告信息 sheet.","type":"array","minItems":1,"items":{"$ref":"#/definitions/infoField"}},"categories":{"description":"The report's parts, in order; a part without children has a sheet of its own.","type":"array","minItems":1,"items":{"$ref":"#/definitions/category"}},"metrics":{"type":"array","items":{"$ref":"#/definitions/metric"}},"rules":{"description":"Cross-field rules: sum(left) op sum(right) over metric codes.","type":"array","items":{"$ref":"#/definitions/rule"}},"tables":{"description":"Statutory tables: each is the form of one part's sheet, printed as a Word table right after the part's heading.","type":"array","items":{"$ref":"#/definitions/table"}}},"definitions":{"name":{"description":"A name tags can use: no spaces, no | . : , { } or quotes.","type":"string","pattern":"^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$"},"infoField":{"type":"object","additionalProperties":false,"required":["key","kind"],"properties":{"key":{"$ref":"#/definitions/name"},"role":{"description":"What the row is for: unitName, year and cutoffDate are required of every pack. reportType (报告类型) and a categoryHeading per part (its 小标题) are added when a pack does not declare them. blanksAreZero (是/否): 是 reads the blank cells of the pack's tables as 0. government (是/否): 是 means the report is a 人民政府's, not a department's (its deadline in publishBy).","enum":["unitName","year","cutoffDate","signDate","title","lead","seal","addressee","reportType","categoryHeading","blanksAreZero","government"]},"kind":{"description":"yesNo: a 是/否 answer, offered as a list in the workbook; inside {#…}…{/…} a condition that holds when the answer is 是.","enum":["text","year","date","yesNo"]},"required":{"type":"boolean"},"definition":{"type":"string"},"category":{"description":"For role categoryHeading: the id of the part whose heading the row holds.","type":"string"}}},"category":{"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"title":{"type":"string","pattern":"\\S"},"short":{"description":"The sheet's name (parts without children).","$ref":"#/definitions/name"},"minItems":{"type":"integer","minimum":0},"layout":{"enum":["inline","paragraphs","headed"]},"description":{"type":"string"},"children":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/category"}},"defaultItems":{"description":"What the blank workbook's 表述 column starts with: sentences in the placeholder language, each optional figure inside its own condition ({#名称}…{/名称}); what only the unit can say as a prompt 【请填写：…】.","type":"array","items":{"$ref":"#/definitions/defaultItem"}}}},"metric":{"type":"object","additionalProperties":false,"required":["code","name","kind","category","definition"],"properties":{"code":{"$ref":"#/definitions/name"},"name":{"$ref":"#/definitions/name"},"unit":{"type":"string"},"kind":{"enum":["count","amount","rate","date","text"]},"category":{"description":"id of the part whose sheet holds it","type":"string"},"definition":{"type":"string","pattern":"\\S"},"required":{"type":"boolean"},"range":{"description":"Advisory [min, max] in the metric's unit; outside it is a warning.","type":"array","minItems":2,"maxItems":2,"items":{"type":["number","null"]}},"formula":{"description":"A derived figure: metric codes or names with + − × ÷ (or + - * /), numbers and parentheses, e.g. \"SP03 ÷ (SP01 + SP02) × 100\". Computed when the cell is blank; a typed value that differs is an error.","type":"string","pattern":"\\S"},"zero":{"description":"\"drop\": in the workbook's texts, a clause that would state this figure as 0 leaves by itself (with a note at its cell).","enum":["drop"]},"zeroText":{"description":"Words that replace a clause stating this figure as 0, e.g. 全年未发生以本单位为被申请人的行政复议案件.","type":"string","pattern":"\\S"},"always":{"description":"A figure the report states every year, as the format requires (信息处理费): the clerk fills 0 for none; 不适用 is an error.","type":"boolean"},"headline":{"description":"A headline figure: its default sentence compares it with 上年同期 (同比), and the pack's headline figures are what a leader reads first.","type":"boolean"},"aliases":{"description":"Words reports use for the metric besides its name (受理各类案件 for 新收案件): a figure typed into a sentence right after them is compared with the metric's 数值.","type":"array","items":{"type":"string","pattern":"\\S"},"uniqueItems":true}}},"rule":{"type":"object","additionalProperties":false,"required":["id","left","op","right","message"],"properties":{"id":{"type":"string","pattern":"\\S"},"left":{"type":"array","minItems":1,"items":{"type":"string"}},"op":{"enum":["<=","<",">=",">","=="]},"right":{"type":"array","minItems":1,"items":{"type":"string"}},"message":{"type":"string","pattern":"\\S"}}},"defaultItem":{"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"type":"string","pattern":"\\S"},"heading":{"description":"For a part laid out as \"headed\": the item's 小标题.","type":"string"}}},"table":{"type":"object","additionalProperties":false,"required":["id","category","title","widths","cells"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"category":{"description":"id of the leaf part whose sheet is the form; the table prints right after its heading","type":"string"},"title":{"description":"What the pane and messages call the table (表三 收到和处理政府信息公开申请情况).","type":"string","pattern":"\\S"},"widths":{"description":"Printed width of each grid column in points, scaled to the type area; their count is the grid's width.","type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0}},"headerRows":{"description":"Rows at the top repeated on each page when the table breaks.","type":"integer","minimum":0},"fontSize":{"description":"Font size in points: 10.5 (五号) by default, 12 (小四).","type":"number","minimum":7,"maximum":16},"keepTogether":{"description":"Words a label may not be split inside when its column is narrow: labels are set in lines that break between words (商业/企业, 社会/公益/组织), the same in Word, WPS and LibreOffice.","type":"array","items":{"type":"string","minLength":2,"pattern":"^\\S+$"},"uniqueItems":true},"cells":{"description":"Every cell of the grid, merged cells once with their spans: a label (text), a data cell (metric) or a cell the form leaves empty (blank).","type":"array","minItems":1,"items":{"$ref":"#/definitions/tableCell"}},"relations":{"description":"Relations between data cells: sum(left) op sum(right) over metric codes; error or warning.","type":"array","items":{"$ref":"#/definitions/tableRelation"}},"oldLayouts":{"description":"Layouts the form had before, recognised by labels present and absent, so a clerk is told which format she has.","type":"array","items":{"$ref":"#/definitions/oldLayout"}},"carry":{"description":"What next-year carries from this year's table into next year's: each pair's 'from' figure becomes the 'to' cell (结转下年度 → 上年结转); every other data cell is emptied.","type":"array","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string"},"to":{"type":"string"}}}}}},"tableCell":{"type":"object","additionalProperties":false,"required":["row","col"],"properties":{"row":{"type":"integer","minimum":0},"col":{"type":"integer","minimum":0},"rowSpan":{"type":"integer","minimum":1},"colSpan":{"type":"integer","minimum":1},"text":{"type":"string","pattern":"\\S"},"metric":{"description":"The code of the metric the data cell holds.","type":"string"},"blank":{"const":true}},"description":"Exactly one of text (a printed label), metric (a data cell) or blank (a cell the form leaves empty)."},"tableRelation":{"type":"object","additionalProperties":false,"required":["id","left","op","right"],"properties":{"id":{"type":"string","pattern":"\\S"},"left":{"type":"array","minItems":1,"items":{"type":"string"}},"op":{"enum":["==","<=",">="]},"right":{"description":"An empty side is 0: [\"B2-01\"] == [] says the cell holds 0.","type":"array","items":{"type":"string"}},"severity":{"enum":["error","warning"]},"when":{"description":"Checked only when a 是/否 row of 报告信息 holds this answer (a blank row counts as 否): a unit without 规章制定权 has no 规章 to report.","type":"object","additionalProperties":false,"required":["info","is"],"properties":{"info":{"description":"The key of a 报告信息 row of kind yesNo.","type":"string"},"is":{"enum":["是","否"]}}}}},"oldLayout":{"type":"object","additionalProperties":false,"required":["name","present"],"properties":{"name":{"description":"How the clerk knows it: 2019年旧格式.","type":"string","pattern":"\\S"},"present":{"type":"array","minItems":1,"items":{"type":"string","pattern":"\\S"}},"absent":{"type":"array","items":{"type":"string","pattern":"\\S"}}}}}};
const schema20 = {"type":"object","additionalProperties":false,"required":["id","left","op","right","message"],"properties":{"id":{"type":"string","pattern":"\\S"},"left":{"type":"array","minItems":1,"items":{"type":"string"}},"op":{"enum":["<=","<",">=",">","=="]},"right":{"type":"array","minItems":1,"items":{"type":"string"}},"message":{"type":"string","pattern":"\\S"}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern1 = new RegExp("\\S", "u");
const pattern5 = new RegExp("^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");
const schema12 = {"type":"object","additionalProperties":false,"required":["key","kind"],"properties":{"key":{"$ref":"#/definitions/name"},"role":{"description":"What the row is for: unitName, year and cutoffDate are required of every pack. reportType (报告类型) and a categoryHeading per part (its 小标题) are added when a pack does not declare them. blanksAreZero (是/否): 是 reads the blank cells of the pack's tables as 0. government (是/否): 是 means the report is a 人民政府's, not a department's (its deadline in publishBy).","enum":["unitName","year","cutoffDate","signDate","title","lead","seal","addressee","reportType","categoryHeading","blanksAreZero","government"]},"kind":{"description":"yesNo: a 是/否 answer, offered as a list in the workbook; inside {#…}…{/…} a condition that holds when the answer is 是.","enum":["text","year","date","yesNo"]},"required":{"type":"boolean"},"definition":{"type":"string"},"category":{"description":"For role categoryHeading: the id of the part whose heading the row holds.","type":"string"}}};
const schema13 = {"description":"A name tags can use: no spaces, no | . : , { } or quotes.","type":"string","pattern":"^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$"};
const pattern8 = new RegExp("^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "key") || (key0 === "role")) || (key0 === "kind")) || (key0 === "required")) || (key0 === "definition")) || (key0 === "category"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.key !== undefined){
let data0 = data.key;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err3 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$"},message:"must match pattern \""+"^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(!((((((((((((data1 === "unitName") || (data1 === "year")) || (data1 === "cutoffDate")) || (data1 === "signDate")) || (data1 === "title")) || (data1 === "lead")) || (data1 === "seal")) || (data1 === "addressee")) || (data1 === "reportType")) || (data1 === "categoryHeading")) || (data1 === "blanksAreZero")) || (data1 === "government"))){
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema12.properties.role.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(!((((data2 === "text") || (data2 === "year")) || (data2 === "date")) || (data2 === "yesNo"))){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema12.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err7 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.definition !== undefined){
if(typeof data.definition !== "string"){
const err8 = {instancePath:instancePath+"/definition",schemaPath:"#/properties/definition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.category !== undefined){
if(typeof data.category !== "string"){
const err9 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"title":{"type":"string","pattern":"\\S"},"short":{"description":"The sheet's name (parts without children).","$ref":"#/definitions/name"},"minItems":{"type":"integer","minimum":0},"layout":{"enum":["inline","paragraphs","headed"]},"description":{"type":"string"},"children":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/category"}},"defaultItems":{"description":"What the blank workbook's 表述 column starts with: sentences in the placeholder language, each optional figure inside its own condition ({#名称}…{/名称}); what only the unit can say as a prompt 【请填写：…】.","type":"array","items":{"$ref":"#/definitions/defaultItem"}}}};
const schema16 = {"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"type":"string","pattern":"\\S"},"heading":{"description":"For a part laid out as \"headed\": the item's 小标题.","type":"string"}}};
const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const wrapper0 = {validate: validate13};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "title")) || (key0 === "short")) || (key0 === "minItems")) || (key0 === "layout")) || (key0 === "description")) || (key0 === "children")) || (key0 === "defaultItems"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.short !== undefined){
let data2 = data.short;
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err7 = {instancePath:instancePath+"/short",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$"},message:"must match pattern \""+"^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/short",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.minItems !== undefined){
let data3 = data.minItems;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/minItems",schemaPath:"#/properties/minItems/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/minItems",schemaPath:"#/properties/minItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.layout !== undefined){
let data4 = data.layout;
if(!(((data4 === "inline") || (data4 === "paragraphs")) || (data4 === "headed"))){
const err11 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/enum",keyword:"enum",params:{allowedValues: schema14.properties.layout.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.children !== undefined){
let data6 = data.children;
if(Array.isArray(data6)){
if(data6.length < 1){
const err13 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data6[i0], {instancePath:instancePath+"/children/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/children",schemaPath:"#/properties/children/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.defaultItems !== undefined){
let data8 = data.defaultItems;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.text === undefined){
const err15 = {instancePath:instancePath+"/defaultItems/" + i1,schemaPath:"#/definitions/defaultItem/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data9){
if(!((key1 === "text") || (key1 === "heading"))){
const err16 = {instancePath:instancePath+"/defaultItems/" + i1,schemaPath:"#/definitions/defaultItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.text !== undefined){
let data10 = data9.text;
if(typeof data10 === "string"){
if(!pattern1.test(data10)){
const err17 = {instancePath:instancePath+"/defaultItems/" + i1+"/text",schemaPath:"#/definitions/defaultItem/properties/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/defaultItems/" + i1+"/text",schemaPath:"#/definitions/defaultItem/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.heading !== undefined){
if(typeof data9.heading !== "string"){
const err19 = {instancePath:instancePath+"/defaultItems/" + i1+"/heading",schemaPath:"#/definitions/defaultItem/properties/heading/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/defaultItems/" + i1,schemaPath:"#/definitions/defaultItem/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/defaultItems",schemaPath:"#/properties/defaultItems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","additionalProperties":false,"required":["code","name","kind","category","definition"],"properties":{"code":{"$ref":"#/definitions/name"},"name":{"$ref":"#/definitions/name"},"unit":{"type":"string"},"kind":{"enum":["count","amount","rate","date","text"]},"category":{"description":"id of the part whose sheet holds it","type":"string"},"definition":{"type":"string","pattern":"\\S"},"required":{"type":"boolean"},"range":{"description":"Advisory [min, max] in the metric's unit; outside it is a warning.","type":"array","minItems":2,"maxItems":2,"items":{"type":["number","null"]}},"formula":{"description":"A derived figure: metric codes or names with + − × ÷ (or + - * /), numbers and parentheses, e.g. \"SP03 ÷ (SP01 + SP02) × 100\". Computed when the cell is blank; a typed value that differs is an error.","type":"string","pattern":"\\S"},"zero":{"description":"\"drop\": in the workbook's texts, a clause that would state this figure as 0 leaves by itself (with a note at its cell).","enum":["drop"]},"zeroText":{"description":"Words that replace a clause stating this figure as 0, e.g. 全年未发生以本单位为被申请人的行政复议案件.","type":"string","pattern":"\\S"},"always":{"description":"A figure the report states every year, as the format requires (信息处理费): the clerk fills 0 for none; 不适用 is an error.","type":"boolean"},"headline":{"description":"A headline figure: its default sentence compares it with 上年同期 (同比), and the pack's headline figures are what a leader reads first.","type":"boolean"},"aliases":{"description":"Words reports use for the metric besides its name (受理各类案件 for 新收案件): a figure typed into a sentence right after them is compared with the metric's 数值.","type":"array","items":{"type":"string","pattern":"\\S"},"uniqueItems":true}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.category === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.definition === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "definition"},message:"must have required property '"+"definition"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema17.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err6 = {instancePath:instancePath+"/code",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$"},message:"must match pattern \""+"^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/code",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern8.test(data1)){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$"},message:"must match pattern \""+"^[^\\s|.:,{}\"'“”‘’｜：｛｝，．]+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.unit !== undefined){
if(typeof data.unit !== "string"){
const err10 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(!(((((data3 === "count") || (data3 === "amount")) || (data3 === "rate")) || (data3 === "date")) || (data3 === "text"))){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema17.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.category !== undefined){
if(typeof data.category !== "string"){
const err12 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.definition !== undefined){
let data5 = data.definition;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err13 = {instancePath:instancePath+"/definition",schemaPath:"#/properties/definition/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/definition",schemaPath:"#/properties/definition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err15 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.range !== undefined){
let data7 = data.range;
if(Array.isArray(data7)){
if(data7.length > 2){
const err16 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data7.length < 2){
const err17 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
const err18 = {instancePath:instancePath+"/range/" + i0,schemaPath:"#/properties/range/items/type",keyword:"type",params:{type: schema17.properties.range.items.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.formula !== undefined){
let data9 = data.formula;
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err20 = {instancePath:instancePath+"/formula",schemaPath:"#/properties/formula/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/formula",schemaPath:"#/properties/formula/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.zero !== undefined){
if(!(data.zero === "drop")){
const err22 = {instancePath:instancePath+"/zero",schemaPath:"#/properties/zero/enum",keyword:"enum",params:{allowedValues: schema17.properties.zero.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.zeroText !== undefined){
let data11 = data.zeroText;
if(typeof data11 === "string"){
if(!pattern1.test(data11)){
const err23 = {instancePath:instancePath+"/zeroText",schemaPath:"#/properties/zeroText/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/zeroText",schemaPath:"#/properties/zeroText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.always !== undefined){
if(typeof data.always !== "boolean"){
const err25 = {instancePath:instancePath+"/always",schemaPath:"#/properties/always/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.headline !== undefined){
if(typeof data.headline !== "boolean"){
const err26 = {instancePath:instancePath+"/headline",schemaPath:"#/properties/headline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.aliases !== undefined){
let data14 = data.aliases;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(typeof data15 === "string"){
if(!pattern1.test(data15)){
const err27 = {instancePath:instancePath+"/aliases/" + i1,schemaPath:"#/properties/aliases/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/aliases/" + i1,schemaPath:"#/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
let i2 = data14.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data14[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err29 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err30 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","additionalProperties":false,"required":["id","category","title","widths","cells"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$"},"category":{"description":"id of the leaf part whose sheet is the form; the table prints right after its heading","type":"string"},"title":{"description":"What the pane and messages call the table (表三 收到和处理政府信息公开申请情况).","type":"string","pattern":"\\S"},"widths":{"description":"Printed width of each grid column in points, scaled to the type area; their count is the grid's width.","type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0}},"headerRows":{"description":"Rows at the top repeated on each page when the table breaks.","type":"integer","minimum":0},"fontSize":{"description":"Font size in points: 10.5 (五号) by default, 12 (小四).","type":"number","minimum":7,"maximum":16},"keepTogether":{"description":"Words a label may not be split inside when its column is narrow: labels are set in lines that break between words (商业/企业, 社会/公益/组织), the same in Word, WPS and LibreOffice.","type":"array","items":{"type":"string","minLength":2,"pattern":"^\\S+$"},"uniqueItems":true},"cells":{"description":"Every cell of the grid, merged cells once with their spans: a label (text), a data cell (metric) or a cell the form leaves empty (blank).","type":"array","minItems":1,"items":{"$ref":"#/definitions/tableCell"}},"relations":{"description":"Relations between data cells: sum(left) op sum(right) over metric codes; error or warning.","type":"array","items":{"$ref":"#/definitions/tableRelation"}},"oldLayouts":{"description":"Layouts the form had before, recognised by labels present and absent, so a clerk is told which format she has.","type":"array","items":{"$ref":"#/definitions/oldLayout"}},"carry":{"description":"What next-year carries from this year's table into next year's: each pair's 'from' figure becomes the 'to' cell (结转下年度 → 上年结转); every other data cell is emptied.","type":"array","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string"},"to":{"type":"string"}}}}}};
const schema22 = {"type":"object","additionalProperties":false,"required":["row","col"],"properties":{"row":{"type":"integer","minimum":0},"col":{"type":"integer","minimum":0},"rowSpan":{"type":"integer","minimum":1},"colSpan":{"type":"integer","minimum":1},"text":{"type":"string","pattern":"\\S"},"metric":{"description":"The code of the metric the data cell holds.","type":"string"},"blank":{"const":true}},"description":"Exactly one of text (a printed label), metric (a data cell) or blank (a cell the form leaves empty)."};
const schema23 = {"type":"object","additionalProperties":false,"required":["id","left","op","right"],"properties":{"id":{"type":"string","pattern":"\\S"},"left":{"type":"array","minItems":1,"items":{"type":"string"}},"op":{"enum":["==","<=",">="]},"right":{"description":"An empty side is 0: [\"B2-01\"] == [] says the cell holds 0.","type":"array","items":{"type":"string"}},"severity":{"enum":["error","warning"]},"when":{"description":"Checked only when a 是/否 row of 报告信息 holds this answer (a blank row counts as 否): a unit without 规章制定权 has no 规章 to report.","type":"object","additionalProperties":false,"required":["info","is"],"properties":{"info":{"description":"The key of a 报告信息 row of kind yesNo.","type":"string"},"is":{"enum":["是","否"]}}}}};
const schema24 = {"type":"object","additionalProperties":false,"required":["name","present"],"properties":{"name":{"description":"How the clerk knows it: 2019年旧格式.","type":"string","pattern":"\\S"},"present":{"type":"array","minItems":1,"items":{"type":"string","pattern":"\\S"}},"absent":{"type":"array","items":{"type":"string","pattern":"\\S"}}}};
const func5 = require("ajv/dist/runtime/ucs2length").default;
const pattern23 = new RegExp("^\\S+$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.category === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.widths === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "widths"},message:"must have required property '"+"widths"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.cells === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cells"},message:"must have required property '"+"cells"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema21.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.category !== undefined){
if(typeof data.category !== "string"){
const err8 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.widths !== undefined){
let data3 = data.widths;
if(Array.isArray(data3)){
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/widths",schemaPath:"#/properties/widths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/widths/" + i0,schemaPath:"#/properties/widths/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/widths/" + i0,schemaPath:"#/properties/widths/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/widths",schemaPath:"#/properties/widths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.headerRows !== undefined){
let data5 = data.headerRows;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/headerRows",schemaPath:"#/properties/headerRows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/headerRows",schemaPath:"#/properties/headerRows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.fontSize !== undefined){
let data6 = data.fontSize;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 16 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/fontSize",schemaPath:"#/properties/fontSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6 < 7 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/fontSize",schemaPath:"#/properties/fontSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 7},message:"must be >= 7"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/fontSize",schemaPath:"#/properties/fontSize/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.keepTogether !== undefined){
let data7 = data.keepTogether;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func5(data8) < 2){
const err20 = {instancePath:instancePath+"/keepTogether/" + i1,schemaPath:"#/properties/keepTogether/items/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern23.test(data8)){
const err21 = {instancePath:instancePath+"/keepTogether/" + i1,schemaPath:"#/properties/keepTogether/items/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/keepTogether/" + i1,schemaPath:"#/properties/keepTogether/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i2 = data7.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data7[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err23 = {instancePath:instancePath+"/keepTogether",schemaPath:"#/properties/keepTogether/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err24 = {instancePath:instancePath+"/keepTogether",schemaPath:"#/properties/keepTogether/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.cells !== undefined){
let data9 = data.cells;
if(Array.isArray(data9)){
if(data9.length < 1){
const err25 = {instancePath:instancePath+"/cells",schemaPath:"#/properties/cells/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len2 = data9.length;
for(let i3=0; i3<len2; i3++){
let data10 = data9[i3];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.row === undefined){
const err26 = {instancePath:instancePath+"/cells/" + i3,schemaPath:"#/definitions/tableCell/required",keyword:"required",params:{missingProperty: "row"},message:"must have required property '"+"row"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data10.col === undefined){
const err27 = {instancePath:instancePath+"/cells/" + i3,schemaPath:"#/definitions/tableCell/required",keyword:"required",params:{missingProperty: "col"},message:"must have required property '"+"col"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key1 in data10){
if(!(((((((key1 === "row") || (key1 === "col")) || (key1 === "rowSpan")) || (key1 === "colSpan")) || (key1 === "text")) || (key1 === "metric")) || (key1 === "blank"))){
const err28 = {instancePath:instancePath+"/cells/" + i3,schemaPath:"#/definitions/tableCell/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.row !== undefined){
let data11 = data10.row;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err29 = {instancePath:instancePath+"/cells/" + i3+"/row",schemaPath:"#/definitions/tableCell/properties/row/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err30 = {instancePath:instancePath+"/cells/" + i3+"/row",schemaPath:"#/definitions/tableCell/properties/row/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data10.col !== undefined){
let data12 = data10.col;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err31 = {instancePath:instancePath+"/cells/" + i3+"/col",schemaPath:"#/definitions/tableCell/properties/col/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err32 = {instancePath:instancePath+"/cells/" + i3+"/col",schemaPath:"#/definitions/tableCell/properties/col/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data10.rowSpan !== undefined){
let data13 = data10.rowSpan;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err33 = {instancePath:instancePath+"/cells/" + i3+"/rowSpan",schemaPath:"#/definitions/tableCell/properties/rowSpan/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err34 = {instancePath:instancePath+"/cells/" + i3+"/rowSpan",schemaPath:"#/definitions/tableCell/properties/rowSpan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data10.colSpan !== undefined){
let data14 = data10.colSpan;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err35 = {instancePath:instancePath+"/cells/" + i3+"/colSpan",schemaPath:"#/definitions/tableCell/properties/colSpan/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/cells/" + i3+"/colSpan",schemaPath:"#/definitions/tableCell/properties/colSpan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data10.text !== undefined){
let data15 = data10.text;
if(typeof data15 === "string"){
if(!pattern1.test(data15)){
const err37 = {instancePath:instancePath+"/cells/" + i3+"/text",schemaPath:"#/definitions/tableCell/properties/text/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/cells/" + i3+"/text",schemaPath:"#/definitions/tableCell/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data10.metric !== undefined){
if(typeof data10.metric !== "string"){
const err39 = {instancePath:instancePath+"/cells/" + i3+"/metric",schemaPath:"#/definitions/tableCell/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data10.blank !== undefined){
if(true !== data10.blank){
const err40 = {instancePath:instancePath+"/cells/" + i3+"/blank",schemaPath:"#/definitions/tableCell/properties/blank/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/cells/" + i3,schemaPath:"#/definitions/tableCell/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/cells",schemaPath:"#/properties/cells/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.relations !== undefined){
let data18 = data.relations;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i4=0; i4<len3; i4++){
let data19 = data18[i4];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.id === undefined){
const err43 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/definitions/tableRelation/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data19.left === undefined){
const err44 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/definitions/tableRelation/required",keyword:"required",params:{missingProperty: "left"},message:"must have required property '"+"left"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data19.op === undefined){
const err45 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/definitions/tableRelation/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data19.right === undefined){
const err46 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/definitions/tableRelation/required",keyword:"required",params:{missingProperty: "right"},message:"must have required property '"+"right"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key2 in data19){
if(!((((((key2 === "id") || (key2 === "left")) || (key2 === "op")) || (key2 === "right")) || (key2 === "severity")) || (key2 === "when"))){
const err47 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/definitions/tableRelation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data19.id !== undefined){
let data20 = data19.id;
if(typeof data20 === "string"){
if(!pattern1.test(data20)){
const err48 = {instancePath:instancePath+"/relations/" + i4+"/id",schemaPath:"#/definitions/tableRelation/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/relations/" + i4+"/id",schemaPath:"#/definitions/tableRelation/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data19.left !== undefined){
let data21 = data19.left;
if(Array.isArray(data21)){
if(data21.length < 1){
const err50 = {instancePath:instancePath+"/relations/" + i4+"/left",schemaPath:"#/definitions/tableRelation/properties/left/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
const len4 = data21.length;
for(let i5=0; i5<len4; i5++){
if(typeof data21[i5] !== "string"){
const err51 = {instancePath:instancePath+"/relations/" + i4+"/left/" + i5,schemaPath:"#/definitions/tableRelation/properties/left/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/relations/" + i4+"/left",schemaPath:"#/definitions/tableRelation/properties/left/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data19.op !== undefined){
let data23 = data19.op;
if(!(((data23 === "==") || (data23 === "<=")) || (data23 === ">="))){
const err53 = {instancePath:instancePath+"/relations/" + i4+"/op",schemaPath:"#/definitions/tableRelation/properties/op/enum",keyword:"enum",params:{allowedValues: schema23.properties.op.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data19.right !== undefined){
let data24 = data19.right;
if(Array.isArray(data24)){
const len5 = data24.length;
for(let i6=0; i6<len5; i6++){
if(typeof data24[i6] !== "string"){
const err54 = {instancePath:instancePath+"/relations/" + i4+"/right/" + i6,schemaPath:"#/definitions/tableRelation/properties/right/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/relations/" + i4+"/right",schemaPath:"#/definitions/tableRelation/properties/right/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data19.severity !== undefined){
let data26 = data19.severity;
if(!((data26 === "error") || (data26 === "warning"))){
const err56 = {instancePath:instancePath+"/relations/" + i4+"/severity",schemaPath:"#/definitions/tableRelation/properties/severity/enum",keyword:"enum",params:{allowedValues: schema23.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data19.when !== undefined){
let data27 = data19.when;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.info === undefined){
const err57 = {instancePath:instancePath+"/relations/" + i4+"/when",schemaPath:"#/definitions/tableRelation/properties/when/required",keyword:"required",params:{missingProperty: "info"},message:"must have required property '"+"info"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data27.is === undefined){
const err58 = {instancePath:instancePath+"/relations/" + i4+"/when",schemaPath:"#/definitions/tableRelation/properties/when/required",keyword:"required",params:{missingProperty: "is"},message:"must have required property '"+"is"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
for(const key3 in data27){
if(!((key3 === "info") || (key3 === "is"))){
const err59 = {instancePath:instancePath+"/relations/" + i4+"/when",schemaPath:"#/definitions/tableRelation/properties/when/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data27.info !== undefined){
if(typeof data27.info !== "string"){
const err60 = {instancePath:instancePath+"/relations/" + i4+"/when/info",schemaPath:"#/definitions/tableRelation/properties/when/properties/info/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data27.is !== undefined){
let data29 = data27.is;
if(!((data29 === "是") || (data29 === "否"))){
const err61 = {instancePath:instancePath+"/relations/" + i4+"/when/is",schemaPath:"#/definitions/tableRelation/properties/when/properties/is/enum",keyword:"enum",params:{allowedValues: schema23.properties.when.properties.is.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/relations/" + i4+"/when",schemaPath:"#/definitions/tableRelation/properties/when/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/relations/" + i4,schemaPath:"#/definitions/tableRelation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/relations",schemaPath:"#/properties/relations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.oldLayouts !== undefined){
let data30 = data.oldLayouts;
if(Array.isArray(data30)){
const len6 = data30.length;
for(let i7=0; i7<len6; i7++){
let data31 = data30[i7];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.name === undefined){
const err65 = {instancePath:instancePath+"/oldLayouts/" + i7,schemaPath:"#/definitions/oldLayout/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data31.present === undefined){
const err66 = {instancePath:instancePath+"/oldLayouts/" + i7,schemaPath:"#/definitions/oldLayout/required",keyword:"required",params:{missingProperty: "present"},message:"must have required property '"+"present"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key4 in data31){
if(!(((key4 === "name") || (key4 === "present")) || (key4 === "absent"))){
const err67 = {instancePath:instancePath+"/oldLayouts/" + i7,schemaPath:"#/definitions/oldLayout/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data31.name !== undefined){
let data32 = data31.name;
if(typeof data32 === "string"){
if(!pattern1.test(data32)){
const err68 = {instancePath:instancePath+"/oldLayouts/" + i7+"/name",schemaPath:"#/definitions/oldLayout/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/oldLayouts/" + i7+"/name",schemaPath:"#/definitions/oldLayout/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data31.present !== undefined){
let data33 = data31.present;
if(Array.isArray(data33)){
if(data33.length < 1){
const err70 = {instancePath:instancePath+"/oldLayouts/" + i7+"/present",schemaPath:"#/definitions/oldLayout/properties/present/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
const len7 = data33.length;
for(let i8=0; i8<len7; i8++){
let data34 = data33[i8];
if(typeof data34 === "string"){
if(!pattern1.test(data34)){
const err71 = {instancePath:instancePath+"/oldLayouts/" + i7+"/present/" + i8,schemaPath:"#/definitions/oldLayout/properties/present/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/oldLayouts/" + i7+"/present/" + i8,schemaPath:"#/definitions/oldLayout/properties/present/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/oldLayouts/" + i7+"/present",schemaPath:"#/definitions/oldLayout/properties/present/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data31.absent !== undefined){
let data35 = data31.absent;
if(Array.isArray(data35)){
const len8 = data35.length;
for(let i9=0; i9<len8; i9++){
let data36 = data35[i9];
if(typeof data36 === "string"){
if(!pattern1.test(data36)){
const err74 = {instancePath:instancePath+"/oldLayouts/" + i7+"/absent/" + i9,schemaPath:"#/definitions/oldLayout/properties/absent/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/oldLayouts/" + i7+"/absent/" + i9,schemaPath:"#/definitions/oldLayout/properties/absent/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/oldLayouts/" + i7+"/absent",schemaPath:"#/definitions/oldLayout/properties/absent/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/oldLayouts/" + i7,schemaPath:"#/definitions/oldLayout/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/oldLayouts",schemaPath:"#/properties/oldLayouts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.carry !== undefined){
let data37 = data.carry;
if(Array.isArray(data37)){
const len9 = data37.length;
for(let i10=0; i10<len9; i10++){
let data38 = data37[i10];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.from === undefined){
const err79 = {instancePath:instancePath+"/carry/" + i10,schemaPath:"#/properties/carry/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data38.to === undefined){
const err80 = {instancePath:instancePath+"/carry/" + i10,schemaPath:"#/properties/carry/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key5 in data38){
if(!((key5 === "from") || (key5 === "to"))){
const err81 = {instancePath:instancePath+"/carry/" + i10,schemaPath:"#/properties/carry/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data38.from !== undefined){
if(typeof data38.from !== "string"){
const err82 = {instancePath:instancePath+"/carry/" + i10+"/from",schemaPath:"#/properties/carry/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data38.to !== undefined){
if(typeof data38.to !== "string"){
const err83 = {instancePath:instancePath+"/carry/" + i10+"/to",schemaPath:"#/properties/carry/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/carry/" + i10,schemaPath:"#/properties/carry/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/carry",schemaPath:"#/properties/carry/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://report-assembler.invalid/pack.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.version === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.defaultTitle === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultTitle"},message:"must have required property '"+"defaultTitle"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.info === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "info"},message:"must have required property '"+"info"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.categories === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.metrics === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.version !== undefined){
let data4 = data.version;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.defaultTitle !== undefined){
let data5 = data.defaultTitle;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err16 = {instancePath:instancePath+"/defaultTitle",schemaPath:"#/properties/defaultTitle/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/defaultTitle",schemaPath:"#/properties/defaultTitle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.noBreak !== undefined){
let data6 = data.noBreak;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err18 = {instancePath:instancePath+"/noBreak/" + i0,schemaPath:"#/properties/noBreak/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/noBreak/" + i0,schemaPath:"#/properties/noBreak/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err20 = {instancePath:instancePath+"/noBreak",schemaPath:"#/properties/noBreak/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err21 = {instancePath:instancePath+"/noBreak",schemaPath:"#/properties/noBreak/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.defaultLead !== undefined){
let data8 = data.defaultLead;
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err22 = {instancePath:instancePath+"/defaultLead",schemaPath:"#/properties/defaultLead/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/defaultLead",schemaPath:"#/properties/defaultLead/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.calendarYear !== undefined){
if(typeof data.calendarYear !== "boolean"){
const err24 = {instancePath:instancePath+"/calendarYear",schemaPath:"#/properties/calendarYear/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.publishBy !== undefined){
let data10 = data.publishBy;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.department === undefined){
const err25 = {instancePath:instancePath+"/publishBy",schemaPath:"#/properties/publishBy/required",keyword:"required",params:{missingProperty: "department"},message:"must have required property '"+"department"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data10){
if(!((key1 === "department") || (key1 === "government"))){
const err26 = {instancePath:instancePath+"/publishBy",schemaPath:"#/properties/publishBy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.department !== undefined){
let data11 = data10.department;
if(typeof data11 === "string"){
if(!pattern5.test(data11)){
const err27 = {instancePath:instancePath+"/publishBy/department",schemaPath:"#/properties/publishBy/properties/department/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/publishBy/department",schemaPath:"#/properties/publishBy/properties/department/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.government !== undefined){
let data12 = data10.government;
if(typeof data12 === "string"){
if(!pattern5.test(data12)){
const err29 = {instancePath:instancePath+"/publishBy/government",schemaPath:"#/properties/publishBy/properties/government/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/publishBy/government",schemaPath:"#/properties/publishBy/properties/government/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/publishBy",schemaPath:"#/properties/publishBy/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.template !== undefined){
let data13 = data.template;
if(typeof data13 === "string"){
if(!pattern1.test(data13)){
const err32 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.info !== undefined){
let data14 = data.info;
if(Array.isArray(data14)){
if(data14.length < 1){
const err34 = {instancePath:instancePath+"/info",schemaPath:"#/properties/info/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
if(!(validate11(data14[i2], {instancePath:instancePath+"/info/" + i2,parentData:data14,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/info",schemaPath:"#/properties/info/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.categories !== undefined){
let data16 = data.categories;
if(Array.isArray(data16)){
if(data16.length < 1){
const err36 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len2 = data16.length;
for(let i3=0; i3<len2; i3++){
if(!(validate13(data16[i3], {instancePath:instancePath+"/categories/" + i3,parentData:data16,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.metrics !== undefined){
let data18 = data.metrics;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i4=0; i4<len3; i4++){
if(!(validate15(data18[i4], {instancePath:instancePath+"/metrics/" + i4,parentData:data18,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.rules !== undefined){
let data20 = data.rules;
if(Array.isArray(data20)){
const len4 = data20.length;
for(let i5=0; i5<len4; i5++){
let data21 = data20[i5];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.id === undefined){
const err39 = {instancePath:instancePath+"/rules/" + i5,schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data21.left === undefined){
const err40 = {instancePath:instancePath+"/rules/" + i5,schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "left"},message:"must have required property '"+"left"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data21.op === undefined){
const err41 = {instancePath:instancePath+"/rules/" + i5,schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data21.right === undefined){
const err42 = {instancePath:instancePath+"/rules/" + i5,schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "right"},message:"must have required property '"+"right"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data21.message === undefined){
const err43 = {instancePath:instancePath+"/rules/" + i5,schemaPath:"#/definitions/rule/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key2 in data21){
if(!(((((key2 === "id") || (key2 === "left")) || (key2 === "op")) || (key2 === "right")) || (key2 === "message"))){
const err44 = {instancePath:instancePath+"/rules/" + i5,schemaPath:"#/definitions/rule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data21.id !== undefined){
let data22 = data21.id;
if(typeof data22 === "string"){
if(!pattern1.test(data22)){
const err45 = {instancePath:instancePath+"/rules/" + i5+"/id",schemaPath:"#/definitions/rule/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/rules/" + i5+"/id",schemaPath:"#/definitions/rule/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data21.left !== undefined){
let data23 = data21.left;
if(Array.isArray(data23)){
if(data23.length < 1){
const err47 = {instancePath:instancePath+"/rules/" + i5+"/left",schemaPath:"#/definitions/rule/properties/left/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len5 = data23.length;
for(let i6=0; i6<len5; i6++){
if(typeof data23[i6] !== "string"){
const err48 = {instancePath:instancePath+"/rules/" + i5+"/left/" + i6,schemaPath:"#/definitions/rule/properties/left/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/rules/" + i5+"/left",schemaPath:"#/definitions/rule/properties/left/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data21.op !== undefined){
let data25 = data21.op;
if(!(((((data25 === "<=") || (data25 === "<")) || (data25 === ">=")) || (data25 === ">")) || (data25 === "=="))){
const err50 = {instancePath:instancePath+"/rules/" + i5+"/op",schemaPath:"#/definitions/rule/properties/op/enum",keyword:"enum",params:{allowedValues: schema20.properties.op.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data21.right !== undefined){
let data26 = data21.right;
if(Array.isArray(data26)){
if(data26.length < 1){
const err51 = {instancePath:instancePath+"/rules/" + i5+"/right",schemaPath:"#/definitions/rule/properties/right/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len6 = data26.length;
for(let i7=0; i7<len6; i7++){
if(typeof data26[i7] !== "string"){
const err52 = {instancePath:instancePath+"/rules/" + i5+"/right/" + i7,schemaPath:"#/definitions/rule/properties/right/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/rules/" + i5+"/right",schemaPath:"#/definitions/rule/properties/right/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data21.message !== undefined){
let data28 = data21.message;
if(typeof data28 === "string"){
if(!pattern1.test(data28)){
const err54 = {instancePath:instancePath+"/rules/" + i5+"/message",schemaPath:"#/definitions/rule/properties/message/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/rules/" + i5+"/message",schemaPath:"#/definitions/rule/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/rules/" + i5,schemaPath:"#/definitions/rule/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.tables !== undefined){
let data29 = data.tables;
if(Array.isArray(data29)){
const len7 = data29.length;
for(let i8=0; i8<len7; i8++){
if(!(validate17(data29[i8], {instancePath:instancePath+"/tables/" + i8,parentData:data29,parentDataProperty:i8,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err58 = {instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

