#include "check/readability.hpp"

namespace plainly {

double Readability::words_per_sentence() const {
  return sentences ? static_cast<double>(words) / static_cast<double>(sentences) : 0.0;
}
double Readability::syllables_per_word() const {
  return words ? static_cast<double>(syllables) / static_cast<double>(words) : 0.0;
}
double Readability::flesch_reading_ease() const {
  if (!words || !sentences) return 0.0;
  return 206.835 - 1.015 * words_per_sentence() - 84.6 * syllables_per_word();
}
double Readability::flesch_kincaid_grade() const {
  if (!words || !sentences) return 0.0;
  return 0.39 * words_per_sentence() + 11.8 * syllables_per_word() - 15.59;
}
double Readability::long_word_share() const {
  return words ? static_cast<double>(long_words) / static_cast<double>(words) : 0.0;
}

}  // namespace plainly
