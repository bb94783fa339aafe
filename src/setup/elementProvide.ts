// Element Plus's configuration, provided to the app as its ElConfigProvider would (src/setup/element.ts
// loads this module on first need). Components made after this read it: provides of the app are found
// through every component's provides.
import { provideGlobalConfig } from 'element-plus'
import elZhCn from 'element-plus/es/locale/lang/zh-cn'
import { computed, type App, type Ref } from 'vue'
import { elementEnglish } from './i18n'

/** Element Plus's own words (pagination 共 133 条 / Total 133, dialogs, tables) in the page's locale, from now on. */
export function provideElementConfig(app: App, locale: Ref<string>): void {
  provideGlobalConfig(computed(() => ({ locale: (locale.value === 'en' ? elementEnglish() : null) ?? elZhCn })), app, true)
}
