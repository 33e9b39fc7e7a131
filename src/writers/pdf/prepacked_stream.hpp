#pragma once
// Streams that are the same in every PDF (a font's CIDToGIDMap, the identity ToUnicode
// map) compressed once per run instead of once per document. The compressed bytes come
// from libharu's own deflate, so the PDF is byte for byte what libharu would have written.

#include <hpdf.h>
#include <hpdf_objects.h>

#include <string>

namespace plainly::pdf {

/// If `dict` is a stream dictionary libharu is about to deflate (FlateDecode, no hooks of
/// its own), replace its data with the same data deflated once per run (shared by every
/// thread) and write its /Filter entry as libharu would. Otherwise change nothing. Returns
/// libharu's status (HPDF_OK on success).
HPDF_STATUS use_prepacked_deflate(HPDF_Dict dict);

/// A libharu "before write" hook that calls use_prepacked_deflate: for streams whose
/// filter is only decided while the PDF is being written (a font's CIDToGIDMap).
HPDF_STATUS prepack_before_write(HPDF_Dict dict);

/// All the bytes a libharu memory stream holds, read from its start.
std::string stream_bytes(HPDF_Stream stream);

/// A libharu "write" hook for a stream whose data is already deflated (its own filter is
/// "none"): writes the /Filter line libharu would have written, last in the dictionary.
HPDF_STATUS write_flate_filter(HPDF_Dict dict, HPDF_Stream stream);

}  // namespace plainly::pdf
