/** An image file imported by a page (webpack gives its URL or an inline data URI): a stand-in URL. */
export default 'icon.svg'
