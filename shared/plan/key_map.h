#pragma once
// KeyMap: what a tally gathered per key (a household, a person, a unit). A server holds a tally for every
// unit and quantity of the plan, and most hold a handful of keys (a branch's households) or none. QHash
// allocates its entries in blocks of dozens, which made these maps most of a province server's memory
// (about 130 of 225 MB on the realistic demo); this map holds nothing while empty and one node per key.
#include <QHash>
#include <QString>
#include <memory>
#include <unordered_map>

namespace sohoi::plan {

template <typename V>
class KeyMap {
  struct Hash {
    size_t operator()(const QString& key) const noexcept { return qHash(key); }
  };
  using Map = std::unordered_map<QString, V, Hash>;

 public:
  KeyMap() = default;
  KeyMap(const KeyMap& other) : map_(other.map_ ? std::make_unique<Map>(*other.map_) : nullptr) {}
  KeyMap& operator=(const KeyMap& other) {
    if (this != &other) map_ = other.map_ ? std::make_unique<Map>(*other.map_) : nullptr;
    return *this;
  }
  KeyMap(KeyMap&&) noexcept = default;
  KeyMap& operator=(KeyMap&&) noexcept = default;

  /// The key's entry, made (default value) when missing.
  V& operator[](const QString& key) {
    if (!map_) map_ = std::make_unique<Map>();
    return (*map_)[key];
  }
  /// The key's entry, or null.
  const V* find(const QString& key) const {
    if (!map_) return nullptr;
    const auto it = map_->find(key);
    return it == map_->end() ? nullptr : &it->second;
  }
  bool contains(const QString& key) const { return find(key) != nullptr; }
  void insert(const QString& key, V value) { (*this)[key] = std::move(value); }
  void remove(const QString& key) {
    if (!map_) return;
    map_->erase(key);
    if (map_->empty()) map_.reset();
  }
  qsizetype size() const { return map_ ? static_cast<qsizetype>(map_->size()) : 0; }
  bool isEmpty() const { return size() == 0; }
  /// Calls visit(key, value) for every entry, in no particular order.
  template <typename Visit>
  void forEach(Visit&& visit) const {
    if (map_)
      for (const auto& [key, value] : *map_) visit(key, value);
  }

 private:
  std::unique_ptr<Map> map_;
};

}  // namespace sohoi::plan
