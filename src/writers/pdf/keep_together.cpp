#include "writers/pdf/keep_together.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/regex.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace plainly::pdf {

namespace {

// "January|February|..." from ICU's names (wide and abbreviated), regex-quoted.
icu::UnicodeString alternatives(const icu::UnicodeString* names, int32_t count) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < count; ++i) {
    if (names[i].isEmpty()) continue;
    if (!out.isEmpty()) out += u"|";
    out += u"\\Q" + names[i] + u"\\E";
  }
  return out;
}

icu::UnicodeString date_names(const icu::Locale& loc, bool months) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(loc, status);
  if (U_FAILURE(status)) return u"January|February|March|April|May|June|July|August|September|October|November|December";
  int32_t n = 0, m = 0;
  const icu::UnicodeString* wide = months ? symbols.getMonths(n) : symbols.getWeekdays(n);
  const icu::UnicodeString* abbr = months ? symbols.getShortMonths(m) : symbols.getShortWeekdays(m);
  icu::UnicodeString both = alternatives(wide, n);
  icu::UnicodeString shorts = alternatives(abbr, m);
  if (!shorts.isEmpty()) both += u"|" + shorts;
  return both;
}

// One alternation of every kind of span, longest forms first.
icu::UnicodeString pattern_for(const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale loc = icu::Locale::forLanguageTag(locale.c_str(), status);
  if (U_FAILURE(status)) loc = icu::Locale::getUK();
  icu::UnicodeString month = u"(?:" + date_names(loc, true) + u")";
  icu::UnicodeString day = u"(?:" + date_names(loc, false) + u")";
  icu::UnicodeString time = u"\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)";
  icu::UnicodeString sep = u"[\\s\\u00A0]+";
  icu::UnicodeString parts[] = {
      // Tuesday 3 March 2027, 3rd March, 3 March 2027
      u"(?:" + day + u",?" + sep + u")?\\d{1,2}(?:st|nd|rd|th)?" + sep + month + u"(?:,?" + sep + u"\\d{4})?",
      // Tuesday, March 3, 2027
      u"(?:" + day + u",?" + sep + u")?" + month + sep + u"\\d{1,2}(?:st|nd|rd|th)?(?:," + sep + u"\\d{4})?",
      // March 2027
      month + sep + u"\\d{4}",
      // 10am to 12pm is two spans; 10am–12pm or 10:30 - 11:45am is one
      time + u"(?:\\s?[-\\u2013]\\s?" + time + u")?",
      u"\\d{1,2}:\\d{2}(?:\\s?[-\\u2013]\\s?\\d{1,2}:\\d{2})?",
      // money: £25, £1,250.50, £25 million, €10, 50p
      u"[£$€]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:" + sep + u"(?:million|billion|m|bn|k))?",
      // phone numbers: 0121 496 0000, 07700 900123, +44 20 7946 0000, (0)20 ...
      u"(?:\\+\\d{1,3}[\\s\\u00A0-]?(?:\\(0\\)[\\s\\u00A0]?)?|\\b0)\\d{2,4}(?:[\\s\\u00A0-]?\\d{3,4}){1,2}\\b",
      // a number and the word after it: 2 hours, 14 days, 30-minute, 6 sessions
      u"\\b\\d[\\d,.]*(?:[\\s\\u00A0]+|-)\\p{L}+",
      // hyphenated words: a line ending in "restraint-" reads as hyphenation, and text
      // extractors join it up as "restraintfree"
      u"\\b\\p{L}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)+",
      // a web address's scheme and host: no line ends in "https://"
      u"\\b[a-z][a-z+.-]*://[^\\s/]+",
      // UK postcodes: B1 1AA, SW1A 1AA
      u"(?-i:\\b[A-Z]{1,2}\\d[A-Z\\d]?[\\s\\u00A0]+\\d[A-Z]{2}\\b)",
  };
  icu::UnicodeString all;
  for (const auto& p : parts) {
    if (!all.isEmpty()) all += u"|";
    all += u"(?:" + p + u")";
  }
  return all;
}

// Compiled patterns, one per locale, shared by every document in the process.
const icu::RegexPattern* compiled(const std::string& locale) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<icu::RegexPattern>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[locale];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    slot.reset(icu::RegexPattern::compile(pattern_for(locale), UREGEX_CASE_INSENSITIVE, parse_error, status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

// The regular expression's matches in `text`.
std::vector<std::pair<int32_t, int32_t>> find_spans(const icu::UnicodeString& text, const std::string& locale) {
  std::vector<std::pair<int32_t, int32_t>> spans;
  const icu::RegexPattern* pattern = compiled(locale);
  if (!pattern) return spans;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(text, status));
  if (U_FAILURE(status)) return spans;
  while (m->find(status) && U_SUCCESS(status)) {
    int32_t start = m->start(status), end = m->end(status);
    if (U_FAILURE(status)) break;
    if (end > start) spans.emplace_back(start, end);
  }
  return spans;
}

}  // namespace

std::vector<std::pair<int32_t, int32_t>> keep_together_spans(const icu::UnicodeString& text,
                                                             const std::string& locale) {
  // Every pattern needs a digit, a hyphen or "://": most sentences have none, so skip the
  // (case-insensitive, many-alternative) regular expression for them.
  bool candidate = text.indexOf(u"://") >= 0;
  for (int32_t i = 0; i < text.length() && !candidate; ++i) {
    char16_t c = text.charAt(i);
    candidate = (c >= u'0' && c <= u'9') || c == u'-';
  }
  if (!candidate) return {};
  // The same paragraphs come back in document after document of a run: remember the
  // answer per thread (it depends on the text and locale only), forgetting all at 4,096.
  thread_local std::unordered_map<std::u16string, std::vector<std::pair<int32_t, int32_t>>> seen;
  std::u16string key(text.getBuffer(), static_cast<size_t>(text.length()));
  key += u'\n';
  key.append(locale.begin(), locale.end());
  if (auto it = seen.find(key); it != seen.end()) return it->second;
  if (seen.size() >= 4096) seen.clear();
  auto spans = find_spans(text, locale);
  seen.emplace(std::move(key), spans);
  return spans;
}

}  // namespace plainly::pdf
