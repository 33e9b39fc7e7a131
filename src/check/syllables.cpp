// Syllable counting: a rule-based estimate corrected by a list of CMU-derived exceptions.
#include "check/syllables.hpp"

#include <cstdlib>
#include <fstream>
#include <mutex>

#include "core/data_paths.hpp"

namespace plainly {
namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool ends_with(std::string_view w, const char* s) {
  std::string_view suf(s);
  return w.size() >= suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
}

}  // namespace

int estimate_syllables(std::string_view raw) {
  char buf[48];  // letters only, lowercase; longer words are counted on their first 48 letters
  size_t len = 0;
  for (char c : raw) {
    if (len == sizeof buf) break;
    if (c >= 'a' && c <= 'z') buf[len++] = c;
    else if (c >= 'A' && c <= 'Z') buf[len++] = static_cast<char>(c + 32);
  }
  std::string_view w(buf, len);
  if (w.empty()) return 0;
  if (w.size() <= 2) return 1;
  int count = 0;
  bool prev = false;
  for (size_t i = 0; i < w.size(); ++i) {
    bool v = vowel(w[i]) && !(w[i] == 'y' && i == 0);
    if (v && !prev) ++count;
    // Vowel pairs that are two syllables: "ia" (media), "io" (radio, not -tion/-sion),
    // "eo" (video), "ua" (actual), "uo", "ii".
    if (v && prev && i > 0) {
      std::string_view pair(w.data() + i - 1, 2);
      bool split = pair == "ia" || pair == "eo" || pair == "ua" || pair == "uo" || pair == "ii" ||
                   (pair == "io" && !(i >= 2 && (w[i - 2] == 't' || w[i - 2] == 's' || w[i - 2] == 'c' ||
                                                 w[i - 2] == 'g' || w[i - 2] == 'x')));
      if (pair == "ia" && i >= 2 && (w[i - 2] == 'c' || w[i - 2] == 't' || w[i - 2] == 's') &&
          i + 1 < w.size() && w[i + 1] == 'l')
        split = false;  // special, initial, partial
      if (split) ++count;
    }
    prev = v;
  }
  size_t n = w.size();
  char last = w[n - 1];
  if (last == 'e' && count > 1) {
    bool syllabic_le = n >= 3 && w[n - 2] == 'l' && !vowel(w[n - 3]);
    bool ee = w[n - 2] == 'e';
    if (!syllabic_le && !ee) --count;
  } else if (ends_with(w, "ed") && count > 1 && n >= 4) {
    char c = w[n - 3];
    if (c != 't' && c != 'd' && !vowel(c)) --count;
  } else if (ends_with(w, "es") && count > 1 && n >= 4) {
    char c = w[n - 3];
    bool voiced = c == 's' || c == 'x' || c == 'z' || (c == 'h' && (w[n - 4] == 'c' || w[n - 4] == 's')) ||
                  c == 'g' || c == 'c';
    if (!voiced && !vowel(c)) --count;
  }
  if (ends_with(w, "ism")) ++count;
  return count < 1 ? 1 : count;
}

void Syllables::load(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t sp = line.find(' ');
    if (sp == std::string::npos) continue;
    table_[line.substr(0, sp)] = std::atoi(line.c_str() + sp + 1);
  }
}

int Syllables::count(std::string_view word) const {
  if (!table_.empty()) {
    auto it = table_.find(word);
    if (it != table_.end()) return it->second;
  }
  return estimate_syllables(word);
}

const Syllables& default_syllables() {
  static Syllables s;
  static std::once_flag once;
  std::call_once(once, [] {
    std::string path = find_data_file("locales/en-GB/syllables.txt");
    if (!path.empty()) s.load(path);
  });
  return s;
}

}  // namespace plainly
