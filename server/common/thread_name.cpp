#include "thread_name.h"

#if defined(__linux__)
#include <pthread.h>
#endif

namespace sohoi::server {

void nameThisThread(const char* name) {
#if defined(__linux__)
  pthread_setname_np(pthread_self(), name);
#else
  (void)name;
#endif
}

}  // namespace sohoi::server
