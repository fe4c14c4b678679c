import type { ComponentProps } from 'react';
import type ReactWebChat from 'botframework-webchat';

type WebChatProps = ComponentProps<typeof ReactWebChat>;

const ink = '#1b1b1b';
const blue = '#1d5aa0';

/** On a phone, buttons go one under another with their whole text, instead of cut short. */
const narrow = typeof window !== 'undefined' && window.matchMedia('(max-width: 600px)').matches;

/**
 * How the chat looks and what it says, matched to page.css: calm colours with strong
 * contrast, large enough text, buttons that wrap onto new lines on a phone instead of
 * scrolling sideways, and no upload button (the bot has no use for files).
 */
export const styleOptions: NonNullable<WebChatProps['styleOptions']> = {
  accent: blue,
  backgroundColor: '#ffffff',
  primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  fontSizeSmall: '80%',
  subtle: '#505a5f',
  paddingRegular: 10,
  bubbleBackground: '#f3f2f1',
  bubbleBorderRadius: 10,
  bubbleBorderWidth: 0,
  bubbleTextColor: ink,
  bubbleFromUserBackground: blue,
  bubbleFromUserBorderRadius: 10,
  bubbleFromUserBorderWidth: 0,
  bubbleFromUserTextColor: '#ffffff',
  bubbleMaxWidth: 640,
  bubbleMinHeight: 36,
  hideUploadButton: true,
  // Answers can be long: stop scrolling once the question has scrolled out of view, so the
  // answer is read from its start, not its end.
  autoScrollSnapOnPage: true,
  // Content HTML is escaped by the bot already; this keeps Web Chat from rendering any, too.
  markdownRenderHTML: false,
  maxMessageLength: 2000,
  sendBoxTextWrap: true,
  sendBoxMaxHeight: 160,
  sendBoxPlaceholderColor: '#505a5f',
  sendBoxButtonColor: blue,
  suggestedActionLayout: narrow ? 'stacked' : 'flow',
  suggestedActionsStackedLayoutButtonTextWrap: true,
  suggestedActionsStackedHeight: 168,
  suggestedActionBorderRadius: 18,
  suggestedActionBorderColor: blue,
  suggestedActionBorderWidth: 2,
  suggestedActionTextColor: blue,
  suggestedActionHeight: 40,
  timestampColor: '#505a5f',
  // "2 minutes ago" reads the same everywhere; absolute times come out in US format for en-GB.
  timestampFormat: 'relative',
  transcriptVisualKeyboardIndicatorColor: ink,
};

export const overrideLocalizedStrings: WebChatProps['overrideLocalizedStrings'] = {
  TEXT_INPUT_PLACEHOLDER: 'Type your question',
};
