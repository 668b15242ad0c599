; Windows installer for editor-app (NSIS 3, Modern UI 2).
;
; Compiled by packaging/build.py, which passes (makensis /D... or -D...):
;   VERSION       e.g. 0.1.0             (from pyproject.toml)
;   VERSION_QUAD  e.g. 0.1.0.0           (numeric, for the file properties)
;   BUNDLE_DIR    the PyInstaller one-folder bundle (dist/editor-app)
;   OUTFILE       the setup .exe to write
;   ICON          the .ico made from resources/icons/editor-app.png
;   APP_NAME, PUBLISHER, EXE_NAME (optional, defaults below)
;   CHECK_BUILD   set only by "build.py --nsis-check": the bundle is not a Windows one,
;                 the installer exists to prove this script compiles
;
; Per-user install (no administrator rights): %LOCALAPPDATA%\Programs\Editor App,
; a Start-menu shortcut, and an entry in Settings > Apps & features (HKCU).
; The user's library (in %LOCALAPPDATA%\editor-app) is never touched by the uninstaller.

Unicode true
ManifestDPIAware true
!ifdef CHECK_BUILD
  SetCompressor zlib  ; the check build only proves the script compiles: ~2 min instead of ~10
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif

!ifndef VERSION
  !error "pass /DVERSION=x.y.z (packaging/build.py does)"
!endif
!ifndef VERSION_QUAD
  !error "pass /DVERSION_QUAD=x.y.z.w"
!endif
!ifndef BUNDLE_DIR
  !error "pass /DBUNDLE_DIR=path\to\dist\editor-app"
!endif
!ifndef APP_NAME
  !define APP_NAME "Editor App"
!endif
!ifndef PUBLISHER
  !define PUBLISHER "Editor App contributors"
!endif
!ifndef EXE_NAME
  !define EXE_NAME "editor-app"
!endif
!ifndef OUTFILE
  !define OUTFILE "${EXE_NAME}-${VERSION}-setup.exe"
!endif

!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${EXE_NAME}"
; .review files (a reviewer's round trip) open in the program: a per-user association
!define REVIEW_CLASS "EditorApp.Review"
!define APP_EXE "$INSTDIR\${EXE_NAME}.exe"

!ifdef CHECK_BUILD
  Name "${APP_NAME} ${VERSION} (NSIS check build - Linux bundle, do not install)"
!else
  Name "${APP_NAME} ${VERSION}"
!endif
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows' language is neither.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString RunningApp ${LANG_ENGLISH} "${APP_NAME} seems to be running. Close it and press Retry."
LangString RunningApp ${LANG_VIETNAMESE} "${APP_NAME} có vẻ đang chạy. Hãy đóng chương trình rồi bấm Thử lại."
LangString ReviewFileType ${LANG_ENGLISH} "${APP_NAME} review"
LangString ReviewFileType ${LANG_VIETNAMESE} "Tệp phản biện ${APP_NAME}"
LangString KeepsLibrary ${LANG_ENGLISH} "Your article library is kept; delete %LOCALAPPDATA%\editor-app yourself if you no longer need it."
LangString KeepsLibrary ${LANG_VIETNAMESE} "Thư viện bài viết của bạn được giữ lại; nếu không cần nữa, hãy tự xoá thư mục %LOCALAPPDATA%\editor-app."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; A running editor-app.exe keeps its files locked; ask instead of failing half-way.
!macro CheckNotRunning
  ${Do}
    ClearErrors
    ${IfNot} ${FileExists} "${APP_EXE}"
      ${Break}
    ${EndIf}
    FileOpen $0 "${APP_EXE}" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RunningApp)" /SD IDCANCEL IDRETRY +2
    Abort
  ${Loop}
!macroend

Section "${APP_NAME}" SecMain
  SectionIn RO
  !insertmacro CheckNotRunning
  SetOutPath "$INSTDIR"
  ; An update replaces the bundle whole, so no file of an older version lingers.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "${APP_EXE}" "" "${APP_EXE}" 0

  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" '"${APP_EXE}",0'
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1

  WriteRegStr HKCU "Software\Classes\.review" "" "${REVIEW_CLASS}"
  WriteRegStr HKCU "Software\Classes\.review" "Content Type" "application/x-editor-app-review"
  WriteRegStr HKCU "Software\Classes\${REVIEW_CLASS}" "" "$(ReviewFileType)"
  WriteRegStr HKCU "Software\Classes\${REVIEW_CLASS}\DefaultIcon" "" '"${APP_EXE}",0'
  WriteRegStr HKCU "Software\Classes\${REVIEW_CLASS}\shell\open\command" "" '"${APP_EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

Section "Uninstall"
  !insertmacro CheckNotRunning
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; Only what the installer put there: a user who chose an odd folder keeps its other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE_NAME}.exe"
  Delete "$INSTDIR\${EXE_NAME}.com"
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\Classes\${REVIEW_CLASS}"
  ReadRegStr $0 HKCU "Software\Classes\.review" ""
  ${If} $0 == "${REVIEW_CLASS}"   ; another program's association is left alone
    DeleteRegKey HKCU "Software\Classes\.review"
  ${EndIf}
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DetailPrint "$(KeepsLibrary)"
SectionEnd
