#pragma once
// Document-level accessibility settings: language, title shown in the window, XMP metadata.

#include <string>

#include "writers/pdf/hpdf_doc.hpp"

namespace plainly::pdf {

/// Set the catalog's /Lang, /ViewerPreferences /DisplayDocTitle, the Info /Title and
/// /Producer, and an XMP /Metadata stream with dc:title, dc:language and pdfuaid:part 1.
/// Also raises the PDF version to 1.7 (tagged PDF needs 1.4 or later).
void set_document_info(HpdfDoc& doc, const std::string& title, const std::string& language);

/// `s` with &, <, > and quotes escaped for XML.
std::string xml_escape(const std::string& s);

}  // namespace plainly::pdf
