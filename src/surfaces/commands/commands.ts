/* global Office */
/**
 * The ribbon's function file. The group's only button opens the task pane (ShowTaskpane needs no
 * code); this page just has to be there, initialised, for Office to load the add-in's commands.
 */
if (typeof Office !== "undefined") void Office.onReady();
