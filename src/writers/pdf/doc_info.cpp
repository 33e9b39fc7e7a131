#include "writers/pdf/doc_info.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "core/markup.hpp"
#include "writers/pdf/struct_tree.hpp"

namespace plainly::pdf {

std::string xml_escape(const std::string& s) { return escape_markup(s, EscapeQuotes::Both); }

namespace {

std::string xmp_packet(const std::string& title, const std::string& language) {
  std::string t = xml_escape(title), l = xml_escape(language);
  return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "  <rdf:Description rdf:about=\"\"\n"
         "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
         "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
         "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
         "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + t + "</rdf:li></rdf:Alt></dc:title>\n"
         "   <dc:language><rdf:Bag><rdf:li>" + l + "</rdf:li></rdf:Bag></dc:language>\n"
         "   <dc:format>application/pdf</dc:format>\n"
         "   <pdf:Producer>plainly</pdf:Producer>\n"
         "   <pdfuaid:part>1</pdfuaid:part>\n"
         "  </rdf:Description>\n"
         " </rdf:RDF>\n"
         "</x:xmpmeta>\n"
         "<?xpacket end=\"w\"?>\n";
}

}  // namespace

void set_document_info(HpdfDoc& doc, const std::string& title, const std::string& language) {
  HPDF_Doc pdf = doc.get();
  HPDF_MMgr mmgr = pdf->mmgr;
  pdf->pdf_version = HPDF_VER_17;

  HPDF_Dict_Add(pdf->catalog, "Lang", pdf_text_string(mmgr, language));
  HPDF_Dict prefs = HPDF_Dict_New(mmgr);
  HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
  HPDF_Dict_Add(pdf->catalog, "ViewerPreferences", prefs);

  HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, "plainly");
  if (pdf->info) HPDF_Dict_Add(pdf->info, "Title", pdf_text_string(mmgr, title));

  HPDF_Dict meta = HPDF_DictStream_New(mmgr, pdf->xref);
  if (meta) {
    HPDF_Dict_AddName(meta, "Type", "Metadata");
    HPDF_Dict_AddName(meta, "Subtype", "XML");
    std::string xmp = xmp_packet(title, language);
    HPDF_Stream_Write(meta->stream, reinterpret_cast<const HPDF_BYTE*>(xmp.data()),
                      static_cast<HPDF_UINT>(xmp.size()));
    HPDF_Dict_Add(pdf->catalog, "Metadata", meta);
  }
  doc.check("set the document's title and language");
}

}  // namespace plainly::pdf
