#include "writers/pdf/line_breaker.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <cmath>
#include <map>
#include <memory>
#include <mutex>

#include "writers/pdf/keep_together.hpp"

namespace plainly::pdf {

namespace {

// A fresh line break iterator for `locale` (cloned from a cached prototype).
std::unique_ptr<icu::BreakIterator> line_iterator(const std::string& locale) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<icu::BreakIterator>> prototypes;
  std::lock_guard<std::mutex> lock(mutex);
  auto& proto = prototypes[locale];
  if (!proto) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale loc = icu::Locale::forLanguageTag(locale.c_str(), status);
    if (U_FAILURE(status)) loc = icu::Locale::getUK();
    status = U_ZERO_ERROR;
    proto.reset(icu::BreakIterator::createLineInstance(loc, status));
    if (U_FAILURE(status)) proto.reset();
  }
  return proto ? std::unique_ptr<icu::BreakIterator>(proto->clone()) : nullptr;
}

// The flattened text of a paragraph, with the span each code unit came from.
struct Flat {
  icu::UnicodeString text;
  std::vector<int> owner;
};

Flat flatten(const std::vector<Span>& spans) {
  Flat f;
  for (size_t i = 0; i < spans.size(); ++i) {
    const icu::UnicodeString& t = spans[i].text;
    for (int32_t k = 0; k < t.length(); ++k) {
      char16_t c = t.charAt(k);
      bool at_start = f.text.isEmpty() || f.text.charAt(f.text.length() - 1) == u'\n';
      if (c == u' ' && (at_start || f.text.charAt(f.text.length() - 1) == u' ')) continue;
      if (c == u'\n' && !f.text.isEmpty() && f.text.charAt(f.text.length() - 1) == u' ') {
        f.text.truncate(f.text.length() - 1);
        f.owner.pop_back();
      }
      f.text.append(c);
      f.owner.push_back(static_cast<int>(i));
    }
  }
  return f;
}

// Right edges closer than this (points) look aligned: 1 pt, twice what checkers allow.
constexpr double kSameEdge = 1.0;

class Breaker {
 public:
  Breaker(const Flat& flat, const std::vector<Span>& spans, const LineSpec& spec, FontSet& fonts)
      : flat_(flat), spans_(spans), spec_(spec), fonts_(fonts) {
    advance_.assign(flat.text.length() + 1, 0.0);
    counted_.assign(flat.text.length() + 1, 0);
    for (int32_t i = 0; i < flat.text.length(); ++i) {
      char16_t c = flat.text.charAt(i);
      const Span& span = spans[flat.owner[i]];
      double w = c == u'\n'  ? 0
                 : span.image ? span.image_em * spec.size
                              : fonts.width(c, span.face) * spec.size / 1000.0;
      advance_[i + 1] = advance_[i] + w;
      counted_[i + 1] = counted_[i] + extracted_length(c);
    }
  }

  // Lay out the segment [a, b) (no forced breaks inside).
  void segment(int32_t a, int32_t b, std::vector<Line>& out) {
    if (a >= b) {
      out.emplace_back();  // an empty line keeps a hard break's blank line
      return;
    }
    std::vector<int32_t> all, breaks;
    opportunities(a, b, all, breaks);
    int32_t start = skip_spaces(a, b), last_fit = start, fit_before = start;
    double previous_width = -1;  // of the line before, in this segment
    for (size_t i = 0; i < breaks.size();) {
      int32_t p = breaks[i];
      if (p <= start) {
        ++i;
        continue;
      }
      if (fits(start, p)) {
        fit_before = last_fit;
        last_fit = p;
        ++i;
        continue;
      }
      if (last_fit == start) {
        last_fit = fallback_point(start, p, all);  // wider than a line
      } else if (fit_before > start && previous_width >= 0 &&
                 std::abs(width_of(start, last_fit) - previous_width) < kSameEdge) {
        // Two lines ending at the same place look justified (and checkers say so): break
        // one word earlier to keep the right edge ragged.
        last_fit = fit_before;
      }
      previous_width = width_of(start, last_fit);
      out.push_back(make_line(start, last_fit));
      start = skip_spaces(last_fit, b);
      last_fit = fit_before = start;
    }
    if (start < b) out.push_back(make_line(start, b));
  }

 private:
  // ICU's break opportunities in [a, b]: `all` of them, and `allowed`, which leaves out
  // those inside a date, time, sum of money, phone number or postcode.
  void opportunities(int32_t a, int32_t b, std::vector<int32_t>& all, std::vector<int32_t>& allowed) {
    icu::UnicodeString seg = flat_.text.tempSubString(a, b - a);
    auto keep = keep_together_spans(seg, spec_.locale);
    auto it = line_iterator(spec_.locale);
    if (!it) {
      all = allowed = {b};
      return;
    }
    it->setText(seg);
    for (int32_t p = it->next(); p != icu::BreakIterator::DONE; p = it->next()) {
      bool inside = false;
      for (const auto& [s, e] : keep) inside = inside || (s < p && p < e);
      all.push_back(a + p);
      if (!inside || p == seg.length()) allowed.push_back(a + p);
    }
  }

  // Where to break [s, e) that is too wide for a line: at the furthest ordinary break
  // opportunity that fits (a long date or phone number splits where words would), else
  // between characters (a long web address).
  int32_t fallback_point(int32_t s, int32_t e, const std::vector<int32_t>& all) const {
    int32_t best = s;
    for (int32_t p : all)
      if (p > s && p < e && fits(s, p)) best = p;
    return best > s ? best : split_point(s, e);
  }

  int32_t skip_spaces(int32_t i, int32_t b) const {
    while (i < b && flat_.text.charAt(i) == u' ') ++i;
    return i;
  }

  int32_t trim_end(int32_t s, int32_t e) const {
    while (e > s && flat_.text.charAt(e - 1) == u' ') --e;
    return e;
  }

  // Width of [s, e) without trailing spaces.
  double width_of(int32_t s, int32_t e) const { return advance_[trim_end(s, e)] - advance_[s]; }

  bool fits(int32_t s, int32_t e) const {
    e = trim_end(s, e);
    if (spec_.max_chars > 0 && counted_[e] - counted_[s] > spec_.max_chars) return false;
    return advance_[e] - advance_[s] <= spec_.max_width + 0.01;
  }

  // The furthest point after `s` (at least one character) where [s, point) fits.
  int32_t split_point(int32_t s, int32_t e) const {
    int32_t k = s + 1;
    while (k < e && fits(s, k + 1)) ++k;
    if (k < e && U16_IS_LEAD(flat_.text.charAt(k - 1))) ++k;
    return k;
  }

  Line make_line(int32_t s, int32_t e) {
    int32_t end = e;
    e = trim_end(s, e);
    Line line;
    line.chars = e - s;
    line.width = advance_[e] - advance_[s];
    for (int32_t i = s; i < e; ++i) {
      char16_t c = flat_.text.charAt(i);
      const Span& span = spans_[flat_.owner[i]];
      HPDF_Font font = span.image ? nullptr : fonts_.font_for(c, span.face);
      if (line.pieces.empty() || line.pieces.back().font != font || line.pieces.back().link != span.link ||
          line.pieces.back().face != span.face || line.pieces.back().image || span.image) {
        Piece p;
        p.font = font;
        p.face = span.face;
        p.link = span.link;
        p.image = span.image;
        p.figure = span.figure;
        p.x = advance_[i] - advance_[s];
        line.pieces.push_back(p);
      }
      line.pieces.back().text.append(c);
      line.pieces.back().width += advance_[i + 1] - advance_[i];
    }
    // Keep the space the line broke at as (invisible) content, so text taken from the
    // structure tree reads "an expert", not "anexpert". It adds nothing to the width.
    if (end > e && !line.pieces.empty()) {
      Piece space = line.pieces.back();
      space.text = u" ";
      space.link = -1;
      space.x += space.width;
      space.width = 0;
      if (space.image) {
        space.image = nullptr;
        space.figure = -1;
        space.font = fonts_.font_for(u' ', space.face);
      }
      if (line.pieces.back().link < 0 && !line.pieces.back().image)
        line.pieces.back().text.append(u' ');
      else
        line.pieces.push_back(space);
    }
    return line;
  }

  const Flat& flat_;
  const std::vector<Span>& spans_;
  const LineSpec& spec_;
  FontSet& fonts_;
  std::vector<double> advance_;  // advance_[i] = width of text[0, i)
  std::vector<int> counted_;     // counted_[i] = extracted_length of text[0, i)
};

}  // namespace

int extracted_length(char16_t c) {
  switch (c) {
    case u'\'': return 6;  // &apos;
    case u'"': return 6;   // &quot;
    case u'&': return 5;   // &amp;
    case u'<': return 4;   // &lt;
    case u'>': return 4;   // &gt;
    default: return 1;
  }
}

std::vector<Line> break_lines(const std::vector<Span>& spans, const LineSpec& spec, FontSet& fonts) {
  Flat flat = flatten(spans);
  while (!flat.text.isEmpty() && (flat.text.charAt(flat.text.length() - 1) == u' ' ||
                                  flat.text.charAt(flat.text.length() - 1) == u'\n')) {
    flat.text.truncate(flat.text.length() - 1);
    flat.owner.pop_back();
  }
  std::vector<Line> lines;
  Breaker breaker(flat, spans, spec, fonts);
  int32_t start = 0;
  for (int32_t i = 0; i <= flat.text.length(); ++i) {
    if (i == flat.text.length() || flat.text.charAt(i) == u'\n') {
      if (i > start || i < flat.text.length()) breaker.segment(start, i, lines);
      start = i + 1;
    }
  }
  return lines;
}

double text_width(const icu::UnicodeString& text, Face face, double size, FontSet& fonts) {
  double w = 0;
  for (int32_t i = 0; i < text.length(); ++i) w += fonts.width(text.charAt(i), face);
  return w * size / 1000.0;
}

}  // namespace plainly::pdf
