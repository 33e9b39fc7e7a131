// Parsing the small pattern language of rule files (see rule.hpp).
#include <sstream>
#include <stdexcept>

#include "check/rule.hpp"

namespace plainly {
namespace {

PatternElement parse_element(std::string tok) {
  PatternElement e;
  if (tok == "*") { e.gap = 3; return e; }
  if (tok.size() > 1 && tok[0] == '*') {
    try { e.gap = std::stoi(tok.substr(1)); } catch (...) { e.gap = 0; }
    if (e.gap < 1 || e.gap > 8)
      throw std::invalid_argument("a gap is written * or *N with N from 1 to 8, not '" + tok + "'");
    return e;
  }
  if (tok.size() > 1 && tok.back() == '?') { e.optional = true; tok.pop_back(); }
  if (tok.size() > 1 && tok[0] == '!') { e.negate = true; tok.erase(0, 1); }
  std::stringstream alts(tok);
  std::string alt;
  while (std::getline(alts, alt, '|')) {
    if (alt.empty()) throw std::invalid_argument("'" + tok + "' has an empty choice between | marks");
    if (alt.front() == '<') {
      if (alt.back() != '>' || alt.size() < 3)
        throw std::invalid_argument("a word class is written <name>, not '" + alt + "'");
      e.classes.push_back(alt.substr(1, alt.size() - 2));
    } else {
      for (char& c : alt)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      e.words.push_back(alt);
    }
  }
  return e;
}

}  // namespace

void add_s_forms(std::vector<std::string>& words) {
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    const std::string w = words[i];
    if (w.size() < 4) continue;
    bool letters = true;
    for (char c : w) letters = letters && c >= 'a' && c <= 'z';
    if (!letters) continue;
    char last = w.back(), before = w[w.size() - 2];
    bool vowel_before = before == 'a' || before == 'e' || before == 'i' || before == 'o' || before == 'u';
    if (last == 's' && before != 's' && before != 'u' && before != 'i') continue;  // already plural: costs
    // Words whose -s form means something else: "sometime" / "sometimes", "mean" / "means".
    static const char* const kOtherMeaning[] = {"sometime", "beside", "mean", "good", "custom", "damage",
                                                "saving", "manner", "spirit", "premise"};
    bool other = false;
    for (const char* x : kOtherMeaning) other = other || w == x;
    if (other) continue;
    std::string form;
    if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (before == 'c' || before == 's')))
      form = w + "es";
    else if (last == 'y' && !vowel_before)
      form = w.substr(0, w.size() - 1) + "ies";
    else
      form = w + "s";
    bool known = false;
    for (const auto& x : words) known = known || x == form;
    if (!known) words.push_back(form);
  }
}

Pattern parse_pattern(const std::string& text) {
  Pattern p;
  p.source = text;
  std::stringstream in(text);
  std::string tok;
  while (in >> tok) {
    // Let people write "expenses," or "TBC." in a phrase: punctuation never matches.
    while (!tok.empty() && (tok.back() == ',' || tok.back() == '.') ) tok.pop_back();
    if (tok.empty()) continue;
    p.elements.push_back(parse_element(tok));
  }
  if (p.elements.empty()) throw std::invalid_argument("the pattern is empty");
  const PatternElement& first = p.elements.front();
  if (first.gap || first.optional || first.negate)
    throw std::invalid_argument("a pattern must start with a word or a word class, not a gap, "
                                "an optional word or a ! word");
  if (p.elements.back().gap) throw std::invalid_argument("a pattern must not end with a gap");
  return p;
}

}  // namespace plainly
