// Pictures beside a Markdown file: the .md refers to pictures/NAME, and the pictures it
// shows are copied there, so a folder of documents can be moved, zipped or sent.
#include <filesystem>
#include <map>

#include "core/error.hpp"
#include "core/fs.hpp"
#include "pictures/pictures.hpp"

namespace fs = std::filesystem;

namespace plainly {

namespace {

// An image on the web (https://...) stays where it is.
bool is_web_address(const std::string& url) { return url.find("://") != std::string::npos; }

// Lower-case letters, digits, "-" and "_"; anything else becomes "-".
std::string safe_name(const std::string& name) {
  std::string out;
  for (unsigned char c : name) {
    char l = static_cast<char>(std::tolower(c));
    bool ok = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '-' || l == '_';
    out += ok ? l : '-';
  }
  return out.empty() ? "picture" : out;
}

void collect(const Node& n, const fs::path& folder, std::map<std::string, std::string>& by_destination,
             std::vector<PictureCopy>& out) {
  if (n.kind == NodeKind::Image && !n.url.empty() && !is_web_address(n.url)) {
    std::string destination = (folder / portable_picture_path(n)).string();
    std::string source = fs::absolute(n.url).lexically_normal().string();
    auto [it, fresh] = by_destination.emplace(destination, source);
    if (fresh) out.push_back({source, destination});
    else if (it->second != source)
      fail_input("Two different pictures would both be saved as " + destination + ": " + it->second + " and " +
                 source + ". Give one of them another file name.");
  }
  for (const Node& c : n.children) collect(c, folder, by_destination, out);
}

}  // namespace

std::string portable_picture_path(const Node& image) {
  if (is_web_address(image.url)) return image.url;
  fs::path file(image.url);
  std::string ext = file.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string stem = image.text.empty() ? file.stem().string() : image.text;
  return "pictures/" + safe_name(stem) + ext;
}

std::vector<PictureCopy> markdown_picture_copies(const Node& doc, const std::string& markdown_path) {
  std::map<std::string, std::string> by_destination;
  std::vector<PictureCopy> out;
  collect(doc, fs::path(markdown_path).parent_path(), by_destination, out);
  return out;
}

void MarkdownPictureCopier::copy(const Node& doc, const std::string& markdown_path,
                                 const std::function<void(const std::string&, const std::string&)>& write) {
  for (const PictureCopy& c : markdown_picture_copies(doc, markdown_path)) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      auto [it, fresh] = done_.emplace(c.destination, c.source);
      if (!fresh && it->second == c.source) continue;  // this folder has it already
      if (!fresh)
        fail_input("Two different pictures would both be saved as " + c.destination + ": " + it->second +
                   " and " + c.source + ". Give one of them another file name.");
    }
    try {
      write(c.destination, read_file(c.source));
    } catch (...) {
      std::lock_guard<std::mutex> lock(mutex_);
      done_.erase(c.destination);  // not written: not listed, and another document may try
      throw;
    }
  }
}

std::vector<std::string> MarkdownPictureCopier::written() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::string> out;
  for (const auto& entry : done_) out.push_back(entry.first);
  return out;
}

}  // namespace plainly
