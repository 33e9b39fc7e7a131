#include "definitions/placeholders.hpp"

#include <cctype>
#include <vector>

namespace plainly {

static bool is_word_char(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80;
}

static std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A whole-word phrase match at `i` in lowered text.
static bool word_at(const std::string& low, size_t i, const std::string& phrase) {
  if (low.compare(i, phrase.size(), phrase) != 0) return false;
  if (i > 0 && is_word_char(low[i - 1])) return false;
  size_t end = i + phrase.size();
  return end >= low.size() || !is_word_char(low[end]);
}

// Length of a run of two or more 'x' at `i` standing as its own word (e.g. "XX", "£XX").
static size_t x_run_at(const std::string& low, size_t i) {
  if (low[i] != 'x' || (i > 0 && std::isalpha(static_cast<unsigned char>(low[i - 1])))) return 0;
  size_t j = i;
  while (j < low.size() && low[j] == 'x') ++j;
  if (j - i < 2 || (j < low.size() && std::isalpha(static_cast<unsigned char>(low[j])))) return 0;
  return j - i;
}

// "[insert ...]" or "<insert ...>" up to its closing bracket (or the end of the text).
static size_t insert_at(const std::string& low, size_t i) {
  if (low[i] != '[' && low[i] != '<') return 0;
  if (low.compare(i + 1, 6, "insert") != 0) return 0;
  char close = low[i] == '[' ? ']' : '>';
  size_t end = low.find(close, i);
  return end == std::string::npos ? low.size() - i : end - i + 1;
}

static size_t question_run_at(const std::string& low, size_t i) {
  size_t j = i;
  while (j < low.size() && low[j] == '?') ++j;
  return j - i >= 2 ? j - i : 0;
}

std::optional<PlaceholderMatch> find_placeholder(const std::string& text) {
  static const std::vector<std::string> phrases = {
      "tbc", "tba", "tbd", "to be confirmed", "to be arranged", "to be decided", "to be agreed",
      "lorem ipsum"};
  const std::string low = lower(text);
  for (size_t i = 0; i < low.size(); ++i) {
    for (const auto& p : phrases)
      if (word_at(low, i, p)) return PlaceholderMatch{i, p.size()};
    if (size_t n = x_run_at(low, i)) return PlaceholderMatch{i, n};
    if (size_t n = insert_at(low, i)) return PlaceholderMatch{i, n};
    if (size_t n = question_run_at(low, i)) return PlaceholderMatch{i, n};
  }
  return std::nullopt;
}

bool is_blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace plainly
