<?php
// WordPress's own kses, as it filters a post by an author without the unfiltered_html capability
// (every role below Editor, and every user of a multisite but its super admins): reads HTML on
// stdin, prints wp_kses_post() of it. Uses Debian's `wordpress` package; only kses.php and the
// hooks it calls (plugin.php) are loaded, with the protocols wp_allowed_protocols() gives.
$wordpress = getenv('WORDPRESS_DIR') ?: '/usr/share/wordpress';
define('ABSPATH', $wordpress . '/');
define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/plugin.php';

// As wp-includes/functions.php returns it (that file needs the whole of WordPress to load).
function wp_allowed_protocols() {
    return array('http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'ircs', 'gopher', 'nntp', 'feed',
        'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn');
}

require ABSPATH . WPINC . '/kses.php';
echo wp_kses_post(stream_get_contents(STDIN));
