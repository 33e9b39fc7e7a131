#pragma once
// Hash maps keyed by std::string that can be searched with a std::string_view (no copy).

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace plainly {

struct SvHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <class V>
using SvMap = std::unordered_map<std::string, V, SvHash, std::equal_to<>>;
using SvSet = std::unordered_set<std::string, SvHash, std::equal_to<>>;

}  // namespace plainly
