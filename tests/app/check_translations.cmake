# Fails when either catalogue is incomplete: lupdate is run over the current sources into a copy of each
# .ts file (so a new string that nobody translated shows up as unfinished), then every message must have a
# finished, non-empty translation and no message may be left over from removed code.
# Inputs: LUPDATE (the tool), SOURCES_LIST (a file listing the sources, one a line), TS_FILES (;-list),
# WORK_DIR.
file(MAKE_DIRECTORY ${WORK_DIR})
set(problems "")
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name ${ts} NAME)
  set(copy ${WORK_DIR}/${name})
  configure_file(${ts} ${copy} COPYONLY)
  execute_process(COMMAND ${LUPDATE} -silent @${SOURCES_LIST} -ts ${copy}
                  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${name}: ${out} ${err}")
  endif()
  file(READ ${copy} text)
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" unfinished "${text}")
  string(REGEX MATCHALL "<translation type=\"(vanished|obsolete)\"" stale "${text}")
  string(REGEX MATCHALL "<translation></translation>|<numerusform></numerusform>" empty "${text}")
  list(LENGTH unfinished n_unfinished)
  list(LENGTH stale n_stale)
  list(LENGTH empty n_empty)
  if(n_unfinished OR n_stale OR n_empty)
    string(APPEND problems "${name}: ${n_unfinished} unfinished, ${n_empty} empty, ${n_stale} left from removed code\n")
    foreach(item IN LISTS unfinished)
      string(APPEND problems "  ${item}\n")
    endforeach()
  endif()
endforeach()
if(problems)
  message(FATAL_ERROR "Translations are incomplete (run the sohoi_app_models_lupdate target, then translate):\n${problems}")
endif()
message(STATUS "Both catalogues are complete")
