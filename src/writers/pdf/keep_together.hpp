#pragma once
// Spans of text that must never be split across lines: dates, times, money, phone numbers
// and postcodes (large print guidance; it also helps everyone else).

#include <unicode/unistr.h>

#include <string>
#include <utility>
#include <vector>

namespace plainly::pdf {

/// Half-open [start, end) ranges, in UTF-16 code units of `text`, that must stay on one
/// line. Month and weekday names come from ICU for `locale` (e.g. "en-GB").
std::vector<std::pair<int32_t, int32_t>> keep_together_spans(const icu::UnicodeString& text,
                                                             const std::string& locale);

}  // namespace plainly::pdf
