import type { ComponentProps } from 'react';
import type ReactWebChat from 'botframework-webchat';

type WebChatProps = ComponentProps<typeof ReactWebChat>;

const ink = '#1b1b1b';
const blue = '#1d5aa0';

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
  // No autoScrollSnapOnPage: it throws on Android (see follow-replies.ts, which does its job).
  // Content HTML is escaped by the bot already; this keeps Web Chat from rendering any, too.
  markdownRenderHTML: false,
  maxMessageLength: 2000,
  sendBoxTextWrap: true,
  sendBoxMaxHeight: 160,
  sendBoxPlaceholderColor: '#505a5f',
  sendBoxButtonColor: blue,
  // Three buttons at most sit under an answer: side by side they leave more room for it.
  suggestedActionLayout: 'flow',
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
