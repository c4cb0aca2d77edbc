import {
  Button,
  Checkbox,
  Field,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowClockwiseRegular,
  ArrowDownloadRegular,
  DocumentRegular,
  DocumentTableRegular,
} from "@fluentui/react-icons";
import type { Pack } from "../../../core/packs/pack.types";
import type { PaneActions, PaneState } from "../hooks/useReportAssembler";
import type { HostKind } from "../host/paneHost.types";
import { WORKBOOK_ACCEPT } from "../source/workbookOrigin";
import type { Strings, UiLocale } from "../strings";
import { FilePickButton } from "./FilePickButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  name: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  when: { color: tokens.colorNeutralForeground2 },
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  summary: {
    cursor: "pointer",
    color: tokens.colorBrandForeground1,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
});

interface Props {
  readonly host: HostKind;
  readonly packs: readonly Pack[];
  readonly state: PaneState;
  readonly actions: PaneActions;
  readonly s: Strings;
  readonly locale: UiLocale;
  /** the blank workbook can be downloaded here (not in Excel, not on a Mac's Word) */
  readonly canDownloadBlank: boolean;
}

const timeOf = (ms: number, locale: UiLocale) =>
  new Date(ms).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });

/**
 * Where the data comes from. Before a workbook: open one (the first click) or download a blank
 * one; after: one line — its name, when it was read, 更换 and 重新读取. The report type, the
 * template and the draft option wait under 更多选项 until a workbook is open.
 */
export function SourcePanel({ host, packs, state, actions, s, locale, canDownloadBlank }: Props) {
  const styles = useStyles();
  const busy = state.busy !== null;
  const source = state.source;
  const hasWorkbook = host === "excel" || source !== null;
  const pickHandle = { describe: s.workbook, pick: actions.openHandle };
  return (
    <section className={styles.root} aria-label={s.workbook}>
      {host !== "excel" && source === null && (
        <div className={styles.row}>
          <FilePickButton
            id="open-workbook"
            label={s.openFilled}
            accept={WORKBOOK_ACCEPT}
            appearance="primary"
            icon={<DocumentTableRegular />}
            onPick={actions.openWorkbook}
            onPickHandle={pickHandle}
            disabled={busy}
          />
          {canDownloadBlank && (
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <Button icon={<ArrowDownloadRegular />} disabledFocusable={busy}>
                  {s.downloadBlank}
                </Button>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {packs.map((p) => (
                    <MenuItem key={p.id} onClick={() => actions.downloadBlank(p.id)}>
                      {s.blankOf(p.title)}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
          )}
          <Button appearance="subtle" onClick={actions.useSample} disabledFocusable={busy}>
            {s.useSample}
          </Button>
        </div>
      )}
      {host !== "excel" && source !== null && (
        <div className={styles.row}>
          <Text className={styles.name}>{source.name}</Text>
          <Text size={200} className={styles.when}>
            {s.readAt(timeOf(source.readAt, locale))}
          </Text>
          <FilePickButton
            label={s.changeWorkbook}
            accept={WORKBOOK_ACCEPT}
            appearance="subtle"
            icon={<DocumentTableRegular />}
            onPick={actions.openWorkbook}
            onPickHandle={pickHandle}
            disabled={busy}
          />
          {source.kind === "handle" && (
            // a handle reads the saved file again: 重新读取 is a check of what is saved now
            <Button
              appearance="subtle"
              icon={<ArrowClockwiseRegular />}
              onClick={actions.check}
              disabledFocusable={busy}
            >
              {s.reread}
            </Button>
          )}
          {source.kind === "file" && (
            // a picked file cannot be read again by the page: 重新读取 picks it again
            <FilePickButton
              label={s.reread}
              accept={WORKBOOK_ACCEPT}
              appearance="subtle"
              icon={<ArrowClockwiseRegular />}
              onPick={actions.openWorkbook}
              disabled={busy}
            />
          )}
        </div>
      )}
      {host === "excel" && <Text>{s.currentWorkbook}</Text>}
      <details open={hasWorkbook}>
        <summary className={styles.summary}>{s.moreOptions}</summary>
        <div className={styles.options}>
          <Field label={s.pack}>
            <Select
              value={state.pack.id}
              onChange={(_, d) => actions.choosePack(d.value)}
              disabled={busy}
            >
              {packs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.template}>
            <div className={styles.row}>
              <Text>
                {state.template.kind === "builtin" ? s.builtinTemplate : state.template.name}
              </Text>
              <FilePickButton
                label={s.customTemplate}
                accept=".docx"
                appearance="subtle"
                icon={<DocumentRegular />}
                onPick={actions.chooseTemplate}
                disabled={busy}
              />
              {state.template.kind === "custom" && (
                <Button
                  appearance="subtle"
                  onClick={() => actions.chooseTemplate(null)}
                  disabledFocusable={busy}
                >
                  {s.revertTemplate}
                </Button>
              )}
            </div>
          </Field>
          <Checkbox
            label={s.allowIncomplete}
            checked={state.allowIncomplete}
            onChange={(_, d) => actions.setAllowIncomplete(d.checked === true)}
            disabled={busy}
          />
        </div>
      </details>
    </section>
  );
}
