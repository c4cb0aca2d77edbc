import { isWellFormed } from "./wellFormed";

describe("well-formed XML, as parts of real documents are and damaged ones are not", () => {
  it.each([
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="x"><w:body><w:p><w:r><w:t xml:space="preserve">甲 &amp; 乙 &#x4E00;</w:t></w:r></w:p></w:body></w:document>',
    "<a><![CDATA[<not markup>]]><!-- note --><?pi data?><b c='1' d=\"2\"/></a>",
    "\uFEFF<root/>",
    "<x:Types xmlns:x='u'>\r\n  <x:Default Extension='xml' ContentType='application/xml'/>\r\n</x:Types>",
  ])("accepts %s", (xml) => {
    expect(isWellFormed(xml)).toBe(true);
  });

  it.each([
    ["an unclosed element", "<a><b></a>"],
    ["two roots", "<a/><b/>"],
    ["text outside the root", "<a/>x"],
    ["a bare &", "<a>AT&T</a>"],
    ["< in an attribute", '<a b="<"/>'],
    ["an unquoted attribute", "<a b=1/>"],
    ["attributes run together", '<a b="1"c="2"/>'],
    ["a cut-off tag", "<a><b"],
    ["a cut-off comment", "<a><!-- x</a>"],
    ["a damaged declaration", '<?xml vers1on="1.0"?><a/>'],
    ["a declaration not at the start", '<a/><?xml version="1.0"?>'],
    ["a document type", '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["nothing", ""],
  ])("refuses %s", (_what, xml) => {
    expect(isWellFormed(xml)).toBe(false);
  });
});
