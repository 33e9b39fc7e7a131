#pragma once
// A read-only open-addressing hash table from lowercase words to their WordInfo: the
// checker looks up every token once, so this lookup is on the hot path. Faster than
// std::unordered_map for short keys (one multiply-based hash, no division, the hash and
// length compared before the bytes).

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace plainly {

struct WordInfo;

/// Maps words to WordInfo pointers. Build once with add() then finish(); then find().
class WordTable {
 public:
  /// Add a word (its bytes are copied). Call finish() after the last add().
  void add(std::string_view word, const WordInfo* info);
  /// Lay out the table for lookups.
  void finish();
  /// The entry for `word`, or nullptr.
  const WordInfo* find(std::string_view word) const {
    if (slots_.empty()) return nullptr;
    uint64_t h = hash(word);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.info == nullptr) return nullptr;
      if (s.hash == h && s.length == word.size() && same(keys_.data() + s.offset, word.data(), word.size()))
        return s.info;
    }
  }
  /// The hash used (exposed for tests). Short words, the usual case, take no loop: their
  /// bytes are read as two overlapping 4-byte loads (or three single bytes).
  static uint64_t hash(std::string_view w) {
    const char* p = w.data();
    size_t n = w.size();
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xFF51AFD7ED558CCDull);
    if (n >= 8) {
      for (size_t i = 0; i + 8 < n; i += 8) h = mix(h, load64(p + i));
      h = mix(h, load64(p + n - 8));
    } else if (n >= 4) {
      h = mix(h, load32(p) | (load32(p + n - 4) << 32));
    } else if (n > 0) {
      h = mix(h, static_cast<unsigned char>(p[0]) | (uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
                     (uint64_t{static_cast<unsigned char>(p[n - 1])} << 16));
    }
    h *= 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
  }

 private:
  static uint64_t load64(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static uint64_t load32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  static uint64_t mix(uint64_t h, uint64_t k) {
    h = (h ^ k) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
  }
  /// Equal bytes, for equal lengths `n` (short words without a call to memcmp).
  static bool same(const char* a, const char* b, size_t n) {
    if (n >= 8) {
      for (size_t i = 0; i + 8 < n; i += 8)
        if (load64(a + i) != load64(b + i)) return false;
      return load64(a + n - 8) == load64(b + n - 8);
    }
    if (n >= 4) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
    for (size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0, length = 0;
    const WordInfo* info = nullptr;
  };
  struct Pending {
    std::string word;
    const WordInfo* info;
  };
  std::vector<Pending> pending_;
  std::vector<Slot> slots_;
  std::string keys_;
  size_t mask_ = 0;
};

}  // namespace plainly
