/*
 * Runs before the pane's bundle, in ES5 so that every webview can run it.
 *
 * 1. Office.js is loaded only inside Office: the manifest's URLs carry ?host=office, Office adds
 *    _host_Info to the pane's address, and Office on the web frames the page. Opened as a plain
 *    page, nothing is requested from any other host and the pane paints at once.
 * 2. Office 2016/2019 volume editions run panes in Internet Explorer 11 or EdgeHTML, where the pane
 *    cannot run: say so in plain words instead of a blank pane.
 */
(function () {
  var w = window;
  var ua = navigator.userAgent || "";
  var oldWebview =
    !!document.documentMode ||
    /Edge\/\d+/.test(ua) ||
    typeof w.Promise === "undefined" ||
    typeof w.fetch === "undefined" ||
    typeof w.Symbol === "undefined";
  var address = String(location.search) + String(location.hash);
  var inOffice =
    /[?&]host=office(&|$)/.test(String(location.search)) || /_host_Info=/i.test(address);
  var boot = { inOffice: inOffice, oldWebview: oldWebview, office: null };
  w.__reportAssemblerBoot = boot;

  if (oldWebview) {
    var say = function () {
      var root = document.getElementById("root");
      if (!root) return;
      root.innerHTML =
        '<div role="alert" style="padding:16px;line-height:1.6">' +
        "<p><strong>报告助手无法在这个版本的 Office 中运行。</strong></p>" +
        "<p>请使用 Office 2021 或 Microsoft 365；也可以在 Edge 或 Chrome 浏览器中直接打开本页面，选择工作簿后生成报告。</p>" +
        '<p lang="en">Report Assembler needs Office 2021 or Microsoft 365. You can also open this page in Edge or Chrome and pick the workbook there.</p>' +
        "</div>";
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", say);
    else say();
    return;
  }

  if (inOffice) {
    boot.office = new w.Promise(function (resolve) {
      var s = document.createElement("script");
      s.src = "__OFFICE_JS__";
      s.onload = function () {
        resolve(true);
      };
      s.onerror = function () {
        resolve(false);
      };
      document.head.appendChild(s);
    });
  }
})();
