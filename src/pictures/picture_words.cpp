// picture:auto: normalise words and choose the concept whose keywords match a row best.
#include <algorithm>
#include <cctype>
#include <limits>

#include "pictures/pictures.hpp"

namespace plainly {

namespace {

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Simple English plurals to singular, the same way for keywords and text.
std::string singular(std::string w) {
  if (w.size() <= 3) return w;
  if (ends_with(w, "ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends_with(w, "'s")) return w.substr(0, w.size() - 2);
  if (ends_with(w, "es")) {
    std::string stem = w.substr(0, w.size() - 2);
    if (ends_with(stem, "ss") || ends_with(stem, "x") || ends_with(stem, "ch") ||
        ends_with(stem, "sh") || ends_with(stem, "us"))
      return stem;
  }
  if (ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is"))
    return w.substr(0, w.size() - 1);
  return w;
}

void finish_word(std::string& word, std::vector<std::string>& out) {
  while (!word.empty() && word.back() == '\'') word.pop_back();
  while (!word.empty() && word.front() == '\'') word.erase(word.begin());
  if (!word.empty()) out.push_back(singular(word));
  word.clear();
}

}  // namespace

std::vector<std::string> picture_words(const std::string& text) {
  static const std::string kPound = "\xC2\xA3";             // £
  static const std::string kApostrophe = "\xE2\x80\x99";    // ’
  std::vector<std::string> out;
  std::string word;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (text.compare(i, kPound.size(), kPound) == 0) {
      finish_word(word, out);
      out.push_back(kPound);
      i += kPound.size();
    } else if (text.compare(i, kApostrophe.size(), kApostrophe) == 0 || c == '\'') {
      word += '\'';
      i += c == '\'' ? 1 : kApostrophe.size();
    } else if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
      ++i;
    } else {
      finish_word(word, out);
      ++i;
    }
  }
  finish_word(word, out);
  return out;
}

std::string PictureLibrary::choose(const std::string& words) const {
  const std::vector<std::string> text = picture_words(words);
  std::vector<size_t> score(pictures_.size(), 0);
  std::vector<size_t> first(pictures_.size(), std::numeric_limits<size_t>::max());
  for (const Keyword& k : keywords_) {
    if (k.words.empty() || k.words.size() > text.size()) continue;
    for (size_t i = 0; i + k.words.size() <= text.size(); ++i) {
      if (!std::equal(k.words.begin(), k.words.end(), text.begin() + static_cast<long>(i))) continue;
      score[k.picture] += k.words.size() * k.weight;  // every time it appears
      first[k.picture] = std::min(first[k.picture], i);
      i += k.words.size() - 1;
    }
  }
  size_t best = pictures_.size();
  for (size_t p = 0; p < pictures_.size(); ++p) {
    if (score[p] == 0) continue;
    if (best == pictures_.size() || score[p] > score[best] ||
        (score[p] == score[best] && first[p] < first[best]))
      best = p;
  }
  return best == pictures_.size() ? default_ : pictures_[best].id;
}

}  // namespace plainly
